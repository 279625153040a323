/**
 * A whole world for end-to-end tests: the GitHub stand-in (a real HTTP server) seeded with an
 * organisation, a public project with the example policy and a private tracker; and one or
 * more app instances (real HTTP servers, their own ledger clients, their own loops) on it.
 */
import { createHmac, randomUUID } from "node:crypto";
import Bottleneck from "bottleneck";
import pino, { type Logger } from "pino";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot } from "probot";
import { createApp } from "../../src/app.js";
import { BotOctokit, type GitHub } from "../../src/github/octokit.js";
import { makeDeps, type Deps } from "../../src/handlers/deps.js";
import type { LoopContext } from "../../src/loops/reconcile.js";
import type { Store } from "../../src/store/index.js";
import { FakeGitHub, type FakeGitHubOptions } from "../double/fake-github.js";
import { PRIVATE_KEY, TestOctokit, WEBHOOK_SECRET } from "./app.js";
import { EXAMPLE_POLICY } from "./repo-mocks.js";

/** Retries and rate-limit handling on, with waits scaled down (ms for s) so a test stays fast. */
export const ResilientTestOctokit = BotOctokit.defaults((o: Record<string, unknown>) => ({
  ...o,
  retry: { retries: 4, retryAfterBaseValue: 5 },
  throttle: {
    ...(o.throttle as object),
    enabled: true,
    retryAfterBaseValue: 5,
    fallbackSecondaryRateRetryAfter: 1,
    // GitHub's pacing (1 s between writes, 3 s between notifying writes) is right in production, not here.
    global: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
    auth: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    write: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
  },
})) as typeof BotOctokit;

export interface Instance {
  url: string;
  deps: Deps;
  ctx: LoopContext;
  probot: Probot;
  close(): Promise<void>;
}

export interface World {
  fake: FakeGitHub;
  instances: Instance[];
  /** Sends one webhook (one GUID) to the given instances, all at once or one after another. */
  send(event: string, payload: unknown, o?: { to?: number[]; concurrent?: boolean; guid?: string }): Promise<number[]>;
  /** Waits until the webhooks the bot's own writes caused were all answered. */
  settle(): Promise<void>;
  /** Settles, then fails on any request GitHub would have refused; stops the servers. */
  close(): Promise<void>;
}

export const CONFIG_YML = "tracker: acme/security-tracker\nhandlers: [alice, bob]\nmaintainers: { teams: [security] }\n";

/** The organisation acme (installation 42): the public project with the example policy, a private tracker, three maintainers. */
export function seedGitHub(fake: FakeGitHub, config = CONFIG_YML): void {
  fake.installations.push({ id: 42, account: "acme", type: "Organization" });
  fake.addRepo({ owner: "acme", name: "mcp-server", files: { "SECURITY.md": EXAMPLE_POLICY, ".github/security-policy-bot.yml": config, "package.json": '{"name":"mcp-server","version":"1.0.1"}' } });
  fake.addRepo({ owner: "acme", name: "security-tracker", private: true });
  for (const login of ["alice", "bob", "carol"]) fake.permissions.set(`acme/mcp-server:${login}`, "write");
}

/** A fault for startWorld: the next matching request, once armed, gets GitHub's 502 (armed at once unless told otherwise). */
export function failOnce(matches: (method: string, path: string) => boolean, armed = true): { arm(): void; fault: (n: number, method: string, path: string) => { status: number; message: string } | null } {
  let on = armed;
  return {
    arm: () => void (on = true),
    fault: (_n, method, path) => (on && matches(method, path) ? ((on = false), { status: 502, message: "Bad Gateway" }) : null),
  };
}

