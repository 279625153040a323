/**
 * A report's clocks, and the deadline events they schedule. Pure.
 *
 * - The response clock runs from receipt to respond-by; /accept, /reject and /eta stop it
 *   (respondedAt); /needs-info pauses it until the reporter writes again, and the deadline
 *   moves by the time it stood still.
 * - The ETA clock runs from /eta to the end of that day; a fix release stops it (fixedAt).
 * - An optional update cadence per severity nudges the handler after that many business
 *   days without a maintainer comment.
 *
 * Each event has a key that names the deadline it is for, so a moved deadline gets its own
 * reminder, and an event already handled (its key in `reminders`) never fires again.
 */
import { isoDay, shiftBusinessDays, type Calendar } from "./calendar.js";
import { endOfDate, startOfDayBefore } from "./disclosure-deadline.js";
import { isOpen, type Report, type Severity } from "./report.js";

export interface ClockSettings {
  calendar: Calendar;
  /** Business days before respond-by at which the handler is reminded (0: no reminder). */
  remindBeforeDays: number;
  /** Per severity, business days without a maintainer comment before the handler is nudged. */
  updateDays: Partial<Record<Severity, number>>;
  /** Business days a /needs-info question may stay unanswered before the reporter is reminded (0: never). */
  needsInfoDays: number;
}

export type DeadlineKind = "reminder" | "escalation" | "eta-reminder" | "update-nudge" | "disclosure-reminder" | "disclosure-escalation" | "needs-info-reminder" | "no-response";

export interface DeadlineEvent {
  kind: DeadlineKind;
  /** Unique per report and deadline, e.g. "escalation@2026-12-09". */
  key: string;
  at: number;
  /**
   * For a reminder before a deadline: when the next step of that deadline comes (the next
   * reminder, or the deadline itself). A reminder found due only after that is not posted (the
   * bot was down, or the deadline was already past when it became known): the later step says it.
   */
  supersededAt?: number;
}

/** Respond-by as it stands: moved by the time the clock was paused; null while paused or once answered. */
export function effectiveRespondBy(r: Report): number | null {
  if (r.respondedAt !== null || r.pausedAt !== null) return null;
  return r.respondBy + r.pausedMs;
}

/** The end of an ETA day (YYYY-MM-DD) in the calendar's zone. */
export const etaDeadline = endOfDate;

export function deadlineEvents(r: Report, s: ClockSettings): DeadlineEvent[] {
  if (!isOpen(r.state)) return [];
  const events: DeadlineEvent[] = [];
  const due = effectiveRespondBy(r);
  if (due !== null) {
    const day = isoDay(new Date(due), s.calendar);
    if (s.remindBeforeDays > 0) {
      const at = shiftBusinessDays(new Date(due), -s.remindBeforeDays, s.calendar).getTime() + 1;
      events.push({ kind: "reminder", key: `reminder@${day}`, at: Math.min(at, due), supersededAt: due + 1 });
    }
    events.push({ kind: "escalation", key: `escalation@${day}`, at: due + 1 });
  }
  if (r.eta && r.fixedAt === null) events.push({ kind: "eta-reminder", key: `eta-reminder@${r.eta}`, at: etaDeadline(r.eta, s.calendar) + 1 });
  const cadence = r.severity ? s.updateDays[r.severity] : undefined;
  if (cadence && r.acknowledgedAt !== null && r.state !== "drafted") {
    const last = Math.max(r.lastMaintainerAt ?? 0, r.acknowledgedAt);
    const at = shiftBusinessDays(new Date(last), cadence, s.calendar).getTime() + 1;
    events.push({ kind: "update-nudge", key: `update-nudge@${isoDay(new Date(last), s.calendar)}`, at });
  }
  events.push(...disclosureEvents(r, s.calendar), ...needsInfoEvents(r, s));
  return events;
}

/** Reminders 14 and 7 days before the disclosure deadline's day, and the escalation on the day. */
function disclosureEvents(r: Report, cal: Calendar): DeadlineEvent[] {
  if (r.discloseBy === null) return [];
  const day = isoDay(new Date(r.discloseBy), cal);
  const [d14, d7, on] = [14, 7, 0].map((n) => startOfDayBefore(r.discloseBy!, n, cal)) as [number, number, number];
  return [
    { kind: "disclosure-reminder", key: `disclose-14@${day}`, at: d14, supersededAt: d7 },
    { kind: "disclosure-reminder", key: `disclose-7@${day}`, at: d7, supersededAt: on },
    { kind: "disclosure-escalation", key: `disclose@${day}`, at: on },
  ];
}

/**
 * A /needs-info question (asked at pausedAt, the comment's own time) still unanswered after
 * `needsInfoDays` business days: one kind reminder to the reporter; after as many again, a
 * note to the handler that `/reject no-response` is open to them. Nothing closes by itself.
 */
function needsInfoEvents(r: Report, s: ClockSettings): DeadlineEvent[] {
  if (r.pausedAt === null || s.needsInfoDays <= 0) return [];
  const after = (n: number) => shiftBusinessDays(new Date(r.pausedAt!), n, s.calendar).getTime() + 1;
  return [
    { kind: "needs-info-reminder", key: `needs-info@${r.pausedAt}`, at: after(s.needsInfoDays) },
    { kind: "no-response", key: `no-response@${r.pausedAt}`, at: after(2 * s.needsInfoDays) },
  ];
}

/** Of the due events, those to post: a reminder whose next step has come too is left to that step. */
export function toPost(events: readonly DeadlineEvent[], now: number): DeadlineEvent[] {
  return events.filter((e) => e.supersededAt === undefined || now < e.supersededAt);
}

/** Events that are due at `now` and not handled yet, oldest first. */
export function dueEvents(r: Report, s: ClockSettings, now: number): DeadlineEvent[] {
  return deadlineEvents(r, s)
    .filter((e) => e.at <= now && !r.reminders.includes(e.key))
    .sort((a, b) => a.at - b.at);
}

/** When the sweep should look at the report next (null: nothing scheduled). */
export function nextDueAt(r: Report, s: ClockSettings, handled: readonly string[] = r.reminders): number | null {
  const pending = deadlineEvents(r, s).filter((e) => !handled.includes(e.key));
  return pending.length ? Math.min(...pending.map((e) => e.at)) : null;
}

/** The report is past its response deadline without an answer. */
export function isOverdue(r: Report, now: number): boolean {
  const due = effectiveRespondBy(r);
  return isOpen(r.state) && due !== null && now > due;
}
