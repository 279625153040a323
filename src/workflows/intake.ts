/**
 * Intake of one report, from a webhook or from the reconciler: load the repository's settings
 * (cached), open the report in the ledger once, give it a handler, then decide and perform
 * what is still missing of its intake. Safe to run any number of times for the same report.
 */
import { randomUUID } from "node:crypto";
import { affectedLines } from "../core/affected.js";
import { planIntake, type IntakeSettings } from "../core/intake.js";
import { newReport, reportFromAdvisory, severityOf, type AdvisoryFacts, type RepoIdentity } from "../core/new-report.js";
import { transition } from "../core/lifecycle.js";
import { isOpen, type Report, type Thread } from "../core/report.js";
import type { Action } from "../core/actions.js";
import { CommentsApiMissing, type Outcome } from "../github/apply/index.js";
import { type RepoRef, type RepoSettings } from "../github/repo-settings.js";
import { checkReport, missingItems } from "../core/report-quality/checklist.js";
import type { ReportCheck } from "../core/report-quality/facts.js";
import { patchReport } from "./ledger.js";
import { rememberDescription } from "./original-words.js";
import { ensureHandler } from "./owner-handler.js";
import { checkForMaintainers } from "./report-check.js";
import { type Session, type WriteOptions } from "./session.js";
import { intakeSettings } from "./settings.js";

export interface IssueFacts {
  number: number;
  htmlUrl: string;
  title: string;
  body: string | null;
  createdAt: string;
  author: string | null;
}

async function openReport(s: Session, fresh: Report): Promise<Report> {
  await s.store.reports.insert(fresh);
  const stored = await s.store.reports.get(fresh.id);
  if (!stored) throw new Error(`report ${fresh.id} could not be stored`);
  return stored;
}

/** Records what the applied intake achieved: tracking issue, acknowledgement, state. */
async function record(s: Session, report: Report, actions: readonly Action[], outcomes: readonly Outcome[]): Promise<Report> {
  const now = s.clock();
  return patchReport(s.store, report.id, now, (r) => {
    const patch: Partial<Report> = {};
    actions.forEach((a, i) => {
      const o = outcomes[i];
      if (!o || (o.status !== "done" && o.status !== "already")) return;
      if (a.type === "open-tracking-issue" && r.trackerIssue === null && o.result) patch.trackerIssue = Number(o.result);
      if (a.type === "comment" && a.message.kind === "acknowledgement" && r.acknowledgedAt === null) {
        patch.acknowledgedAt = now;
        patch.ackLate = now > r.ackBy;
        patch.state = transition(r.state, "acknowledge") ?? r.state;
      }
    });
    return patch;
  });
}

/** Where the comments API is missing, the tracking issue becomes the report's thread. */
export async function fallBackToTrackingIssue(s: Session, report: Report): Promise<Report | null> {
  await s.store.repos.setCommentsApi(report.repoId, "no");
  if (!report.trackerRepo || report.trackerIssue === null) {
    s.log.error({ report: report.id, repo: report.repoId }, "advisory comments API missing and no tracking issue: the report cannot be acknowledged in a thread");
    return null;
  }
  const [owner, repo] = report.trackerRepo.split("/") as [string, string];
  const thread: Thread = { kind: "issue", owner, repo, number: report.trackerIssue };
  s.log.warn({ report: report.id, repo: report.repoId, tracker: report.trackerRepo, issue: report.trackerIssue }, "advisory comments API missing; the tracking issue is now the report's thread");
  return patchReport(s.store, report.id, s.clock(), () => ({ thread }));
}

/** Intake of one report runs on one instance at a time (a lease that lapses if its holder dies). */
async function leased(s: Session, report: Report, work: (current: Report) => Promise<Report>): Promise<Report> {
  const key = `intake:${report.id}`;
  // Unique per run: two deliveries in one process must not share a lease.
  const holder = `${s.instanceId}:${randomUUID()}`;
  if (!(await s.store.cursors.lease(key, s.installationId, holder, s.clock(), s.claimTimeoutMs))) {
    s.log.debug({ report: report.id }, "intake already running elsewhere");
    return report;
  }
  try {
    // Read again under the lease: whoever held it before may have finished the work.
    return await work((await s.store.reports.get(report.id)) ?? report);
  } finally {
    await s.store.cursors.unlease(key, holder);
  }
}

async function run(
  s: Session,
  report: Report,
  settings: RepoSettings,
  is: IntakeSettings,
  facts: { advisory: AdvisoryFacts | null; threadUrl: string; unreadable: string[]; sensitive: string[]; check?: ReportCheck | null; description?: string | null },
): Promise<Report> {
  const actions = planIntake(report, { settings: is, advisory: facts.advisory, threadUrl: facts.threadUrl, unreadableRanges: facts.unreadable, now: s.clock(), check: facts.check ?? null, description: facts.description ?? null });
  const w: WriteOptions = { templates: settings.config.messages, sensitive: facts.sensitive };
  const outcomes: Outcome[] = [];
  try {
    // The outcomes of the writes made are kept in `outcomes` even when a later one fails.
    await s.write(actions, { ...w, done: outcomes });
  } catch (error) {
    if (!(error instanceof CommentsApiMissing)) {
      await record(s, report, actions, outcomes);
      throw error;
    }
    // No advisory thread to answer in: the tracking issue is opened first and becomes the thread,
    // where the acknowledgement then goes.
    const rest = actions.filter((a) => !(a.type === "comment" && a.target.kind === "advisory"));
    const opened = await record(s, report, rest, await s.write(rest, w));
    const moved = await fallBackToTrackingIssue(s, opened);
    if (!moved) return opened;
    return run(s, moved, settings, is, facts);
  }
  return record(s, report, actions, outcomes);
}

