/**
 * Probot entry (`probot run ./lib/index.js` works too): opens the ledger named by
 * DATABASE_URL, registers the handlers, starts the loops, and knows how to stop them.
 */
import type { ApplicationFunction } from "probot";
import { createApp } from "./app.js";
import type { Config } from "./config/schema.js";
import type { GitHub } from "./github/octokit.js";
import { makeDeps, webBaseFrom } from "./handlers/deps.js";
import { reconcileCycle } from "./loops/reconcile.js";
import { redeliverFailed } from "./loops/redeliver.js";
import { startPeriodic, type Running } from "./loops/runner.js";
import { sweepCycle } from "./loops/sweep.js";
import { readAppEnv } from "./runtime/env.js";
import { databaseTarget, openStore, type Store } from "./store/index.js";

let store: Store | null = null;
let loops: Running | null = null;
let stopping = false;

const appFn: ApplicationFunction = async (app, options) => {
  const env = readAppEnv(process.env);
  store = await openStore(databaseTarget(env.databaseUrl));
  app.log.info({ database: store.kind, instance: env.instanceId, pollIntervalSeconds: env.pollIntervalSeconds }, "ledger open");
  const deps = makeDeps({ store, clock: Date.now, instanceId: env.instanceId, claimTimeoutMs: env.claimTimeoutSeconds * 1000, webBase: webBaseFrom(process.env) });
  // Repositories' own detector words, so public issues are pre-checked without I/O from the first event.
  for (const r of await store.repos.allConfigs<Config>()) deps.caches.rememberDetector(r.id, r.config.public_issues);
  await createApp(deps, () => stopping)(app, options);
  const ctx = { deps, auth: async (id?: number) => (await app.auth(id)) as unknown as GitHub, log: app.log, pollIntervalMs: env.pollIntervalSeconds * 1000 };
  loops = startPeriodic(
    [
      { name: "redeliver", run: () => redeliverFailed(ctx) },
      { name: "reconcile", run: () => reconcileCycle(ctx) },
      { name: "sweep", run: () => sweepCycle(ctx) },
    ],
    ctx.pollIntervalMs,
    app.log,
  );
};

/** Stops the loops (after their pass in progress) and closes the ledger. /healthz answers 503 from now on. */
export async function stopApp(): Promise<void> {
  stopping = true;
  await loops?.stop();
  await store?.close();
  loops = null;
  store = null;
}

export default appFn;
