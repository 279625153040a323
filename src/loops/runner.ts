/**
 * Runs the periodic work — the reconciler, then the deadline sweep — every period, one pass
 * at a time (a slow pass delays the next, never overlaps it). A failed pass is logged and
 * the next one runs on time.
 */
import type { Log } from "../workflows/session.js";

export interface PeriodicTask {
  name: string;
  run(): Promise<unknown>;
}

export interface Running {
  /** Stops after the pass in progress, if any. */
  stop(): Promise<void>;
}

export function startPeriodic(tasks: readonly PeriodicTask[], periodMs: number, log: Log): Running {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  const pass = async () => {
    for (const task of tasks) {
      if (stopped) return;
      try {
        await task.run();
      } catch (error) {
        log.error({ err: error, task: task.name }, "periodic task failed; it runs again next period");
      }
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      const started = Date.now();
      current = pass().finally(() => schedule(Math.max(0, periodMs - (Date.now() - started))));
    }, delay);
    timer.unref();
  };
  // A first pass soon after start: catch up on what happened while the bot was down.
  schedule(Math.min(5000, periodMs));
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
