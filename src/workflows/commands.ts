/**
 * A comment in a report's thread or tracking issue: note who spoke (the reporter's answer
 * restarts a paused clock), then run its commands once per comment id — even if the comment
 * is edited or seen again after a restart — and answer with one reply.
 */
import type { Action, CommentTarget } from "../core/actions.js";
import { decideCommand, type AdvisoryState, type Decided, type Role } from "../core/commands/decide.js";
import { labelChanges } from "../core/report-changes.js";
import { parseCommands } from "../core/commands/parse.js";
import { mergeActions } from "../core/merge-actions.js";
import { checkReport } from "../core/report-quality/checklist.js";
import type { DraftPreviewMessage, ReplyItem } from "../core/messages.js";
import { isOpen, type Report } from "../core/report.js";
import { type Outcome } from "../github/apply/index.js";
import { type RepoRef } from "../github/repo-settings.js";
import { hasMarker } from "../render/markers.js";
import type { ReportPatch } from "../store/reports.js";
import { draftAdvisory, publishAdvisory, type AdvisoryData } from "./advisory.js";
import { patchReport } from "./ledger.js";
import { type Session, type WriteOptions } from "./session.js";
import { intakeSettings } from "./settings.js";
import { statusOf } from "../github/errors.js";

export interface CommentFacts {
  id: number;
  body: string;
  author: string;
  authorType: string;
  createdAt: string;
}

export interface CommentPlace {
  /** Where the comment was written (the reply goes there too). */
  target: CommentTarget;
  /** Whether that place is the report's thread (the reporter reads it). */
  isThread: boolean;
}

/** Fields that differ between two versions of a report, as a ledger patch. */
export function diff(before: Report, after: Report): ReportPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Report)[]) {
    if (key === "revision" || key === "updatedAt" || key === "createdAt" || key === "id") continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as ReportPatch;
}

