/**
 * Issue 3's promises end to end: the real HTTP server, signed webhooks, GitHub stood in by
 * nock. One report → one acknowledgement, one tracking issue, a handler; whatever arrives twice.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { makeDeps, type Deps } from "../../src/handlers/deps.js";
import type { Store } from "../../src/store/index.js";
import { advisoryPublished, advisoryReported, TRACKER_REPO } from "../fixtures/webhooks.js";
import { deliver, startServer, type RunningServer } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { captureLogs, type LogCapture } from "../helpers/logs.js";
import { mockIntakeWrites, mockSettings } from "../helpers/repo-mocks.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const NOW = Date.parse("2026-11-25T10:00:05Z");
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const SUMMARY = "Path traversal in the upload handler lets any user read server files";

describe.each(storeFactories())("intake of a private vulnerability report (%s)", (_db, factory) => {
  let t: TestStore;
  let store: Store;
  let deps: Deps;
  let server: RunningServer;
  let logs: LogCapture;
  let gh: GitHubStub;

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    store = t.store;
    logs = await captureLogs();
    deps = makeDeps({ store, clock: () => NOW, instanceId: "test-1" });
    server = await startServer(deps, logs.log);
    gh = new GitHubStub();
  });

  afterEach(async () => {
    await server.close();
    await t.dispose();
    expectAllUsed();
  });

  it("acknowledges once, with the due date and the affected line, opens one tracking issue and assigns a handler", async () => {
    gh.token();
    mockSettings(gh);
    mockIntakeWrites(gh);

    const res = await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
    expect(res.status).toBe(200);

    const comments = gh.sent.filter((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`);
    expect(comments).toHaveLength(1);
    const ack = (comments[0]!.body as { body: string }).body;
    expect(ack).toContain("Thank you for your report, @finder-jane");
    expect(ack).toContain("you will hear from us by **2026-12-09**");
    expect(ack).toContain("within 10 business days");
    expect(ack).toMatch(/Supported, and will get a fix: \*\*1\.0\.x\*\*/);
    expect(ack).toMatch(/No longer supported: \*\*< 1\.0\*\*/);
    expect(ack).toContain("`/no-credit`");
    expect(ack).toContain("1. Security report is received and is assigned a primary handler");
    expect(ack).toContain(`<!-- security-policy-bot report="${GHSA}" kind="acknowledgement" -->`);
    expect(ack).not.toContain(SUMMARY);

    const issues = gh.sent.filter((r) => r.method === "POST" && r.path === "/repos/acme/security-tracker/issues");
    expect(issues).toHaveLength(1);
    const issue = issues[0]!.body as { title: string; body: string; labels: string[]; assignees: string[] };
    expect(issue.title).toBe(`${GHSA} · acme/mcp-server`);
    expect(issue.labels).toEqual(["security-report", "affects: 1.0.x", "unsupported: < 1.0", "severity: high"]);
    expect(issue.assignees).toEqual(["alice"]);
    expect(issue.body).toContain(`[${GHSA}](https://github.com/acme/mcp-server/security/advisories/${GHSA})`);
    expect(issue.body).toContain("| Respond by | 2026-12-09 |");
    expect(issue.body).toContain("- [x] Security report is received and is assigned a primary handler");
    expect(issue.body).toContain("- [ ] The issue is confirmed and a list of affected software is determined");

    // The handler lacked access to the advisory: added as a collaborator.
    expect(gh.sent.find((r) => r.method === "PATCH")?.body).toEqual({ collaborating_users: ["alice"] });

    // Nothing was written to a public repository: every write went to the advisory or the private tracker.
    for (const w of gh.writes()) expect(w.path).toMatch(/^\/repos\/acme\/(security-tracker\/|mcp-server\/security-advisories\/)/);
    // The report's text reached no log line at info or above.
    expect(logs.publicLines().join("\n")).not.toMatch(/Path traversal|etc\/passwd/);

    const report = await store.reports.get(GHSA);
    expect(report).toMatchObject({
      state: "triage",
      handler: "alice",
      trackerRepo: "acme/security-tracker",
      trackerIssue: 7,
      acknowledgedAt: NOW,
      ackLate: false,
      receivedAt: Date.parse("2026-11-25T10:00:00Z"),
      respondBy: Date.parse("2026-12-09T23:59:59.999Z"),
      affected: ["1.0.x"],
      unsupported: ["< 1.0"],
      vulnerableRange: "<=1.0.1",
    });
    const audit = await store.audit.forReport(GHSA);
    // The reporter first, as the policy promises; then the maintainers' side.
    expect(audit.map((a) => `${a.method} ${a.kind} ${a.status}`)).toEqual([
      "POST acknowledgement 201",
      "POST label 201", "POST label 201", "POST label 201", "POST label 201",
      "POST tracking-issue 201", "PATCH collaborator 200",
    ]);
    // The report check, for maintainers in the tracking issue only: the checklist, the version against the tags and the table.
    expect(issue.body).toContain("### Report check");
    expect(issue.body).toContain("- ✅ Steps to reproduce the issue (found by a heading)");
    expect(issue.body).toContain("- ➖ Any mitigation or workarounds if known (optional, not given)");
    expect(issue.body).toContain("- `1.0.1`: a tag exists; line `1.0.x`, supported");
    expect(issue.body).toContain("Endpoints it names: `/api/upload`");
    expect(issue.body).toContain("Likely duplicates: none among the repository's open and recent reports.");
    // A complete report: the acknowledgement asks for nothing, no needs-info label; and it carries no maintainer fact.
    expect(ack).not.toContain("Could you add");
    for (const fact of ["Report check", "a tag exists", "/api/upload", "Likely duplicates", "similarity"]) expect(ack).not.toContain(fact);
    // Cost of one cold intake: reads (settings, the tags for the report check, visibility, labels, permission) and writes.
    expect({ reads: gh.reads().length, writes: gh.writes().length }).toEqual({ reads: 6, writes: 7 });
  });

  describe("exactly once", () => {
    const acks = () => gh.sent.filter((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`).length;
    const trackingIssues = () => gh.sent.filter((r) => r.method === "POST" && r.path === "/repos/acme/security-tracker/issues").length;

    beforeEach(() => {
      gh.token();
      mockSettings(gh);
      mockIntakeWrites(gh);
    });

    it("ignores the same delivery sent again, one after the other and concurrently", async () => {
      const first = await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
      const again = await Promise.all([1, 2, 3].map(() => deliver(server.url, { event: "repository_advisory", payload: advisoryReported(), id: first.id })));
      expect([first.status, ...again.map((r) => r.status)]).toEqual([200, 200, 200, 200]);
      expect({ acks: acks(), trackingIssues: trackingIssues() }).toEqual({ acks: 1, trackingIssues: 1 });
    });

    it("runs one intake when the same delivery arrives several times at once", async () => {
      const id = "7f9e0c4a-0000-4000-8000-000000000001";
      const all = await Promise.all([1, 2, 3, 4].map(() => deliver(server.url, { event: "repository_advisory", payload: advisoryReported(), id })));
      expect(all.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect({ acks: acks(), trackingIssues: trackingIssues() }).toEqual({ acks: 1, trackingIssues: 1 });
    });

    it("does nothing more for the same payload under a second delivery id, nor after a restart", async () => {
      await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
      const callsAfterFirst = gh.calls().length;
      const second = await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
      expect(second.status).toBe(200);

      // A restart: a new process (empty memory) on the same ledger.
      await server.close();
      server = await startServer(makeDeps({ store, clock: () => NOW + 60_000, instanceId: "test-2" }), logs.log);
      const third = await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
      expect(third.status).toBe(200);
      expect(gh.calls().length).toBe(callsAfterFirst);
      expect({ acks: acks(), trackingIssues: trackingIssues() }).toEqual({ acks: 1, trackingIssues: 1 });
    });

    it("runs two concurrent deliveries of the same payload (two delivery ids) into one intake", async () => {
      const both = await Promise.all([deliver(server.url, { event: "repository_advisory", payload: advisoryReported() }), deliver(server.url, { event: "repository_advisory", payload: advisoryReported() })]);
      expect([both.map((r) => r.status), logs.lines.filter((l) => l.includes("\"level\":50")).join("\n")]).toEqual([[200, 200], ""]);
      expect({ acks: acks(), trackingIssues: trackingIssues() }).toEqual({ acks: 1, trackingIssues: 1 });
    });
  });

  it("recognises its own writes after a crash between GitHub and the ledger, and repeats none", async () => {
    // The first process wrote the tracking issue and the acknowledgement, then died before recording either.
    const crashedAt = NOW;
    await store.intents.claim({ key: `${GHSA}/tracking-issue`, kind: "tracking-issue", reportId: GHSA, holder: "dead", now: crashedAt, staleAfterMs: 1 });
    await store.intents.claim({ key: `${GHSA}/acknowledgement`, kind: "acknowledgement", reportId: GHSA, holder: "dead", now: crashedAt, staleAfterMs: 1 });
    await server.close();
    const later = crashedAt + 10 * 60_000;
    server = await startServer(makeDeps({ store, clock: () => later, instanceId: "test-2" }), logs.log);

    gh.token();
    mockSettings(gh);
    gh.scope().get("/repos/acme/mcp-server/tags").query({ per_page: 100 }).reply(200, [{ name: "v1.0.1" }]); // the report check
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    gh.scope()
      .get("/repos/acme/security-tracker/issues")
      .query({ labels: "security-report", state: "all", per_page: 100 })
      .reply(200, [{ number: 3, body: "other report" }, { number: 7, body: `…\n<!-- security-policy-bot report="${GHSA}" kind="tracking-issue" -->` }]);
    gh.scope()
      .get(`${ADVISORY}/comments`)
      .query({ per_page: 100 })
      .reply(200, [{ id: 1, body: "a maintainer", html_url: "h1" }, { id: 5001, body: `Thanks\n<!-- security-policy-bot report="${GHSA}" kind="acknowledgement" -->`, html_url: "https://github.com/ack" }]);
    gh.scope().get("/repos/acme/mcp-server/collaborators/alice/permission").reply(200, { permission: "admin" });

    const res = await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
    expect(res.status).toBe(200);
    expect(gh.writes()).toEqual([]);
    expect(await store.reports.get(GHSA)).toMatchObject({ trackerIssue: 7, acknowledgedAt: later, ackLate: false, state: "triage" });
  });

  describe("what cannot be read still gets a sensible acknowledgement", () => {
    const ackOf = () => (gh.sent.find((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`)!.body as { body: string }).body;
    const issueOf = () => gh.sent.find((r) => r.method === "POST" && r.path === "/repos/acme/security-tracker/issues")!.body as { body: string; labels: string[] };

    it("a report with no range: says the versions are not stated yet, and labels nothing", async () => {
      gh.token();
      mockSettings(gh);
      mockIntakeWrites(gh, { labels: ["security-report", "severity: high"] });
      await deliver(server.url, { event: "repository_advisory", payload: advisoryReported({ vulnerabilities: [] }) });
      expect(ackOf()).toContain("**Affected versions:** not stated yet.");
      expect(issueOf().labels).toEqual(["security-report", "severity: high"]);
      expect(issueOf().body).toContain("The report states no affected versions yet; set them with `/affects <range>` when known.");
    });

    it("a report on `< 1.0` only: acknowledged, labelled unsupported, and told which versions get fixes", async () => {
      gh.token();
      mockSettings(gh);
      mockIntakeWrites(gh, { labels: ["security-report", "unsupported: < 1.0", "severity: high"] });
      const vulnerabilities = [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "< 1.0", patched_versions: null, vulnerable_functions: [] }];
      await deliver(server.url, { event: "repository_advisory", payload: advisoryReported({ vulnerabilities }) });
      expect(ackOf()).toMatch(/No longer supported: \*\*< 1\.0\*\*\. These versions do not receive security fixes\./);
      expect(ackOf()).toMatch(/Security fixes are made for \*\*1\.0\.x\*\*\. We will still look at your report/);
      expect(issueOf().labels).toEqual(["security-report", "unsupported: < 1.0", "severity: high"]);
      expect(await store.reports.get(GHSA)).toMatchObject({ affected: [], unsupported: ["< 1.0"] });
    });

    it("a policy with no table: no lines claimed, a note for maintainers", async () => {
      gh.token();
      mockSettings(gh, { policy: "# Security\n\nEmail security@acme.test. We reply within 2 business days.\n" });
      mockIntakeWrites(gh, { labels: ["security-report", "severity: high"] });
      await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
      expect(ackOf()).toContain("The supported versions could not be read from our security policy (`SECURITY.md`), so a maintainer will confirm which release lines need a fix.");
      expect(issueOf().body).toMatch(/lists no supported versions the bot can read/);
    });

    it("a malformed config: defaults, and a note naming the problem", async () => {
      gh.token();
      mockSettings(gh, { config: "tracker: acme/security-tracker\nhandlers: [alice]\nsla:\n  respond_days: ten\n" });
      mockIntakeWrites(gh);
      await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
      expect(ackOf()).toContain("by **2026-12-09**");
      expect(issueOf().body).toContain('Config: sla.respond_days: expected a number, got \"ten\"; using the default.');
    });

    it("a config that is not YAML: defaults (no tracker), the note in the acknowledgement's maintainer section", async () => {
      gh.token();
      mockSettings(gh, { config: "tracker: [unclosed\n  - : :\n" });
      gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 1, html_url: "h" });
      await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
      expect(ackOf()).toContain("<details><summary>Notes for maintainers</summary>");
      expect(ackOf()).toContain("Config: .github/security-policy-bot.yml is not valid YAML; using the defaults.");
      expect(ackOf()).toContain("No `handlers` are configured");
    });
  });

  it("refuses a public tracker: no tracking issue, a clear log line, and the acknowledgement still goes out", async () => {
    gh.token();
    mockSettings(gh);
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: false }); // no report check either: it would have nowhere to go
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 5001, html_url: "h" });
    gh.scope().get("/repos/acme/mcp-server/collaborators/alice/permission").reply(200, { permission: "admin" });
    const res = await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
    expect(res.status).toBe(200);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`POST ${ADVISORY}/comments`]);
    expect(logs.lines.some((l) => /write refused by the privacy guard/.test(l) && /the tracker acme\/security-tracker is public/.test(l))).toBe(true);
    expect((await store.audit.forReport(GHSA)).map((a) => [a.method, a.kind, a.detail])).toEqual([
      ["POST", "acknowledgement", null],
      ["REFUSED", "tracking-issue", "the tracker acme/security-tracker is public"],
    ]);
    expect(await store.reports.get(GHSA)).toMatchObject({ trackerIssue: null, acknowledgedAt: NOW });
  });

  it("costs few calls once the repository's settings are warm: a second report", async () => {
    gh.token();
    mockSettings(gh);
    mockIntakeWrites(gh);
    await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
    const cold = { reads: gh.reads().length, writes: gh.writes().length };
    const second = "GHSA-2222-3333-4444";
    // The report check of the second: the tags, and (the ledger knowing the first) the repository's advisories, for duplicates.
    gh.scope().get("/repos/acme/mcp-server/tags").query({ per_page: 100 }).reply(200, [{ name: "v1.0.1" }]);
    const first = advisoryReported().repository_advisory as Record<string, unknown>;
    gh.scope()
      .get("/repos/acme/mcp-server/security-advisories")
      .query({ per_page: 100, sort: "updated", direction: "desc" })
      .reply(200, [
        { ...first, ghsa_id: second, state: "triage", updated_at: "2026-11-25T10:00:04Z" },
        { ...first, state: "triage", updated_at: "2026-11-25T10:00:02Z" },
        { ...first, ghsa_id: "GHSA-9999-8888-7777", html_url: "https://github.com/acme/mcp-server/security/advisories/GHSA-9999-8888-7777", summary: "Denial of service in the YAML parser", description: "Deeply nested anchors make parse() take minutes.", state: "published", updated_at: "2026-11-20T10:00:00Z" },
      ]);
    gh.scope().get("/repos/acme/mcp-server/collaborators/bob/permission").reply(200, { permission: "write" });
    gh.scope().post("/repos/acme/security-tracker/issues").reply(201, { id: 901, number: 8, html_url: "h" });
    gh.scope().post(`/repos/acme/mcp-server/security-advisories/${second}/comments`).reply(201, { id: 5002, html_url: "h" });
    gh.scope().patch(`/repos/acme/mcp-server/security-advisories/${second}`).reply(200, {});
    await deliver(server.url, { event: "repository_advisory", payload: advisoryReported({ ghsa_id: second }) });
    const warm = { reads: gh.reads().length - cold.reads, writes: gh.writes().length - cold.writes };
    // Warm: the handler's permission, and the report check's two reads.
    expect({ cold, warm }).toEqual({ cold: { reads: 6, writes: 7 }, warm: { reads: 3, writes: 3 } });
    // The same finding reported twice: the second's tracking issue names the first as a likely duplicate, the unrelated one not.
    const issues = gh.sent.filter((r) => r.method === "POST" && r.path === "/repos/acme/security-tracker/issues").map((r) => (r.body as { body: string }).body);
    expect(issues[1]).toContain(`- [${GHSA}](https://github.com/acme/mcp-server/security/advisories/${GHSA}) (triage), similarity 1.00; both name \`/api/upload\``);
    expect(issues[1]).not.toContain("GHSA-9999-8888-7777");
    // Never in the reporter's thread.
    const acks = gh.sent.filter((r) => r.method === "POST" && r.path.endsWith("/comments")).map((r) => (r.body as { body: string }).body);
    for (const a of acks) expect(a).not.toMatch(/Likely duplicates|similarity|GHSA-wq4h-7r42-5hrr\]/);
    // Round-robin: the second report goes to the handler with fewer open reports.
    expect((await store.reports.get(second))?.handler).toBe("bob");
  });

  it("follows a publication made in the web UI: ledger, reporter told, tracking issue closed with the timeline", async () => {
    gh.token();
    mockSettings(gh);
    mockIntakeWrites(gh);
    await deliver(server.url, { event: "repository_advisory", payload: advisoryReported() });
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 6001, html_url: "h" });
    gh.scope().get("/repos/acme/security-tracker/issues/7").reply(200, { number: 7, body: "- [x] Security report is received and is assigned a primary handler\n- [ ] A security advisory is published with details of the vulnerability and the fix" });
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 6002, html_url: "h" });
    // The last step ticked and the issue closed in one PATCH.
    gh.scope()
      .patch("/repos/acme/security-tracker/issues/7", (b: { body?: string; state?: string; state_reason?: string }) => !!b.body?.includes("- [x] A security advisory is published") && b.state === "closed" && b.state_reason === "completed")
      .reply(200, {});
    const res = await deliver(server.url, { event: "repository_advisory", payload: advisoryPublished() });
    expect(res.status).toBe(200);
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "published", publishedAt: Date.parse("2026-12-20T12:00:00Z"), nextDueAt: null });
    const told = gh.sent.filter((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`).map((r) => (r.body as { body: string }).body);
    expect(told[1]).toContain("🎉 @finder-jane, the advisory is published: https://github.com/acme/mcp-server/security/advisories/GHSA-wq4h-7r42-5hrr. You are credited in it");
    const timeline = (gh.sent.find((r) => r.path === "/repos/acme/security-tracker/issues/7/comments")!.body as { body: string }).body;
    expect(timeline).toContain("| Received | 2026-11-25 | — |");
    expect(timeline).toContain("| Published | 2026-12-20 |");
  });
});
