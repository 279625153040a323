/**
 * Issue 13, items 1 and 2, end to end against the strict double (which sends the app the
 * webhooks its own writes cause): the bot never takes its own writes as input, and the
 * reporter's acknowledgement is the first write of intake. On SQLite, and on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { sweepCycle } from "../../src/loops/sweep.js";
import type { FakeGitHubOptions } from "../double/fake-github.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, markerCounts, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const TRACKER = "acme/security-tracker";

describe.each(storeFactories())("the bot's own writes come back as webhooks (%s)", (_name, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");

  const start = async (fake: FakeGitHubOptions = {}) => {
    world = await startWorld({ stores: [t.store], clock: () => now, fake });
  };

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  const reported = async () => {
    world.fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "Path traversal", severity: "high", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }] });
    expect(await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA))).toEqual([200]);
  };
  const trackerIssues = () => world.fake.issues.get(TRACKER)!;
  const everyBody = () => [...world.fake.issues.values()].flat().flatMap((i) => [i.body, ...i.comments.map((c) => c.body)]).concat(world.fake.advisories.get(GHSA)!.comments.map((c) => c.body));

  it("takes its own tracking issue for no report: one tracking issue, one acknowledgement, no phantom reminders", async () => {
    await start();
    await reported();
    // GitHub did send the echoes: the tracking issue opened and labelled security-report, as the bot's bot user.
    const echoed = world.fake.echoes.filter((e) => e.event === "issues").map((e) => `${(e.payload as { action: string }).action}:${((e.payload as { label?: { name: string } }).label?.name ?? "")}`);
    expect(echoed).toEqual(expect.arrayContaining(["opened:", "labeled:security-report"]));
    expect(world.fake.deliveries.filter((d) => d.event === "issues").every((d) => d.status === 200)).toBe(true);

    expect(trackerIssues()).toHaveLength(1);
    expect((await t.store.reports.open()).map((r) => r.id)).toEqual([GHSA]);
    expect(everyBody().some((b) => /Thank you for your report, @security-policy-bot/.test(b))).toBe(false);

    // Sixteen days of sweeps, past the response deadline (2026-12-09): a reminder and an escalation for
    // the one real report, and nothing for a phantom.
    for (let day = 0; day < 16; day++) {
      now += 86400_000;
      await sweepCycle(world.instances[0]!.ctx);
      await world.settle();
    }
    const kinds = [...markerCounts(world).keys()].map((m) => /report="([^"]*)" kind="([^"]*)"/.exec(m)!.slice(1).join(" "));
    expect(kinds.filter((k) => !k.startsWith(`${TRACKER} dashboard`)).sort()).toEqual([`${GHSA} acknowledgement`, `${GHSA} escalation`, `${GHSA} reminder`, `${GHSA} tracking-issue`]);
    expect([...markerCounts(world).values()].every((n) => n === 1)).toBe(true);
    expect(trackerIssues().filter((i) => i.body.includes('kind="tracking-issue"'))).toHaveLength(1);
  });

  it("acknowledges the reporter first, before any write on the maintainers' side", async () => {
    await start();
    await reported();
    const writes = world.fake.writes().filter((w) => !w.path.includes("/access_tokens"));
    expect(`${writes[0]!.method} ${writes[0]!.path}`).toBe(`POST /repos/acme/mcp-server/security-advisories/${GHSA}/comments`);
    expect((writes[0]!.body as { body: string }).body).toContain("Thank you for your report, @finder-jane");
    expect(writes.slice(1).map((w) => `${w.method} ${w.path}`)).toEqual(expect.arrayContaining([`POST /repos/${TRACKER}/issues`]));
  });

  it("does not take its tracking issue as a report when a person adds security-report to it", async () => {
    await start();
    await reported();
    const issue = trackerIssues()[0]!;
    const payload = { action: "labeled", issue: { number: issue.number, title: issue.title, body: issue.body, html_url: `https://github.com/${TRACKER}/issues/${issue.number}`, created_at: issue.created_at, user: { login: "security-policy-bot[bot]", type: "Bot" }, labels: [] }, label: { name: "security-report" }, repository: world.fake.repoJson(world.fake.repos.get(TRACKER)!), organization: { login: "acme" }, installation: { id: 42 }, sender: { login: "carol", type: "User" } };
    expect(await world.send("issues", payload)).toEqual([200]);
    expect((await t.store.reports.open()).map((r) => r.id)).toEqual([GHSA]);
    expect(trackerIssues()).toHaveLength(1);
    expect(issue.comments).toEqual([]);
  });

  it("still recognises its own writes by their markers when GitHub cannot say who the app is", async () => {
    await start({ fault: (_n, method, path) => (method === "GET" && path === "/app" ? { status: 500, message: "Server Error" } : null) });
    await reported();
    expect(world.fake.requests.filter((r) => r.path === "/app" && r.status === 200)).toEqual([]); // never learnt who it is
    expect(trackerIssues()).toHaveLength(1);
    expect((await t.store.reports.open()).map((r) => r.id)).toEqual([GHSA]);
    expect([...markerCounts(world).values()].every((n) => n === 1)).toBe(true);
  });
});
