/** Shared pieces of the benchmark: keys, signing, percentiles, an app instance on the GitHub stand-in. */
import { createHmac, generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { createNodeMiddleware, Probot, type ApplicationFunction } from "probot";
import { createApp } from "../src/app.js";
import { BotOctokit, type GitHub } from "../src/github/octokit.js";
import { makeDeps, type Deps } from "../src/handlers/deps.js";
import type { LoopContext } from "../src/loops/reconcile.js";
import type { Store } from "../src/store/index.js";

export const SECRET = "bench-secret";
export const PRIVATE_KEY = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/** Rate limiting off: the stand-in answers at once and the benchmark measures the app, not GitHub's pacing. */
export const BenchOctokit = BotOctokit.defaults((o: Record<string, unknown>) => ({ ...o, retry: { enabled: false }, throttle: { ...(o.throttle as object), enabled: false } })) as typeof BotOctokit;

export function sign(body: string): string {
  return `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export interface Served {
  url: string;
  probot: Probot;
  close(): Promise<void>;
}

export async function serve(appFn: ApplicationFunction, baseUrl: string): Promise<Served> {
  const probot = new Probot({ appId: 1, privateKey: PRIVATE_KEY, secret: SECRET, baseUrl, Octokit: BenchOctokit, log: pino({ level: "silent" }) });
  const middleware = await createNodeMiddleware(appFn, { probot });
  const server: Server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    probot,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface AppUnderTest extends Served {
  deps: Deps;
  ctx: LoopContext;
}

export async function serveApp(store: Store, baseUrl: string, clock: () => number, instanceId = "bench"): Promise<AppUnderTest> {
  const deps = makeDeps({ store, clock, instanceId });
  // Mounted as `npm start` mounts it: the app's own fast path answers at the webhook path.
  const s = await serve(createApp(deps, undefined, "/api/github/webhooks"), baseUrl);
  const ctx: LoopContext = { deps, auth: async (id?: number) => (await s.probot.auth(id)) as unknown as GitHub, log: pino({ level: process.env.BENCH_LOG ?? "silent" }), pollIntervalMs: 60_000 };
  return { ...s, deps, ctx };
}

export async function post(url: string, event: string, body: string, id: string): Promise<number> {
  const res = await fetch(`${url}/api/github/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": event, "x-github-delivery": id, "x-hub-signature-256": sign(body) },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}
