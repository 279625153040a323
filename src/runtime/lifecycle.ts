/**
 * One bot's running state: whether it is stopping, and the deliveries it is working on.
 * Stopping refuses new work (the refused delivery fails, so GitHub records it and the
 * redelivery loop asks for it again) and waits for the work in progress to settle.
 */
export class StoppingError extends Error {
  override name = "StoppingError";
  constructor() {
    super("the app is stopping; the delivery is refused and will be asked for again");
  }
}

export class Lifecycle {
  #stopping = false;
  readonly #running = new Set<Promise<unknown>>();

  get stopping(): boolean {
    return this.#stopping;
  }

  /** Runs `work` and keeps track of it until it settles; throws StoppingError once stop() was called. */
  async admit<T>(work: () => Promise<T>): Promise<T> {
    if (this.#stopping) throw new StoppingError();
    const running = work();
    this.#running.add(running);
    try {
      return await running;
    } finally {
      this.#running.delete(running);
    }
  }

  /** Refuses work from now on; resolves once the work admitted before has settled. */
  async stop(): Promise<void> {
    this.#stopping = true;
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }
}
