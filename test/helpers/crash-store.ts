/**
 * Crash points at the store edge, for tests only: the production code has no hook for them.
 * A wrapped store throws, as a process dying there would stop, at the n-th time it is asked to:
 * - "claimed": right after a write's intent was claimed (before the write is sent);
 * - "written": right before a write's intent is settled (GitHub took the write; the ledger never heard);
 * - "applied": at the first report update after a write was settled (every write made, the ledger not yet told).
 */
import type { Store } from "../../src/store/index.js";

export type CrashPoint = "claimed" | "written" | "applied";

export function crashingStore(store: Store, at: { point: CrashPoint; hit: number; armed: () => boolean }): Store {
  let hits = 0;
  let settled = false;
  const crash = (point: CrashPoint) => {
    if (at.armed() && point === at.point && ++hits === at.hit) throw new Error(`simulated crash at ${point}`);
  };
  const intents = new Proxy(store.intents, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop === "claim")
        return async (...args: Parameters<Store["intents"]["claim"]>) => {
          const claim = await target.claim(...args);
          if (claim.status === "claimed") crash("claimed");
          return claim;
        };
      if (prop === "settle")
        return async (...args: Parameters<Store["intents"]["settle"]>) => {
          crash("written");
          settled = true;
          return target.settle(...args);
        };
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const reports = new Proxy(store.reports, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop === "update")
        return async (...args: Parameters<Store["reports"]["update"]>) => {
          if (settled) crash("applied");
          return target.update(...args);
        };
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "intents") return intents;
      if (prop === "reports") return reports;
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
