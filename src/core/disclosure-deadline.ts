/**
 * The disclosure deadline: the day by which a report is to be made public ("we disclose
 * within 90 days", "an embargo of at most 7 days"). The config's `sla.disclose_days` when set
 * (0 turns it off), else what the policy's prose says, else none. Counted in calendar days
 * from receipt, to the end of that day in the policy's zone.
 */
import { endOfLocalDay, isoDay, type Calendar } from "./calendar.js";
import type { Policy } from "./policy/types.js";
import type { DiscloseSource } from "./report.js";

export interface DisclosePromise {
  days: number;
  source: Exclude<DiscloseSource, "extended">;
}

export function disclosePromise(policy: Pick<Policy, "disclosureDays"> | null, sla: { disclose_days: number | null }): DisclosePromise | null {
  if (sla.disclose_days !== null) return sla.disclose_days > 0 ? { days: sla.disclose_days, source: "config" } : null;
  const days = policy?.disclosureDays ?? null;
  return days !== null && days > 0 ? { days, source: "policy" } : null;
}

/** The last instant of the day `days` calendar days after the day of receipt, in the calendar's zone. */
export function disclosureDeadline(receivedAt: number, days: number, cal: Calendar): number {
  return endOfDate(shiftDate(isoDay(new Date(receivedAt), cal), days), cal);
}

/** The end of a date (YYYY-MM-DD) in the calendar's zone (noon UTC falls on that date in every zone from UTC-11 to UTC+11). */
export function endOfDate(date: string, cal: Calendar): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return endOfLocalDay(new Date(Date.UTC(y, m - 1, d, 12)), cal).getTime();
}

/** A date (YYYY-MM-DD) moved by `n` calendar days. */
export function shiftDate(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The first instant of the day `n` calendar days before the deadline's day, in the calendar's zone (n = 0: the day itself). */
export function startOfDayBefore(discloseBy: number, n: number, cal: Calendar): number {
  return endOfDate(shiftDate(isoDay(new Date(discloseBy), cal), -n - 1), cal) + 1;
}

/** Where a report's deadline comes from, for a new report received at `receivedAt`. */
export function discloseFields(receivedAt: number, promise: DisclosePromise | null, cal: Calendar): { discloseBy: number | null; discloseSource: DiscloseSource | null } {
  return promise ? { discloseBy: disclosureDeadline(receivedAt, promise.days, cal), discloseSource: promise.source } : { discloseBy: null, discloseSource: null };
}
