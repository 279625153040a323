/**
 * The webhook endpoint's fast path (as `npm start` mounts it): the signature is checked first,
 * then the handlers' filters; a delivery no handler wants is answered without Probot and
 * without a GitHub call; a wanted one runs through Probot to its handler; a failing handler
 * gives GitHub a 500 (so the delivery is asked for again) and the ledger a failed delivery.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware } from "probot";
import { fastPath } from "../../src/handlers/fast-path.js";
import { makeDeps, type Deps } from "../../src/handlers/deps.js";
import { registerHandlers, type Handler } from "../../src/handlers/router.js";
import { Lifecycle } from "../../src/runtime/lifecycle.js";
import { deliver, newProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const PATH = "/api/github/webhooks";
const comment = (body: string) => ({ action: "created", issue: { number: 1 }, comment: { id: 9, body }, repository: { id: 7, name: "r", private: false, owner: { login: "acme" } }, installation: { id: 42 }, sender: { login: "alice", type: "User" } });

describe.each(storeFactories())("the webhook fast path (%s)", (_db, factory) => {
  let t: TestStore;
  let deps: Deps;
  let server: Server;
  let url: string;
  let gh: GitHubStub;
  const asked: string[] = [];
  const handled: string[] = [];
  let fail = false;

  const handler: Handler = {
    name: "commands",
    on: ["issue_comment.created"],
    wants: (p) => {
      asked.push(String((p.comment as { body?: string }).body));
      return String((p.comment as { body?: string }).body).startsWith("/");
    },
    handle: async (context) => {
      handled.push(context.id);
      if (fail) throw new Error("handler failed");
    },
  };

  beforeEach(async () => {
    blockNetwork();
    gh = new GitHubStub();
    t = await factory();
    deps = makeDeps({ store: t.store, clock: () => Date.parse("2026-11-25T10:00:00Z"), instanceId: "t" });
    asked.length = 0;
    handled.length = 0;
    fail = false;
    const probot = newProbot();
    const middleware = await createNodeMiddleware(
      (app, options) => {
        registerHandlers(app, [handler], deps, new Lifecycle());
        options?.addHandler?.(fastPath(app, PATH, [handler], deps));
      },
      { probot, webhooksPath: `${PATH}/probot` },
    );
    server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.dispose();
    expectAllUsed();
  });

  it("refuses a bad signature before any filter reads the payload, and takes nothing", async () => {
    const res = await deliver(url, { event: "issue_comment", payload: comment("/status"), signature: "sha256=" + "0".repeat(64) });
    expect(res.status).toBe(400);
    expect(asked).toEqual([]);
    expect(await t.store.deliveries.stateOf(res.id)).toBeUndefined();
  });

  it("answers a delivery no handler wants at once, with no GitHub call and nothing in the ledger", async () => {
    const res = await deliver(url, { event: "issue_comment", payload: comment("thanks!") });
    expect(res.status).toBe(200);
    expect(asked).toEqual(["thanks!"]);
    expect(handled).toEqual([]);
    expect(gh.sent).toEqual([]);
    expect(await t.store.deliveries.stateOf(res.id)).toBeUndefined();
  });

  it("hands a wanted delivery to Probot and its handler, once", async () => {
    const res = await deliver(url, { event: "issue_comment", payload: comment("/status") });
    expect(res.status).toBe(200);
    expect(handled).toEqual([res.id]);
    expect(await t.store.deliveries.stateOf(res.id)).toBe("done");
    // The same delivery again (a redelivery to another instance, say): not run twice.
    expect((await deliver(url, { event: "issue_comment", payload: comment("/status"), id: res.id })).status).toBe(200);
    expect(handled).toEqual([res.id]);
  });

  it("answers 500 when a handler fails, and the ledger keeps the delivery as failed for redelivery", async () => {
    fail = true;
    const res = await deliver(url, { event: "issue_comment", payload: comment("/status") });
    expect(res.status).toBe(500);
    expect(await t.store.deliveries.stateOf(res.id)).toBe("failed");
  });

  it("leaves other paths and methods to the rest of the server", async () => {
    expect((await fetch(`${url}/elsewhere`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${url}${PATH}`)).status).toBe(404);
  });
});
