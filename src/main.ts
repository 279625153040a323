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
import { createBot } from "./index.js";
import { createLogger } from "./runtime/logger.js";
import { stopOnSignals } from "./runtime/shutdown.js";

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

// GitHub posts to WEBHOOK_PATH; the app answers there itself (signature, then its filters, then
// Probot for what a handler wants), so Probot's own endpoint moves aside, under it.
const webhookPath = env.WEBHOOK_PATH || "/api/github/webhooks";
const bot = createBot({ env, webhookPath });
const ownSigint = new Set(process.listeners("SIGINT"));
const server = await run(bot.appFn, { log, Octokit: BotOctokit, env: { ...env, WEBHOOK_PATH: `${webhookPath.replace(/\/$/, "")}/probot` } });
// run() adds a SIGINT handler that exits as soon as the HTTP server closes, before the ledger
// is closed; this process stops the whole bot itself.
for (const listener of process.listeners("SIGINT")) if (!ownSigint.has(listener)) process.removeListener("SIGINT", listener);

stopOnSignals(async () => {
  await server.stop(); // no new connections; in-flight webhooks finish
  await bot.stop(); // the loops' pass in progress finishes; the ledger closes
}, log);
