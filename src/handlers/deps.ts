/** What every handler and loop is given: the ledger, the clock, caches, and who this instance is. */
import { Authorizer } from "../github/authorize.js";
import { GitHubCaches } from "../github/caches.js";
import type { Store } from "../store/index.js";

export interface Deps {
  store: Store;
  /** Now, in epoch milliseconds. Tests inject a fixed or stepping clock. */
  clock: () => number;
  /** Names this instance in claims and leases (several may share one PostgreSQL). */
  instanceId: string;
  /** Per-process memory of repository visibility and labels. */
  caches: GitHubCaches;
  /** Who may run commands, cached briefly. */
  authorizer: Authorizer;
}

export function makeDeps(d: Omit<Deps, "caches" | "authorizer">): Deps {
  return { ...d, caches: new GitHubCaches(d.clock), authorizer: new Authorizer(d.clock) };
}
