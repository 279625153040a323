/**
 * What the bot says, as data. Decisions produce these; render/ turns them into markdown
 * (or the config's template for that kind); the applier adds the hidden marker.
 */

import type { ReportCheck } from "./report-quality/facts.js";
import type { DashboardMessage } from "./dashboard.js";
import type { DescriptionChangedMessage } from "./original-words.js";

/** The message kinds are part of the contract (PRODUCT.md "Messages"). */
export type MessageKind =
  | "acknowledgement"
  | "reply"
  | "reminder"
  | "eta-reminder"
  | "escalation"
  | "fix-released"
  | "draft-preview"
  | "published"
  | "moved"
  | "flag"
  | "policy-warning"
  | "dashboard"
  | "description-changed";

export interface AcknowledgementMessage {
  kind: "acknowledgement";
  reporter: string | null;
  /** The acknowledgement goes out after the promised time (the bot was down). */
  late: boolean;
  /** A primary handler was assigned (false where no `handlers` are configured: one is still to be named). */
  handlerAssigned?: boolean;
  /** YYYY-MM-DD in the policy's time zone. */
  respondBy: string;
  /** "10 business days". */
  respondPromise: string;
  /** The vulnerable range as the report states it (null: not stated). */
  range: string | null;
  /** Affected rows that are supported, and affected rows that are not. */
  affected: string[];
  unsupported: string[];
  /** Rows that get security fixes (for "which versions get fixes"). */
  supportedLines: string[];
  /** The policy lists no versions the bot can match against (no policy, no table, or no row with a version range). */
  noTable: boolean;
  /** Why the supported versions could not be read from the policy (null: they were). */
  versionsUnread: VersionsUnread | null;
  supportNote: string | null;
  /** The policy's disclosure process, in its own words. */
  steps: string[];
  credit: boolean;
  /** What the bot could not read, for maintainers (shown only where there is no tracking issue). */
  maintainerNotes: string[];
  /** What the policy asks a report to include and this one lacks, in plain words ("steps to reproduce"). */
  askFor: string[];
}

/**
 * Why the bot could not read which versions get security fixes: no policy file at all, a
 * policy without a table (or list) of versions it can read, or rows none of which is a
 * version range (`latest`, `older`).
 */
export type VersionsUnread =
  | { reason: "no-policy" }
  | { reason: "no-table"; source: string | null }
  | { reason: "no-ranges"; source: string | null; labels: string[] };

export interface TrackingIssueMessage {
  kind: "tracking-issue";
  reportId: string;
  repository: string;
  advisoryUrl: string | null;
  threadUrl: string;
  summary: string | null;
  severity: string | null;
  handler: string | null;
  received: string;
  acknowledgeBy: string;
  respondBy: string;
  range: string | null;
  affected: string[];
  unsupported: string[];
  steps: { text: string; done: boolean }[];
  notes: string[];
  /** The report checked against the policy's checklist, what it names, likely duplicates (null: not checked). */
  check: ReportCheck | null;
  /** Why the primary handler was chosen (the ledger's `handlerReason`, see core/owner-choice.ts). */
  handlerReason?: string | null;
  /** The report's own words as received (advisory reports), kept in a collapsed section. */
  original?: { summary: string; description: string | null } | null;
}

export interface ReplyItem {
  /** The command as written, e.g. "/assign @alice". */
  command: string;
  ok: boolean;
  text: string;
}

/**
 * The one reply to a comment with commands; or a note to the reporter (`items` empty, `notice` set).
 * When the comment ran `/draft`, the reply also carries the draft's preview: a command gets one
 * reply (kind `reply`), never a reply and a separate `draft-preview`. A draft made without a
 * command (every fix released) is previewed on its own, as a `draft-preview`.
 */
export interface ReplyMessage {
  kind: "reply";
  /** Whom it answers (a login), or null. */
  to: string | null;
  items: ReplyItem[];
  notice: string | null;
  /** The advisory draft a `/draft` in this comment composed (absent: none). */
  preview?: DraftPreviewMessage | null;
}

/**
 * A deadline's nudge: to maintainers (reminder, escalation, eta-reminder, disclosure-reminder),
 * or, for a /needs-info question left unanswered, a kind reminder to the reporter.
 */
export interface DeadlineMessage {
  kind: "reminder" | "escalation" | "eta-reminder" | "disclosure-reminder" | "needs-info-reminder";
  /**
   * What prompted it; "update" is the per-severity cadence; "disclosure" the disclosure
   * deadline (reminders before it, the escalation on the day); "needs-info" the reporter's
   * reminder; "no-response" the note to the handler after as long again.
   */
  reason: "respond" | "overdue" | "eta" | "update" | "disclosure" | "needs-info" | "no-response";
  reportId: string;
  repository: string;
  threadUrl: string | null;
  handler: string | null;
  /** Teams to mention on escalation, as org/slug. */
  teams: string[];
  severity: string | null;
  /** YYYY-MM-DD. */
  respondBy: string | null;
  eta: string | null;
  /** For the cadence nudge. */
  quietDays: number | null;
  /** The disclosure deadline (YYYY-MM-DD) and the calendar days left until it (0 on the day). */
  discloseBy?: string | null;
  daysLeft?: number | null;
  /** For the needs-info reminder: the reporter, and the day the question was asked (YYYY-MM-DD). */
  reporter?: string | null;
  askedOn?: string | null;
}

/** The reporter is told that a fix is out (and which lines still wait). */
export interface FixReleasedMessage {
  kind: "fix-released";
  reporter: string | null;
  /** Lines fixed by this release, with the version and release day (YYYY-MM-DD). */
  fixed: { line: string; version: string; day: string }[];
  /** Affected supported lines still without a fix release. */
  waiting: string[];
}

/** The drafted advisory, previewed in the thread, with the words to publish it. */
export interface DraftPreviewMessage {
  kind: "draft-preview";
  summary: string;
  description: string;
  vulnerabilities: { range: string | null; patched: string | null; pkg: string }[];
  problems: string[];
  waiting: string[];
  autoPublish: boolean;
}

/** The advisory is public: to the reporter (thread) or, with the timeline, to the tracking issue. */
export interface PublishedMessage {
  kind: "published";
  audience: "reporter" | "maintainers";
  reporter: string | null;
  advisoryUrl: string;
  credited: boolean;
  /** The report's life: each step's day and business days since the previous one. */
  timeline: { step: string; day: string | null; businessDays: number | null }[];
}

/** Said on a public issue that was moved out of public view: where the conversation continues, nothing of the report. */
export interface MovedMessage {
  kind: "moved";
  reporter: string | null;
  /** The private advisory the reporter can see (no tracker), or null (moved to the private tracker). */
  advisoryUrl: string | null;
  /** Where the repository takes private reports (GitHub's private vulnerability reporting form). */
  reportingUrl: string;
}

/** A note to the security team in the tracker: a link, never a quote. */
export interface FlagMessage {
  kind: "flag";
  variant: "looks-like-a-report" | "id-named-in-public" | "delete-public-issue";
  /** The public place (an issue, a pull request or a comment). */
  url: string;
  repository: string;
  signals: string[];
  /** The report whose id was named (embargo watch). */
  reportId: string | null;
}

export type Message =
  | DescriptionChangedMessage
  | MovedMessage
  | FlagMessage
  | AcknowledgementMessage
  | TrackingIssueMessage
  | ReplyMessage
  | DeadlineMessage
  | DashboardMessage
  | FixReleasedMessage
  | DraftPreviewMessage
  | PublishedMessage;
