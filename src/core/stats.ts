/**
 * Figures over the ledger, per calendar month of receipt (UTC) and per repository: what
 * `security-policy-bot stats` prints and the dashboard's "Last 12 months" chart draws.
 *
 * A month is the UTC calendar month in which the report was received (`receivedAt`), so that
 * months line up across repositories whose policies name different zones; the business days
 * within the figures are counted in each repository's own policy calendar (`reportFigures`).
 * Every report received counts in `reports` and in the outcomes; the medians and the promises
 * kept leave withdrawn reports out, as the dashboard's 90-day figures do (`windowFigures`).
 */
import type { Calendar } from "./calendar.js";
import { median, medians, reportFigures } from "./figures.js";
import { REJECT_REASONS, type RejectReason, type Report } from "./report.js";

/** How a report ended so far: published, rejected (with its reason when recorded), withdrawn, or still open. */
export type OutcomeKey = "published" | `rejected: ${RejectReason}` | "rejected" | "withdrawn" | "open";

/** Every outcome, in the order the figures list them (CSV columns, text, JSON). */
export const OUTCOME_KEYS: readonly OutcomeKey[] = ["published", ...REJECT_REASONS.map((r): OutcomeKey => `rejected: ${r}`), "rejected", "withdrawn", "open"];

export function outcomeOf(r: Pick<Report, "state" | "outcome">): OutcomeKey {
  switch (r.state) {
    case "published":
      return "published";
    case "withdrawn":
      return "withdrawn";
    case "rejected":
      // Rows written before /reject recorded a reason have none: plain "rejected".
      return r.outcome && (REJECT_REASONS as readonly string[]).includes(r.outcome) ? `rejected: ${r.outcome}` : "rejected";
    default:
      return "open";
  }
}

/** A promise over a group of reports: how many of those whose promise is decided kept it. */
export interface PromiseKept {
  kept: number;
  of: number;
  /** kept / of (0..1); null when none is decided yet. */
  share: number | null;
}

export interface GroupFigures {
  reports: number;
  medianAckHours: number | null;
  medianRespondDays: number | null;
  medianFixDays: number | null;
  medianPublishDays: number | null;
  ackKept: PromiseKept;
  respondKept: PromiseKept;
  /** Reports per outcome, only the outcomes that occur, in OUTCOME_KEYS order. */
  outcomes: Partial<Record<OutcomeKey, number>>;
}

export interface StatsRow extends GroupFigures {
  /** YYYY-MM (UTC) of receipt. */
  month: string;
  /** owner/name. */
  repository: string;
}

/** One month of the dashboard's chart. */
export interface MonthPoint {
  month: string;
  reports: number;
  /** Median business days to the detailed response of the month's reports answered so far; null when none. */
  medianRespondDays: number | null;
}

/** YYYY-MM of an instant, in UTC. */
export function monthOf(t: number): string {
  return new Date(t).toISOString().slice(0, 7);
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `s` is a month written YYYY-MM. */
export const isMonth = (s: string): boolean => MONTH.test(s);

/** The first instant (UTC) of a YYYY-MM month; `plus` months later. */
export function monthStart(month: string, plus = 0): number {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month (YYYY-MM): ${month}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1 + plus, 1);
}

/** The `n` months (YYYY-MM, oldest first) that end with the month of `now`. */
export function lastMonths(now: number, n: number): string[] {
  const current = monthOf(now);
  return Array.from({ length: n }, (_, i) => monthOf(monthStart(current, i - n + 1)));
}

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = 0; monthStart(from, i) <= monthStart(to); i++) out.push(monthOf(monthStart(from, i)));
  return out;
}

const kept = (xs: readonly (boolean | null)[]): PromiseKept => {
  const decided = xs.filter((x): x is boolean => x !== null);
  const k = decided.filter(Boolean).length;
  return { kept: k, of: decided.length, share: decided.length ? k / decided.length : null };
};

/** The figures of one group of reports (a month of a repository, or a month of a tracker). */
export function groupFigures(reports: readonly Report[], calendarFor: (r: Report) => Calendar, now: number): GroupFigures {
  const f = reports.filter((r) => r.state !== "withdrawn").map((r) => reportFigures(r, calendarFor(r), now));
  return {
    reports: reports.length,
    ...medians(f),
    ackKept: kept(f.map((x) => x.ackMet)),
    respondKept: kept(f.map((x) => x.respondMet)),
    outcomes: Object.fromEntries(countOutcomes(reports).map((o) => [o.outcome, o.count])),
  };
}

/** Reports counted by outcome, in OUTCOME_KEYS order; outcomes no report has are left out. */
export function countOutcomes(reports: readonly Pick<Report, "state" | "outcome">[]): { outcome: OutcomeKey; count: number }[] {
  const counts = new Map<OutcomeKey, number>();
  for (const r of reports) counts.set(outcomeOf(r), (counts.get(outcomeOf(r)) ?? 0) + 1);
  return OUTCOME_KEYS.filter((k) => counts.has(k)).map((outcome) => ({ outcome, count: counts.get(outcome)! }));
}

/** Which months and repository the figures cover: months `from`..`to` (YYYY-MM, both included). */
export interface StatsQuery {
  from: string;
  to: string;
  /** owner/name; null or absent for every repository. */
  repository?: string | null;
}

/**
 * One row per (month, repository) with at least one report received in it, oldest month
 * first, repositories in alphabetical order within a month.
 */
export function monthlyStats(reports: readonly Report[], calendarFor: (r: Report) => Calendar, now: number, q: StatsQuery): StatsRow[] {
  const start = monthStart(q.from);
  const end = monthStart(q.to, 1);
  const groups = new Map<string, { month: string; repository: string; reports: Report[] }>();
  for (const r of reports) {
    const repository = `${r.owner}/${r.repo}`;
    if (r.receivedAt < start || r.receivedAt >= end) continue;
    if (q.repository && q.repository.toLowerCase() !== repository.toLowerCase()) continue;
    const month = monthOf(r.receivedAt);
    const key = `${month} ${repository}`;
    const g = groups.get(key) ?? { month, repository, reports: [] };
    g.reports.push(r);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || a.repository.localeCompare(b.repository))
    .map((g) => ({ month: g.month, repository: g.repository, ...groupFigures(g.reports, calendarFor, now) }));
}

/**
 * The dashboard's trend: the `months` months ending with the current one (UTC), each with the
 * reports received and the median business days to respond (in the tracker's calendar).
 * A month without reports has 0 reports and no median.
 */
export function monthlyTrend(reports: readonly Report[], calendar: Calendar, now: number, months = 12): MonthPoint[] {
  return lastMonths(now, months).map((month) => {
    const start = monthStart(month);
    const end = monthStart(month, 1);
    const g = groupFigures(
      reports.filter((r) => r.receivedAt >= start && r.receivedAt < end),
      () => calendar,
      now,
    );
    return { month, reports: g.reports, medianRespondDays: g.medianRespondDays };
  });
}
