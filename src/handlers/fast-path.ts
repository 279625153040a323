/**
 * The webhook endpoint's fast path: signature first, then the handlers' filters, and only
 * then Probot. Probot builds a context and an installation octokit for every delivery of an
 * event some listener takes (a comment with no command, an ordinary push) before any filter
 * can say no; this endpoint answers those at the cost of one HMAC and one JSON parse, as an
 * app with no handlers would, and hands the rest to Probot (`webhooks.receive`, which runs the
 * handlers with Probot's context as its own endpoint would).
 *
 * It is mounted with Probot's documented `addHandler` at the public webhook path, Probot's
 * own endpoint being moved aside (main.ts); it answers as Probot's does: 400 for missing
 * headers, a bad signature or a body that is not JSON; 200 when handled; 202 when the handlers
 * take longer than 9 s (they go on); 500 when a handler failed (GitHub then records a failed
 * delivery, which the redelivery loop asks for again).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Probot } from "probot";
import type { Deps } from "./deps.js";
import { handlersFor, type Handler, type Payload } from "./router.js";

/** GitHub's largest webhook payload. */
const MAX_BODY = 25 * 1024 * 1024;
/** GitHub gives up on a delivery after 10 s; Probot answers 202 after 9. */
const ANSWER_WITHIN_MS = 9_000;

function send(res: ServerResponse, status: number, body: string): true {
  res.writeHead(status, { "content-type": body.startsWith("{") ? "application/json" : "text/plain" }).end(body);
  return true;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function fastPath(app: Probot, path: string, handlers: readonly Handler[], deps: Deps): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== path) return false;
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const id = header("x-github-delivery");
    const name = header("x-github-event");
    const signature = header("x-hub-signature-256");
    const missing = [!id && "x-github-delivery", !name && "x-github-event", !signature && "x-hub-signature-256"].filter(Boolean);
    if (missing.length) return send(res, 400, JSON.stringify({ error: `Required headers missing: ${missing.join(", ")}` }));
    const body = await readBody(req);
    if (body === null) return send(res, 413, JSON.stringify({ error: "payload too large" }));
    // 1. The signature, before anything reads the body.
    if (!(await app.webhooks.verify(body, signature!).catch(() => false))) return send(res, 400, JSON.stringify({ error: "signature does not match event payload and secret" }));
    let payload: Payload;
    try {
      payload = JSON.parse(body) as Payload;
    } catch {
      return send(res, 400, JSON.stringify({ error: "payload is not JSON" }));
    }
    // 2. The filters: a delivery no handler wants is answered at once, without Probot.
    let wanted: boolean;
    try {
      wanted = handlersFor(handlers, name!, payload, deps).length > 0;
    } catch {
      wanted = true; // a payload the filters cannot read: the handlers' own parsing reports it
    }
    if (!wanted) return send(res, 200, "ok\n");
    // 3. Probot: its context, then the handlers.
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<"slow">((resolve) => (timer = setTimeout(() => resolve("slow"), ANSWER_WITHIN_MS)));
    try {
      const done = await Promise.race([app.webhooks.receive({ id: id!, name: name!, payload } as Parameters<Probot["webhooks"]["receive"]>[0]).then(() => "done" as const), slow]);
      return send(res, done === "slow" ? 202 : 200, done === "slow" ? "still processing\n" : "ok\n");
    } catch {
      return send(res, 500, JSON.stringify({ error: "a handler failed; see the app's log" }));
    } finally {
      clearTimeout(timer);
    }
  };
}
