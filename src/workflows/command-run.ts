/**
 * Running the commands of one comment, step by step: who may run them, what each decides,
 * the writes, the advisory's drafting and publishing, and the one reply.
 */
import type { Action, CommentTarget } from "../core/actions.js";
import { decideCommand, type AdvisoryState, type Decided, type Role } from "../core/commands/decide.js";
import type { ParsedCommand } from "../core/commands/parse.js";
import type { OtherReport } from "../core/commands/reject.js";
import { threadTarget, trackingIssueOf } from "../core/report-places.js";
import { labelChanges } from "../core/report-changes.js";
import { mergeActions } from "../core/merge-actions.js";
import type { DraftPreviewMessage, ReplyItem } from "../core/messages.js";
import { isOpen, type Report } from "../core/report.js";
import { statusOf } from "../github/errors.js";
import type { RepoSettings } from "../github/repo-settings.js";
import { draftAdvisory, publishAdvisory, type AdvisoryData } from "./advisory.js";
import { writeAffectedRanges } from "./affected-ranges.js";
import type { Session, WriteOptions } from "./session.js";
import { intakeSettings } from "./settings.js";

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

/**
 * The advisory as the reconciler listed it moments ago, lent to the comments of that poll so
 * they need not read it again. Forgotten (both fields null) as soon as a comment writes to
 * the advisory: the next comment then reads it afresh.
 */
export interface AdvisorySnapshot {
  state: AdvisoryState | null;
  data: AdvisoryData | null;
}

/** What a comment's commands decided: the reply's items, the report after them, and what is left to do. */
export interface Decisions {
  items: ReplyItem[];
  toReporter: string[];
  actions: Action[];
  workflows: { item: ReplyItem; step: NonNullable<Decided["workflow"]> }[];
  report: Report;
}

const WRITES_ADVISORY: ReadonlySet<Action["type"]> = new Set(["patch-advisory", "add-advisory-collaborator", "request-cve", "create-fork"]);

/** Commands whose decision needs the advisory as GitHub has it now (a PATCH replaces lists whole). */
const NEEDS_ADVISORY = new Set(["assign", "accept", "credit", "no-credit"]);

/** The snapshot is stale once the advisory is written to. */
export function forget(snapshot: AdvisorySnapshot | null): void {
  if (snapshot) Object.assign(snapshot, { state: null, data: null });
}

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

/** Who the author is for commands: a maintainer, the reporter, or nobody who may run them. */
export async function roleOf(s: Session, report: Report, comment: CommentFacts, settings: RepoSettings): Promise<Role | null> {
  const standing = await s.authorizer.standing(s.gh, {
    owner: report.owner,
    repo: report.repo,
    login: comment.author,
    type: comment.authorType,
    reporter: report.reporter,
    users: settings.config.maintainers.users,
    teams: settings.config.maintainers.teams,
  });
  return standing === "maintainer" ? "maintainer" : standing === "reporter" ? "reporter" : null;
}

/** Each command decided in order, each on the report as the ones before it left it. */
export async function decideAll(s: Session, report: Report, parsed: readonly ParsedCommand[], comment: CommentFacts, role: Role | null, settings: RepoSettings, snapshot: AdvisorySnapshot | null): Promise<Decisions> {
  const out: Decisions = { items: [], toReporter: [], actions: [], workflows: [], report };
  const names = () => parsed.map((p) => `/${p.ok ? p.command.name : p.name}`).join(", ");
  if (role === null) {
    out.items.push({ command: names(), ok: false, text: `only maintainers of ${report.owner}/${report.repo} can run commands here; nothing was changed.` });
    return out;
  }
  if (!isOpen(report.state) && parsed.some((p) => p.ok && !["help", "status"].includes(p.command.name))) {
    out.items.push({ command: names(), ok: false, text: `this report is closed (${report.state}); nothing was changed.` });
    return out;
  }
  const is = intakeSettings(settings);
  const advisory = snapshot?.state ?? (parsed.some((p) => p.ok && NEEDS_ADVISORY.has(p.command.name)) ? await readAdvisoryState(s, report) : null);
  const others = await otherReports(s, report, parsed);
  const ctx = { rows: is.policy?.rows ?? [], steps: is.policy?.disclosureSteps ?? [], calendar: is.calendar, promises: is.promises, disclose: is.disclose ?? null, now: commentTime(comment, s.clock()), actor: comment.author, role, advisory, others };
  for (const p of parsed) {
    const written = commandText(comment.body, p.line);
    if (!p.ok) {
      out.items.push({ command: written, ok: false, text: p.error });
      continue;
    }
    const d = decideCommand(out.report, p.command, ctx);
    const item = { command: written, ok: d.ok, text: d.text };
    out.items.push(item);
    if (!d.ok) continue;
    if (d.workflow) out.workflows.push({ item, step: d.workflow });
    out.report = d.report;
    out.actions.push(...d.actions);
    if (d.toReporter) out.toReporter.push(d.toReporter);
  }
  return out;
}

