/**
 * Intake, decided: a new report from what GitHub says of it, and the writes that acknowledge
 * it — the tracking issue, the acknowledgement, the handler's access, labels. Pure: the
 * handler gathers facts, this decides, the applier writes.
 */
import { askFor, readItem } from "./report-quality/checklist.js";
import type { ReportCheck } from "./report-quality/facts.js";
import type { Action } from "./actions.js";
import { isoDay, type Calendar } from "./calendar.js";
import { stepStatus } from "./disclosure-steps.js";
import { reportLabels } from "./labels.js";
import type { AcknowledgementMessage, TrackingIssueMessage, VersionsUnread } from "./messages.js";
import type { Policy } from "./policy/types.js";
import { describeDuration, type Promises } from "./promises.js";
import type { AdvisoryFacts } from "./new-report.js";
import type { Report } from "./report.js";
import type { DisclosePromise } from "./disclosure-deadline.js";
import { NO_SHARE, shareAction, type ShareSettings } from "./share.js";


export interface IntakeSettings {
  policy: Policy | null;
  policySource: string | null;
  promises: Promises;
  calendar: Calendar;
  handlers: readonly string[];
  /** owner/name of the private tracker, or null. */
  tracker: string | null;
  /** Problems of the config file, worded for maintainers. */
  configProblems: string[];
  /** `collaborators` and `handler_credit`: who is given every report's advisory (default: nobody beyond the handler). */
  share?: ShareSettings;
  /** The disclosure deadline's days and their source (config or policy), or null for none. */
  disclose?: DisclosePromise | null;
}

/**
 * Why the supported versions cannot be read from the policy, or null when at least one row is
 * a version range the bot can match a report against. Rows without a range (`latest`,
 * `older`) never match, so a table of only those is as good as none.
 */
export function versionsUnread(settings: Pick<IntakeSettings, "policy" | "policySource">): VersionsUnread | null {
  const { policy, policySource: source } = settings;
  if (!policy) return { reason: "no-policy" };
  if (policy.rows.length === 0) return { reason: "no-table", source };
  if (policy.rows.some((r) => r.range !== null)) return null;
  return { reason: "no-ranges", source, labels: policy.rows.map((r) => r.label) };
}

/**
 * What the bot could not read, in words for maintainers. `versionsExplained`: the caller shows
 * the missing supported versions in its own words (the acknowledgement), so they are left out.
 */
export function intakeNotes(report: Report, settings: IntakeSettings, unreadableRanges: readonly string[] = [], versionsExplained = false): string[] {
  const notes: string[] = [];
  if (!settings.policy) {
    if (!versionsExplained) notes.push("No SECURITY.md was found (SECURITY.md, .github/SECURITY.md, docs/SECURITY.md, or the organisation's .github repository); the default promises apply and no release lines are known.");
  } else {
    if (settings.policy.rows.length === 0 && !versionsExplained) notes.push(`The policy (${settings.policySource}) lists no supported versions the bot can read, so affected lines cannot be labelled.`);
    for (const p of settings.policy.problems) notes.push(`Policy: ${p}`);
  }
  for (const p of settings.configProblems) notes.push(`Config: ${p}`);
  for (const r of unreadableRanges) notes.push(`The stated affected versions "${r}" are not a range the bot can read; set them with \`/affects <range>\`.`);
  if (report.vulnerableRange === null && unreadableRanges.length === 0) notes.push("The report states no affected versions yet; set them with `/affects <range>` when known.");
  if (settings.handlers.length === 0) notes.push("No `handlers` are configured, so no primary handler was assigned; use `/assign @login`.");
  return notes;
}

/**
 * The reporter's acknowledgement. It is read by the reporter and the maintainers alike: when
 * the supported versions cannot be read from the policy it says so to both (and the renderer
 * adds what maintainers can do, in their own collapsed section), whether or not there is a
 * tracking issue. `notesForThread`: the other notes for maintainers, where no tracking issue holds them.
 */
export function acknowledgement(report: Report, settings: IntakeSettings, now: number, notesForThread: string[]): AcknowledgementMessage {
  const rows = settings.policy?.rows ?? [];
  const unread = versionsUnread(settings);
  return {
    kind: "acknowledgement",
    reporter: report.reporter,
    late: now > report.ackBy,
    handlerAssigned: report.handler !== null,
    respondBy: isoDay(new Date(report.respondBy), settings.calendar),
    respondPromise: describeDuration(settings.promises.respond),
    range: report.vulnerableRange,
    affected: report.affected,
    unsupported: report.unsupported,
    supportedLines: rows.filter((r) => r.supported !== false).map((r) => r.label),
    noTable: unread !== null,
    versionsUnread: unread,
    supportNote: settings.policy?.supportNote ?? null,
    steps: settings.policy?.disclosureSteps ?? [],
    credit: report.credit,
    maintainerNotes: notesForThread,
    askFor: report.checklistMissing.map((item) => askFor(readItem(item))),
  };
}

