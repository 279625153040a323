/**
 * The real HTTP server with signed webhooks: signatures are checked before anything runs,
 * deliveries are taken once, and events the bot does not act on cost nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { makeDeps } from "../../src/handlers/deps.js";
import type { Store } from "../../src/store/index.js";
import { deliver, startServer, type RunningServer } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { mockPolicyCheck } from "../helpers/repo-mocks.js";
import { captureLogs, type LogCapture } from "../helpers/logs.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryReported, PUBLIC_REPO, push, visibilityChanged } from "../fixtures/webhooks.js";
import { GitHubCaches } from "../../src/github/caches.js";
import type { GitHub } from "../../src/github/octokit.js";

const [[, sqlite]] = storeFactories() as [[string, () => Promise<TestStore>]];

describe("webhook endpoint", () => {
  let t: TestStore;
  let store: Store;
  let server: RunningServer;
  let logs: LogCapture;

  beforeEach(async () => {
    blockNetwork();
    t = await sqlite();
    store = t.store;
    logs = await captureLogs();
    server = await startServer(makeDeps({ store, clock: () => Date.parse("2026-11-25T10:00:00Z"), instanceId: "test" }), logs.log);
    await store.repos.put({
      id: PUBLIC_REPO.id, installationId: 42, owner: "acme", name: "mcp-server", private: false, defaultBranch: "main",
      config: {}, configProblems: [], policy: null, policySource: null, package: null, commentsApi: "unknown", loadedAt: Date.parse("2026-11-25T09:00:00Z"), stale: false,
    });
  });

  afterEach(async () => {
    await server.close();
    await t.dispose();
    expectAllUsed();
  });

  it("refuses a bad signature with a 400, runs nothing, and logs no payload", async () => {
    const payload = push(["SECURITY.md"]);
    (payload.head_commit as unknown) = { message: "SECRET-REPORT-TEXT do not log me" };
    const res = await deliver(server.url, { event: "push", payload, signature: `sha256=${"0".repeat(64)}` });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/signature does not match/);
    expect((await store.repos.get(PUBLIC_REPO.id))?.stale).toBe(false);
    expect(await store.deliveries.claim(res.id, "push", 0)).toBe(true); // never taken by the app
    expect(logs.lines.join("\n")).not.toMatch(/SECRET-REPORT-TEXT/);
    expect(logs.lines.some((l) => /signature does not match/.test(l))).toBe(true);
  });

  it("refuses a bad signature on a delivery no handler wants too, and a malformed one is still answered", async () => {
    const res = await deliver(server.url, { event: "push", payload: push(["src/index.ts"]), signature: `sha256=${"0".repeat(64)}` });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/signature does not match/);
    // A payload the handlers cannot even look at goes through Probot's own path (and the payload check).
    const odd = await deliver(server.url, { event: "push", payload: { ref: 7, repository: null } as unknown as Record<string, unknown> });
    expect(odd.status).toBe(200);
  });

  it("writes a repository's change of visibility to the ledger, where every instance sees it", async () => {
    const other = new GitHubCaches(() => Date.parse("2026-11-25T10:00:00Z"), store.visibility);
    other.rememberVisibility("acme", "security-tracker", true);
    for (const [how, isPrivate] of [["publicized", false], ["privatized", true], ["public", false]] as const) {
      const res = await deliver(server.url, { event: how === "public" ? "public" : "repository", payload: visibilityChanged(how) });
      expect(res.status).toBe(200);
      expect(await store.visibility.get("acme/security-tracker")).toMatchObject({ isPrivate });
    }
    // Another instance, which remembered the tracker as private, now knows it is public, without asking GitHub.
    expect(await other.isPrivate({} as GitHub, "acme", "security-tracker")).toBe(false);
  });

  it("refuses a delivery without GitHub's headers", async () => {
    const res = await fetch(`${server.url}/api/github/webhooks`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(400);
  });

  it("acts on a signed push that changes the policy on the default branch, once per delivery", async () => {
    const gh = new GitHubStub().token();
    const checkRun = mockPolicyCheck(gh, { sha: "6113728f27ae82c7b1a177c8d03f9e96e0adf246" });
    const res = await deliver(server.url, { event: "push", payload: push(["SECURITY.md"]) });
    expect(checkRun()).toMatchObject({ name: "Security policy", head_sha: "6113728f27ae82c7b1a177c8d03f9e96e0adf246", conclusion: "success" });
    expect(res.status).toBe(200);
    expect((await store.repos.get(PUBLIC_REPO.id))?.stale).toBe(true);
    expect(await store.deliveries.claim(res.id, "push", 0)).toBe(false);

    // The same delivery again is not processed a second time.
    await store.repos.put({ ...(await store.repos.get(PUBLIC_REPO.id))!, stale: false });
    const again = await deliver(server.url, { event: "push", payload: push(["SECURITY.md"]), id: res.id });
    expect(again.status).toBe(200);
    expect((await store.repos.get(PUBLIC_REPO.id))?.stale).toBe(false);
  });

  it("ignores pushes that touch neither file, or another branch, without a GitHub call or a ledger write", async () => {
    for (const payload of [push(["src/index.ts"]), push(["SECURITY.md"], { branch: "feature" })]) {
      const res = await deliver(server.url, { event: "push", payload });
      expect(res.status).toBe(200);
      expect(await store.deliveries.claim(res.id, "push", 0)).toBe(true);
    }
    expect((await store.repos.get(PUBLIC_REPO.id))?.stale).toBe(false);
  });

  it("treats a push of more commits than GitHub lists as touching the settings", async () => {
    mockPolicyCheck(new GitHubStub().token(), { sha: "6113728f27ae82c7b1a177c8d03f9e96e0adf246" });
    const res = await deliver(server.url, { event: "push", payload: push(["src/a.ts"], { commits: 20 }) });
    expect(res.status).toBe(200);
    expect((await store.repos.get(PUBLIC_REPO.id))?.stale).toBe(true);
  });

  it("answers a payload missing fields or with wrong types with a logged warning, not a crash", async () => {
    const payload = advisoryReported();
    const advisory = payload.repository_advisory as Record<string, unknown>;
    delete advisory.ghsa_id;
    advisory.created_at = 12345;
    const res = await deliver(server.url, { event: "repository_advisory", payload });
    expect(res.status).toBe(200);
    const warning = logs.lines.find((l) => l.includes("webhook payload not understood"))!;
    expect(JSON.parse(warning)).toMatchObject({ level: 40, problems: ["repository_advisory.ghsa_id: expected string", "repository_advisory.created_at: expected string"] });
    // The value is never echoed, only the field.
    expect(warning).not.toContain("12345");
    expect(await store.deliveries.stateOf(res.id)).toBe("done");
  });
});
