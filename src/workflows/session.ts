/**
 * A workflow runs for one installation with an authenticated octokit — the webhook's
 * `context.octokit`, or `app.auth(installationId)` in the loops — so every call follows
 * GHE_HOST to an Enterprise Server. The session is all a workflow is given: the ledger and
 * what `Deps` carries, a repository's settings, GitHub's reads (`read.*`) and the one
 * writer (`write`).
 */
import type { Action } from "../core/actions.js";
import { apply, applyOne, type ApplyEnv, type Outcome } from "../github/apply/index.js";
import type { GitHub } from "../github/octokit.js";
import { readsFor, type Reads } from "../github/reads/index.js";
import { loadRepoSettings, type RepoRef, type RepoSettings } from "../github/repo-settings.js";
import type { Deps } from "../handlers/deps.js";

export interface Log {
  debug: (o: object, m: string) => void;
  info: (o: object, m: string) => void;
  warn: (o: object, m: string) => void;
  error: (o: object, m: string) => void;
}

/** How a write is worded and guarded: the repository's message templates and what must never reach a public place. */
export interface WriteOptions {
  templates?: ApplyEnv["templates"];
  sensitive?: readonly string[];
  /** The caller's array of outcomes, kept when a later write fails (see `apply`). */
  done?: Outcome[];
}

export interface Session extends Deps {
  gh: GitHub;
  installationId: number;
  log: Log;
  /** A repository's settings: the ledger's cache, reloaded from GitHub when stale. */
  settings(repo: RepoRef): Promise<RepoSettings>;
  /** What workflows read of GitHub (github/reads/). */
  read: Reads;
  /** The one writer (github/apply), in order; the first failure stops the rest. */
  write(actions: readonly Action[], o?: WriteOptions): Promise<Outcome[]>;
  /** One write through the same writer. */
  writeOne(action: Action, o?: WriteOptions): Promise<Outcome>;
}

/** The session of one installation: the shared `Deps` with its octokit (used by the handlers and the loops alike). */
export function openSession(deps: Deps, gh: GitHub, installationId: number, log: Log): Session {
  const s: Session = {
    store: deps.store,
    clock: deps.clock,
    instanceId: deps.instanceId,
    caches: deps.caches,
    authorizer: deps.authorizer,
    webBase: deps.webBase,
    claimTimeoutMs: deps.claimTimeoutMs,
    gh,
    installationId,
    log,
    settings: (repo) => loadRepoSettings(gh, deps.store, repo, installationId, deps.clock(), deps.caches),
    read: readsFor(gh),
    write: (actions, o = {}) => apply(applyEnvOf(s, o), actions, o.done),
    writeOne: (action, o = {}) => applyOne(applyEnvOf(s, o), action),
  };
  return s;
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
  return openSession(deps, context.octokit as unknown as GitHub, installation.id, context.log);
}

/** The writer's environment, derived from a session. */
export function applyEnvOf(s: Session, o: WriteOptions = {}): ApplyEnv {
  return { gh: s.gh, store: s.store, caches: s.caches, installationId: s.installationId, clock: s.clock, instanceId: s.instanceId, claimTimeoutMs: s.claimTimeoutMs, log: s.log, templates: o.templates ?? {}, sensitive: o.sensitive ?? [] };
}
