/**
 * Issue 6 end to end over HTTP: report → /fixed-in → release → drafted advisory → /publish →
 * published, reporter told, release notes linked once, tracking issue closed with the timeline.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { makeDeps } from "../../src/handlers/deps.js";
import type { Store } from "../../src/store/index.js";
import { advisoryPublished, advisoryReported, issueComment, releasePublished, tagCreated } from "../fixtures/webhooks.js";
import { deliver, startServer, type RunningServer } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { mockIntakeWrites, mockSettings, mockTablePr } from "../helpers/repo-mocks.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const TRACKER_ISSUE = "/repos/acme/security-tracker/issues/7";
const TASKS = [
  "- [x] Security report is received and is assigned a primary handler",
  "- [ ] The issue is confirmed and a list of affected software is determined",
  "- [ ] Code is audited to find any potential similar problems",
  "- [ ] Fixes are prepared for all releases still under maintenance",
  "- [ ] Fixes are applied and new releases are deployed",
  "- [ ] A security advisory is published with details of the vulnerability and the fix",
].join("\n");

describe.each(storeFactories())("from a fix release to the published advisory (%s)", (_db, factory) => {
  let t: TestStore;
  let store: Store;
  let server: RunningServer;
  let gh: GitHubStub;
  let now = Date.parse("2026-11-25T10:00:05Z");
  let issueBody = TASKS;
  const comments = (path: string) => gh.sent.filter((r) => r.method === "POST" && r.path === path).map((r) => (r.body as { body: string }).body);
  /** The tracking issue's body as GitHub keeps it: read, ticked, written back. */
  const trackIssueBody = (times: number) => {
    gh.scope().get(TRACKER_ISSUE).times(times).reply(200, () => ({ number: 7, body: issueBody }));
    gh.scope()
      .patch(TRACKER_ISSUE, (b: { body?: string }) => typeof b.body === "string")
      .times(times)
      .reply(200, (_uri, b) => {
        issueBody = (b as { body: string }).body;
        return {};
      });
  };

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    store = t.store;
    now = Date.parse("2026-11-25T10:00:05Z");
    issueBody = TASKS;
    server = await startServer(makeDeps({ store, clock: () => now, instanceId: "i" }));
    gh = new GitHubStub();
  });

  afterEach(async () => {
    await server.close();
    await t.dispose();
    expectAllUsed();
  });

  it("drafts on the fix release, publishes on /publish, and finishes the report's life", async () => {
    // 1. The report arrives.
    gh.token();
    mockSettings(gh);
    mockIntakeWrites(gh);
    expect((await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() })).status).toBe(200);

    // 2. A maintainer records the fix version in the tracking issue.
    now = Date.parse("2026-11-27T09:00:00Z");
    mockSettings(gh); // a day later: the settings are read again
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write" });
    trackIssueBody(1);
    gh.scope().post(`${TRACKER_ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });
    expect((await deliver(server.url, { event: "issue_comment", payload: issueComment({ body: "/fixed-in 1.0.2", author: "carol", id: 701 }) })).status).toBe(200);
    expect(issueBody).toContain("- [x] Fixes are prepared for all releases still under maintenance");

    // 3. The release: the reporter is told, the task ticked, the advisory drafted and previewed.
    now = Date.parse("2026-12-14T15:00:10Z");
    mockSettings(gh, { manifests: { "package.json": '{"name":"mcp-server","version":"1.0.2"}' } });
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true }); // visibility is known for an hour only
    gh.scope().post(`${ADVISORY}/comments`).times(2).reply(201, { id: 2, html_url: "h" });
    trackIssueBody(1);
    gh.scope()
      .get(ADVISORY)
      .reply(200, { ghsa_id: GHSA, html_url: `https://github.com/acme/mcp-server/security/advisories/${GHSA}`, summary: "Path traversal in the upload handler", description: "Uploading ../../etc/passwd reads it.", severity: "high", cvss: null, cwe_ids: [], credits: [{ login: "finder-jane", type: "reporter" }], state: "triage", vulnerabilities: [] });
    gh.scope().patch(ADVISORY).reply(200, {});
    expect((await deliver(server.url, { event: "release", payload: releasePublished("v1.0.2") })).status).toBe(200);

    const thread = comments(`${ADVISORY}/comments`);
    expect(thread[1]).toContain("@finder-jane, good news: 1.0.x is fixed in **1.0.2**, released 2026-12-14. Every supported line affected by your report now has a fix.");
    expect(thread[2]).toContain("📝 The public advisory is drafted");
    expect(thread[2]).toContain("reply `/publish` to publish it");
    expect(thread[2]).toContain('kind="draft-preview"');
    expect(issueBody).toContain("- [x] Fixes are applied and new releases are deployed");
    const draft = gh.sent.find((r) => r.method === "PATCH" && r.path === ADVISORY && (r.body as { description?: string }).description)!.body as Record<string, unknown>;
    expect(draft).toMatchObject({
      state: "draft",
      severity: "high",
      summary: "Path traversal in the upload handler",
      credits: [{ login: "finder-jane", type: "reporter" }],
      vulnerabilities: [
        { package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: ">= 1.0.0, < 1.0.2", patched_versions: "1.0.2", vulnerable_functions: null },
        { package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "< 1.0.0", patched_versions: null, vulnerable_functions: null },
      ],
    });
    expect(draft.description).toMatch(/^### Impact\n\nUploading \.\.\/\.\.\/etc\/passwd reads it\.\n\n### Patches\n\n\*\*Package:\*\* `mcp-server` \(`npm`\)\n\n\| Affected versions \| Patched versions \|\n\| --- \| --- \|\n\| `>= 1\.0\.0, < 1\.0\.2` \| `1\.0\.2` \|/);
    expect(draft.description).toContain("Versions < 1.0 are affected and no longer supported; they will not be fixed.");
    expect(draft.description).toContain("- https://github.com/acme/mcp-server/releases/tag/v1.0.2");
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "drafted", fixedAt: Date.parse("2026-12-14T15:00:00Z"), fixes: { "1.0.x": { version: "1.0.2", releaseId: 555, tag: "v1.0.2" } } });

    // 4. /publish: checks pass, published, reporter told, release linked, tracking issue closed.
    now = Date.parse("2026-12-15T10:00:00Z");
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write" });
    gh.scope().get("/repos/acme/mcp-server").reply(200, { private: false }); // before writing to its (public) release notes
    gh.scope()
      .get(ADVISORY)
      .reply(200, { ghsa_id: GHSA, html_url: `https://github.com/acme/mcp-server/security/advisories/${GHSA}`, summary: "s", description: draft.description, severity: "high", state: "draft", vulnerabilities: draft.vulnerabilities, private_fork: null });
    gh.scope().patch(ADVISORY, { state: "published" }).reply(200, {});
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 3, html_url: "h" });
    gh.scope().get("/repos/acme/mcp-server/releases/555").reply(200, { id: 555, body: "Bug fixes." });
    gh.scope().patch("/repos/acme/mcp-server/releases/555", { body: `Bug fixes.\n\n---\nSecurity: fixes [${GHSA}](https://github.com/acme/mcp-server/security/advisories/${GHSA})\n\n<!-- security-policy-bot report="${GHSA}" kind="release-note" -->\n` }).reply(200, {});
    trackIssueBody(1); // the last step ticked and the issue closed in one PATCH
    gh.scope().post(`${TRACKER_ISSUE}/comments`).times(2).reply(201, { id: 4, html_url: "h" });
    expect((await deliver(server.url, { event: "issue_comment", payload: issueComment({ body: "/publish", author: "carol", id: 702, createdAt: "2026-12-15T10:00:00Z" }) })).status).toBe(200);

    expect(comments(`${ADVISORY}/comments`)[3]).toContain("🎉 @finder-jane, the advisory is published");
    const tracker = comments(`${TRACKER_ISSUE}/comments`);
    expect(tracker.some((c) => c.includes("| Received | 2026-11-25 | — |") && c.includes("| Fixed (releases out) | 2026-12-14 | 13 |") && c.includes("| Published | 2026-12-15 | 1 |"))).toBe(true);
    expect(tracker.some((c) => c.includes("✅ `/publish` — published: https://github.com/acme/mcp-server/security/advisories/"))).toBe(true);
    expect(issueBody).toContain("- [x] A security advisory is published");
    expect(gh.sent.filter((r) => r.method === "PATCH" && r.path === TRACKER_ISSUE).at(-1)!.body).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "published", publishedAt: now, nextDueAt: null });

    // 5. GitHub's own `published` webhook follows: nothing is written twice.
    const writes = gh.writes().length;
    expect((await deliver(server.url, { event: "repository_advisory", payload: advisoryPublished({ published_at: "2026-12-15T10:00:01Z" }) })).status).toBe(200);
    expect(gh.writes().length).toBe(writes);
    expect(gh.sent.filter((r) => r.method === "PATCH" && r.path === "/repos/acme/mcp-server/releases/555")).toHaveLength(1);
  });
});

