/**
 * The app as tests run it: a real Probot with the app's handlers, an octokit whose retries
 * and throttling are really off (the function form; see TOOLCHAIN.md), and — for end-to-end
 * tests — the real HTTP middleware on an ephemeral port, fed signed webhooks.
 */
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino, { type Logger } from "pino";
import { createNodeMiddleware, Probot } from "probot";
import { createApp } from "../../src/app.js";
import { BotOctokit } from "../../src/github/octokit.js";
import type { Deps } from "../../src/handlers/deps.js";

export const WEBHOOK_SECRET = "test-webhook-secret";
export const PRIVATE_KEY = readFileSync(new URL("../fixtures/test-app-private-key.pem", import.meta.url), "utf8");

export const TestOctokit = BotOctokit.defaults((o: Record<string, unknown>) => ({
  ...o,
  retry: { enabled: false },
  throttle: { ...(o.throttle as object), enabled: false },
})) as typeof BotOctokit;

export function newProbot(log?: Logger): Probot {
  return new Probot({ appId: 1, privateKey: PRIVATE_KEY, secret: WEBHOOK_SECRET, Octokit: TestOctokit, log: log ?? pino({ level: "silent" }) });
}

/** A Probot with the app loaded, for `probot.receive(...)` tests. */
export async function loadedProbot(deps: Deps, log?: Logger): Promise<Probot> {
  const probot = newProbot(log);
  await probot.load(createApp(deps), { cwd: process.cwd(), addHandler: () => undefined }); // no HTTP server here
  return probot;
}

export interface RunningServer {
  url: string;
  server: Server;
  probot: Probot;
  close(): Promise<void>;
}

/** The app's real HTTP server (Probot's node middleware) on 127.0.0.1 and a free port. */
export async function startServer(deps: Deps, log?: Logger): Promise<RunningServer> {
  const probot = newProbot(log);
  const middleware = await createNodeMiddleware(createApp(deps), { probot });
  const server = createServer((req, res) => {
    void middleware(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    probot,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

export function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export interface Delivery {
  event: string;
  payload: unknown;
  id?: string;
  /** Override the signature (a bad one, say). */
  signature?: string;
}

/** POSTs a webhook the way GitHub does. */
export async function deliver(url: string, d: Delivery): Promise<{ status: number; body: string; id: string }> {
  const body = JSON.stringify(d.payload);
  const id = d.id ?? randomUUID();
  const res = await fetch(`${url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": d.event,
      "x-github-delivery": id,
      "x-hub-signature-256": d.signature ?? sign(body),
      "user-agent": "GitHub-Hookshot/test",
    },
    body,
  });
  return { status: res.status, body: await res.text(), id };
}