export function trackingIssue(
  report: Report,
  settings: IntakeSettings,
  facts: { htmlUrl: string | null; summary: string | null; threadUrl: string; check?: ReportCheck | null; original?: TrackingIssueMessage["original"] },
  notes: string[],
): TrackingIssueMessage {
  const day = (t: number) => isoDay(new Date(t), settings.calendar);
  return {
    kind: "tracking-issue",
    reportId: report.id,
    repository: `${report.owner}/${report.repo}`,
    advisoryUrl: facts.htmlUrl,
    threadUrl: facts.threadUrl,
    summary: facts.summary,
    severity: report.severity,
    handler: report.handler,
    received: day(report.receivedAt),
    acknowledgeBy: day(report.ackBy),
    respondBy: day(report.respondBy),
    range: report.vulnerableRange,
    affected: report.affected,
    unsupported: report.unsupported,
    steps: stepStatus(settings.policy?.disclosureSteps ?? [], report),
    notes,
    check: facts.check ?? null,
    handlerReason: report.handlerReason,
    original: facts.original ?? null,
  };
}

export interface IntakeFacts {
  settings: IntakeSettings;
  /** The advisory, for advisory threads. */
  advisory: AdvisoryFacts | null;
  /** Web address of the thread (the advisory or the report issue). */
  threadUrl: string;
  unreadableRanges: string[];
  now: number;
  /** The report check for maintainers, when it was made (only for a tracking issue). */
  check?: ReportCheck | null;
  /** The advisory's description as received, kept in the tracking issue with its summary. */
  description?: string | null;
}

/**
 * The writes that complete a report's intake, given what has already happened (from the ledger).
 * The reporter is answered first, as the policy promises; the maintainers' side (the tracking
 * issue and its labels) follows. Where the thread is the tracking issue (an issue report, or the
 * comments API missing), the issue exists already.
 */
export function planIntake(report: Report, f: IntakeFacts): Action[] {
  const actions: Action[] = [];
  const notes = intakeNotes(report, f.settings, f.unreadableRanges);
  const tracked = report.thread.kind === "advisory" && f.settings.tracker !== null;
  if (report.acknowledgedAt === null) {
    // Unreadable supported versions are explained in the acknowledgement itself, so not repeated in its notes.
    const threadNotes = tracked ? [] : intakeNotes(report, f.settings, f.unreadableRanges, versionsUnread(f.settings) !== null);
    const target =
      report.thread.kind === "advisory"
        ? { kind: "advisory" as const, owner: report.owner, repo: report.repo, ghsaId: report.ghsaId! }
        : { kind: "issue" as const, owner: report.thread.owner, repo: report.thread.repo, number: report.thread.number! };
    actions.push({ type: "comment", reportId: report.id, target, message: acknowledgement(report, f.settings, f.now, threadNotes) });
  }
  if (tracked && report.trackerIssue === null) {
    actions.push({
      type: "open-tracking-issue",
      reportId: report.id,
      tracker: f.settings.tracker!,
      title: `${report.id} · ${report.owner}/${report.repo}`,
      message: trackingIssue(report, f.settings, { htmlUrl: f.advisory?.htmlUrl ?? null, summary: f.advisory?.summary ?? null, threadUrl: f.threadUrl, check: f.check ?? null, original: f.advisory ? { summary: f.advisory.summary, description: f.description ?? null } : null }, notes),
      labels: reportLabels(report),
      assignees: report.handler ? [report.handler] : [],
    });
  }
  // The config's collaborators, the handler and their credit, in one write (once per report: its intent).
  const share = f.advisory ? shareAction(report, f.settings.share ?? NO_SHARE) : null;
  if (share) actions.push(share);
  // The handler needs to see the advisory (the applier skips repository admins, who do).
  else if (report.thread.kind === "advisory" && f.advisory && report.handler && report.acknowledgedAt === null) {
    actions.push({
      type: "add-advisory-collaborator",
      reportId: report.id,
      advisory: { owner: report.owner, repo: report.repo, ghsaId: report.ghsaId! },
      login: report.handler,
      current: f.advisory.collaborators,
    });
  }
  if (report.thread.kind === "issue" && report.thread.number !== null) {
    const issue = { owner: report.thread.owner, repo: report.thread.repo, number: report.thread.number };
    actions.push({ type: "add-labels", reportId: report.id, issue, labels: reportLabels(report) });
    if (report.handler) actions.push({ type: "set-assignees", reportId: report.id, issue, assignees: [report.handler] });
  }
  return actions;
}
