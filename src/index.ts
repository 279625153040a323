/**
 * Probot entry (`probot run ./lib/index.js` works too): opens the ledger named by
 * DATABASE_URL, registers the handlers, starts the loops.
 */
import type { ApplicationFunction } from "probot";
import { createApp } from "./app.js";
import { makeDeps } from "./handlers/deps.js";
import { readAppEnv } from "./runtime/env.js";
import { databaseTarget, openStore } from "./store/index.js";

const appFn: ApplicationFunction = async (app, options) => {
  const env = readAppEnv(process.env);
  const store = await openStore(databaseTarget(env.databaseUrl));
  app.log.info({ database: store.kind, instance: env.instanceId }, "ledger open");
  await createApp(makeDeps({ store, clock: Date.now, instanceId: env.instanceId }))(app, options);
};

export default appFn;
