/**
 * The dispatcher on Probot's own HTTP path, with handlers that record what they are asked:
 * Probot checks the signature before any handler's filter sees the payload; only the
 * event.action pairs handlers name reach a listener; a stopping bot refuses wanted deliveries
 * without taking them, and waits for the ones in flight.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware } from "probot";
import { makeDeps, type Deps } from "../../src/handlers/deps.js";
import { registerHandlers, subscriptions, type Handler, type Payload } from "../../src/handlers/router.js";
import { healthHandler } from "../../src/runtime/health.js";
import { Lifecycle } from "../../src/runtime/lifecycle.js";
import { deliver, newProbot } from "../helpers/app.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const [[, sqlite]] = storeFactories() as [[string, () => Promise<TestStore>]];
const NOW = Date.parse("2026-11-25T10:00:00Z");

interface Recorder extends Handler {
  asked: { event: string; payload: Payload }[];
  handled: string[];
}

/** A handler that wants what `wants` says and records every question and every run. */
function recorder(on: string[], wants: (p: Payload) => boolean, handle: () => Promise<void> = async () => undefined): Recorder {
  const r: Recorder = {
    name: `recorder(${on.join(",")})`,
    on,
    asked: [],
    handled: [],
    wants: (payload, event) => {
      r.asked.push({ event, payload });
      return wants(payload);
    },
    handle: async (context) => {
      r.handled.push(context.id);
      await handle();
    },
  };
  return r;
}

const pushPayload = (ref: string) => ({ ref, after: "a".repeat(40), repository: { id: 7, name: "r", owner: { login: "acme" } }, installation: { id: 42 }, sender: { login: "alice", type: "User" } });
const commentPayload = (action: string) => ({ action, issue: { number: 1 }, comment: { id: 9, body: "hi" }, repository: { id: 7, name: "r", owner: { login: "acme" } }, installation: { id: 42 }, sender: { login: "alice", type: "User" } });

describe("dispatcher", () => {
  let t: TestStore;
  let deps: Deps;
  let server: Server;
  let url: string;
  let lifecycle: Lifecycle;

  async function serve(handlers: Handler[]): Promise<void> {
    const probot = newProbot();
    const appFn = (app: Parameters<typeof registerHandlers>[0], options?: { addHandler?: (h: ReturnType<typeof healthHandler>) => void }) => {
      registerHandlers(app, handlers, deps, lifecycle);
      options?.addHandler?.(healthHandler(deps.store, () => lifecycle.stopping));
    };
    const middleware = await createNodeMiddleware(appFn, { probot });
    server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeEach(async () => {
    blockNetwork();
    t = await sqlite();
    deps = makeDeps({ store: t.store, clock: () => NOW, instanceId: "test" });
    lifecycle = new Lifecycle();
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.dispose();
  });

  it("refuses a badly signed delivery before any handler's filter sees it, and takes nothing in the ledger", async () => {
    const h = recorder(["push"], () => true);
    await serve([h]);
    const bad = await deliver(url, { event: "push", payload: pushPayload("refs/heads/main"), id: "d-bad", signature: `sha256=${"0".repeat(64)}` });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/signature does not match/);
    const unsigned = await deliver(url, { event: "push", payload: pushPayload("refs/heads/main"), id: "d-unsigned", signature: "" });
    expect(unsigned.status).toBe(400);
    expect(h.asked).toEqual([]);
    expect(h.handled).toEqual([]);
    // Neither delivery was taken: the ledger would still hand both out.
    expect(await t.store.deliveries.claim("d-bad", "push", NOW)).toBe(true);
    expect(await t.store.deliveries.claim("d-unsigned", "push", NOW)).toBe(true);

    // The same delivery correctly signed is asked about, then handled and taken once.
    const good = await deliver(url, { event: "push", payload: pushPayload("refs/heads/main"), id: "d-good" });
    expect(good.status).toBe(200);
    expect(h.asked).toEqual([{ event: "push", payload: pushPayload("refs/heads/main") }]);
    expect(h.handled).toEqual(["d-good"]);
    expect(await t.store.deliveries.claim("d-good", "push", NOW)).toBe(false);
  });

  it("asks a handler only about the event.action pairs it names, and takes no delivery it does not want", async () => {
    const comments = recorder(["issue_comment.created"], (p) => (p.comment as { body: string }).body === "/go");
    const pushes = recorder(["push"], (p) => p.ref === "refs/heads/main");
    await serve([comments, pushes]);
    expect(subscriptions([comments, pushes]).sort()).toEqual(["issue_comment.created", "push"]);

    expect((await deliver(url, { event: "issue_comment", payload: commentPayload("deleted"), id: "c-deleted" })).status).toBe(200);
    expect(comments.asked).toEqual([]);
    expect((await deliver(url, { event: "issue_comment", payload: commentPayload("created"), id: "c-created" })).status).toBe(200);
    expect(comments.asked.map((a) => a.payload.action)).toEqual(["created"]);
    expect(comments.handled).toEqual([]);
    expect((await deliver(url, { event: "push", payload: pushPayload("refs/heads/other"), id: "p-other" })).status).toBe(200);
    expect(pushes.handled).toEqual([]);
    // Nothing wanted, nothing taken.
    for (const id of ["c-deleted", "c-created", "p-other"]) expect(await t.store.deliveries.claim(id, "x", NOW)).toBe(true);
  });

  it("subscribes to a whole event when one handler takes all of it, so no delivery meets two listeners", () => {
    const all = recorder(["issues"], () => true);
    const some = recorder(["issues.opened", "pull_request.opened"], () => true);
    expect(subscriptions([all, some]).sort()).toEqual(["issues", "pull_request.opened"]);
  });

  it("while stopping: waits for the delivery in flight, refuses a new wanted one without taking it, and /healthz says so", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const h = recorder(["push"], () => true, async () => {
      started();
      await gate;
    });
    await serve([h]);
    const inFlight = deliver(url, { event: "push", payload: pushPayload("refs/heads/main"), id: "d-1" });
    await running;
    let stopped = false;
    const stopping = lifecycle.stop().then(() => (stopped = true));
    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.json()]).toEqual([503, { status: "stopping" }]);

    const refused = await deliver(url, { event: "push", payload: pushPayload("refs/heads/main"), id: "d-2" });
    expect(refused.status).toBe(500);
    expect(h.handled).toEqual(["d-1"]);
    expect(await t.store.deliveries.claim("d-2", "push", NOW)).toBe(true); // never taken: GitHub's failed delivery is asked for again
    expect(stopped).toBe(false);

    release();
    expect((await inFlight).status).toBe(200);
    await stopping;
    expect(await t.store.deliveries.claim("d-1", "push", NOW)).toBe(false); // done
  });
});
