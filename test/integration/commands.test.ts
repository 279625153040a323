/**
 * Slash-commands in a report's tracking issue and issue thread (issue_comment webhooks):
 * authorization, the writes each command makes, one reply per comment, once per comment id.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { Probot } from "probot";
import { makeDeps } from "../../src/handlers/deps.js";
import type { Store } from "../../src/store/index.js";
import { issueComment, issueLabeled, PRIVATE_APP_REPO, TRACKER_REPO } from "../fixtures/webhooks.js";
import { loadedProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const NOW = Date.parse("2026-11-26T10:00:05Z");
let delivery = 0;

describe("commands in a tracking issue", () => {
  let t: TestStore;
  let store: Store;
  let probot: Probot;
  let gh: GitHubStub;
  const receive = (payload: Record<string, unknown>, name = "issue_comment") => probot.receive({ id: `d-${++delivery}`, name, payload } as never);
  const replies = () => gh.sent.filter((r) => r.method === "POST" && r.path === "/repos/acme/security-tracker/issues/7/comments").map((r) => (r.body as { body: string }).body);

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    store = t.store;
    probot = await loadedProbot(makeDeps({ store, clock: () => NOW, instanceId: "test" }));
    gh = new GitHubStub();
    await cacheSettings(store);
    await store.reports.insert(
      aReport({ id: GHSA, ghsaId: GHSA, handler: "alice", trackerRepo: "acme/security-tracker", trackerIssue: 7, state: "triage", acknowledgedAt: NOW - 86400000, severity: null, reporter: "finder-jane" }),
    );
  });

  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  it("runs /assign and /severity from one comment, writes each change once, and replies once", async () => {
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write", role_name: "maintain" });
    gh.scope().get(ADVISORY).reply(200, { ghsa_id: GHSA, state: "triage", collaborating_users: [{ login: "alice" }], credits: [] });
    gh.scope().patch("/repos/acme/security-tracker/issues/7", { assignees: ["bob"] }).reply(200, {});
    gh.scope().get("/repos/acme/mcp-server/collaborators/bob/permission").reply(200, { permission: "write" });
    gh.scope().patch(ADVISORY, { collaborating_users: ["alice", "bob"] }).reply(200, {});
    gh.scope().patch(ADVISORY, { severity: "high" }).reply(200, {});
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: 100 }).reply(200, [{ name: "security-report" }]);
    gh.scope().post("/repos/acme/security-tracker/labels", { name: "severity: high", color: "d93f0b", description: "Severity of the vulnerability" }).reply(201, {});
    gh.scope().post("/repos/acme/security-tracker/issues/7/labels", { labels: ["severity: high"] }).reply(200, []);
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 1, html_url: "h" });

    await receive(issueComment({ body: "Taking a look.\n/assign @bob\n/severity high", author: "carol", id: 501 }));

    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toContain("@carol");
    expect(replies()[0]).toContain("✅ `/assign @bob` — @bob is now the primary handler.");
    expect(replies()[0]).toContain("✅ `/severity high` — severity set to **high**.");
    expect(replies()[0]).toContain(`<!-- security-policy-bot report="${GHSA}" kind="reply" key="comment-501" -->`);
    expect(await store.reports.get(GHSA)).toMatchObject({ handler: "bob", severity: "high", lastMaintainerAt: Date.parse("2026-11-26T10:00:00Z") });

    // Seen again (a redelivery under a new id, an edit, a restart): nothing runs twice.
    await receive(issueComment({ body: "Taking a look.\n/assign @bob\n/severity high (edited)", author: "carol", id: 501, action: "edited" }));
    expect(replies()).toHaveLength(1);
  });

  it("merges the writes of commands that change the same thing: one PATCH of the advisory, one label set", async () => {
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write", role_name: "maintain" });
    gh.scope().patch(ADVISORY, { severity: "high" }).reply(200, {});
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: 100 }).reply(200, [{ name: "security-report" }]);
    gh.scope().post("/repos/acme/security-tracker/labels", { name: "severity: high", color: "d93f0b", description: "Severity of the vulnerability" }).reply(201, {});
    gh.scope().post("/repos/acme/security-tracker/issues/7/labels", { labels: ["severity: high"] }).reply(200, []);
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 1, html_url: "h" });

    await receive(issueComment({ body: "/severity low\n/severity high", author: "carol", id: 506 }));

    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH ${ADVISORY}`,
      "POST /repos/acme/security-tracker/labels",
      "POST /repos/acme/security-tracker/issues/7/labels",
      "POST /repos/acme/security-tracker/issues/7/comments",
    ]);
    expect(replies()[0]).toContain("✅ `/severity low`");
    expect(replies()[0]).toContain("✅ `/severity high`");
    expect(await store.reports.get(GHSA)).toMatchObject({ severity: "high" });
  });

  it("refuses an outsider's command in one line and changes nothing", async () => {
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/mallory/permission").reply(404, { message: "Not Found" });
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 2, html_url: "h" });
    const before = await store.reports.get(GHSA);
    await receive(issueComment({ body: "/publish\n/assign @mallory", author: "mallory", id: 502 }));
    expect(replies()).toEqual([expect.stringContaining("❌ `/publish, /assign` — only maintainers of acme/mcp-server can run commands here; nothing was changed.")]);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/security-tracker/issues/7/comments"]);
    expect(await store.reports.get(GHSA)).toEqual({ ...before, lastMaintainerAt: Date.parse("2026-11-26T10:00:00Z"), nextDueAt: NOW, revision: 1, updatedAt: NOW });
  });

  it("ignores commands in quotes and code, and comments from bots; learns who the app is once, and nothing else is asked", async () => {
    const before = await store.reports.get(GHSA);
    await receive(issueComment({ body: "> /reject not a bug\n\n```\n/publish\n```", author: "carol", id: 503 }));
    expect(gh.sent).toEqual([]);
    // A bot's delivery: the app's own bot user is learnt once (GET /app with the app's JWT), then known.
    gh.scope().get("/app").reply(200, { id: 1, slug: "security-policy-bot" });
    await receive(issueComment({ body: "/reject spam", author: "security-policy-bot[bot]", authorType: "Bot", id: 504 }));
    await receive(issueComment({ body: "/reject spam", author: "security-policy-bot[bot]", authorType: "Bot", id: 506 }));
    await receive(issueComment({ body: "/reject spam", author: "other-app[bot]", authorType: "Bot", id: 507 }));
    expect(gh.sent.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /app"]);
    expect(await store.reports.get(GHSA)).toMatchObject({ state: before!.state, handler: "alice" });
  });

  it("answers bad arguments and unknown commands with a hint, and runs the good ones", async () => {
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "admin" });
    const body = "Report\n\n- [x] Security report is received and is assigned a primary handler\n- [ ] Fixes are prepared for all releases still under maintenance\n- [ ] Fixes are applied and new releases are deployed\n\nMaintainer notes here";
    gh.scope().get("/repos/acme/security-tracker/issues/7").reply(200, { number: 7, body });
    gh.scope()
      .patch("/repos/acme/security-tracker/issues/7", { body: body.replace("- [ ] Fixes are prepared", "- [x] Fixes are prepared") })
      .reply(200, {});
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 3, html_url: "h" });
    await receive(issueComment({ body: "/eta 2026-13-01\n/fixed-in 1.0.2\n/asign @bob", author: "carol", id: 505 }));
    const reply = replies()[0]!;
    expect(reply).toContain("❌ `/eta 2026-13-01` — needs a date written YYYY-MM-DD");
    expect(reply).toContain("✅ `/fixed-in 1.0.2` — fixed versions: 1.0.x → 1.0.2.");
    expect(reply).toContain("❌ `/asign @bob` — is not a command — did you mean `/assign`?");
    expect((await store.reports.get(GHSA))?.fixedIn).toEqual({ "1.0.x": "1.0.2" });
  });
});

describe("issue intake", () => {
  let t: TestStore;
  let store: Store;
  let probot: Probot;
  let gh: GitHubStub;

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    store = t.store;
    probot = await loadedProbot(makeDeps({ store, clock: () => NOW, instanceId: "test" }));
    gh = new GitHubStub();
  });
  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  it("takes in an issue labelled security-report in a private repository: acknowledgement, labels, handler, deadlines from its creation", async () => {
    await cacheSettings(store, { repo: PRIVATE_APP_REPO, config: { handlers: ["alice"] } });
    gh.token();
    gh.scope().get("/repos/acme/internal-app/labels").query({ per_page: 100 }).reply(200, [{ name: "security-report" }]);
    // The short e-mail forward lacks most of what the policy asks for: needs-info, and a request in the acknowledgement.
    gh.scope().post("/repos/acme/internal-app/labels", { name: "needs-info", color: "d4c5f9", description: "Waiting for the reporter" }).reply(201, {});
    gh.scope().post("/repos/acme/internal-app/issues/12/labels", { labels: ["security-report", "needs-info"] }).reply(200, []);
    gh.scope().post("/repos/acme/internal-app/issues/12/assignees", { assignees: ["alice"] }).reply(201, {});
    gh.scope().post("/repos/acme/internal-app/issues/12/comments").reply(201, { id: 9, html_url: "h" });

    await probot.receive({ id: "i-1", name: "issues", payload: issueLabeled() } as never);

    const ack = (gh.sent.find((r) => r.path.endsWith("/comments"))!.body as { body: string }).body;
    expect(ack).toContain("Thank you for your report, @carol.");
    // Received Friday 2026-11-20 09:00 UTC: 10 business days → 2026-12-04.
    expect(ack).toContain("by **2026-12-04**");
    expect(ack).toContain("Could you add steps to reproduce, a proof of concept (code, a request or a script) and the impact: what an attacker can do with it?");
    const report = await store.reports.get("acme/internal-app#12");
    expect(report).toMatchObject({ source: "issue", handler: "alice", state: "triage", thread: { kind: "issue", owner: "acme", repo: "internal-app", number: 12 }, trackerRepo: "acme/internal-app", trackerIssue: 12 });

    // /received corrects the receipt time and the deadlines.
    gh.scope().get("/repos/acme/internal-app/collaborators/alice/permission").reply(200, { permission: "write" });
    gh.scope().post("/repos/acme/internal-app/issues/12/comments").reply(201, { id: 10, html_url: "h" });
    await probot.receive({ id: "i-2", name: "issue_comment", payload: issueComment({ repo: PRIVATE_APP_REPO, number: 12, body: "/received 2026-11-16", author: "alice", id: 600 }) } as never);
    expect(await store.reports.get("acme/internal-app#12")).toMatchObject({ receivedAt: Date.parse("2026-11-16T12:00:00Z"), respondBy: Date.parse("2026-11-30T23:59:59.999Z") });

    // The reporter answers with part of what was asked: still needs-info, one item fewer.
    await probot.receive({ id: "i-3", name: "issue_comment", payload: issueComment({ repo: PRIVATE_APP_REPO, number: 12, body: "Impact: anyone who can read the debug logs can take over the account the token belongs to.", author: "carol", id: 601 }) } as never);
    expect((await store.reports.get("acme/internal-app#12"))?.checklistMissing).toEqual(["Steps to reproduce the issue", "Any proof-of-concept code or exploit scripts"]);
    // Then with the rest: the label comes off, nothing else is written.
    gh.scope().delete("/repos/acme/internal-app/issues/12/labels/needs-info").reply(200, []);
    const answer = "Steps to reproduce:\n1. Set LOG_LEVEL=debug\n2. Log in\n3. Read the log\n\n```\ngrep -o 'token=[^ ]*' /var/log/app/debug.log\n```";
    await probot.receive({ id: "i-4", name: "issue_comment", payload: issueComment({ repo: PRIVATE_APP_REPO, number: 12, body: answer, author: "carol", id: 602 }) } as never);
    expect((await store.reports.get("acme/internal-app#12"))?.checklistMissing).toEqual([]);
    expect(gh.writes().filter((w) => w.method === "DELETE").map((w) => w.path)).toEqual(["/repos/acme/internal-app/issues/12/labels/needs-info"]);
  });

  it("does not take in a public issue with the label", async () => {
    const publicRepo = { ...TRACKER_REPO, id: 4004, name: "public-thing", private: false };
    await probot.receive({ id: "i-3", name: "issues", payload: issueLabeled({ repo: publicRepo }) } as never);
    expect(gh.sent).toEqual([]);
    expect(await store.reports.get("acme/public-thing#12")).toBeUndefined();
  });
});
