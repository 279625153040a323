/**
 * Commands on the tracking issue of a report whose advisory has no comments API (the tracking
 * issue is its thread), through issue_comment webhooks, with GitHub's answers stood in by nock:
 * the exact request bodies (each one GitHub's OpenAPI description accepts), who may run them,
 * one reply.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { Probot } from "probot";
import { makeDeps } from "../../src/handlers/deps.js";
import type { Store } from "../../src/store/index.js";
import { validateRestRequest } from "../double/rest-validation.js";
import { issueComment, PUBLIC_REPO } from "../fixtures/webhooks.js";
import { loadedProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { mockSettings } from "../helpers/repo-mocks.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const ISSUE = "/repos/acme/security-tracker/issues/7";
const VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
const NOW = Date.parse("2026-11-26T10:00:05Z");
let delivery = 0;

describe("commands on the tracking issue that is a report's thread (no advisory comments API)", () => {
  let t: TestStore;
  let store: Store;
  let probot: Probot;
  let gh: GitHubStub;
  const receive = (payload: Record<string, unknown>) => probot.receive({ id: `fb-${++delivery}`, name: "issue_comment", payload } as never);
  const replies = () => gh.sent.filter((r) => r.method === "POST" && r.path === `${ISSUE}/comments`).map((r) => (r.body as { body: string }).body);
  const writes = () => gh.writes().map((w) => `${w.method} ${w.path}`);
  const everyBodyValid = () => expect(gh.sent.flatMap((r) => validateRestRequest({ method: r.method, path: r.path, body: r.body }))).toEqual([]);

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    store = t.store;
    probot = await loadedProbot(makeDeps({ store, clock: () => NOW, instanceId: "test" }));
    gh = new GitHubStub();
    await cacheSettings(store, { commentsApi: "no" });
    await store.reports.insert(
      aReport({
        id: GHSA, ghsaId: GHSA, handler: "alice", trackerRepo: "acme/security-tracker", trackerIssue: 7, state: "triage", acknowledgedAt: NOW - 86400000, severity: "low", reporter: "finder-jane",
        thread: { kind: "issue", owner: "acme", repo: "security-tracker", number: 7 },
      }),
    );
  });

  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  const maintainer = (login = "carol") => gh.scope().get(`/repos/acme/mcp-server/collaborators/${login}/permission`).reply(200, { permission: "write", role_name: "write", user: { login } });

  it("/severity high: PATCHes the severity alone (no cvss_vector_string), swaps the label, one reply", async () => {
    gh.token();
    maintainer();
    gh.scope().patch(ADVISORY, { severity: "high" }).reply(200, {});
    gh.scope().delete(`${ISSUE}/labels/severity%3A%20low`).reply(200, []);
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: 100 }).reply(200, [{ name: "security-report" }, { name: "severity: low" }]);
    gh.scope().post("/repos/acme/security-tracker/labels", { name: "severity: high", color: "d93f0b", description: "Severity of the vulnerability" }).reply(201, {});
    gh.scope().post(`${ISSUE}/labels`, { labels: ["severity: high"] }).reply(200, []);
    gh.scope().post(`${ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });

    await receive(issueComment({ body: "/severity high", author: "carol", id: 801 }));

    expect(writes()).toEqual([`PATCH ${ADVISORY}`, `DELETE ${ISSUE}/labels/severity: low`, "POST /repos/acme/security-tracker/labels", `POST ${ISSUE}/labels`, `POST ${ISSUE}/comments`]);
    expect(replies()).toEqual([expect.stringContaining("✅ `/severity high` — severity set to **high**.")]);
    expect(await store.reports.get(GHSA)).toMatchObject({ severity: "high", cvss: null });
    everyBodyValid();
  });

  it("/cvss: PATCHes the vector alone (GitHub refuses a severity with it)", async () => {
    gh.token();
    maintainer();
    gh.scope().patch(ADVISORY, { cvss_vector_string: VECTOR }).reply(200, {});
    gh.scope().post(`${ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });

    await receive(issueComment({ body: `/cvss ${VECTOR}`, author: "carol", id: 802 }));

    expect(gh.sent.filter((r) => r.method === "PATCH").map((r) => r.body)).toEqual([{ cvss_vector_string: VECTOR }]);
    expect(replies()).toEqual([expect.stringContaining(`✅ \`/cvss ${VECTOR}\` — CVSS vector set to`)]);
    expect(await store.reports.get(GHSA)).toMatchObject({ cvss: VECTOR });
    everyBodyValid();
  });

  it("/severity and /cvss in one comment: one PATCH with the later of the two alone; the severity label still follows /severity", async () => {
    gh.token();
    maintainer();
    gh.scope().patch(ADVISORY, { cvss_vector_string: VECTOR }).reply(200, {});
    gh.scope().delete(`${ISSUE}/labels/severity%3A%20low`).reply(200, []);
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: 100 }).reply(200, [{ name: "security-report" }, { name: "severity: low" }, { name: "severity: critical" }]);
    gh.scope().post(`${ISSUE}/labels`, { labels: ["severity: critical"] }).reply(200, []);
    gh.scope().post(`${ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });

    await receive(issueComment({ body: `/severity critical\n/cvss ${VECTOR}`, author: "carol", id: 803 }));

    expect(gh.sent.filter((r) => r.method === "PATCH").map((r) => r.body)).toEqual([{ cvss_vector_string: VECTOR }]);
    expect(replies()).toHaveLength(1);
    everyBodyValid();
  });

  it("/needs-info: the question to the reporter rides in the one reply (this issue is their thread), no second comment", async () => {
    gh.token();
    maintainer();
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: 100 }).reply(200, [{ name: "security-report" }, { name: "needs-info" }]);
    gh.scope().post(`${ISSUE}/labels`, { labels: ["needs-info"] }).reply(200, []);
    gh.scope().post(`${ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });
    await receive(issueComment({ body: "/needs-info Which version do you run?", author: "carol", id: 804 }));
    expect(replies()).toEqual([expect.stringContaining("We need a little more information to evaluate your report: Which version do you run?")]);
    expect(replies()[0]).toContain("✅ `/needs-info Which version do you run?`");
    expect(writes()).toEqual([`POST ${ISSUE}/labels`, `POST ${ISSUE}/comments`]);
    // From the question's own time (the comment's created_at), not from when the bot read it.
    expect(await store.reports.get(GHSA)).toMatchObject({ pausedAt: Date.parse("2026-11-26T10:00:00Z") });
  });

  it("asks the project's repository who may run commands, not the tracker's: a tracker admin without project access is refused", async () => {
    gh.token();
    // Only the project's permission is read; a tracker permission would not be asked (no interceptor for it).
    gh.scope().get("/repos/acme/mcp-server/collaborators/dave/permission").reply(404, { message: "Not Found" });
    gh.scope().post(`${ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });
    await receive(issueComment({ body: "/severity critical", author: "dave", id: 805 }));
    expect(writes()).toEqual([`POST ${ISSUE}/comments`]);
    expect(replies()).toEqual([expect.stringContaining("❌ `/severity` — only maintainers of acme/mcp-server can run commands here; nothing was changed.")]);
    expect(await store.reports.get(GHSA)).toMatchObject({ severity: "low" });
  });

  it("reloads the project's settings on its own default branch, not an assumed `main`", async () => {
    const trunk = { ...PUBLIC_REPO, defaultBranch: "trunk" };
    await cacheSettings(store, { repo: trunk, commentsApi: "no", loadedAt: NOW - 7 * 86400000 });
    gh.token();
    mockSettings(gh);
    maintainer();
    gh.scope().post(`${ISSUE}/comments`).reply(201, { id: 1, html_url: "h" });
    await receive(issueComment({ body: "/status", author: "carol", id: 806 }));
    expect(replies()).toEqual([expect.stringContaining("✅ `/status`")]);
    expect(await store.repos.get(PUBLIC_REPO.id)).toMatchObject({ defaultBranch: "trunk", loadedAt: NOW });
  });
});
