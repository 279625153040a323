/** Conditional report updates: re-read and re-decide when another writer got there first. */
import type { Report } from "../core/report.js";
import type { Store } from "../store/index.js";
import type { ReportPatch } from "../store/reports.js";

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
    const updated = await store.reports.update(id, current.revision, patch, now);
    if (updated) return updated;
  }
  throw new Error(`report ${id} changed too often to update`);
}
