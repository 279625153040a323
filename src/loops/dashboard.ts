/**
 * The security dashboards: one issue per tracker, listing the open reports of the
 * repositories that name it. A sweep looks at them only when a report was written since its
 * last look, or once a quarter hour (days turn, policy health and settings change): then
 * one tracker is re-rendered when its reports changed, its day turned or a repository's
 * private vulnerability reporting was found enabled, and written only when its text changed.
 * Nothing changed costs the sweep one index read.
 */
import { refreshTracker, trackerGroups } from "../workflows/dashboard.js";
import type { Session } from "../workflows/session.js";
import { installationSession, type LoopContext } from "./context.js";

/** Time zones' days turn on a quarter hour: a pass in each quarter hour sees every day turn. */
const SLOT_MS = 15 * 60 * 1000;
/** When this process last went over every tracker, per ledger. */
const lastPass = new WeakMap<object, number>();

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
    let s: Session | null = null;
    const session = async () => (s ??= await installationSession(ctx, inst.id));
    const organisation = inst.accountType === "Organization" ? inst.account : null;
    for (const [tracker, group] of await trackerGroups(store, inst.id)) {
      if (await refreshTracker(ctx.deps, { id: inst.id, organisation }, tracker, group, session)) written++;
    }
  }
  return written;
}
