/**
 * `/reject <reason> [note]`: a reason from a fixed list, each with its own sentence to the
 * reporter. A duplicate names the report it duplicates by id only, never its content.
 */
import type { Action, IssueRef } from "../actions.js";
import { REJECT_REASONS, type Report, type RejectReason } from "../report.js";

export interface RejectCommand {
  name: "reject";
  reason: RejectReason;
  /** The GHSA id of the report this one duplicates (reason `duplicate`). */
  duplicateOf: string | null;
  /** The maintainers' optional note, which the reporter reads. */
  note: string | null;
}

/** An advisory id: GHSA and three groups of four letters or digits. */
export const GHSA_ID = /^GHSA(?:-[0-9a-z]{4}){3}$/i;

export const REJECT_USAGE = `one of ${REJECT_REASONS.map((r) => (r === "duplicate" ? "`duplicate GHSA-…`" : `\`${r}\``)).join(", ")}, optionally followed by a note for the reporter`;

/** The words after `/reject` → the command, or what is wrong with them. */
export function parseReject(args: string): RejectCommand | string {
  const [first = "", ...rest] = args.trim().split(/\s+/);
  const reason = REJECT_REASONS.find((r) => r === first.toLowerCase());
  if (!reason) return `needs a reason: ${REJECT_USAGE} (usage: \`/reject <reason> [note]\`)`;
  let words = rest;
  let duplicateOf: string | null = null;
  if (reason === "duplicate") {
    const id = words[0] ?? "";
    if (!GHSA_ID.test(id)) return "`duplicate` needs the id of the report it duplicates, e.g. `/reject duplicate GHSA-xxxx-xxxx-xxxx`";
    duplicateOf = `GHSA-${id.slice(5).toLowerCase()}`;
    words = words.slice(1);
  }
  const note = words.join(" ").trim();
  return { name: "reject", reason, duplicateOf, note: note || null };
}

/** What the reporter reads, one sentence of its own per reason. */
const SENTENCES: Record<RejectReason, (c: RejectCommand) => string> = {
  duplicate: (c) => `It describes the same issue as ${c.duplicateOf}, which was reported to us earlier and is already being handled, so we are closing this report in favour of that one.`,
  "not-a-vulnerability": () => "We have looked into it carefully and concluded that the behaviour you describe is not a security vulnerability in this project, so we are closing the report.",
  "not-reproducible": () => "We tried, but could not reproduce the issue you describe, so we are closing the report for now. If you can share more detail (the exact steps, the version, a proof of concept), please write here and we will look again.",
  "working-as-intended": () => "The behaviour you describe is how the software is designed to work, so we are closing the report. We appreciate you raising it.",
  "out-of-scope": () => "The issue falls outside the scope of this project's security policy, so we are closing the report here.",
  "no-response": () => "We have not heard back on our question, so we are closing the report for now. If you can still answer, please write here and we will gladly pick it up again.",
  withdrawn: () => "As you asked, we are closing the report as withdrawn.",
};

export function rejectNotice(c: RejectCommand): string {
  const note = c.note ? `\n\nA note from the maintainers: ${c.note}` : "";
  return `Thank you for taking the time to report this to us. ${SENTENCES[c.reason](c)}${note}`;
}

/** The reply's line for the maintainers. */
export function rejectSummary(c: RejectCommand): string {
  const why = c.reason === "duplicate" ? `a duplicate of ${c.duplicateOf}` : c.reason === "withdrawn" ? "withdrawn by the reporter" : c.reason.replace(/-/g, " ");
  return `closed as ${why}; the reporter has been told${c.note ? ", with your note" : ""}.`;
}

/** The report a duplicate points at: its ledger id and tracking issue when the bot knows it (else it exists only on GitHub). */
export interface OtherReport {
  ghsaId: string;
  reportId: string | null;
  trackingIssue: IssueRef | null;
}

/**
 * Links both reports: the closed one's reply names the other; the other's tracking issue (read
 * by maintainers only, never its reporter) gets a line naming this one.
 */
export function duplicateLink(r: Report, other: OtherReport): Action[] {
  if (!other.reportId || !other.trackingIssue) return [];
  return [
    {
      type: "comment",
      reportId: other.reportId,
      target: { kind: "issue", ...other.trackingIssue },
      key: `duplicate-${r.id}`,
      message: { kind: "reply", to: null, items: [{ command: "/reject duplicate", ok: true, text: `${r.id} (${r.owner}/${r.repo}) was closed as a duplicate of this report.` }], notice: null },
    },
  ];
}
