/**
 * The reconciler against a stand-in GitHub: conditional listings (304s), comments read only
 * when an advisory moved, commands from advisory threads, web-UI state changes, late intake.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import pino from "pino";
import type { Probot } from "probot";
import type { GitHub } from "../../src/github/octokit.js";
import { makeDeps, type Deps } from "../../src/handlers/deps.js";
import { reconcileCycle, type LoopContext } from "../../src/loops/reconcile.js";
import type { Store } from "../../src/store/index.js";
import { advisoryComment, listedAdvisory } from "../fixtures/advisories.js";
import { newProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const ORGS = [
  { id: 1, account: "acme" },
  { id: 2, account: "beta" },
  { id: 3, account: "gamma" },
];
const LIST = { per_page: "100", sort: "updated", direction: "desc" };

describe("reconciler", () => {
  let t: TestStore;
  let store: Store;
  let deps: Deps;
  let probot: Probot;
  let gh: GitHubStub;
  let now: number;
  let ctx: LoopContext;

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    store = t.store;
    now = Date.parse("2026-11-26T10:00:00Z");
    deps = makeDeps({ store, clock: () => now, instanceId: "i-1" });
    probot = newProbot();
    ctx = { deps, auth: async (id?: number) => (await probot.auth(id)) as unknown as GitHub, log: pino({ level: "silent" }), pollIntervalMs: 60_000 };
    gh = new GitHubStub();
    for (const o of ORGS) await store.installations.put({ id: o.id, account: o.account, accountType: "Organization", suspended: false }, now);
    await store.cursors.put({ key: "installations", installationId: 0, etag: null, state: { at: now }, checkedAt: now });
    for (const o of ORGS) await store.cursors.put({ key: `org:${o.account}`, installationId: o.id, etag: `W/"${o.account}-1"`, state: {}, checkedAt: now - 60_000 });
  });

  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  const unchanged = (org: string) =>
    gh.scope().get(`/orgs/${org}/security-advisories`).query(LIST).matchHeader("if-none-match", `W/"${org}-1"`).reply(304);

  it("costs one request per organisation when nothing changed, each answered 304", async () => {
    for (const o of ORGS) gh.token(o.id);
    for (const o of ORGS) unchanged(o.account);
    const stats = await reconcileCycle(ctx);
    expect(gh.calls().map((c) => `${c.method} ${c.path.split("?")[0]}`)).toEqual([
      "GET /orgs/acme/security-advisories",
      "GET /orgs/beta/security-advisories",
      "GET /orgs/gamma/security-advisories",
    ]);
    expect(stats).toMatchObject({ installations: 3, requests: 3, notModified: 3, changedAdvisories: 0 });

    // The next period on another instance, or the same one after a restart: the same three 304s.
    now += 60_000;
    for (const o of ORGS) unchanged(o.account);
    const again = await reconcileCycle({ ...ctx, deps: makeDeps({ store, clock: () => now, instanceId: "i-2" }) });
    expect(again).toMatchObject({ requests: 3, notModified: 3 });
  });

  it("reads one advisory's new comment with one more request, and notes the reporter's answer", async () => {
    await cacheSettings(store);
    await store.reports.insert(aReport({ id: GHSA, ghsaId: GHSA, state: "triage", acknowledgedAt: now - 3600_000, reporter: "finder-jane", pausedAt: now - 7200_000 }));
    await store.cursors.put({ key: `adv:${GHSA}`, installationId: 1, etag: null, state: { updatedAt: "2026-11-25T10:00:00Z", comments: 1, since: "2026-11-25T10:00:05Z" }, checkedAt: now });
    for (const o of ORGS) gh.token(o.id);
    gh.scope()
      .get("/orgs/acme/security-advisories")
      .query(LIST)
      .reply(200, [listedAdvisory({ ghsa: GHSA, updatedAt: "2026-11-26T09:30:00Z", comments: 2 })], { etag: 'W/"acme-2"' });
    unchanged("beta");
    unchanged("gamma");
    gh.scope()
      .get(`${ADVISORY}/comments`)
      .query({ per_page: "100", since: "2026-11-25T10:00:05Z" })
      .reply(200, [advisoryComment({ id: 77, body: "I tested 1.0.1 on Linux.", author: "finder-jane", createdAt: "2026-11-26T09:30:00Z", ghsa: GHSA })]);

    const stats = await reconcileCycle(ctx);
    expect(stats).toMatchObject({ requests: 4, notModified: 2, changedAdvisories: 1, commentsRead: 1 });
    expect(gh.writes()).toEqual([]);
    expect(await store.reports.get(GHSA)).toMatchObject({ pausedAt: null, pausedMs: Date.parse("2026-11-26T09:30:00Z") - (now - 7200_000), lastReporterAt: Date.parse("2026-11-26T09:30:00Z") });
    expect((await store.cursors.get("org:acme"))?.etag).toBe('W/"acme-2"');
    expect((await store.cursors.get(`adv:${GHSA}`))?.state).toEqual({ updatedAt: "2026-11-26T09:30:00Z", comments: 2, since: "2026-11-26T09:30:00Z" });
  });

  it("runs a maintainer's commands from an advisory comment once, even when the comment is edited or seen after a restart", async () => {
    await cacheSettings(store);
    await store.reports.insert(aReport({ id: GHSA, ghsaId: GHSA, state: "triage", handler: "bob", acknowledgedAt: now - 3600_000, trackerRepo: null }));
    await store.cursors.put({ key: `adv:${GHSA}`, installationId: 1, etag: null, state: { updatedAt: "2026-11-25T10:00:00Z", comments: 1, since: "2026-11-25T10:00:05Z" }, checkedAt: now });
    for (const o of ORGS) gh.token(o.id);
    const listing = (updatedAt: string, etag: string) =>
      gh.scope().get("/orgs/acme/security-advisories").query(LIST).reply(200, [listedAdvisory({ ghsa: GHSA, updatedAt, comments: 2, collaborators: ["bob"] })], { etag });
    listing("2026-11-26T09:30:00Z", 'W/"acme-2"');
    unchanged("beta");
    unchanged("gamma");
    const comment = advisoryComment({ id: 78, body: "/assign @alice\n/severity high", author: "carol", createdAt: "2026-11-26T09:30:00Z", ghsa: GHSA });
    gh.scope().get(`${ADVISORY}/comments`).query({ per_page: "100", since: "2026-11-25T10:00:05Z" }).reply(200, [comment]);
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write" });
    gh.scope().get("/repos/acme/mcp-server/collaborators/alice/permission").reply(200, { permission: "write" });
    gh.scope().patch(ADVISORY, { collaborating_users: ["bob", "alice"] }).reply(200, {});
    gh.scope().patch(ADVISORY, { severity: "high" }).reply(200, {});
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 79, html_url: "h" });

    await reconcileCycle(ctx);
    const replies = gh.sent.filter((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`);
    expect(replies).toHaveLength(1);
    expect((replies[0]!.body as { body: string }).body).toMatch(/✅ `\/assign @alice`[\s\S]*✅ `\/severity high`/);
    expect(await store.reports.get(GHSA)).toMatchObject({ handler: "alice", severity: "high" });

    // Edited (updated_at moves, same count) and seen by a fresh process: read again, run never again.
    now += 60_000;
    const restarted = { ...ctx, deps: makeDeps({ store, clock: () => now, instanceId: "i-2" }) };
    gh.scope().get("/orgs/acme/security-advisories").query(LIST).matchHeader("if-none-match", 'W/"acme-2"').reply(200, [listedAdvisory({ ghsa: GHSA, updatedAt: "2026-11-26T10:00:30Z", comments: 2, collaborators: ["bob", "alice"] })], { etag: 'W/"acme-3"' });
    unchanged("beta");
    unchanged("gamma");
    gh.scope()
      .get(`${ADVISORY}/comments`)
      .query({ per_page: "100", since: "2026-11-26T09:30:00Z" })
      .reply(200, [{ ...comment, body: "/assign @alice\n/severity high\n(typo fixed)", updated_at: "2026-11-26T10:00:30Z" }]);
    await reconcileCycle(restarted);
    expect(gh.sent.filter((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`)).toHaveLength(1);
    expect(gh.writes().filter((w) => w.method === "PATCH")).toHaveLength(2);
  });

  it("lends the advisory as listed to the poll's comments, and reads it again once a comment wrote to it", async () => {
    await cacheSettings(store);
    await store.reports.insert(aReport({ id: GHSA, ghsaId: GHSA, state: "accepted", handler: "bob", acknowledgedAt: now - 3600_000, trackerRepo: null }));
    await store.cursors.put({ key: `adv:${GHSA}`, installationId: 1, etag: null, state: { updatedAt: "2026-11-25T10:00:00Z", comments: 0, since: null }, checkedAt: now });
    for (const o of ORGS) gh.token(o.id);
    const listed = { ...listedAdvisory({ ghsa: GHSA, updatedAt: "2026-11-26T09:31:00Z", comments: 2, collaborators: ["bob"] }), summary: "Path traversal", description: "Reads any file." };
    gh.scope().get("/orgs/acme/security-advisories").query(LIST).reply(200, [listed], { etag: 'W/"acme-2"' });
    unchanged("beta");
    unchanged("gamma");
    gh.scope()
      .get(`${ADVISORY}/comments`)
      .query({ per_page: "100" })
      .reply(200, [
        advisoryComment({ id: 80, body: "/draft", author: "carol", createdAt: "2026-11-26T09:30:00Z", ghsa: GHSA }),
        advisoryComment({ id: 81, body: "/assign @alice", author: "carol", createdAt: "2026-11-26T09:31:00Z", ghsa: GHSA }),
      ]);
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write" });
    // /draft: composed from the listing, no GET of the advisory.
    gh.scope().patch(ADVISORY, (b: { summary?: string }) => b.summary === "Path traversal").reply(200, {});
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 90, html_url: "h" });
    // /assign in the next comment: the draft wrote to the advisory, so its lists are read afresh.
    gh.scope().get(ADVISORY).reply(200, { ...listed, collaborating_users: [{ login: "bob" }, { login: "erin" }] });
    gh.scope().get("/repos/acme/mcp-server/collaborators/alice/permission").reply(200, { permission: "write" });
    gh.scope().patch(ADVISORY, { collaborating_users: ["bob", "erin", "alice"] }).reply(200, {});
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 91, html_url: "h" });

    await reconcileCycle(ctx);
    expect(gh.calls().filter((c) => c.method === "GET" && c.path === ADVISORY)).toHaveLength(1);
    expect(await store.reports.get(GHSA)).toMatchObject({ handler: "alice" });
  });

  it("takes in an advisory the bot never saw, acknowledging late when it was down past the promise", async () => {
    await cacheSettings(store, { config: { handlers: ["alice"] } });
    for (const o of ORGS) gh.token(o.id);
    gh.scope()
      .get("/orgs/acme/security-advisories")
      .query(LIST)
      .reply(200, [listedAdvisory({ ghsa: GHSA, createdAt: "2026-11-18T10:00:00Z", updatedAt: "2026-11-18T10:00:00Z", comments: 0 }), listedAdvisory({ ghsa: "GHSA-2222-3333-4444", state: "published", comments: 3 })], { etag: 'W/"acme-2"' });
    unchanged("beta");
    unchanged("gamma");
    gh.scope().get("/repos/acme/mcp-server/collaborators/alice/permission").reply(200, { permission: "admin" });
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 80, html_url: "h" });
    await reconcileCycle(ctx);
    const ack = (gh.sent.find((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`)!.body as { body: string }).body;
    expect(ack).toContain("we are sorry this confirmation comes late");
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "triage", ackLate: true, acknowledgedAt: now, receivedAt: Date.parse("2026-11-18T10:00:00Z") });
    // The published advisory it never handled is history, not a report.
    expect(await store.reports.byGhsa("GHSA-2222-3333-4444")).toBeUndefined();
  });

  it("brings a state change made in the web UI into the ledger", async () => {
    await store.reports.insert(aReport({ id: GHSA, ghsaId: GHSA, state: "triage", advisoryState: "triage", acknowledgedAt: now - 1 }));
    await store.cursors.put({ key: `adv:${GHSA}`, installationId: 1, etag: null, state: { updatedAt: "2026-11-25T10:00:00Z", comments: 0, since: null }, checkedAt: now });
    for (const o of ORGS) gh.token(o.id);
    gh.scope().get("/orgs/acme/security-advisories").query(LIST).reply(200, [listedAdvisory({ ghsa: GHSA, state: "closed", updatedAt: "2026-11-26T08:00:00Z", comments: 0 })], { etag: 'W/"acme-2"' });
    unchanged("beta");
    unchanged("gamma");
    await reconcileCycle(ctx);
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "rejected", advisoryState: "closed", closedAt: now, nextDueAt: null });
  });

  it("falls back to listing each repository when the org listing is refused, and remembers that", async () => {
    await store.installations.replaceAll([{ id: 1, account: "acme", accountType: "Organization", suspended: false }], now);
    gh.token(1);
    gh.scope().get("/orgs/acme/security-advisories").query(LIST).reply(404, { message: "Not Found" });
    gh.scope().get("/installation/repositories").query({ per_page: "100" }).reply(200, { total_count: 2, repositories: [{ name: "mcp-server", owner: { login: "acme" } }, { name: "old", owner: { login: "acme" }, archived: true }] }, { etag: 'W/"r1"' });
    gh.scope().get("/repos/acme/mcp-server/security-advisories").query(LIST).reply(200, [], { etag: 'W/"m1"' });
    const first = await reconcileCycle(ctx);
    expect(first).toMatchObject({ requests: 3 });

    now += 60_000;
    gh.scope().get("/installation/repositories").query({ per_page: "100" }).matchHeader("if-none-match", 'W/"r1"').reply(304);
    gh.scope().get("/repos/acme/mcp-server/security-advisories").query(LIST).matchHeader("if-none-match", 'W/"m1"').reply(304);
    const second = await reconcileCycle(ctx);
    expect(second).toMatchObject({ requests: 2, notModified: 2, changedAdvisories: 0 });
  });

  it("leaves an installation to the instance that leased it this period", async () => {
    for (const o of ORGS) gh.token(o.id);
    for (const o of ORGS) unchanged(o.account);
    const other = { ...ctx, deps: makeDeps({ store, clock: () => now, instanceId: "i-2" }) };
    const [a, b] = await Promise.all([reconcileCycle(ctx), reconcileCycle(other)]);
    expect(a.installations + b.installations).toBe(3);
    expect(gh.calls()).toHaveLength(3);
  });

  it("lets the reporter withdraw their credit from the advisory thread", async () => {
    await cacheSettings(store);
    await store.reports.insert(aReport({ id: GHSA, ghsaId: GHSA, state: "triage", acknowledgedAt: now - 1, reporter: "finder-jane", trackerRepo: null }));
    await store.cursors.put({ key: `adv:${GHSA}`, installationId: 1, etag: null, state: { updatedAt: "2026-11-25T10:00:00Z", comments: 1, since: "2026-11-25T10:00:05Z" }, checkedAt: now });
    for (const o of ORGS) gh.token(o.id);
    const listed = { ...listedAdvisory({ ghsa: GHSA, updatedAt: "2026-11-26T09:00:00Z", comments: 2 }), credits: [{ login: "finder-jane", type: "reporter" }, { login: "helper", type: "analyst" }] };
    gh.scope().get("/orgs/acme/security-advisories").query(LIST).reply(200, [listed], { etag: 'W/"acme-2"' });
    unchanged("beta");
    unchanged("gamma");
    gh.scope().get(`${ADVISORY}/comments`).query({ per_page: "100", since: "2026-11-25T10:00:05Z" }).reply(200, [advisoryComment({ id: 90, body: "/no-credit", author: "finder-jane", createdAt: "2026-11-26T09:00:00Z", ghsa: GHSA })]);
    gh.scope().get("/repos/acme/mcp-server/collaborators/finder-jane/permission").reply(404, { message: "Not Found" });
    gh.scope().patch(ADVISORY, { credits: [{ login: "helper", type: "analyst" }] }).reply(200, {});
    gh.scope().post(`${ADVISORY}/comments`).reply(201, { id: 91, html_url: "h" });
    await reconcileCycle(ctx);
    expect(await store.reports.get(GHSA)).toMatchObject({ credit: false });
    expect((gh.sent.find((r) => r.method === "POST" && r.path === `${ADVISORY}/comments`)!.body as { body: string }).body).toContain("✅ `/no-credit` — @finder-jane will not be named in the published advisory.");
  });

  it("makes the tracking issue the thread where the advisory comments API is missing", async () => {
    await store.reports.insert(aReport({ id: GHSA, ghsaId: GHSA, state: "triage", acknowledgedAt: now - 1, trackerRepo: "acme/security-tracker", trackerIssue: 7 }));
    await cacheSettings(store);
    for (const o of ORGS) gh.token(o.id);
    gh.scope().get("/orgs/acme/security-advisories").query(LIST).reply(200, [listedAdvisory({ ghsa: GHSA, updatedAt: "2026-11-26T09:00:00Z", comments: 1 })], { etag: 'W/"acme-2"' });
    unchanged("beta");
    unchanged("gamma");
    gh.scope().get(`${ADVISORY}/comments`).query({ per_page: "100" }).reply(404, { message: "Not Found" });
    await reconcileCycle(ctx);
    expect((await store.reports.get(GHSA))?.thread).toEqual({ kind: "issue", owner: "acme", repo: "security-tracker", number: 7 });
    expect((await store.repos.get(1001))?.commentsApi).toBe("no");
  });
});
