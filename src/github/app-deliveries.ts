/**
 * The app's own webhook deliveries as GitHub keeps them (a few days): a page of the list,
 * newest first, and a request to send one again. Called with the app's JWT-authenticated
 * octokit (`app.auth()` without an installation).
 */
import type { GitHub } from "./octokit.js";

export interface HookDelivery {
  id: number;
  guid: string;
  status_code?: number;
  delivered_at?: string;
  event?: string;
}

/** One page of the app's recent deliveries, and the cursor of the next page (undefined: the last). */
export async function deliveriesPage(app: GitHub, cursor: string | undefined): Promise<{ deliveries: HookDelivery[]; next: string | undefined }> {
  const res = await app.request("GET /app/hook/deliveries", { per_page: 100, ...(cursor ? { cursor } : {}) });
  const next = /[?&]cursor=([^&>]+)[^>]*>;\s*rel="next"/.exec(String(res.headers.link ?? ""))?.[1];
  return { deliveries: res.data as HookDelivery[], next };
}

/** Asks GitHub to send a delivery again (it answers 202; the delivery arrives as a new attempt with the same GUID). */
export async function redeliver(app: GitHub, deliveryId: number): Promise<void> {
  await app.request("POST /app/hook/deliveries/{delivery_id}/attempts", { delivery_id: deliveryId });
}