export async function startWorld(o: {
  stores: Store[];
  clock: () => number;
  fake?: FakeGitHubOptions;
  resilient?: boolean;
  log?: Logger;
  config?: string;
}): Promise<World> {
  const fake = new FakeGitHub({ now: () => new Date(o.clock()).toISOString(), ...o.fake });
  await fake.start();
  seedGitHub(fake, o.config);

  const log = o.log ?? pino({ level: "silent" });
  const instances: Instance[] = [];
  for (const [i, store] of o.stores.entries()) {
    const deps = makeDeps({ store, clock: o.clock, instanceId: `instance-${i + 1}` });
    const probot = new Probot({ appId: 1, privateKey: PRIVATE_KEY, secret: WEBHOOK_SECRET, baseUrl: `${fake.url}/api/v3`, Octokit: o.resilient ? ResilientTestOctokit : TestOctokit, log });
    const middleware = await createNodeMiddleware(createApp(deps), { probot });
    const server: Server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ctx: LoopContext = { deps, auth: async (id?: number) => (await probot.auth(id)) as unknown as GitHub, log, pollIntervalMs: 60_000 };
    instances.push({
      url,
      deps,
      ctx,
      probot,
      close: () => new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    });
  }
  // Every instance is a hook: GitHub's echoes of the bot's own writes reach each of them.
  fake.hooks = instances.map((i) => ({ url: `${i.url}/api/github/webhooks`, secret: WEBHOOK_SECRET }));

  const post = async (url: string, event: string, body: string, guid: string) => {
    const res = await fetch(`${url}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": event, "x-github-delivery": guid, "x-hub-signature-256": `sha256=${createHmac("sha256", WEBHOOK_SECRET).update(body).digest("hex")}` },
      body,
    });
    await res.text();
    return res.status;
  };

  return {
    fake,
    instances,
    async send(event, payload, s = {}) {
      const guid = s.guid ?? randomUUID();
      const body = JSON.stringify(payload);
      const targets = (s.to ?? instances.map((_, i) => i)).map((i) => instances[i]!.url);
      const out: number[] = [];
      if (s.concurrent) out.push(...(await Promise.all(targets.map((u) => post(u, event, body, guid)))));
      else for (const u of targets) out.push(await post(u, event, body, guid));
      await fake.settle();
      return out;
    },
    settle: () => fake.settle(),
    async close() {
      try {
        await fake.settle();
      } finally {
        for (const i of instances) await i.close();
        await fake.stop();
      }
      if (fake.violations.length) throw new Error(`requests GitHub would refuse:\n${fake.violations.join("\n")}`);
    },
  };
}

/** A webhook payload about the fake's state, in GitHub's shape. */
export function repoPayload(w: World, repo = "mcp-server"): Record<string, unknown> {
  const r = w.fake.repos.get(`acme/${repo}`)!;
  return {
    repository: { id: r.id, node_id: `R_${r.id}`, name: r.name, full_name: `acme/${r.name}`, private: r.private, owner: { login: "acme", type: "Organization" }, default_branch: r.defaultBranch, html_url: `https://github.com/acme/${r.name}` },
    installation: { id: 42, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI=" },
    organization: { login: "acme", id: 9000 },
    sender: { login: "finder-jane", type: "User" },
  };
}

export function advisoryPayload(w: World, action: string, ghsa: string): Record<string, unknown> {
  return { action, repository_advisory: w.fake.advisoryJson(w.fake.advisories.get(ghsa)!), ...repoPayload(w) };
}

export function releasePayload(w: World, id: number, tag: string, publishedAt: string): Record<string, unknown> {
  w.fake.releases.set(id, { owner: "acme", repo: "mcp-server", tag_name: tag, body: "Bug fixes." });
  return { action: "published", release: { id, tag_name: tag, name: tag, draft: false, prerelease: false, published_at: publishedAt, html_url: `https://github.com/acme/mcp-server/releases/tag/${tag}`, body: "Bug fixes." }, ...repoPayload(w) };
}

/** Every hidden marker in the bodies the bot wrote, with how often each was written. */
export function markerCounts(w: World): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of w.fake.writes()) {
    const body = (r.body as { body?: unknown } | undefined)?.body;
    if (typeof body !== "string" || r.method === "PATCH") continue;
    for (const m of body.matchAll(/<!-- security-policy-bot report="[^"]*" kind="[^"]*"(?: key="[^"]*")? -->/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}
