/**
 * The deadline sweep: every period, one indexed query for reports whose next deadline
 * event is due (`next_due_at <= now`). Nothing due: no GitHub call at all. For each due
 * report (claimed by a compare-and-set on next_due_at, so two instances never both take
 * it), the events that have come are posted — each once, through the applier's intents
 * and markers — and the report's next event time is stored.
 */
import type { Action, CommentTarget } from "../core/actions.js";
import { businessDaysBetween, calendarOf, isoDay } from "../core/calendar.js";
import { dueEvents, nextDueAt, toPost, type ClockSettings, type DeadlineEvent } from "../core/clocks.js";
import { labelChanges } from "../core/report-changes.js";
import { threadTarget, threadUrl, trackingIssueOf } from "../core/report-places.js";
import type { DeadlineMessage } from "../core/messages.js";
import type { Report } from "../core/report.js";
import type { Config } from "../config/schema.js";
import { patchReport } from "../workflows/ledger.js";
import { refreshDashboards } from "./dashboard.js";
import { installationSession, type LoopContext } from "./context.js";

/** How long a claimed report is left to its sweeper before another may take it. */
const CLAIM_MS = 2 * 60 * 1000;
const BATCH = 200;

export interface SweepStats {
  due: number;
  posted: number;
  dashboards: number;
}

export function clockSettings(config: Config): ClockSettings {
  return {
    calendar: calendarOf(config),
    remindBeforeDays: config.sla.remind_before_days,
    updateDays: config.sla.update_days,
    needsInfoDays: config.sla.needs_info_days,
  };
}

const MESSAGE_KIND: Record<DeadlineEvent["kind"], DeadlineMessage["kind"]> = {
  reminder: "reminder", escalation: "escalation", "eta-reminder": "eta-reminder", "update-nudge": "reminder",
  "disclosure-reminder": "disclosure-reminder", "disclosure-escalation": "escalation", "needs-info-reminder": "needs-info-reminder", "no-response": "reminder",
};
const REASON: Record<DeadlineEvent["kind"], DeadlineMessage["reason"]> = {
  reminder: "respond", escalation: "overdue", "eta-reminder": "eta", "update-nudge": "update",
  "disclosure-reminder": "disclosure", "disclosure-escalation": "disclosure", "needs-info-reminder": "needs-info", "no-response": "no-response",
};

/** Maintainers' nudges go to the tracking issue; the reporter's thread only when there is none. */
function nudgeTarget(r: Report): CommentTarget | null {
  const issue = trackingIssueOf(r);
  if (issue) return { kind: "issue", ...issue };
  if (r.thread.kind === "advisory") return r.ghsaId ? { kind: "advisory", owner: r.owner, repo: r.repo, ghsaId: r.ghsaId } : null;
  return r.thread.number !== null ? { kind: "issue", owner: r.thread.owner, repo: r.thread.repo, number: r.thread.number } : null;
}

export function deadlineMessage(r: Report, e: DeadlineEvent, config: Config, webBase: string, now: number): DeadlineMessage {
  const s = clockSettings(config);
  const last = Math.max(r.lastMaintainerAt ?? 0, r.acknowledgedAt ?? r.receivedAt);
  return {
    kind: MESSAGE_KIND[e.kind],
    reason: REASON[e.kind],
    reportId: r.id,
    repository: `${r.owner}/${r.repo}`,
    threadUrl: threadUrl(r, webBase),
    handler: r.handler,
    teams: config.maintainers.teams.map((t) => (t.includes("/") ? t : `${r.owner}/${t}`)),
    severity: r.severity,
    respondBy: isoDay(new Date(r.respondBy + r.pausedMs), s.calendar),
    eta: r.eta,
    quietDays: e.kind === "update-nudge" ? businessDaysBetween(new Date(last), new Date(now), s.calendar) : null,
    discloseBy: r.discloseBy === null ? null : isoDay(new Date(r.discloseBy), s.calendar),
    daysLeft: r.discloseBy === null ? null : Math.round((Date.parse(isoDay(new Date(r.discloseBy), s.calendar)) - Date.parse(isoDay(new Date(now), s.calendar))) / 86_400_000),
    reporter: r.reporter,
    askedOn: r.pausedAt === null ? null : isoDay(new Date(r.pausedAt), s.calendar),
  };
}

async function sweepReport(ctx: LoopContext, r: Report, stats: SweepStats): Promise<void> {
  const { store, clock } = ctx.deps;
  const now = clock();
  const settings = await store.repos.get<Config, unknown>(r.repoId);
  if (!settings) {
    // Never loaded (an intake that failed before reading them): the reconciler's intake retry will.
    return;
  }
  const cs = clockSettings(settings.config);
  const events = dueEvents(r, cs, now);
  const handled = [...r.reminders];
  // A reminder whose deadline has come as well is left to the deadline's own message.
  const posting = toPost(events, now);
  handled.push(...events.filter((e) => !posting.includes(e)).map((e) => e.key));
  if (posting.length) {
    const s = await installationSession(ctx, r.installationId);
    for (const e of posting) {
      // The needs-info reminder is for the reporter, in their thread; every other nudge is for maintainers.
      const target = e.kind === "needs-info-reminder" ? threadTarget(r) : nudgeTarget(r);
      const actions: Action[] = target ? [{ type: "comment", reportId: r.id, target, key: e.key, message: deadlineMessage(r, e, settings.config, ctx.deps.webBase, now) }] : [];
      if (e.kind === "escalation") actions.push(...labelChanges(r, { ...r, reminders: [...handled, e.key] }));
      await s.write(actions, { templates: settings.config.messages });
      handled.push(e.key);
      stats.posted++;
      ctx.log.info({ report: r.id, event: e.kind, key: e.key }, "deadline event handled");
    }
  }
  // The claim is given back with the exact next event time (or none), merged with any write made meanwhile.
  await patchReport(store, r.id, now, (cur) => {
    const reminders = [...new Set([...cur.reminders, ...handled])];
    return { reminders, nextDueAt: nextDueAt({ ...cur, reminders }, cs) };
  });
}

export async function sweepCycle(ctx: LoopContext): Promise<SweepStats> {
  const { store, clock } = ctx.deps;
  const stats: SweepStats = { due: 0, posted: 0, dashboards: 0 };
  const due = await store.reports.due(clock(), BATCH);
  for (const r of due) {
    // Claim: move next_due_at forward only if nobody else did; the winner sweeps the report.
    const claimed = await store.reports.claimDue(r.id, r.nextDueAt!, clock() + CLAIM_MS, clock());
    if (!claimed) continue;
    stats.due++;
    try {
      await sweepReport(ctx, claimed, stats);
    } catch (error) {
      ctx.log.error({ err: error, report: r.id }, "deadline sweep of a report failed; retried when its claim lapses");
    }
  }
  stats.dashboards = await refreshDashboards(ctx);
  return stats;
}
