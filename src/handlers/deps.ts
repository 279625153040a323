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
  /** Tests only: called at the named points of a write, to simulate a crash there (it throws). */
  faults?: (point: FaultPoint) => void;
}

/** Where a crash can fall: after a write was claimed, after GitHub took it, after the workflow's writes. */
export type FaultPoint = "claimed" | "written" | "applied";

export function makeDeps(d: Omit<Deps, "caches" | "authorizer" | "webBase" | "faults"> & { webBase?: string; faults?: Deps["faults"] }): Deps {
  return { webBase: "https://github.com", ...d, caches: new GitHubCaches(d.clock, d.store.visibility), authorizer: new Authorizer(d.clock) };
}

/** GitHub's web address from Probot's GHE_HOST / GHE_PROTOCOL. */
export function webBaseFrom(env: NodeJS.ProcessEnv): string {
  return env.GHE_HOST ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}` : "https://github.com";
}
