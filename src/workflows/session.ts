/**
 * A workflow runs for one installation with an authenticated octokit — the webhook's
 * `context.octokit`, or `app.auth(installationId)` in the loops — so every call follows
 * GHE_HOST to an Enterprise Server.
 */
import type { ApplyEnv } from "../github/apply/index.js";
import type { Authorizer } from "../github/authorize.js";
import type { GitHubCaches } from "../github/caches.js";
import type { GitHub } from "../github/octokit.js";
import type { Deps } from "../handlers/deps.js";
import type { Store } from "../store/index.js";

export interface Log {
  debug: (o: object, m: string) => void;
  info: (o: object, m: string) => void;
  warn: (o: object, m: string) => void;
  error: (o: object, m: string) => void;
}

export interface Session {
  gh: GitHub;
  store: Store;
  caches: GitHubCaches;
  authorizer: Authorizer;
  clock: () => number;
  instanceId: string;
  /** See Deps.claimTimeoutMs. */
  claimTimeoutMs: number;
  installationId: number;
  log: Log;
  /** GitHub's web address, for links. */
  webBase: string;
}

/** What a session needs of a webhook's Probot `Context` (workflows know nothing of Probot). */
export interface WebhookContext {
  payload: unknown;
  octokit: unknown;
  log: Log;
}

export function sessionFromContext(context: WebhookContext, deps: Deps): Session {
  const installation = (context.payload as { installation?: { id?: number } }).installation;
  if (!installation?.id) throw new Error("webhook without an installation");
  return {
    gh: context.octokit as unknown as GitHub,
    store: deps.store,
    caches: deps.caches,
    authorizer: deps.authorizer,
    clock: deps.clock,
    instanceId: deps.instanceId,
    claimTimeoutMs: deps.claimTimeoutMs,
    installationId: installation.id,
    log: context.log,
    webBase: deps.webBase,
  };
}

/** A session for the loops: an installation's octokit from `app.auth(id)`. */
export function loopSession(deps: Deps, gh: GitHub, installationId: number, log: Log): Session {
  return { gh, store: deps.store, caches: deps.caches, authorizer: deps.authorizer, clock: deps.clock, instanceId: deps.instanceId, claimTimeoutMs: deps.claimTimeoutMs, installationId, log, webBase: deps.webBase };
}

export function applyEnv(s: Session, templates: ApplyEnv["templates"], sensitive: readonly string[]): ApplyEnv {
  return { gh: s.gh, store: s.store, caches: s.caches, installationId: s.installationId, clock: s.clock, instanceId: s.instanceId, claimTimeoutMs: s.claimTimeoutMs, log: s.log, templates, sensitive };
}
