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
import { endOfLocalDay, isoDay, shiftBusinessDays, type Calendar } from "./calendar.js";
import { isOpen, type Report, type Severity } from "./report.js";

export interface ClockSettings {
  calendar: Calendar;
  /** Business days before respond-by at which the handler is reminded (0: no reminder). */
  remindBeforeDays: number;
  /** Per severity, business days without a maintainer comment before the handler is nudged. */
  updateDays: Partial<Record<Severity, number>>;
}

export type DeadlineKind = "reminder" | "escalation" | "eta-reminder" | "update-nudge";

export interface DeadlineEvent {
  kind: DeadlineKind;
  /** Unique per report and deadline, e.g. "escalation@2026-12-09". */
  key: string;
  at: number;
}

/** Respond-by as it stands: moved by the time the clock was paused; null while paused or once answered. */
export function effectiveRespondBy(r: Report): number | null {
  if (r.respondedAt !== null || r.pausedAt !== null) return null;
  return r.respondBy + r.pausedMs;
}

/** The end of an ETA day (YYYY-MM-DD) in the calendar's zone. */
export function etaDeadline(eta: string, cal: Calendar): number {
  const [y, m, d] = eta.split("-").map(Number) as [number, number, number];
  // Noon UTC of that date falls on that date in every zone from UTC-11 to UTC+11.
  return endOfLocalDay(new Date(Date.UTC(y, m - 1, d, 12)), cal).getTime();
}

export function deadlineEvents(r: Report, s: ClockSettings): DeadlineEvent[] {
  if (!isOpen(r.state)) return [];
  const events: DeadlineEvent[] = [];
  const due = effectiveRespondBy(r);
  if (due !== null) {
    const day = isoDay(new Date(due), s.calendar);
    if (s.remindBeforeDays > 0) {
      const at = shiftBusinessDays(new Date(due), -s.remindBeforeDays, s.calendar).getTime() + 1;
      events.push({ kind: "reminder", key: `reminder@${day}`, at: Math.min(at, due) });
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
  return events;
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
