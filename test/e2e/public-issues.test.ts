/**
 * Reports that land in public: moved out of public view by a maintainer, flagged when they
 * only look like reports, ids of unpublished advisories watched — and nothing of a report
 * ever written to the public repository.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { makeDeps } from "../../src/handlers/deps.js";
import type { Store } from "../../src/store/index.js";
import { issueComment, PUBLIC_REPO, publicIssueEvent } from "../fixtures/webhooks.js";
import { deliver, startServer, type RunningServer } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub, type SentRequest } from "../helpers/github.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const TITLE = "Path traversal in /api/upload lets anyone read server files";
const BODY = "Uploading a file named ../../etc/passwd to /api/upload returns the server's passwd file. Tested on 1.0.1.";
const NOW = Date.parse("2026-11-25T10:00:00Z");

/** Every write to the public repository, and whether any carries text of the report. */
function publicWrites(sent: SentRequest[]): SentRequest[] {
  return sent.filter((r) => r.method !== "GET" && r.path.startsWith("/repos/acme/mcp-server/") && !r.path.includes("/security-advisories"));
}
const leaks = (r: SentRequest): boolean => {
  const text = JSON.stringify(r.body ?? "").toLowerCase();
  return ["path traversal", "etc/passwd", "/api/upload", "tested on 1.0.1"].some((f) => text.includes(f));
};

