/**
 * The Probot application function, given its dependencies: registers the webhook handlers
 * and the app's own HTTP routes (GET /healthz). Starting loops and opening the ledger is
 * index.ts's job; `lifecycle` is the bot's (stopping refuses deliveries and turns /healthz to 503).
 */
import type { ApplicationFunction } from "probot";
import type { Deps } from "./handlers/deps.js";
import { HANDLERS } from "./handlers/index.js";
import { fastPath } from "./handlers/fast-path.js";
import { registerHandlers } from "./handlers/router.js";
import { healthHandler } from "./runtime/health.js";
import { Lifecycle } from "./runtime/lifecycle.js";

/**
 * `webhookPath`: where GitHub posts webhooks, when Probot's own endpoint has been moved aside
 * (main.ts): the app then answers there itself, signature first and filters next, and hands
 * only the deliveries a handler wants to Probot (handlers/fast-path.ts).
 */
export function createApp(deps: Deps, lifecycle: Lifecycle = new Lifecycle(), webhookPath?: string): ApplicationFunction {
  return (app, options) => {
    registerHandlers(app, HANDLERS, deps, lifecycle);
    if (webhookPath) options?.addHandler?.(fastPath(app, webhookPath, HANDLERS, deps));
    options?.addHandler?.(healthHandler(deps.store, () => lifecycle.stopping));
  };
}