/** The reports `/reject duplicate GHSA-…` names, in the ledger or else on GitHub (same repository); absent when neither has it. */
async function otherReports(s: Session, report: Report, parsed: readonly ParsedCommand[]): Promise<Map<string, OtherReport>> {
  const out = new Map<string, OtherReport>();
  for (const p of parsed) {
    const id = p.ok && p.command.name === "reject" ? p.command.duplicateOf : null;
    if (!id || out.has(id)) continue;
    const known = await s.store.reports.byGhsa(id);
    if (known && known.repoId === report.repoId) {
      out.set(id, { ghsaId: id, reportId: known.id, trackingIssue: trackingIssueOf(known) });
      continue;
    }
    try {
      const found = await s.read.advisory(report.owner, report.repo, id);
      if (found.ghsa_id) out.set(id, { ghsaId: id, reportId: null, trackingIssue: null });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  return out;
}

/**
 * The decided writes; a refusal GitHub gives (4xx) is added to the reply, anything else is
 * retried later. Labels follow the report from before the comment to after it (not command by
 * command), so `/severity low` then `/severity high` adds one label and removes none.
 */
export async function writeDecisions(s: Session, before: Report, d: Decisions, snapshot: AdvisorySnapshot | null, w: WriteOptions): Promise<void> {
  const isLabels = (a: Action) => a.type === "add-labels" || a.type === "remove-labels";
  const writes = mergeActions([...d.actions.filter((a) => !isLabels(a)), ...labelChanges(before, d.report)]);
  if (writes.some((a) => WRITES_ADVISORY.has(a.type))) forget(snapshot);
  for (const a of writes) {
    try {
      const o = await s.writeOne(a, w);
      if (o.status === "refused") d.items.push({ command: a.type, ok: false, text: `not written: ${o.reason}` });
      if (a.type === "create-fork" && (o.status === "done" || o.status === "already") && o.result) d.items.push({ command: "/fork", ok: true, text: `the private fork is ${o.result}` });
    } catch (error) {
      const status = statusOf(error);
      if (status < 400 || status >= 500) throw error;
      d.items.push({ command: a.type, ok: false, text: `GitHub refused it (HTTP ${status})` });
    }
  }
}

/** Drafting and publishing, reading the advisory as it is now (after the comment's other commands); a /draft's preview rides in the reply. */
export async function runAdvisorySteps(s: Session, reportId: string, current: Report, d: Decisions, settings: RepoSettings, snapshot: AdvisorySnapshot | null): Promise<DraftPreviewMessage | null> {
  let preview: DraftPreviewMessage | null = null;
  for (const { item, step } of d.workflows) {
    const fresh = (await s.store.reports.get(reportId)) ?? current;
    const known = snapshot?.data ?? null;
    forget(snapshot); // drafting, publishing and the ranges write to the advisory
    if (step.name === "affects") {
      const problem = await writeAffectedRanges(s, fresh, settings, known);
      if (problem) Object.assign(item, { text: `${item.text} ${problem}` });
      continue;
    }
    const result = step.name === "draft" ? await draftAdvisory(s, fresh, settings, known, true) : await publishAdvisory(s, fresh, settings, step.force, known);
    Object.assign(item, { ok: result.ok, text: result.text });
    if (result.preview) preview = result.preview;
  }
  return preview;
}

/** The one reply where the comment was written, and the reporter's part in their thread when the comment was elsewhere. */
export async function reply(s: Session, current: Report, comment: CommentFacts, place: CommentPlace, d: Decisions, preview: DraftPreviewMessage | null, w: WriteOptions): Promise<void> {
  const notice = d.toReporter.join("\n\n");
  await s.writeOne({ type: "comment", reportId: current.id, target: place.target, key: `comment-${comment.id}`, message: { kind: "reply", to: comment.author, items: d.items, notice: place.isThread && d.toReporter.length ? notice : null, preview } }, w);
  const thread = threadTarget(current);
  if (!place.isThread && d.toReporter.length && thread) {
    await s.writeOne({ type: "comment", reportId: current.id, target: thread, key: `comment-${comment.id}-reporter`, message: { kind: "reply", to: current.reporter, items: [], notice } }, w);
  }
}

/** A command counts from its comment's own time (GitHub's created_at), not from when the bot read it: the bot polls, and may have been down. */
function commentTime(comment: CommentFacts, fallback: number): number {
  const at = Date.parse(comment.createdAt);
  return Number.isNaN(at) ? fallback : Math.min(at, fallback);
}

/** The command line as written (for the reply), from the comment's body. */
function commandText(body: string, line: number): string {
  const text = body.split(/\r?\n/)[line - 1]?.trim() ?? "";
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
