/** What every handler and loop is given: the ledger, the clock, and who this instance is. */
import type { Store } from "../store/index.js";

export interface Deps {
  store: Store;
  /** Now, in epoch milliseconds. Tests inject a fixed or stepping clock. */
  clock: () => number;
  /** Names this instance in claims and leases (several may share one PostgreSQL). */
  instanceId: string;
}
