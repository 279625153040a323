/**
 * `npm start`: Probot's `run` with this app's logger (errors without payloads) and octokit
 * (rate limits waited out, requests with a deadline). Without APP_ID Probot serves its setup
 * page, which registers the app on GitHub from app.yml. SIGTERM (and SIGINT) stop taking
 * webhooks, let the ones in flight finish, stop the loops, close the ledger and exit 0 —
 * within 10 seconds, or exit 1.
 */
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { run } from "probot";
import { BotOctokit } from "./github/octokit.js";
import appFn, { stopApp } from "./index.js";
import { createLogger } from "./runtime/logger.js";

export const SHUTDOWN_DEADLINE_MS = 10_000;

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

const server = await run(appFn, { log, Octokit: BotOctokit });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "stopping: no new webhooks, finishing the ones in flight");
  const deadline = setTimeout(() => {
    log.error({ signal }, "could not stop within 10 s; exiting");
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  deadline.unref();
  try {
    await server.stop(); // in-flight webhooks finish; idle connections close
    await stopApp(); // the loops' pass in progress finishes; the ledger closes
    log.info("stopped");
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, "error while stopping");
    process.exit(1);
  }
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
