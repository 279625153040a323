/**
 * The Probot application function, given its dependencies: registers the webhook handlers
 * and the app's own HTTP routes (GET /healthz). Starting loops and opening the ledger is
 * index.ts's job.
 */
import type { ApplicationFunction } from "probot";
import type { Deps } from "./handlers/deps.js";
import { HANDLERS } from "./handlers/index.js";
import { registerHandlers } from "./handlers/router.js";
import { healthHandler } from "./runtime/health.js";

export function createApp(deps: Deps, stopping: () => boolean = () => false): ApplicationFunction {
  return (app, options) => {
    registerHandlers(app, HANDLERS, deps);
    options?.addHandler?.(healthHandler(deps.store, stopping));
  };
}
