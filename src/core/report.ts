/**
 * A report as the ledger keeps it. GitHub holds the report's content; this holds identity,
 * time and bookkeeping. Times are epoch milliseconds.
 */

export const REPORT_STATES = ["new", "triage", "accepted", "fixed", "drafted", "published", "rejected", "withdrawn"] as const;
/**
 * new: received, not yet acknowledged · triage: acknowledged, the response clock runs ·
 * accepted: confirmed, a fix is being prepared · fixed: every affected supported line has a fix release ·
 * drafted: the public advisory is composed · published / rejected / withdrawn: closed.
 */
export type ReportState = (typeof REPORT_STATES)[number];

export const CLOSED_STATES: readonly ReportState[] = ["published", "rejected", "withdrawn"];
export const isOpen = (state: ReportState): boolean => !CLOSED_STATES.includes(state);

/** The fixed reasons of `/reject`, in the order `/help` lists them. */
export const REJECT_REASONS = ["duplicate", "not-a-vulnerability", "not-reproducible", "working-as-intended", "out-of-scope", "no-response", "withdrawn"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** policy: read from the policy's prose · config: sla.disclose_days · extended: moved by /extend-disclosure. */
export type DiscloseSource = "policy" | "config" | "extended";

export type Severity = "critical" | "high" | "medium" | "low";

/** Where the report came from: a private vulnerability report (or a maintainer's advisory), a private issue, a moved public issue. */
export type ReportSource = "advisory" | "issue" | "public-issue";

/** Where the bot talks with the reporter and reads commands. */
export interface Thread {
  kind: "advisory" | "issue";
  owner: string;
  repo: string;
  /** The issue number for an issue thread; null for an advisory thread. */
  number: number | null;
}

export interface FixSeen {
  version: string;
  /** When the release or tag was seen (ms). */
  at: number;
  /** The release's id, for linking the advisory from its notes; null for a bare tag. */
  releaseId: number | null;
  /** The tag name (for links to the release). */
  tag?: string | null;
}

export interface Credit {
  login: string;
  type: string;
}

export interface Report {
  id: string;
  installationId: number;
  repoId: number;
  owner: string;
  repo: string;
  source: ReportSource;
  ghsaId: string | null;
  /** The CVE id once GitHub assigned one. */
  cveId: string | null;
  thread: Thread;
  trackerRepo: string | null;
  trackerIssue: number | null;
  state: ReportState;
  advisoryState: string | null;
  severity: Severity | null;
  cvss: string | null;
  cweIds: string[];
  handler: string | null;
  reporter: string | null;
  /** The vulnerable range as given (normalised to semver), null when not stated. */
  vulnerableRange: string | null;
  /** Labels of affected supported rows, and of affected rows that are not supported. */
  affected: string[];
  unsupported: string[];
  /** Row label → first fixed version on that line (from /fixed-in). */
  fixedIn: Record<string, string>;
  /** Row label → the release that shipped the fix. */
  fixes: Record<string, FixSeen>;
  credit: boolean;
  credits: Credit[];
  receivedAt: number;
  ackBy: number;
  respondBy: number;
  acknowledgedAt: number | null;
  ackLate: boolean;
  respondedAt: number | null;
  /** Expected fix date, YYYY-MM-DD. */
  eta: string | null;
  fixedAt: number | null;
  draftedAt: number | null;
  publishedAt: number | null;
  closedAt: number | null;
  /** needs-info: when the response clock was paused (null when running), and the total paused so far. */
  pausedAt: number | null;
  pausedMs: number;
  lastMaintainerAt: number | null;
  lastReporterAt: number | null;
  /** Keys of the deadline events already handled (reminder, escalation …). */
  reminders: string[];
  /** The policy's checklist items the report does not cover yet (item texts; optional items left out). */
  checklistMissing: string[];
  /** Why a closed report was closed: one of REJECT_REASONS after /reject; null otherwise. */
  outcome: RejectReason | null;
  /** The report this one duplicates (GHSA id), after `/reject duplicate GHSA-…`. */
  duplicateOf: string | null;
  /** The disclosure deadline (ms, end of that day in the policy's zone) and where it came from. */
  discloseBy: number | null;
  discloseSource: DiscloseSource | null;
  /** A digest of the advisory's description as last seen, to notice when someone rewrites it. */
  descriptionDigest: string | null;
  /** Why the primary handler was chosen (said on the tracking issue): see HandlerReason. */
  handlerReason: string | null;
  /** When the sweep should next look at this report; null when nothing is pending. */
  nextDueAt: number | null;
  /** Incremented on every write; updates are conditional on it. */
  revision: number;
  createdAt: number;
  updatedAt: number;
}
