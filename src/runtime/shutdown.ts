/**
 * SIGTERM and SIGINT: stop (whatever the entry point has to stop), then exit 0 — or exit 1
 * when stopping fails or takes longer than 10 seconds. A second signal while stopping is ignored.
 */
export const SHUTDOWN_DEADLINE_MS = 10_000;

interface ShutdownLog {
  info(obj: object | string, msg?: string): void;
  error(obj: object, msg: string): void;
}

export function stopOnSignals(stop: () => Promise<void>, log: ShutdownLog, exit: (code: number) => void = (code) => process.exit(code)): void {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping: no new webhooks, finishing the ones in flight");
    const deadline = setTimeout(() => {
      log.error({ signal }, "could not stop within 10 s; exiting");
      exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    try {
      await stop();
      log.info("stopped");
      exit(0);
    } catch (error) {
      log.error({ err: error }, "error while stopping");
      exit(1);
    }
  };
  process.on("SIGTERM", (s) => void shutdown(s));
  process.on("SIGINT", (s) => void shutdown(s));
}
