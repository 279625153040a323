/** The one writer's vocabulary: what every write is given, what it yields, and what an executor declares. */
import type { Action } from "../../core/actions.js";
import type { Templates } from "../../render/message.js";
import type { Store } from "../../store/index.js";
import type { GitHubCaches } from "../caches.js";
import type { GitHub } from "../octokit.js";

export interface ApplyEnv {
  gh: GitHub;
  store: Store;
  caches: GitHubCaches;
  installationId: number;
  clock: () => number;
  instanceId: string;
  /** A claim older than this is presumed abandoned by a crashed holder. */
  claimTimeoutMs: number;
  log: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };
  templates: Templates;
  /** What must never reach a public place: the report's text, the reporter's comments, ids under embargo. */
  sensitive: readonly string[];
}

export type Outcome =
  | { status: "done"; result: string | null }
  | { status: "already"; result: string | null }
  | { status: "busy" }
  | { status: "refused"; reason: string }
  /** A dry run: what would be written, and where. */
  | { status: "planned"; method: string; path: string };

/** What a dry run needs: no ledger, nothing is claimed, sent or recorded. */
export type PlanEnv = Pick<ApplyEnv, "gh" | "caches" | "templates" | "sensitive" | "log">;

export type ActionOf<T extends Action["type"]> = Extract<Action, { type: T }>;

/** What the privacy guard judges about a write, declared by its executor before anything is sent. */
export interface Guarded {
  /** The repository the write lands in; null for an advisory, which stays private until published. */
  where: { owner: string; repo: string } | null;
  /** Its kind for the guard: a message kind, or the write type ("labels", "assignees", "check-run"). */
  category: string;
  /** Everything the write will carry, for the guard to look for report text. */
  text: string;
  /** Method and path of the write, for logs, the audit and a dry run. */
  method: string;
  path: string;
  /** Whom it concerns in logs and the audit: a report id, or a tracker or repository. */
  subject: string;
  /** The report, for the audit and the claim (null for repository-wide writes). */
  reportId: string | null;
  /** Why this write never goes to a public place, in words for the log ("the tracker acme/t is public"). */
  privateBecause?: string;
}

/** GitHub calls an executor may make: each one is recorded in the audit log, ok or failed. */
export interface Io {
  /** A write (or a read that is part of one), audited under the executor's kind. */
  send<T>(method: string, path: string, run: () => Promise<{ status: number; data: T }>, kind?: string): Promise<T>;
}

/** A write performed: its result (a URL, a number), or "already" when nothing was left to write. */
export type Written = { done: string | null } | { already: string | null };

/**
 * One kind of action. The pipeline runs every write the same way: guard → claim → write →
 * settle → audit; the executor only declares what is special about its kind.
 */
export interface Executor<A extends Action> {
  /** The kind recorded in the audit and the claim. */
  kind(a: A): string;
  guard(a: A, env: PlanEnv): Guarded | Promise<Guarded>;
  /**
   * The intent key that makes the write happen once, or null for a write that is the same
   * however often it is sent (setting labels, fields or a state to a given value).
   */
  key(a: A): string | null;
  /** On a takeover from a crashed holder: what that holder may already have written (a result), or null. */
  find?(a: A, env: ApplyEnv): Promise<string | null>;
  write(a: A, env: ApplyEnv, io: Io): Promise<Written>;
}

export type ExecutorTable = { [T in Action["type"]]: Executor<ActionOf<T>> };