function threadTarget(r: Report): CommentTarget | null {
  if (r.thread.kind === "advisory") return r.ghsaId ? { kind: "advisory", owner: r.owner, repo: r.repo, ghsaId: r.ghsaId } : null;
  return r.thread.number !== null ? { kind: "issue", owner: r.thread.owner, repo: r.thread.repo, number: r.thread.number } : null;
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

/**
 * The advisory as the reconciler listed it moments ago, lent to the comments of that poll so
 * they need not read it again. Forgotten (both fields null) as soon as a comment writes to
 * the advisory: the next comment then reads it afresh.
 */
export interface AdvisorySnapshot {
  state: AdvisoryState | null;
  data: AdvisoryData | null;
}

const WRITES_ADVISORY: ReadonlySet<Action["type"]> = new Set(["patch-advisory", "add-advisory-collaborator", "request-cve", "create-fork"]);

/** Commands whose decision needs the advisory as GitHub has it now (a PATCH replaces lists whole). */
const NEEDS_ADVISORY = new Set(["assign", "accept", "credit", "no-credit"]);

/** The advisory's collaborators, credits and state, read once when a command needs them. */
export async function readAdvisoryState(s: Session, report: Report): Promise<AdvisoryState | null> {
  if (!report.ghsaId) return null;
  const data = await s.read.advisory(report.owner, report.repo, report.ghsaId);
  return {
    collaborators: (data.collaborating_users ?? []).map((u) => u.login),
    credits: (data.credits ?? []).flatMap((c) => (c.login ? [{ login: c.login, type: c.type ?? "other" }] : [])),
    state: data.state,
  };
}

export async function handleComment(
  s: Session,
  report: Report,
  repo: RepoRef,
  comment: CommentFacts,
  place: CommentPlace,
  snapshot: AdvisorySnapshot | null = null,
): Promise<void> {
  if (comment.authorType === "Bot" || /\[bot\]$/i.test(comment.author)) return;
  let current = await noteActivity(s, report, comment);
  const parsed = parseCommands(comment.body);
  if (parsed.length === 0) return;
  const settings = await s.settings(repo);

  // Once per comment id: a claim taken before anything runs.
  const key = `${report.id}/commands/comment-${comment.id}`;
  const replyMarker = { report: report.id, kind: "reply", key: `comment-${comment.id}` };
  const claim = await s.store.intents.claim({ key, kind: "commands", reportId: report.id, holder: s.instanceId, now: s.clock(), staleAfterMs: s.claimTimeoutMs });
  if (claim.status !== "claimed") return;
  const takeover = claim.takeover;
  try {
    await runCommands();
  } catch (error) {
    // Not known how far it got: the next look at this comment takes over at once, replies first checked.
    await s.store.intents.unsure(key);
    throw error;
  }

  async function runCommands(): Promise<void> {
    const w: WriteOptions = { templates: settings.config.messages };
    const standing = await s.authorizer.standing(s.gh, {
      owner: report.owner,
      repo: report.repo,
      login: comment.author,
      type: comment.authorType,
      reporter: report.reporter,
      users: settings.config.maintainers.users,
      teams: settings.config.maintainers.teams,
    });
    const role: Role | null = standing === "maintainer" ? "maintainer" : standing === "reporter" ? "reporter" : null;

    if (takeover) {
      // A crashed run may have finished: its reply is the proof.
      const replies = await s.read.commentsAt(place.target);
      if (replies.some((c) => hasMarker(c.body, replyMarker))) {
        await s.store.intents.settle(key, "replied", s.clock());
        return;
      }
    }

    const items: ReplyItem[] = [];
    const toReporter: string[] = [];
    const actions: Action[] = [];
    const workflows: { item: ReplyItem; step: NonNullable<Decided["workflow"]> }[] = [];
    const before = current;
    if (role === null) {
      const list = parsed.map((p) => `/${p.ok ? p.command.name : p.name}`).join(", ");
      items.push({ command: list, ok: false, text: `only maintainers of ${report.owner}/${report.repo} can run commands here; nothing was changed.` });
    } else if (!isOpen(current.state) && parsed.some((p) => p.ok && !["help", "status"].includes(p.command.name))) {
      items.push({ command: parsed.map((p) => `/${p.ok ? p.command.name : p.name}`).join(", "), ok: false, text: `this report is closed (${current.state}); nothing was changed.` });
    } else {
      const is = intakeSettings(settings);
      const advisory = snapshot?.state ?? (parsed.some((p) => p.ok && NEEDS_ADVISORY.has(p.command.name)) ? await readAdvisoryState(s, current) : null);
      const ctx = { rows: is.policy?.rows ?? [], steps: is.policy?.disclosureSteps ?? [], calendar: is.calendar, promises: is.promises, now: s.clock(), actor: comment.author, role, advisory };
      for (const p of parsed) {
        const written = commandText(comment.body, p.line);
        if (!p.ok) {
          items.push({ command: written, ok: false, text: p.error });
          continue;
        }
        const d = decideCommand(current, p.command, ctx);
        const item = { command: written, ok: d.ok, text: d.text };
        items.push(item);
        if (!d.ok) continue;
        if (d.workflow) workflows.push({ item, step: d.workflow });
        current = d.report;
        actions.push(...d.actions);
        if (d.toReporter) toReporter.push(d.toReporter);
      }
    }

    // Writes first; a refusal GitHub gives (4xx) is reported in the reply, anything else is retried later.
    // Labels follow the report from before the comment to after it (not command by command), so
    // `/severity low` then `/severity high` adds one label and removes none.
    const isLabels = (a: Action) => a.type === "add-labels" || a.type === "remove-labels";
    const writes = mergeActions([...actions.filter((a) => !isLabels(a)), ...labelChanges(before, current)]);
    const forget = () => snapshot && Object.assign(snapshot, { state: null, data: null });
    if (writes.some((a) => WRITES_ADVISORY.has(a.type))) forget();
    for (const a of writes) {
      try {
        const o: Outcome = await s.writeOne(a, w);
        if (o.status === "refused") items.push({ command: a.type, ok: false, text: `not written: ${o.reason}` });
        if (a.type === "create-fork" && (o.status === "done" || o.status === "already") && o.result) items.push({ command: "/fork", ok: true, text: `the private fork is ${o.result}` });
      } catch (error) {
        const status = statusOf(error);
        if (status < 400 || status >= 500) throw error;
        items.push({ command: a.type, ok: false, text: `GitHub refused it (HTTP ${status})` });
      }
    }
    const patch = diff(before, current);
    if (Object.keys(patch).length) current = await patchReport(s.store, report.id, s.clock(), () => patch);

    // Drafting and publishing read the advisory as it is now, after the comment's other commands.
    let preview: DraftPreviewMessage | null = null; // a /draft's preview rides in the one reply
    for (const { item, step } of workflows) {
      const fresh = (await s.store.reports.get(report.id)) ?? current;
      const known = snapshot?.data ?? null;
      forget(); // drafting and publishing write to the advisory
      const result = step.name === "draft" ? await draftAdvisory(s, fresh, settings, known, true) : await publishAdvisory(s, fresh, settings, step.force, known);
      Object.assign(item, { ok: result.ok, text: result.text });
      if (result.preview) preview = result.preview;
    }

    const reply: Action = { type: "comment", reportId: report.id, target: place.target, key: `comment-${comment.id}`, message: { kind: "reply", to: comment.author, items, notice: place.isThread && toReporter.length ? toReporter.join("\n\n") : null, preview } };
    await s.writeOne(reply, w);
    const thread = threadTarget(current);
    if (!place.isThread && toReporter.length && thread) {
      await s.writeOne({ type: "comment", reportId: report.id, target: thread, key: `comment-${comment.id}-reporter`, message: { kind: "reply", to: current.reporter, items: [], notice: toReporter.join("\n\n") } }, w);
    }
    await s.store.intents.settle(key, "replied", s.clock());
    s.log.info({ report: report.id, comment: comment.id, commands: parsed.length, refused: items.filter((i) => !i.ok).length }, "commands run");
  }
}

/** The command line as written (for the reply), from the comment's body. */
function commandText(body: string, line: number): string {
  const text = body.split(/\r?\n/)[line - 1]?.trim() ?? "";
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