describe.each(storeFactories())("releases that are not fixes, or not yet (%s)", (_db, factory) => {
  let t: TestStore;
  let store: Store;
  let server: RunningServer;
  let gh: GitHubStub;
  const now = Date.parse("2026-12-14T15:00:10Z");
  const TWO_LINES = "# Security\n\n| Version | Supported |\n| --- | --- |\n| 2.0.x | ✅ |\n| 1.9.x | ✅ |\n| < 1.9 | ❌ |\n\nSecurity updates are released as patch versions.\n";

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    store = t.store;
    server = await startServer(makeDeps({ store, clock: () => now, instanceId: "i" }));
    gh = new GitHubStub();
    await cacheSettings(store, { policy: TWO_LINES, config: { tracker: "acme/security-tracker", handlers: ["alice"], package: { ecosystem: "npm", name: "mcp-server" } } });
    await store.reports.insert(
      aReport({ id: GHSA, ghsaId: GHSA, state: "accepted", handler: "alice", acknowledgedAt: 1, respondedAt: 2, severity: "high", affected: ["2.0.x", "1.9.x"], unsupported: ["< 1.9"], fixedIn: { "2.0.x": "2.0.3", "1.9.x": "1.9.8" }, trackerRepo: "acme/security-tracker", trackerIssue: 7, vulnerableRange: "<2.0.3" }),
    );
  });

  afterEach(async () => {
    await server.close();
    await t.dispose();
    expectAllUsed();
  });

  it("ignores draft releases and prereleases without any call, and tags that name no version", async () => {
    for (const payload of [releasePublished("v2.0.3", { draft: true }), releasePublished("v2.0.3-rc.1", { prerelease: true }), releasePublished("nightly-2026-12-14"), tagCreated("deploy-prod")]) {
      const event = "release" in payload ? "release" : "create";
      expect((await deliver(server.url, { event, payload })).status).toBe(200);
    }
    expect(gh.sent).toEqual([]);
    expect((await store.reports.get(GHSA))?.fixes).toEqual({});
  });

  it("waits for every supported line before drafting; /publish is refused before the second fix and forced with --force", async () => {
    gh.token();
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 1, html_url: "h" });
    // A bare tag: the fix on 2.0.x is out; 1.9.x waits. No draft yet.
    expect((await deliver(server.url, { event: "create", payload: tagCreated("v2.0.3") })).status).toBe(200);
    expect((gh.sent.find((r) => r.path === `${ADVISORY}/comments`)!.body as { body: string }).body).toContain("2.0.x is fixed in **2.0.3**, released 2026-12-14. A fix for 1.9.x is still being prepared");
    expect(gh.sent.some((r) => r.method === "PATCH" && r.path === ADVISORY)).toBe(false);
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "accepted", fixedAt: null });

    // /publish now: refused with the reason, without any write to the advisory.
    const advisoryNow = { ghsa_id: GHSA, html_url: `https://github.com/acme/mcp-server/security/advisories/${GHSA}`, summary: "s", description: "d", severity: "high", state: "draft", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "< 2.0.3" }], private_fork: null };
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "admin" });
    gh.scope().get(ADVISORY).reply(200, advisoryNow);
    gh.scope().post(`${TRACKER_ISSUE}/comments`).reply(201, { id: 2, html_url: "h" });
    await deliver(server.url, { event: "issue_comment", payload: issueComment({ body: "/publish", author: "carol", id: 801 }) });
    const refusal = (gh.sent.filter((r) => r.path === `${TRACKER_ISSUE}/comments`).at(-1)!.body as { body: string }).body;
    expect(refusal).toContain("❌ `/publish` — not published: no fixed release yet on 1.9.x (`/publish --force` publishes anyway).");
    expect(gh.sent.some((r) => r.method === "PATCH" && r.path === ADVISORY)).toBe(false);

    // /publish --force goes through.
    gh.scope().get(ADVISORY).reply(200, advisoryNow);
    gh.scope().patch(ADVISORY, { state: "published" }).reply(200, {});
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 3, html_url: "h" });
    const step = "A security advisory is published with details of the vulnerability and the fix";
    gh.scope().get(TRACKER_ISSUE).reply(200, { number: 7, body: `- [ ] ${step}` });
    gh.scope().patch(TRACKER_ISSUE, { body: `- [x] ${step}`, state: "closed", state_reason: "completed" }).reply(200, {});
    gh.scope().post(`${TRACKER_ISSUE}/comments`).times(2).reply(201, { id: 4, html_url: "h" });
    await deliver(server.url, { event: "issue_comment", payload: issueComment({ body: "/publish --force", author: "carol", id: 802 }) });
    expect(gh.sent.filter((r) => r.method === "PATCH" && r.path === ADVISORY)).toEqual([{ method: "PATCH", path: ADVISORY, body: { state: "published" } }]);
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "published" });
  });

  it("warns in the tracking issue when a fix ships as a non-patch bump", async () => {
    await store.reports.update(GHSA, 0, { affected: ["1.9.x"], fixedIn: {} }, now);
    gh.token();
    // 2.1.0 opens a line the table lacks: the table-upkeep pull request comes too.
    mockTablePr(gh, { policy: TWO_LINES, branch: "security-policy-bot/supported-versions-2.1.x" });
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    gh.scope().post(`${TRACKER_ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });
    expect((await deliver(server.url, { event: "release", payload: releasePublished("v2.1.0") })).status).toBe(200);
    const warning = (gh.sent.find((r) => r.path === `${TRACKER_ISSUE}/comments`)!.body as { body: string }).body;
    expect(warning).toContain("⚠️ 2.1.0 was released while 1.9.x is affected by GHSA-wq4h-7r42-5hrr. Our security policy says security updates are released as patch versions (e.g. 1.9.1)");
    // The same release again (its tag, say): no second warning.
    expect((await deliver(server.url, { event: "create", payload: tagCreated("v2.1.0") })).status).toBe(200);
    expect(gh.sent.filter((r) => r.path === `${TRACKER_ISSUE}/comments`)).toHaveLength(1);
  });
});
