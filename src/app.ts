/**
 * The Probot application function, given its dependencies: registers the webhook handlers
 * and the app's own HTTP routes. Starting loops and opening the ledger is index.ts's job.
 */
import type { ApplicationFunction } from "probot";
import type { Deps } from "./handlers/deps.js";
import { HANDLERS } from "./handlers/index.js";
import { registerHandlers } from "./handlers/router.js";

export function createApp(deps: Deps): ApplicationFunction {
  return (app) => {
    registerHandlers(app, HANDLERS, deps);
  };
}
