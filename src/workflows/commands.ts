/**
 * A comment in a report's thread or tracking issue: note who spoke (the reporter's answer
 * restarts a paused clock), then run its commands once per comment id — even if the comment
 * is edited or seen again after a restart — and answer with one reply (the steps: command-run.ts).
 */
import { labelChanges } from "../core/report-changes.js";
import { parseCommands, type ParsedCommand } from "../core/commands/parse.js";
import { checkReport } from "../core/report-quality/checklist.js";
import type { CommentTarget } from "../core/actions.js";
import { isOpen, type Report } from "../core/report.js";
import type { RepoRef, RepoSettings } from "../github/repo-settings.js";
import { hasMarker } from "../render/markers.js";
import type { ReportPatch } from "../store/reports.js";
import { decideAll, reply, roleOf, runAdvisorySteps, writeDecisions, type AdvisorySnapshot, type CommentFacts, type CommentPlace } from "./command-run.js";
import { patchReport, touchesSchedule } from "./ledger.js";
import type { Session } from "./session.js";

export { readAdvisoryState, type AdvisorySnapshot, type CommentFacts, type CommentPlace } from "./command-run.js";

/** Fields that differ between two versions of a report, as a ledger patch. */
export function diff(before: Report, after: Report): ReportPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Report)[]) {
    if (key === "revision" || key === "updatedAt" || key === "createdAt" || key === "id") continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as ReportPatch;
}

/**
 * Notes who spoke. Only the reporter and people with access can write in a report's thread or
 * tracking issue (they are private), so anyone but the reporter counts as the maintainers'
 * side. The reporter writing ends a needs-info pause, and what their comment adds to the report
 * is checked against the checklist items still missing.
 */
async function noteActivity(s: Session, report: Report, comment: CommentFacts): Promise<Report> {
  const at = Date.parse(comment.createdAt) || s.clock();
  const isReporter = report.reporter !== null && report.reporter.toLowerCase() === comment.author.toLowerCase();
  const updated = await patchReport(s.store, report.id, s.clock(), (r) => {
    if (!isReporter) return (r.lastMaintainerAt ?? 0) >= at ? null : { lastMaintainerAt: at };
    const patch: ReportPatch = { lastReporterAt: Math.max(r.lastReporterAt ?? 0, at) };
    if (r.pausedAt !== null && at >= r.pausedAt) Object.assign(patch, { pausedAt: null, pausedMs: r.pausedMs + (at - r.pausedAt) });
    if (r.checklistMissing.length) {
      const answered = checkReport(comment.body, r.checklistMissing, { fromAdvisory: r.thread.kind === "advisory" }).filter((v) => v.covered).map((v) => v.item.text);
      if (answered.length) patch.checklistMissing = r.checklistMissing.filter((i) => !answered.includes(i));
    }
    return patch;
  });
  if (report.pausedAt !== null && updated.pausedAt === null) s.log.info({ report: report.id }, "reporter answered; response clock running again");
  if (report.checklistMissing.length !== updated.checklistMissing.length) s.log.info({ report: report.id, missing: updated.checklistMissing.length }, "reporter's answer covers checklist items");
  const labels = labelChanges(report, updated);
  if (labels.length) await s.write(labels);
  return updated;
}

/** One comment's commands, as they are run: where and by whom, under which settings. */
interface Turn {
  comment: CommentFacts;
  place: CommentPlace;
  settings: RepoSettings;
  snapshot: AdvisorySnapshot | null;
}

export async function handleComment(s: Session, report: Report, repo: RepoRef, comment: CommentFacts, place: CommentPlace, snapshot: AdvisorySnapshot | null = null): Promise<void> {
  if (comment.authorType === "Bot" || /\[bot\]$/i.test(comment.author)) return;
  const current = await noteActivity(s, report, comment);
  const parsed = parseCommands(comment.body);
  if (parsed.length === 0) return;
  const turn: Turn = { comment, place, settings: await s.settings(repo), snapshot };
  await oncePerComment(s, report.id, comment.id, (takeover) => runCommands(s, current, parsed, turn, takeover));
}

/**
 * Runs `run` once per comment id: a claim taken before anything runs, settled once it has
 * replied. On a failure it is not known how far it got: the next look at this comment takes
 * over at once (`takeover`), replies first checked.
 */
async function oncePerComment(s: Session, reportId: string, commentId: number, run: (takeover: boolean) => Promise<void>): Promise<void> {
  const key = `${reportId}/commands/comment-${commentId}`;
  const claim = await s.store.intents.claim({ key, kind: "commands", reportId, holder: s.instanceId, now: s.clock(), staleAfterMs: s.claimTimeoutMs });
  if (claim.status !== "claimed") return;
  try {
    await run(claim.takeover);
    await s.store.intents.settle(key, "replied", s.clock());
  } catch (error) {
    await s.store.intents.unsure(key);
    throw error;
  }
}

async function alreadyReplied(s: Session, target: CommentTarget, marker: { report: string; kind: string; key: string }): Promise<boolean> {
  const replies = await s.read.commentsAt(target);
  return replies.some((c) => hasMarker(c.body, marker));
}

/** Who spoke → (on a takeover) whether the reply is already there → decide → write → record in the ledger → draft or publish → reply. */
async function runCommands(s: Session, before: Report, parsed: readonly ParsedCommand[], turn: Turn, takeover: boolean): Promise<void> {
  const { comment, place, settings, snapshot } = turn;
  const w = { templates: settings.config.messages };
  const role = await roleOf(s, before, comment, settings);
  // A crashed run may have finished: its reply is the proof.
  if (takeover && (await alreadyReplied(s, place.target, { report: before.id, kind: "reply", key: `comment-${comment.id}` }))) return;
  const decided = await decideAll(s, before, parsed, comment, role, settings, snapshot);
  await writeDecisions(s, before, decided, snapshot, w);
  const patch = diff(before, decided.report);
  // A command's reply comes before any message it causes: a moved deadline is held back from
  // the sweep until the reply is out (a crash in between only delays it by the claim timeout).
  const hold = touchesSchedule(patch) && isOpen(decided.report.state);
  const recorded = hold ? { ...patch, nextDueAt: s.clock() + s.claimTimeoutMs } : patch;
  const current = Object.keys(recorded).length ? await patchReport(s.store, before.id, s.clock(), () => recorded) : decided.report;
  const preview = await runAdvisorySteps(s, before.id, current, decided, settings, snapshot);
  await reply(s, current, comment, place, decided, preview, w);
  if (hold) await patchReport(s.store, before.id, s.clock(), (r) => (isOpen(r.state) ? { nextDueAt: s.clock() } : null));
  s.log.info({ report: before.id, comment: comment.id, commands: parsed.length, refused: decided.items.filter((i) => !i.ok).length }, "commands run");
}
