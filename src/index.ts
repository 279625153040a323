/**
 * The bot as Probot loads it. `createBot({ env, clock })` gives an application function and a
 * `stop`; everything one bot holds (its ledger, its loops, whether it is stopping, the
 * deliveries in flight) lives in that bot's own record, so two bots in one process share
 * nothing. The default export is what `probot run ./lib/index.js` loads: a bot of its own,
 * stopped on SIGTERM or SIGINT (`npm start`, src/main.ts, uses createBot directly).
 */
import type { ApplicationFunction, ApplicationFunctionOptions, Probot } from "probot";
import { createApp } from "./app.js";
import type { Config } from "./config/schema.js";
import type { GitHub } from "./github/octokit.js";
import { makeDeps, webBaseFrom } from "./handlers/deps.js";
import { reconcileCycle } from "./loops/reconcile.js";
import { redeliverFailed } from "./loops/redeliver.js";
import { startPeriodic, type Running } from "./loops/runner.js";
import { sweepCycle } from "./loops/sweep.js";
import { readAppEnv } from "./runtime/env.js";
import { Lifecycle } from "./runtime/lifecycle.js";
import { stopOnSignals } from "./runtime/shutdown.js";
import { databaseTarget, openStore, type Store } from "./store/index.js";

export interface BotOptions {
  /** The app's settings (DATABASE_URL, POLL_INTERVAL_SECONDS, INSTANCE_ID, CLAIM_TIMEOUT_SECONDS, GHE_HOST). Probot reads its own. */
  env?: NodeJS.ProcessEnv;
  /** Now, in epoch milliseconds. */
  clock?: () => number;
  /** Where GitHub posts webhooks, answered by the app's fast path (main.ts moves Probot's own endpoint aside). */
  webhookPath?: string;
}

export interface Bot {
  /** Opens the ledger, registers the handlers and /healthz, starts the loops. Load it into one Probot. */
  appFn: ApplicationFunction;
  /**
   * Refuses new deliveries (/healthz answers 503), lets the ones in flight finish, stops the
   * loops after their pass in progress and closes the ledger. Calling it again waits for the same stop.
   */
  stop(): Promise<void>;
}

interface BotState {
  lifecycle: Lifecycle;
  /** The appFn's run, once loaded (stop waits for it, so a ledger being opened is closed too). */
  loading: Promise<void> | null;
  store: Store | null;
  loops: Running | null;
  stopped: Promise<void> | null;
}

export function createBot({ env = process.env, clock = Date.now, webhookPath }: BotOptions = {}): Bot {
  const state: BotState = { lifecycle: new Lifecycle(), loading: null, store: null, loops: null, stopped: null };

  const load = async (app: Probot, options: ApplicationFunctionOptions): Promise<void> => {
    const settings = readAppEnv(env);
    const store = (state.store = await openStore(databaseTarget(settings.databaseUrl)));
    if (state.lifecycle.stopping) return; // stopped while the ledger opened: stop() closes it
    app.log.info({ database: store.kind, instance: settings.instanceId, pollIntervalSeconds: settings.pollIntervalSeconds }, "ledger open");
    const deps = makeDeps({ store, clock, instanceId: settings.instanceId, claimTimeoutMs: settings.claimTimeoutSeconds * 1000, webBase: webBaseFrom(env) });
    // Repositories' own detector words, so public issues are pre-checked without I/O from the first event.
    for (const r of await store.repos.allConfigs<Config>()) deps.caches.rememberDetector(r.id, r.config.public_issues);
    await createApp(deps, state.lifecycle, webhookPath)(app, options);
    const ctx = { deps, auth: async (id?: number) => (await app.auth(id)) as unknown as GitHub, log: app.log, pollIntervalMs: settings.pollIntervalSeconds * 1000 };
    state.loops = startPeriodic(
      [
        { name: "redeliver", run: () => redeliverFailed(ctx) },
        { name: "reconcile", run: () => reconcileCycle(ctx) },
        { name: "sweep", run: () => sweepCycle(ctx) },
      ],
      ctx.pollIntervalMs,
      app.log,
    );
  };

  const appFn: ApplicationFunction = (app, options) => {
    if (state.loading) throw new Error("this bot is loaded already; createBot() gives another");
    state.loading = load(app, options);
    return state.loading;
  };

  const stop = (): Promise<void> =>
    (state.stopped ??= (async () => {
      await state.lifecycle.stop();
      await state.loading?.catch(() => undefined);
      await state.loops?.stop();
      await state.store?.close();
    })());

  return { appFn, stop };
}

/**
 * `probot run ./lib/index.js`: Probot's `run` given a path installs no signal handler, so this
 * bot stops itself on SIGTERM or SIGINT and exits (the HTTP server goes with the process;
 * a delivery arriving meanwhile is refused, and asked for again by the redelivery loop).
 */
const probotRunApp: ApplicationFunction = async (app, options) => {
  const bot = createBot();
  stopOnSignals(bot.stop, app.log);
  await bot.appFn(app, options);
};

export default probotRunApp;
