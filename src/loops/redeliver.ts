/**
 * Failed webhook deliveries are not lost: GitHub keeps every delivery for a few days and
 * redelivers one on request (`POST /app/hook/deliveries/{id}/attempts`). Each period:
 * - the deliveries the ledger has as failed, or as taken by an instance that died while running
 *   them (older than the claim timeout), are asked for again, by their GUID;
 * - at most every ten minutes (by whichever instance looks first), GitHub's own list of the last
 *   day's deliveries is looked through for failed ones the ledger never took: the process died
 *   before it could record them, or a proxy in front of it failed. Those are asked for again, once.
 * Handlers are idempotent (intents, markers, the ledger), so a redelivery finishes what is missing.
 */
import { deliveriesPage, redeliver, type HookDelivery } from "../github/app-deliveries.js";
import type { LoopContext } from "./reconcile.js";

const MAX_ATTEMPTS = 5;
const PAGES = 5;
/** How often GitHub's delivery list is looked through for failures the ledger never saw. */
export const SCAN_EVERY_MS = 10 * 60 * 1000;
/** How far back that look goes. */
const SCAN_WINDOW_MS = 24 * 3600 * 1000;

const succeeded = (d: HookDelivery): boolean => typeof d.status_code === "number" && d.status_code >= 200 && d.status_code < 300;

export async function redeliverFailed(ctx: LoopContext): Promise<number> {
  const { store, clock } = ctx.deps;
  const now = clock();
  const failed = await store.deliveries.toRedeliver(now, MAX_ATTEMPTS, ctx.deps.claimTimeoutMs);
  const lastScan = (await store.cursors.get<{ at?: number }>("deliveries-scan"))?.state.at ?? 0;
  const scan = now - lastScan >= SCAN_EVERY_MS;
  if (!failed.length && !scan) return 0;
  const app = await ctx.auth();
  const wanted = new Set(failed.map((f) => f.id));
  const found = new Map<string, number>();
  // GUID → GitHub's newest attempt (the list is newest first; a redelivery repeats the GUID).
  const newest = new Map<string, HookDelivery>();
  let cursor: string | undefined;
  for (let page = 0; page < PAGES; page++) {
    const { deliveries: list, next } = await deliveriesPage(app, cursor);
    for (const d of list) {
      if (wanted.has(d.guid) && !found.has(d.guid)) found.set(d.guid, d.id);
      if (!newest.has(d.guid)) newest.set(d.guid, d);
    }
    const oldest = list.at(-1)?.delivered_at;
    const pastWindow = oldest !== undefined && Date.parse(oldest) < now - SCAN_WINDOW_MS;
    cursor = next;
    if (!cursor || ((!scan || pastWindow) && found.size >= wanted.size)) break;
  }
  let asked = 0;
  for (const f of failed) {
    const id = found.get(f.id);
    if (id === undefined) continue;
    await redeliver(app, id);
    await store.deliveries.markRedelivering(f.id, clock());
    asked++;
  }
  if (scan) {
    let unseen = 0;
    for (const d of newest.values()) {
      if (succeeded(d) || wanted.has(d.guid) || (d.delivered_at && Date.parse(d.delivered_at) < now - SCAN_WINDOW_MS)) continue;
      // Failed at GitHub and never taken here (a taken one is in the ledger, and handled above when it failed).
      if ((await store.deliveries.stateOf(d.guid)) !== undefined) continue;
      await redeliver(app, d.id);
      await store.deliveries.noteRedelivering(d.guid, d.event ?? "unknown", clock());
      unseen++;
    }
    asked += unseen;
    await store.cursors.put({ key: "deliveries-scan", installationId: 0, etag: null, state: { at: now }, checkedAt: now });
    if (unseen) ctx.log.info({ redelivered: unseen }, "asked GitHub to redeliver webhooks that failed before this app could take them");
  }
  if (failed.length) ctx.log.info({ failed: failed.length, redelivered: asked }, "asked GitHub to redeliver failed webhooks");
  return asked;
}
