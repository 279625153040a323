/**
 * What the bot decides to do, as data. Decisions (pure) return Action[]; github/apply is the
 * one place that performs them — with the privacy guard, markers, intents and audit.
 */
import type { Message } from "./messages.js";

export interface AdvisoryRef {
  owner: string;
  repo: string;
  ghsaId: string;
}

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

/** Where a comment goes: an advisory's discussion or an issue. */
export type CommentTarget = ({ kind: "advisory" } & AdvisoryRef) | ({ kind: "issue" } & IssueRef);

export type Action =
  /** A bot message; `key` tells recurring messages of one kind apart (a reply per comment id). */
  | { type: "comment"; reportId: string; target: CommentTarget; message: Message; key?: string }
  | {
      type: "open-tracking-issue";
      reportId: string;
      /** owner/name of the tracker. */
      tracker: string;
      title: string;
      message: Message;
      labels: string[];
      assignees: string[];
    }
  | { type: "add-labels"; reportId: string; issue: IssueRef; labels: string[] }
  | { type: "remove-labels"; reportId: string; issue: IssueRef; labels: string[] }
  | { type: "set-assignees"; reportId: string; issue: IssueRef; assignees: string[] }
  /**
   * Gives a user access to the advisory: added to its collaborators (`current`: the list as last
   * seen; a PATCH replaces it) unless they already see it as a repository admin.
   */
  | { type: "add-advisory-collaborator"; reportId: string; advisory: AdvisoryRef; login: string; current: string[] }
  /**
   * At intake: adds the config's collaborators (users, team slugs) and the handler (unless a
   * repository admin) to the advisory, and the handler's credit, to what the advisory has when
   * written (read just before: GitHub replaces each array whole). Once per report.
   */
  | { type: "share-advisory"; reportId: string; advisory: AdvisoryRef; users: string[]; teams: string[]; handler: string | null; credit: { login: string; type: string } | null }
  /** Sets fields of the advisory (PATCH: `state` only to draft, closed or published; `credits` replaces the list). */
  | { type: "patch-advisory"; reportId: string; advisory: AdvisoryRef; fields: AdvisoryFields; what: string }
  | { type: "request-cve"; reportId: string; advisory: AdvisoryRef }
  | { type: "create-fork"; reportId: string; advisory: AdvisoryRef }
  /** Assignees (replacing them) or open/closed state of an issue. */
  | { type: "update-issue"; reportId: string; issue: IssueRef; assignees?: string[]; state?: "open" | "closed"; stateReason?: "completed" | "not_planned" }
  /** The table-upkeep pull request: a branch with the policy file changed, and the pull request (never the default branch). */
  | { type: "open-table-pr"; key: string; owner: string; repo: string; base: string; path: string; fileSha: string; text: string; branch: string; title: string; body: string }
  /** The "Security policy" check run on a commit (public: it carries only the repository's own policy). */
  | { type: "check-run"; owner: string; repo: string; headSha: string; conclusion: "success" | "failure"; title: string; summary: string; text: string }
  /** Appends "Security: fixes GHSA-…" with the link to a release's notes, once. */
  | { type: "link-release"; reportId: string; owner: string; repo: string; releaseId: number; ghsaId: string; advisoryUrl: string }
  /** Creates the tracker's dashboard issue (issue null) or rewrites its body. */
  | { type: "write-dashboard"; tracker: string; issue: number | null; generation: number; title: string; message: Message }
  /** Ticks task-list steps in the issue's current body; with `close`, closes it in the same PATCH. */
  | { type: "tick-tasks"; reportId: string; issue: IssueRef; steps: string[]; close?: "completed" | "not_planned" }
  /** Moves an issue (a report that landed in public) into the private tracker (GraphQL transferIssue), once per key. */
  | { type: "transfer-issue"; key: string; issue: IssueRef & { nodeId: string }; tracker: string }
  /** Opens a draft repository advisory (a report that landed in public, no tracker), once per key. */
  | { type: "create-advisory"; key: string; owner: string; repo: string; body: AdvisoryCreateBody };

/** GitHub's create schema for a repository advisory, as far as the bot uses it (no severity, no collaborators). */
export interface AdvisoryCreateBody {
  summary: string;
  description: string;
  vulnerabilities: { package: { ecosystem: string; name: string | null } }[];
  credits?: { login: string; type: "reporter" }[];
}

/** The advisory fields the bot writes (names as GitHub's PATCH takes them). */
export interface AdvisoryFields {
  state?: "draft" | "closed" | "published";
  severity?: string | null;
  cvss_vector_string?: string | null;
  cwe_ids?: string[];
  credits?: { login: string; type: string }[];
  vulnerabilities?: { package: { ecosystem: string; name: string | null }; vulnerable_version_range: string | null; patched_versions: string | null; vulnerable_functions: string[] | null }[];
  summary?: string;
  description?: string;
  collaborating_users?: string[];
}

export type ActionType = Action["type"];
