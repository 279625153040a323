/**
 * How well the promises were kept: per report (for /status) and over a window (for the
 * dashboard). Times to acknowledge are in hours; the rest in business days of the policy's
 * calendar, with any needs-info pause left out of the response time.
 */
import { businessDaysBetween, type Calendar } from "./calendar.js";
import type { Report } from "./report.js";

export interface ReportFigures {
  ackHours: number | null;
  ackMet: boolean | null;
  respondDays: number | null;
  respondMet: boolean | null;
  fixDays: number | null;
  publishDays: number | null;
}

const HOUR = 3600 * 1000;
const round1 = (x: number): number => Math.round(x * 10) / 10;

export function reportFigures(r: Report, cal: Calendar, now: number): ReportFigures {
  const bd = (t: number | null) => (t === null ? null : businessDaysBetween(new Date(r.receivedAt), new Date(t - (t === r.respondedAt ? r.pausedMs : 0)), cal));
  const respondDue = r.respondBy + r.pausedMs;
  return {
    ackHours: r.acknowledgedAt === null ? null : Math.round(((r.acknowledgedAt - r.receivedAt) / HOUR) * 1000) / 1000,
    ackMet: r.acknowledgedAt !== null ? r.acknowledgedAt <= r.ackBy : now > r.ackBy ? false : null,
    respondDays: bd(r.respondedAt),
    respondMet: r.respondedAt !== null ? r.respondedAt <= respondDue : r.pausedAt === null && now > respondDue ? false : null,
    fixDays: bd(r.fixedAt),
    publishDays: bd(r.publishedAt),
  };
}

export interface WindowFigures {
  days: number;
  reports: number;
  medianAckHours: number | null;
  medianRespondDays: number | null;
  medianFixDays: number | null;
  medianPublishDays: number | null;
  /** Share (0..1) of reports whose promise is decided that kept it, and how many were decided. */
  ackMet: { share: number | null; of: number };
  respondMet: { share: number | null; of: number };
}

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const share = (xs: (boolean | null)[]): { share: number | null; of: number } => {
  const decided = xs.filter((x): x is boolean => x !== null);
  return { share: decided.length ? decided.filter(Boolean).length / decided.length : null, of: decided.length };
};

/** The median times of a group of reports' figures (null where none has that time yet). */
export function medians(f: readonly ReportFigures[]): Pick<WindowFigures, "medianAckHours" | "medianRespondDays" | "medianFixDays" | "medianPublishDays"> {
  const nums = (k: keyof ReportFigures) => f.map((x) => x[k]).filter((x): x is number => typeof x === "number");
  return { medianAckHours: median(nums("ackHours")), medianRespondDays: median(nums("respondDays")), medianFixDays: median(nums("fixDays")), medianPublishDays: median(nums("publishDays")) };
}

/** Figures over reports received in the last `days` days. */
export function windowFigures(reports: readonly Report[], cal: Calendar, now: number, days = 90): WindowFigures {
  const recent = reports.filter((r) => r.receivedAt >= now - days * 86400000 && r.state !== "withdrawn");
  const f = recent.map((r) => reportFigures(r, cal, now));
  return {
    days,
    reports: recent.length,
    ...medians(f),
    ackMet: share(f.map((x) => x.ackMet)),
    respondMet: share(f.map((x) => x.respondMet)),
  };
}
