/** The "Security policy" check run, the installation's health check, and the table-upkeep pull request. */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { makeDeps } from "../../src/handlers/deps.js";
import type { Store } from "../../src/store/index.js";
import { installationCreated, PUBLIC_REPO, pullRequestEvent, push, releasePublished } from "../fixtures/webhooks.js";
import { deliver, startServer, type RunningServer } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { EXAMPLE_POLICY, mockPolicyCheck, mockSettings, mockTablePr } from "../helpers/repo-mocks.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const SHA = "abc123abc123abc123abc123abc123abc123abcd";
const PUSHED = "6113728f27ae82c7b1a177c8d03f9e96e0adf246";

describe.each(storeFactories())("policy health (%s)", (_db, factory) => {
  let t: TestStore;
  let store: Store;
  let server: RunningServer;
  let gh: GitHubStub;

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    store = t.store;
    server = await startServer(makeDeps({ store, clock: () => Date.parse("2026-11-27T18:30:00Z"), instanceId: "i" }));
    gh = new GitHubStub().token();
  });

  afterEach(async () => {
    await server.close();
    await t.dispose();
    expectAllUsed();
  });

  it("passes the example policy, saying how the bot reads it", async () => {
    const check = mockPolicyCheck(gh, { sha: PUSHED });
    await deliver(server.url, { event: "push", payload: push(["SECURITY.md"]) });
    const run = check()!;
    expect(run).toMatchObject({ name: "Security policy", head_sha: PUSHED, status: "completed", conclusion: "success", output: { title: "Readable: 2 rows, promises kept from SECURITY.md" } });
    const text = (run.output as { text: string }).text;
    expect(text).toContain("Lines that get security fixes: 1.0.x");
    expect(text).toMatch(/respond\s+10 business days\s+\(read from the policy\)/);
    // A public repository's check run is public: the writer's dry run (it names the tracker and handlers) is not in it.
    expect(text).not.toContain("the bot would write");
  });

  it("in a private repository, also shows what the bot would write on a new report (its writer's dry run)", async () => {
    const repo = { ...PUBLIC_REPO, id: 3003, name: "internal", private: true };
    const check = mockPolicyCheck(gh, { sha: PUSHED, repo, config: "tracker: acme/security-tracker\nhandlers: [alice]\n" });
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    await deliver(server.url, { event: "push", payload: push(["SECURITY.md"], { repo }) });
    const text = ((check()!.output as { text: string }).text);
    expect(text).toContain("On a new private vulnerability report for acme/internal, the bot would write (nothing was written):");
    expect(text).toContain("✓ POST /repos/acme/internal/security-advisories/GHSA-xxxx-xxxx-xxxx/comments — the acknowledgement in the advisory's thread");
    expect(text).toContain("✓ POST /repos/acme/security-tracker/issues — the tracking issue in acme/security-tracker, labelled security-report, assigned to alice");
  });

  it("fails a pull request whose policy has no table, naming the problem", async () => {
    gh.scope().get("/repos/acme/mcp-server/pulls/5/files").query({ per_page: "100" }).reply(200, [{ filename: "SECURITY.md" }, { filename: "README.md" }]);
    const check = mockPolicyCheck(gh, { sha: SHA, policy: "# Security\n\nMail security@acme.test.\n" });
    await deliver(server.url, { event: "pull_request", payload: pullRequestEvent({}) });
    expect(check()).toMatchObject({ head_sha: SHA, conclusion: "failure", output: { title: "1 problem: The policy has no Supported Versions table (or list) the bot can read, so reports cannot be labelled with the lines they affect" } });
    expect((check()!.output as { summary: string }).summary).toContain("❌ The policy has no Supported Versions table");
  });

  it("fails overlapping rows, and warns when private reporting is off", async () => {
    gh.scope().get("/repos/acme/mcp-server/pulls/5/files").query({ per_page: "100" }).reply(200, [{ filename: ".github/security-policy-bot.yml" }]);
    const check = mockPolicyCheck(gh, { sha: SHA, policy: "| Version | Supported |\n|---|---|\n| 1.x | ✅ |\n| 1.2.x | ❌ |\n\nWe respond within 5 business days.\n", reporting: false });
    await deliver(server.url, { event: "pull_request", payload: pullRequestEvent({}) });
    const summary = (check()!.output as { summary: string }).summary;
    expect(check()!.conclusion).toBe("failure");
    expect(summary).toContain('❌ Rows "1.x" and "1.2.x" overlap and disagree (supported vs not supported).');
    expect(summary).toContain("⚠️ Private vulnerability reporting is disabled");
  });

  it("leaves pull requests that touch neither file alone after one read", async () => {
    gh.scope().get("/repos/acme/mcp-server/pulls/5/files").query({ per_page: "100" }).reply(200, [{ filename: "src/index.ts" }]);
    await deliver(server.url, { event: "pull_request", payload: pullRequestEvent({}) });
    expect(gh.writes()).toEqual([]);
  });

  it("checks every repository of a new installation and what its token can do", async () => {
    gh.scope().get("/repos/acme/mcp-server").reply(200, { id: 1001, private: false, default_branch: "main" });
    mockSettings(gh);
    gh.scope().get("/repos/acme/mcp-server/private-vulnerability-reporting").reply(200, { enabled: false });
    gh.scope().get("/orgs/acme/security-advisories").query({ per_page: "1" }).reply(403, { message: "Must be an owner or security manager" });
    // The tracker's dashboard is written at once, naming the repository without private reporting.
    gh.scope().get("/repos/acme/security-tracker").reply(200, { id: 2002, private: true });
    gh.scope().post("/repos/acme/security-tracker/issues").reply(201, { id: 9030, number: 30, html_url: "https://github.com/acme/security-tracker/issues/30" });
    await deliver(server.url, { event: "installation", payload: installationCreated("acme", ["mcp-server"], { repository_advisories: "write", issues: "write", checks: "read" }) });
    expect((await store.cursors.get("health:1001"))?.state).toMatchObject({ repository: "acme/mcp-server", conclusion: "success", rows: 2, reporting: false, private: false, tracker: "acme/security-tracker" });
    expect((await store.cursors.get("capabilities:42"))?.state).toEqual({ orgListing: false, advisoriesWrite: true, issuesWrite: true, checksWrite: false });
    expect(gh.writes()).toEqual([{ method: "POST", path: "/repos/acme/security-tracker/issues", body: { title: "Security dashboard", body: expect.stringContaining("- [acme/mcp-server](https://github.com/acme/mcp-server/settings/security_analysis)") } }]);
    expect((gh.writes()[0]!.body as { body: string }).body).toContain("- ❌ write the Security policy check run — grant Checks: Read and write");
  });

  it("opens one pull request for a new release line, never pushes to the default branch, and not again", async () => {
    await cacheSettings(store, { config: { support: { lines: 1 } } });
    const written = mockTablePr(gh, { policy: EXAMPLE_POLICY, branch: "security-policy-bot/supported-versions-1.1.x" });
    await deliver(server.url, { event: "release", payload: releasePublished("v1.1.0") });
    const { text, pr } = written();
    expect(text).toContain("| 1.1.x   | :white_check_mark: |\n| 1.0.x   | :x:                |\n| < 1.0   | :x:                |");
    expect(pr).toEqual({
      title: "Security policy: add 1.1.x to the supported versions",
      head: "security-policy-bot/supported-versions-1.1.x",
      base: "main",
      body: expect.stringContaining("Release 1.1.0 opened the 1.1.x line, which SECURITY.md does not list yet. This adds it as supported and marks 1.0.x as no longer supported (`support.lines: 1`)."),
    });
    expect(gh.writes().every((w) => !w.path.includes("/git/refs/heads/main"))).toBe(true);

    // The same line again (another release on it), and a release on a listed line: no call at all.
    const before = gh.sent.length;
    await deliver(server.url, { event: "release", payload: releasePublished("v1.1.1", { id: 556 }) });
    await deliver(server.url, { event: "release", payload: releasePublished("v1.0.9", { id: 557 }) });
    expect(gh.sent.length).toBe(before);
  });
});
