/**
 * `npm start`: Probot's `run` with this app's logger (errors without payloads) and octokit
 * (rate limits waited out). Without APP_ID Probot serves its setup page, which registers
 * the app on GitHub from app.yml.
 */
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { run } from "probot";
import { BotOctokit } from "./github/octokit.js";
import appFn from "./index.js";
import { createLogger } from "./runtime/logger.js";

// Probot's run() applies ./.env over the environment; do the same first so the logger sees LOG_LEVEL.
try {
  Object.assign(process.env, parseEnv(readFileSync(".env", "utf8")));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}

const env = process.env;
const log = await createLogger({
  level: env.LOG_LEVEL,
  format: env.LOG_FORMAT === "json" || (!env.LOG_FORMAT && env.NODE_ENV === "production") ? "json" : "pretty",
  levelInString: env.LOG_LEVEL_IN_STRING === "true",
  messageKey: env.LOG_MESSAGE_KEY,
});

await run(appFn, { log, Octokit: BotOctokit });
