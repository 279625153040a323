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
  /** Repository visibility (shared through the ledger) and labels (per process). */
  caches: GitHubCaches;
  /** Who may run commands, cached briefly. */
  authorizer: Authorizer;
  /** The web address of GitHub (https://github.com, or the Enterprise Server's), for links. */
  webBase: string;
  /**
   * How long work claimed by an instance (a delivery, a write, an intake) blocks the others when
   * that instance stops answering: after it, the claim is presumed abandoned by a crashed holder
   * and taken over (the taker first looks on GitHub for what the holder may have written).
   */
  claimTimeoutMs: number;
}


/** The default of CLAIM_TIMEOUT_SECONDS: two minutes. */
export const DEFAULT_CLAIM_TIMEOUT_MS = 2 * 60 * 1000;

export function makeDeps(d: Omit<Deps, "caches" | "authorizer" | "webBase" | "claimTimeoutMs"> & { webBase?: string; claimTimeoutMs?: number }): Deps {
  return { webBase: "https://github.com", claimTimeoutMs: DEFAULT_CLAIM_TIMEOUT_MS, ...d, caches: new GitHubCaches(d.clock, d.store.visibility), authorizer: new Authorizer(d.clock) };
}

/** GitHub's web address from Probot's GHE_HOST / GHE_PROTOCOL. */
export function webBaseFrom(env: NodeJS.ProcessEnv): string {
  return env.GHE_HOST ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}` : "https://github.com";
}
