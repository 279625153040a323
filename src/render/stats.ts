/**
 * `security-policy-bot stats` output: text for people, JSON for programs, CSV (RFC 4180) for
 * spreadsheets. One entry per (month, repository) that received a report; see core/stats.ts
 * for what each figure means.
 */
import { OUTCOME_KEYS, type PromiseKept, type StatsRow } from "../core/stats.js";
import { hoursText } from "./dashboard.js";

export interface StatsReport {
  /** The months covered (YYYY-MM, both included). */
  from: string;
  to: string;
  /** owner/name when the figures are of one repository; null for all. */
  repository: string | null;
  rows: StatsRow[];
}

const round = (x: number | null, places: number): number | null => (x === null ? null : Math.round(x * 10 ** places) / 10 ** places);
const days = (x: number | null): string => (x === null ? "—" : `${round(x, 1)} business ${x === 1 ? "day" : "days"}`);
const keptText = (p: PromiseKept): string => (p.share === null ? "— (none due yet)" : `${p.kept} of ${p.of} (${Math.round(p.share * 100)}%)`);

function header(s: StatsReport): string {
  const span = s.from === s.to ? s.from : `${s.from} to ${s.to}`;
  return `Vulnerability reports by month of receipt (UTC), ${span}${s.repository ? `, ${s.repository}` : ""}. Business days follow each repository's policy calendar.`;
}

export function statsText(s: StatsReport): string {
  const out = [header(s), ""];
  if (!s.rows.length) {
    out.push(`No reports received in ${s.from === s.to ? s.from : `${s.from} to ${s.to}`}.`);
    return `${out.join("\n")}\n`;
  }
  for (const r of s.rows) {
    const outcomes = OUTCOME_KEYS.filter((k) => r.outcomes[k]).map((k) => `${k} ${r.outcomes[k]}`);
    out.push(
      `${r.month}  ${r.repository}: ${r.reports} ${r.reports === 1 ? "report" : "reports"}`,
      `  median time to  acknowledge ${hoursText(r.medianAckHours)} · respond ${days(r.medianRespondDays)} · fix ${days(r.medianFixDays)} · publish ${days(r.medianPublishDays)}`,
      `  promises kept   acknowledge ${keptText(r.ackKept)} · respond ${keptText(r.respondKept)}`,
      `  outcomes        ${outcomes.join(" · ")}`,
      "",
    );
  }
  return out.join("\n");
}

const promiseJson = (p: PromiseKept) => ({ kept: p.kept, of: p.of, share: round(p.share, 4) });

export function statsJson(s: StatsReport): string {
  return `${JSON.stringify(
    {
      months: { from: s.from, to: s.to, zone: "UTC" },
      repository: s.repository,
      rows: s.rows.map((r) => ({
        month: r.month,
        repository: r.repository,
        reports: r.reports,
        median_ack_hours: round(r.medianAckHours, 3),
        median_respond_business_days: round(r.medianRespondDays, 1),
        median_fix_business_days: round(r.medianFixDays, 1),
        median_publish_business_days: round(r.medianPublishDays, 1),
        ack_promise: promiseJson(r.ackKept),
        respond_promise: promiseJson(r.respondKept),
        outcomes: r.outcomes,
      })),
    },
    null,
    2,
  )}\n`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(v: string | number | null): string {
  const s = v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  "month",
  "repository",
  "reports",
  "median_ack_hours",
  "median_respond_business_days",
  "median_fix_business_days",
  "median_publish_business_days",
  "ack_kept",
  "ack_decided",
  "ack_kept_share",
  "respond_kept",
  "respond_decided",
  "respond_kept_share",
  ...OUTCOME_KEYS,
] as const;

/** One header row, then one row per (month, repository); lines end with CRLF as RFC 4180 says. Empty fields: no figure. */
export function statsCsv(s: StatsReport): string {
  const rows = s.rows.map((r) => [
    r.month,
    r.repository,
    r.reports,
    round(r.medianAckHours, 3),
    round(r.medianRespondDays, 1),
    round(r.medianFixDays, 1),
    round(r.medianPublishDays, 1),
    r.ackKept.kept,
    r.ackKept.of,
    round(r.ackKept.share, 4),
    r.respondKept.kept,
    r.respondKept.of,
    round(r.respondKept.share, 4),
    ...OUTCOME_KEYS.map((k) => r.outcomes[k] ?? 0),
  ]);
  return [CSV_COLUMNS, ...rows].map((cells) => `${cells.map(csvField).join(",")}\r\n`).join("");
}
