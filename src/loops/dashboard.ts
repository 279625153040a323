/**
 * The security dashboards: one issue per tracker, listing the open reports of the
 * repositories that name it. A sweep looks at them only when a report was written since its
 * last look, or once a quarter hour (days turn, policy health and settings change): then
 * one tracker is re-rendered when its reports changed or its day turned, and written only
 * when its text changed. Nothing changed costs the sweep one index read.
 */
import { createHash } from "node:crypto";
import { isoDay, isKnownTimeZone } from "../core/calendar.js";
import { threadUrl } from "../core/commands/decide.js";
import { dashboard, type CapabilityRow, type RepoHealthRow } from "../core/dashboard.js";
import type { Config } from "../config/schema.js";
import { apply } from "../github/apply.js";
import { DASHBOARD_TITLE } from "../render/dashboard.js";
import { renderMessage } from "../render/message.js";
import { applyEnv, loopSession, type Session } from "../workflows/session.js";
import type { LoopContext } from "./reconcile.js";

interface DashboardCursor {
  issue: number | null;
  generation: number;
  hash: string | null;
  renderedAt: number;
  day: string | null;
}

const WINDOW_MS = 90 * 86400000;
/** Time zones' days turn on a quarter hour: a pass in each quarter hour sees every day turn. */
const SLOT_MS = 15 * 60 * 1000;
/** When this process last went over every tracker, per ledger. */
const lastPass = new WeakMap<object, number>();
const statusOf = (e: unknown): number => (e as { status?: number }).status ?? 0;

/** Dashboards written (created or updated) in this pass. */
export async function refreshDashboards(ctx: LoopContext): Promise<number> {
  const { store, clock } = ctx.deps;
  let written = 0;
  // Nothing written to any report since the last pass, in the same quarter hour: nothing can have changed.
  const passAt = clock();
  const before = lastPass.get(store);
  if (before !== undefined && Math.floor(before / SLOT_MS) === Math.floor(passAt / SLOT_MS) && (await store.reports.lastWriteAll()) < before) return 0;
  lastPass.set(store, passAt);
  for (const inst of await store.installations.active()) {
    const byTracker = new Map<string, { repoIds: number[]; config: Config; noComments: string[] }>();
    for (const r of await store.repos.forInstallation(inst.id)) {
      const rec = await store.repos.get<Config, unknown>(r.id);
      const tracker = rec?.config.tracker;
      if (!rec || !tracker) continue;
      const group = byTracker.get(tracker) ?? { repoIds: [], config: rec.config, noComments: [] };
      group.repoIds.push(r.id);
      if (rec.commentsApi === "no") group.noComments.push(`${r.owner}/${r.name}`);
      byTracker.set(tracker, group);
    }
    for (const [tracker, group] of byTracker) {
      const now = clock();
      const key = `dashboard:${tracker}`;
      const cursor: DashboardCursor = (await store.cursors.get<DashboardCursor>(key))?.state ?? { issue: null, generation: 0, hash: null, renderedAt: 0, day: null };
      const calendar = { timeZone: isKnownTimeZone(group.config.sla.timezone) ? group.config.sla.timezone : "UTC", holidays: group.config.sla.holidays };
      const today = isoDay(new Date(now), calendar);
      if (cursor.hash !== null && cursor.day === today && (await store.reports.lastWrite(group.repoIds)) < cursor.renderedAt) continue;

      const reports = await store.reports.ofRepos(group.repoIds, now - WINDOW_MS);
      const health: RepoHealthRow[] = [];
      for (const id of group.repoIds) {
        const h = (await store.cursors.get<RepoHealthRow>(`health:${id}`))?.state;
        if (h) health.push(h);
      }
      const capabilities = (await store.cursors.get<CapabilityRow>(`capabilities:${inst.id}`))?.state ?? null;
      const message = dashboard({ tracker, reports, calendar, now, urlOf: (r) => threadUrl(r, ctx.deps.webBase), noCommentsApi: group.noComments.sort(), health: health.sort((a, b) => a.repository.localeCompare(b.repository)), capabilities });
      const hash = createHash("sha256").update(renderMessage(message)).digest("hex");
      const next: DashboardCursor = { ...cursor, hash, renderedAt: now, day: today };
      if (hash !== cursor.hash || cursor.issue === null) {
        const gh = await ctx.auth(inst.id);
        const s: Session = loopSession(ctx.deps, gh, inst.id, ctx.log);
        try {
          const [o] = await apply(applyEnv(s, {}, []), [{ type: "write-dashboard", tracker, issue: cursor.issue, generation: cursor.generation, title: DASHBOARD_TITLE, message }]);
          if (o?.status === "refused") continue;
          if (o && (o.status === "done" || o.status === "already") && o.result) next.issue = Number(o.result);
          written++;
        } catch (error) {
          if (statusOf(error) !== 404 && statusOf(error) !== 410) throw error;
          // The dashboard issue was deleted: a new one next pass.
          Object.assign(next, { issue: null, generation: cursor.generation + 1, hash: null });
        }
      }
      await store.cursors.put({ key, installationId: inst.id, etag: null, state: next, checkedAt: now });
    }
  }
  return written;
}
