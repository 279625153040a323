/**
 * Failed webhook deliveries are not lost: GitHub keeps every delivery for a few days and
 * redelivers one on request (`POST /app/hook/deliveries/{id}/attempts`). Each period, the
 * deliveries whose handler failed (or whose instance died while running them) are asked for
 * again — by their GUID, looked up in the app's recent deliveries. Their handlers are
 * idempotent (intents, markers, the ledger), so a redelivery finishes what is missing.
 * Nothing failed: no GitHub call.
 */
import type { LoopContext } from "./reconcile.js";

const MAX_ATTEMPTS = 5;
const PAGES = 5;

interface HookDelivery {
  id: number;
  guid: string;
}

export async function redeliverFailed(ctx: LoopContext): Promise<number> {
  const { store, clock } = ctx.deps;
  const failed = await store.deliveries.toRedeliver(clock(), MAX_ATTEMPTS, ctx.deps.claimTimeoutMs);
  if (!failed.length) return 0;
  const app = await ctx.auth();
  const wanted = new Set(failed.map((f) => f.id));
  const found = new Map<string, number>();
  let cursor: string | undefined;
  for (let page = 0; page < PAGES && found.size < wanted.size; page++) {
    const res = await app.request("GET /app/hook/deliveries", { per_page: 100, ...(cursor ? { cursor } : {}) });
    for (const d of res.data as HookDelivery[]) if (wanted.has(d.guid) && !found.has(d.guid)) found.set(d.guid, d.id);
    cursor = /[?&]cursor=([^&>]+)[^>]*>;\s*rel="next"/.exec(String(res.headers.link ?? ""))?.[1];
    if (!cursor) break;
  }
  let asked = 0;
  for (const f of failed) {
    const id = found.get(f.id);
    if (id === undefined) continue;
    await app.request("POST /app/hook/deliveries/{delivery_id}/attempts", { delivery_id: id });
    await store.deliveries.markRedelivering(f.id, clock());
    asked++;
  }
  ctx.log.info({ failed: failed.length, redelivered: asked }, "asked GitHub to redeliver failed webhooks");
  return asked;
}
