/**
 * createBot: each bot keeps its ledger, loops and stopping state to itself. Two bots in one
 * process, each behind its own Probot and HTTP server: stopping one leaves the other serving.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createNodeMiddleware } from "probot";
import { createBot, type Bot } from "../../src/index.js";
import { newProbot } from "../helpers/app.js";
import { blockNetwork } from "../helpers/github.js";

interface Served {
  bot: Bot;
  url: string;
  server: Server;
}

describe("createBot", () => {
  let dir: string;
  const served: Served[] = [];

  async function serve(name: string): Promise<Served> {
    const bot = createBot({ env: { DATABASE_URL: join(dir, `${name}.sqlite`), POLL_INTERVAL_SECONDS: "60", INSTANCE_ID: name }, clock: () => Date.parse("2026-11-25T10:00:00Z") });
    const middleware = await createNodeMiddleware(bot.appFn, { probot: newProbot() });
    const server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const s = { bot, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    served.push(s);
    return s;
  }

  const health = async (url: string) => {
    const res = await fetch(`${url}/healthz`);
    return [res.status, await res.json()];
  };

  beforeEach(() => {
    blockNetwork();
    dir = mkdtempSync(join(tmpdir(), "spb-bot-"));
  });

  afterEach(async () => {
    for (const s of served.splice(0)) {
      await s.bot.stop();
      await new Promise<void>((resolve) => s.server.close(() => resolve()));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps each bot's state to itself: stopping one leaves the other serving", async () => {
    const a = await serve("a");
    const b = await serve("b");
    expect(await health(a.url)).toEqual([200, { status: "ok" }]);
    expect(await health(b.url)).toEqual([200, { status: "ok" }]);
    const first = a.bot.stop();
    expect(a.bot.stop()).toBe(first); // one stop, however often asked
    await first;
    expect(await health(a.url)).toEqual([503, { status: "stopping" }]);
    expect(await health(b.url)).toEqual([200, { status: "ok" }]);
  });

  it("is loaded into one Probot only", async () => {
    const a = await serve("a");
    await expect(createNodeMiddleware(a.bot.appFn, { probot: newProbot() })).rejects.toThrow(/loaded already/);
  });

  it("stops cleanly when it was never loaded (Probot's setup mode)", async () => {
    await expect(createBot({ env: {} }).stop()).resolves.toBeUndefined();
  });
});
