/** GET /healthz: 200 while the ledger answers, 503 when it does not (for load balancers and orchestrators). */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Store } from "../store/index.js";

export function healthHandler(store: Store, stopping: () => boolean) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!req.url || new URL(req.url, "http://x").pathname !== "/healthz") return false;
    const ok = !stopping() && (await store.ping());
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify({ status: ok ? "ok" : stopping() ? "stopping" : "database unavailable" }));
    return true;
  };
}
