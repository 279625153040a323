/** The security dashboard's content, as data: open reports (overdue first) and the window's figures. */
import { isoDay, type Calendar } from "./calendar.js";
import { effectiveRespondBy, isOverdue } from "./clocks.js";
import { windowFigures, type WindowFigures } from "./figures.js";
import { describeState } from "./lifecycle.js";
import { isOpen, type Report } from "./report.js";
import { countOutcomes, lastMonths, monthlyTrend, monthStart, type MonthPoint, type OutcomeKey } from "./stats.js";

export interface DashboardRow {
  id: string;
  url: string | null;
  repository: string;
  severity: string | null;
  handler: string | null;
  state: string;
  received: string;
  respondBy: string | null;
  overdue: boolean;
  paused: boolean;
  eta: string | null;
  affected: string[];
  fixed: string[];
  /** The disclosure deadline (YYYY-MM-DD), and whether it has passed without publication. */
  discloseBy?: string | null;
  disclosePassed?: boolean;
}

/** A repository's policy health, as the installation check found it. */
export interface RepoHealthRow {
  repository: string;
  conclusion: "success" | "failure";
  rows: number;
  failures: string[];
  warnings: string[];
  reporting: boolean | null;
  /** Private repositories cannot have private vulnerability reporting (absent in rows kept before it was recorded). */
  private?: boolean;
}

/** The repositories a tracker should ask to enable private vulnerability reporting in. */
export interface ReportingOff {
  /** owner/name, sorted, each with its settings page (where an admin enables it). */
  repositories: { repository: string; settingsUrl: string }[];
  /** The organisation whose settings can enable it for every public repository at once (null for a user account). */
  organisation: string | null;
}

/**
 * Public repositories whose private vulnerability reporting is known to be off (GitHub offers it
 * for public repositories only; unknown — the app may not ask — is not named). Null when none.
 */
export function reportingOff(health: readonly RepoHealthRow[], organisation: string | null, webBase: string): ReportingOff | null {
  const names = [...new Set(health.filter((h) => h.reporting === false && h.private !== true).map((h) => h.repository))].sort();
  if (!names.length) return null;
  const base = webBase.replace(/\/+$/, "");
  return { repositories: names.map((repository) => ({ repository, settingsUrl: `${base}/${repository}/settings/security_analysis` })), organisation };
}

/** What the installation's token can do. */
export interface CapabilityRow {
  orgListing: boolean | null;
  advisoriesWrite: boolean;
  issuesWrite: boolean;
  checksWrite: boolean;
}

export interface DashboardMessage {
  kind: "dashboard";
  tracker: string;
  day: string;
  open: DashboardRow[];
  figures: WindowFigures;
  /** Repositories whose advisory comments the bot cannot read (their tracking issues are the threads). */
  noCommentsApi: string[];
  health: RepoHealthRow[];
  capabilities: CapabilityRow | null;
  /** Repositories where reporters cannot open a private report, with where to enable it; null when none. */
  reportingOff: ReportingOff | null;
  /** The last 12 months (UTC): reports received and median business days to respond (core/stats.ts). */
  trend?: MonthPoint[];
  /** Reports received in the last 12 months, by outcome (published, rejected: <reason>, withdrawn, open), in OUTCOME_KEYS order; zero counts left out. */
  outcomes?: { outcome: OutcomeKey; count: number }[];
}

export function dashboard(input: {
  tracker: string;
  reports: readonly Report[];
  calendar: Calendar;
  now: number;
  urlOf: (r: Report) => string | null;
  noCommentsApi: string[];
  health?: RepoHealthRow[];
  capabilities?: CapabilityRow | null;
  /** The installation's organisation (null for a user account). */
  organisation?: string | null;
  /** GitHub's web address, for settings links. */
  webBase?: string;
}): DashboardMessage {
  const { calendar: cal, now } = input;
  const day = (t: number) => isoDay(new Date(t), cal);
  const open = input.reports
    .filter((r) => isOpen(r.state))
    .map((r): DashboardRow & { sortKey: number } => {
      const due = effectiveRespondBy(r);
      return {
        id: r.id,
        url: input.urlOf(r),
        repository: `${r.owner}/${r.repo}`,
        severity: r.severity,
        handler: r.handler,
        state: describeState(r.state),
        received: day(r.receivedAt),
        respondBy: due === null ? null : day(due),
        overdue: isOverdue(r, now),
        paused: r.pausedAt !== null,
        eta: r.eta,
        affected: r.affected,
        fixed: Object.entries(r.fixes).map(([line, f]) => `${line}: ${f.version}`),
        discloseBy: r.discloseBy === null ? null : day(r.discloseBy),
        disclosePassed: r.discloseBy !== null && now > r.discloseBy,
        sortKey: due ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.sortKey - b.sortKey || a.id.localeCompare(b.id))
    .map(({ sortKey: _, ...row }) => row);
  return {
    kind: "dashboard",
    tracker: input.tracker,
    day: day(now),
    open,
    figures: windowFigures(input.reports, cal, now),
    noCommentsApi: input.noCommentsApi,
    health: input.health ?? [],
    capabilities: input.capabilities ?? null,
    reportingOff: reportingOff(input.health ?? [], input.organisation ?? null, input.webBase ?? "https://github.com"),
    trend: monthlyTrend(input.reports, cal, now),
    outcomes: outcomesOf(input.reports, now),
  };
}

/** Reports received in the last 12 months (UTC months, as the chart), counted by outcome. */
export function outcomesOf(reports: readonly Report[], now: number): { outcome: OutcomeKey; count: number }[] {
  const since = monthStart(lastMonths(now, 12)[0]!);
  return countOutcomes(reports.filter((r) => r.receivedAt >= since));
}
