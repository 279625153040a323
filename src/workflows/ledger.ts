/** Conditional report updates: re-read and re-decide when another writer got there first. */
import { isOpen, type Report } from "../core/report.js";
import type { Store } from "../store/index.js";
import type { ReportPatch } from "../store/reports.js";

/** Fields the deadline events depend on. */
const SCHEDULE_FIELDS: readonly (keyof Report)[] = [
  "state", "receivedAt", "respondBy", "respondedAt", "acknowledgedAt", "pausedAt", "pausedMs", "eta", "fixedAt", "severity", "lastMaintainerAt", "discloseBy",
];

export const touchesSchedule = (patch: ReportPatch): boolean => SCHEDULE_FIELDS.some((f) => f in patch);

/**
 * A change to any clock makes the sweep look at the report now (it computes the exact next
 * event and stores it); a closed report leaves the schedule.
 */
export function withSchedule(current: Report, patch: ReportPatch, now: number): ReportPatch {
  if ("nextDueAt" in patch) return patch;
  const state = patch.state ?? current.state;
  if (!isOpen(state)) return current.nextDueAt === null ? patch : { ...patch, nextDueAt: null };
  return touchesSchedule(patch) ? { ...patch, nextDueAt: now } : patch;
}

/**
 * Applies `change(report)` (a patch, or null for "nothing to change") at the report's current
 * revision, retrying on a concurrent write. Returns the report as stored afterwards.
 */
export async function patchReport(store: Store, id: string, now: number, change: (r: Report) => ReportPatch | null): Promise<Report> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const current = await store.reports.get(id);
    if (!current) throw new Error(`report ${id} is not in the ledger`);
    const patch = change(current);
    if (!patch || Object.keys(patch).length === 0) return current;
    const updated = await store.reports.update(id, current.revision, withSchedule(current, patch, now), now);
    if (updated) return updated;
  }
  throw new Error(`report ${id} changed too often to update`);
}