describe.each(storeFactories())("public issues (%s)", (_db, factory) => {
  let t: TestStore;
  let store: Store;
  let server: RunningServer;
  let gh: GitHubStub;

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    store = t.store;
    server = await startServer(makeDeps({ store, clock: () => NOW, instanceId: "i" }));
    gh = new GitHubStub();
  });

  afterEach(async () => {
    await server.close();
    await t.dispose();
    expectAllUsed();
  });

  it("moves a public issue labelled `security` by a maintainer to the private tracker, then takes it in", async () => {
    await cacheSettings(store);
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "maintain" });
    gh.scope().get("/repos/acme/security-tracker").times(2).reply(200, { private: true, node_id: "R_tracker" });
    gh.scope().post("/repos/acme/mcp-server/issues/42/comments").reply(201, { id: 1, html_url: "h" });
    gh.scope()
      .post("/graphql", (b: { query: string; variables: Record<string, string> }) => b.query.includes("transferIssue") && b.variables.issue === "I_kwDO42" && b.variables.repo === "R_tracker")
      .reply(200, { data: { transferIssue: { issue: { number: 31, url: "https://github.com/acme/security-tracker/issues/31" } } } });
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: "100" }).reply(200, [{ name: "security-report" }]);
    // The issue lacks some of what the policy asks a report to include.
    gh.scope().post("/repos/acme/security-tracker/labels", { name: "needs-info", color: "d4c5f9", description: "Waiting for the reporter" }).reply(201, {});
    gh.scope().post("/repos/acme/security-tracker/issues/31/labels", { labels: ["security-report", "needs-info"] }).reply(200, []);
    gh.scope().post("/repos/acme/security-tracker/issues/31/assignees", { assignees: ["alice"] }).reply(201, {});
    gh.scope().post("/repos/acme/security-tracker/issues/31/comments").reply(201, { id: 2, html_url: "h" });

    const res = await deliver(server.url, { event: "issues", payload: publicIssueEvent({ action: "labeled", title: TITLE, body: BODY, sender: "carol" }) });
    expect(res.status).toBe(200);

    const moved = publicWrites(gh.sent);
    expect(moved.map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/mcp-server/issues/42/comments"]);
    expect((moved[0]!.body as { body: string }).body).toContain("@finder-jane, thank you for reporting this. To keep the details out of public view");
    expect(gh.sent.filter(leaks).every((r) => r.path.startsWith("/repos/acme/security-tracker/"))).toBe(true);
    expect(moved.some(leaks)).toBe(false);
    const report = await store.reports.get("acme/security-tracker#31");
    expect(report).toMatchObject({ source: "public-issue", repoId: PUBLIC_REPO.id, thread: { kind: "issue", owner: "acme", repo: "security-tracker", number: 31 }, receivedAt: Date.parse("2026-11-24T08:00:00Z"), handler: "alice", state: "triage" });
    const ack = (gh.sent.find((r) => r.path === "/repos/acme/security-tracker/issues/31/comments")!.body as { body: string }).body;
    expect(ack).toContain("Thank you for your report, @finder-jane.");
  });

  it("without a tracker, copies the report into a draft advisory with the reporter as collaborator and credited", async () => {
    await cacheSettings(store, { config: { handlers: ["alice"], package: { ecosystem: "npm", name: "mcp-server" } } });
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "admin" });
    gh.scope()
      .post("/repos/acme/mcp-server/security-advisories", (b: Record<string, unknown>) => {
        expect(b).toEqual({
          summary: TITLE,
          description: `${BODY}\n\n---\n_Moved from public issue #42 by @carol._`,
          vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" } }],
          credits: [{ login: "finder-jane", type: "reporter" }],
        });
        return true;
      })
      .reply(201, { ghsa_id: "GHSA-9999-8888-7777", html_url: "https://github.com/acme/mcp-server/security/advisories/GHSA-9999-8888-7777", summary: TITLE, state: "triage", severity: null, collaborating_users: null });
    // GitHub's create takes no collaborators: the reporter is added by an update.
    gh.scope().get("/repos/acme/mcp-server/collaborators/finder-jane/permission").reply(404, { message: "Not Found" });
    gh.scope().patch("/repos/acme/mcp-server/security-advisories/GHSA-9999-8888-7777", { collaborating_users: ["finder-jane"] }).reply(200, {});
    gh.scope().post("/repos/acme/mcp-server/issues/42/comments").reply(201, { id: 1, html_url: "h" });
    gh.scope().get("/repos/acme/mcp-server/collaborators/alice/permission").reply(200, { permission: "admin" });
    gh.scope().post("/repos/acme/mcp-server/security-advisories/GHSA-9999-8888-7777/comments").times(2).reply(201, { id: 3, html_url: "h" });

    await deliver(server.url, { event: "issue_comment", payload: { ...issueComment({ repo: PUBLIC_REPO, number: 42, body: "/security", author: "carol", id: 990 }), issue: (publicIssueEvent({ title: TITLE, body: BODY }).issue as object) } });

    const note = (publicWrites(gh.sent)[0]!.body as { body: string }).body;
    expect(note).toContain("We have moved it into a private security advisory, where you and the maintainers can continue: https://github.com/acme/mcp-server/security/advisories/GHSA-9999-8888-7777");
    expect(publicWrites(gh.sent).some(leaks)).toBe(false);
    const thread = gh.sent.filter((r) => r.path === "/repos/acme/mcp-server/security-advisories/GHSA-9999-8888-7777/comments").map((r) => (r.body as { body: string }).body);
    expect(thread[0]).toContain("Thank you for your report, @finder-jane.");
    expect(thread[1]).toContain("a maintainer with admin rights should delete the public issue");
    expect(await store.reports.get("GHSA-9999-8888-7777")).toMatchObject({ source: "public-issue", receivedAt: Date.parse("2026-11-24T08:00:00Z"), reporter: "finder-jane" });
  });

  it("refuses an outsider's /security in one public line that repeats nothing, and moves nothing", async () => {
    await cacheSettings(store);
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/mallory/permission").reply(404, {});
    gh.scope().post("/repos/acme/mcp-server/issues/42/comments").reply(201, { id: 1, html_url: "h" });
    await deliver(server.url, { event: "issue_comment", payload: { ...issueComment({ repo: PUBLIC_REPO, number: 42, body: "/security", author: "mallory", id: 991 }), issue: publicIssueEvent({ title: TITLE, body: BODY }).issue } });
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/mcp-server/issues/42/comments"]);
    const reply = (gh.writes()[0]!.body as { body: string }).body;
    expect(reply).toContain("❌ `/security` — only maintainers of acme/mcp-server can move an issue out of public view; nothing was changed.");
    expect(leaks(gh.writes()[0]!)).toBe(false);
  });

  it("flags an issue that reads like a report to the security team, with a link and no quote, touching nothing public", async () => {
    await cacheSettings(store);
    gh.token();
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: "100" }).reply(200, [{ name: "security-flag" }]);
    gh.scope().post("/repos/acme/security-tracker/issues").reply(201, { number: 50, html_url: "h" });
    await deliver(server.url, { event: "issues", payload: publicIssueEvent({ title: "Security vulnerability: " + TITLE, body: BODY }) });
    const flag = gh.sent.find((r) => r.path === "/repos/acme/security-tracker/issues")!.body as { title: string; body: string; labels: string[] };
    expect(flag.title).toBe("Possible vulnerability report in public: acme/mcp-server#42");
    expect(flag.body).toContain("https://github.com/acme/mcp-server/issues/42");
    expect(leaks({ method: "POST", path: "", body: flag })).toBe(false);
    expect(publicWrites(gh.sent)).toEqual([]);

    // An ordinary bug costs nothing at all.
    const before = gh.sent.length;
    await deliver(server.url, { event: "issues", payload: publicIssueEvent({ number: 43, title: "Dark mode toggle does not persist", body: "After reload the theme is light again." }) });
    expect(gh.sent.length).toBe(before);
  });

  it("flags quietly when an unpublished report's id is named in public", async () => {
    await cacheSettings(store);
    await store.reports.insert(aReport({ id: "GHSA-wq4h-7r42-5hrr", ghsaId: "GHSA-wq4h-7r42-5hrr", trackerRepo: "acme/security-tracker", trackerIssue: 7 }));
    gh.token();
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 1, html_url: "h" });
    await deliver(server.url, { event: "issue_comment", payload: issueComment({ repo: PUBLIC_REPO, number: 12, body: "Is this related to GHSA-wq4h-7r42-5hrr? Saw it mentioned somewhere.", author: "someone", id: 992 }) });
    const note = (gh.sent.find((r) => r.path === "/repos/acme/security-tracker/issues/7/comments")!.body as { body: string }).body;
    expect(note).toContain("⚠️ GHSA-wq4h-7r42-5hrr, not yet published, is named in public: https://github.com/acme/mcp-server/issues/12#issuecomment-992");
    expect(publicWrites(gh.sent)).toEqual([]);
  });
});
