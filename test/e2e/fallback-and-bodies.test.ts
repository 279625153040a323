import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, repoPayload, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";

describe("repro", () => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");
  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    world = await startWorld({ stores: [t.store], clock: () => now, fake: { fault: (_n, _m, path) => (/\/security-advisories\/GHSA[^/]*\/comments/.test(path) ? { status: 404, message: "Not Found" } : null) } });
  });
  afterEach(async () => {
    await world.close();
    await t.dispose();
  });
  it("x", async () => {
    const { fake } = world;
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "Path traversal in upload", description: "Upload ../../etc/passwd", severity: "low", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }] });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    console.log(JSON.stringify(await t.store.reports.get(GHSA)));
    now += 60_000; await reconcileCycle(world.instances[0]!.ctx);
    now += 60_000; await reconcileCycle(world.instances[0]!.ctx);
    const r = (await t.store.reports.get(GHSA))!; console.log(JSON.stringify({ thread: r.thread, ti: r.trackerIssue, ack: r.acknowledgedAt }));
    console.log(fake.requests.map((r) => `${r.status} ${r.method} ${r.path}`).join("\n"));
    const issue = fake.issues.get("acme/security-tracker")![0]!;
    now += 3600_000;
    const tracker = repoPayload(world, "security-tracker");
    const payload = { action: "created", issue: { number: issue.number, title: issue.title, html_url: "https://github.com/acme/security-tracker/issues/1", user: { login: "x", type: "Bot" }, state: "open", labels: [] }, comment: { id: 9999, body: "/severity high", created_at: new Date(now).toISOString(), updated_at: new Date(now).toISOString(), user: { login: "carol", type: "User" } }, ...tracker, sender: { login: "carol", type: "User" } };
    const n = fake.requests.length;
    console.log(await world.send("issue_comment", payload));
    console.log(fake.requests.slice(n).map((r) => `${r.status} ${r.method} ${r.path} ${JSON.stringify(r.body)}`).join("\n"));
  });
});
