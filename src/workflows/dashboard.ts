/**
 * A tracker's security dashboard, rendered from the ledger and written through the one writer
 * only when its text changed (so a redelivered webhook or a second pass writes nothing). The
 * sweep refreshes every tracker; a new installation (or added repositories) writes the
 * dashboards it touches at once, naming the repositories without private vulnerability reporting.
 */
import { createHash } from "node:crypto";
import { calendarOf, isoDay } from "../core/calendar.js";
import { threadUrl } from "../core/report-places.js";
import { warningsWithReporting } from "../core/policy-health.js";
import { dashboard, type CapabilityRow, type RepoHealthRow } from "../core/dashboard.js";
import { lastMonths, monthStart } from "../core/stats.js";
import type { Config } from "../config/schema.js";
import { DASHBOARD_TITLE } from "../render/dashboard.js";
import { renderMessage } from "../render/message.js";
import type { Store } from "../store/index.js";
import { reportingEnabled, type StoredHealth } from "./policy-health.js";
import { type Session } from "./session.js";
import { statusOf } from "../github/errors.js";

interface DashboardCursor {
  issue: number | null;
  generation: number;
  hash: string | null;
  renderedAt: number;
  day: string | null;
}

const WINDOW_MS = 90 * 86400000;

/** A tracker's repositories in one installation (the ones whose config names it). */
export interface TrackerGroup {
  repoIds: number[];
  config: Config;
  noComments: string[];
}

/** How long a "reporting disabled" finding stands before the sweep asks GitHub again. */
export const REPORTING_RECHECK_MS = 60 * 60 * 1000;

/** The installation's repositories grouped by the tracker their config names (those without one are left out). */
export async function trackerGroups(store: Store, installationId: number): Promise<Map<string, TrackerGroup>> {
  const byTracker = new Map<string, TrackerGroup>();
  for (const r of await store.repos.forInstallation(installationId)) {
    const rec = await store.repos.get<Config, unknown>(r.id);
    const tracker = rec?.config.tracker;
    if (!rec || !tracker) continue;
    const group = byTracker.get(tracker) ?? { repoIds: [], config: rec.config, noComments: [] };
    group.repoIds.push(r.id);
    if (rec.commentsApi === "no") group.noComments.push(`${r.owner}/${r.name}`);
    byTracker.set(tracker, group);
  }
  return byTracker;
}

/**
 * Asks GitHub again about repositories of the group found without private vulnerability
 * reporting, at most once an hour each; true when one has changed (its dashboard section changes).
 */
async function recheckReporting(store: Store, group: TrackerGroup, now: number, session: () => Promise<Session>): Promise<boolean> {
  let changed = false;
  for (const id of group.repoIds) {
    const c = await store.cursors.get<StoredHealth>(`health:${id}`);
    if (!c || c.state.reporting !== false || c.state.private === true || now - c.checkedAt < REPORTING_RECHECK_MS) continue;
    const s = await session();
    const [owner, name] = c.state.repository.split("/") as [string, string];
    const reporting = await reportingEnabled(s, owner, name);
    if (reporting !== false) changed = true;
    await store.cursors.put({ ...c, state: { ...c.state, reporting, warnings: warningsWithReporting(c.state.warnings, reporting) }, checkedAt: now });
  }
  return changed;
}

/**
 * Renders one tracker's dashboard and writes it (through the one writer) when its text differs
 * from the last one written, or it has no issue yet. `force`: render even when no report was
 * written since (policy health changed). True when it was written.
 */
export async function refreshTracker(
  base: { store: Store; clock: () => number; webBase: string },
  inst: { id: number; organisation: string | null },
  tracker: string,
  group: TrackerGroup,
  session: () => Promise<Session>,
  o: { force?: boolean } = {},
): Promise<boolean> {
  const { store, clock } = base;
  const now = clock();
  const key = `dashboard:${tracker}`;
  const cursor: DashboardCursor = (await store.cursors.get<DashboardCursor>(key))?.state ?? { issue: null, generation: 0, hash: null, renderedAt: 0, day: null };
  const calendar = calendarOf(group.config);
  const today = isoDay(new Date(now), calendar);
  const rechecked = await recheckReporting(store, group, now, session);
  if (!o.force && !rechecked && cursor.hash !== null && cursor.day === today && (await store.reports.lastWrite(group.repoIds)) < cursor.renderedAt) return false;

  // The open reports, and those received in the 90-day figures' window or the 12 months of the chart.
  const reports = await store.reports.ofRepos(group.repoIds, Math.min(now - WINDOW_MS, monthStart(lastMonths(now, 12)[0]!)));
  const health: RepoHealthRow[] = [];
  for (const id of group.repoIds) {
    const h = (await store.cursors.get<RepoHealthRow>(`health:${id}`))?.state;
    if (h) health.push(h);
  }
  const capabilities = (await store.cursors.get<CapabilityRow>(`capabilities:${inst.id}`))?.state ?? null;
  const message = dashboard({
    tracker,
    reports,
    calendar,
    now,
    urlOf: (r) => threadUrl(r, base.webBase),
    noCommentsApi: group.noComments.sort(),
    health: health.sort((a, b) => a.repository.localeCompare(b.repository)),
    capabilities,
    organisation: inst.organisation,
    webBase: base.webBase,
  });
  const hash = createHash("sha256").update(renderMessage(message)).digest("hex");
  const next: DashboardCursor = { ...cursor, hash, renderedAt: now, day: today };
  let written = false;
  if (hash !== cursor.hash || cursor.issue === null) {
    const s = await session();
    try {
      const [out] = await s.write([{ type: "write-dashboard", tracker, issue: cursor.issue, generation: cursor.generation, title: DASHBOARD_TITLE, message }]);
      if (out?.status === "refused") return false;
      // Another instance is creating it: its number is learnt from the ledger on the next pass.
      if (out?.status === "busy") next.hash = null;
      if (out && (out.status === "done" || out.status === "already") && out.result) next.issue = Number(out.result);
      written = true;
    } catch (error) {
      if (statusOf(error) !== 404 && statusOf(error) !== 410) throw error;
      // The dashboard issue was deleted: a new one next pass.
      Object.assign(next, { issue: null, generation: cursor.generation + 1, hash: null });
    }
  }
  await store.cursors.put({ key, installationId: inst.id, etag: null, state: next, checkedAt: now });
  return written;
}

/**
 * After the installation check: the dashboards of the trackers the checked repositories name,
 * written now rather than at the next sweep. A tracker that cannot be written now (GitHub
 * failing) is left to the sweep, its last text forgotten so the sweep renders it again.
 */
export async function writeInstallationDashboards(s: Session, organisation: string | null, trackers: readonly (string | null)[]): Promise<void> {
  const wanted = new Set(trackers.filter((t): t is string => !!t));
  if (!wanted.size) return;
  const groups = await trackerGroups(s.store, s.installationId);
  for (const tracker of wanted) {
    const group = groups.get(tracker);
    if (!group) continue;
    try {
      await refreshTracker(s, { id: s.installationId, organisation }, tracker, group, async () => s, { force: true });
    } catch (error) {
      const key = `dashboard:${tracker}`;
      const c = await s.store.cursors.get<DashboardCursor>(key);
      if (c) await s.store.cursors.put({ ...c, state: { ...c.state, hash: null } });
      s.log.warn({ tracker, status: statusOf(error) || null }, "dashboard not written after the installation check; the sweep will write it");
    }
  }
}