/** A private vulnerability report, or an advisory a maintainer opened. */
export async function intakeAdvisory(s: Session, repo: RepoRef, advisory: AdvisoryFacts, description: string | null, source: Report["source"] = "advisory"): Promise<Report> {
  s.caches.rememberVisibility(repo.owner, repo.name, repo.private);
  const settings = await s.settings(repo);
  const is = intakeSettings(settings);
  const identity: RepoIdentity = { id: repo.id, owner: repo.owner, name: repo.name, installationId: s.installationId };
  // The policy's checklist against the report's text: what to ask the reporter for.
  const text = `${advisory.summary}\n\n${description ?? ""}`;
  const verdicts = checkReport(text, is.policy?.reportChecklist ?? [], { fromAdvisory: true });
  const checklistMissing = missingItems(verdicts).map((i) => i.text);
  let report = (await s.store.reports.byGhsa(advisory.ghsaId)) ?? (await openReport(s, { ...reportFromAdvisory(advisory, identity, is, s.clock()), source, checklistMissing }));
  if (!isOpen(report.state)) return report;
  report = await rememberDescription(s, report, description);
  report = await ensureHandler(s, report, is.handlers, text);
  const unreadable = affectedLines(is.policy?.rows ?? [], advisory.vulnerableRanges).unreadable;
  report = await leased(s, report, async (current) => {
    // The report check goes into the tracking issue, so it is made only when that issue is still to be
    // opened, in a tracker the guard will write to (its visibility is cached for the write that follows).
    const tracker = is.tracker?.split("/") as [string, string] | undefined;
    const wanted = tracker !== undefined && current.thread.kind === "advisory" && current.trackerIssue === null && (await s.caches.isPrivate(s.gh, ...tracker));
    const check = wanted ? await checkForMaintainers(s, current, text, verdicts, is.policy?.rows ?? []) : null;
    return run(s, current, settings, is, { advisory, threadUrl: advisory.htmlUrl, unreadable, sensitive: [advisory.summary, description ?? "", advisory.ghsaId], check, description });
  });
  s.log.info({ report: report.id, repo: repo.id, state: report.state, handler: report.handler, trackerIssue: report.trackerIssue, late: report.ackLate }, "report intake done");
  return report;
}

/** Where an issue report lives when it is not in the project's own repository (a public issue moved to the tracker). */
export interface IssueThread {
  owner: string;
  repo: string;
  number: number;
  htmlUrl: string;
}

/**
 * An issue labelled `security-report` in a private repository: the issue is the report's
 * thread. For a public issue moved to the private tracker, `thread` names where it is now,
 * while `repo` stays the project whose policy applies.
 */
export async function intakeIssue(s: Session, repo: RepoRef, issue: IssueFacts, moved?: IssueThread): Promise<Report | null> {
  if (!moved && !repo.private) {
    s.log.warn({ repo: repo.id, issue: issue.number }, "security-report label on a public issue: not taken in as a report (a maintainer can move it with /security)");
    return null;
  }
  if (!moved) s.caches.rememberVisibility(repo.owner, repo.name, true);
  const thread = moved ?? { owner: repo.owner, repo: repo.name, number: issue.number, htmlUrl: issue.htmlUrl };
  const settings = await s.settings(repo);
  const is = intakeSettings(settings);
  const identity: RepoIdentity = { id: repo.id, owner: repo.owner, name: repo.name, installationId: s.installationId };
  const id = `${thread.owner}/${thread.repo}#${thread.number}`;
  let report =
    (await s.store.reports.get(id)) ??
    (await openReport(
      s,
      newReport({
        id,
        repo: identity,
        source: moved ? "public-issue" : "issue",
        ghsaId: null,
        thread: { kind: "issue", owner: thread.owner, repo: thread.repo, number: thread.number },
        receivedAt: Date.parse(issue.createdAt),
        reporter: issue.author,
        severity: severityOf(null),
        lines: affectedLines(is.policy?.rows ?? [], []),
        settings: is,
        advisoryState: null,
        checklistMissing: missingItems(checkReport(`${issue.title}\n\n${issue.body ?? ""}`, is.policy?.reportChecklist ?? [], { fromAdvisory: false })).map((i) => i.text),
        now: s.clock(),
      }),
    ));
  if (!isOpen(report.state)) return report;
  report = await ensureHandler(s, report, is.handlers, `${issue.title}\n\n${issue.body ?? ""}`);
  report = await leased(s, report, (current) => run(s, current, settings, is, { advisory: null, threadUrl: thread.htmlUrl, unreadable: [], sensitive: [issue.title, issue.body ?? ""] }));
  s.log.info({ report: report.id, repo: repo.id, state: report.state, handler: report.handler }, "issue report intake done");
  return report;
}
