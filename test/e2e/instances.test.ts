/**
 * Two app instances on one ledger (PostgreSQL in CI, a shared SQLite file otherwise) behind
 * a load balancer that sends every webhook to both — some at once — with both running their
 * loops: every visible write happens exactly once, through a whole report's life.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { sweepCycle } from "../../src/loops/sweep.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, markerCounts, releasePayload, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";

describe.each(storeFactories())("two instances on one ledger (%s)", (_name, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    world = await startWorld({ stores: [t.store, await t.second()], clock: () => now });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  const both = <T>(f: (i: World["instances"][number]) => Promise<T>) => Promise.all(world.instances.map(f));

  it("writes everything once through a whole report's life", async () => {
    const { fake } = world;
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "Path traversal in upload", description: "Upload ../../etc/passwd", severity: "high", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }] });

    // The report: to both instances at once, again to one, and under a second delivery id.
    expect(await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA), { concurrent: true, guid: "d-1" })).toEqual([200, 200]);
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA), { to: [1], guid: "d-1" });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA), { concurrent: true });

    // Commands in the advisory thread; both reconcilers run at once.
    now += 3600_000;
    fake.commentOnAdvisory(GHSA, "finder-jane", "Thanks! Tested on 1.0.1.");
    fake.commentOnAdvisory(GHSA, "carol", "/accept\n/fixed-in 1.0.2");
    await both((i) => reconcileCycle(i.ctx));
    now += 61_000;
    await both((i) => reconcileCycle(i.ctx));

    // The fix release reaches both at once.
    now = Date.parse("2026-12-02T15:00:00Z");
    await world.send("release", releasePayload(world, 555, "v1.0.2", "2026-12-02T15:00:00Z"), { concurrent: true, guid: "d-rel" });
    expect(fake.advisories.get(GHSA)!.state).toBe("draft");

    // /publish, seen by both reconcilers; then GitHub's own `published` webhook to both.
    now += 3600_000;
    fake.commentOnAdvisory(GHSA, "carol", "/publish");
    await both((i) => reconcileCycle(i.ctx));
    expect(fake.advisories.get(GHSA)!.state).toBe("published");
    await world.send("repository_advisory", advisoryPayload(world, "published", GHSA), { concurrent: true, guid: "d-pub" });

    // Days of sweeps and reconciles on both: nothing more is due, nothing is repeated.
    for (let day = 0; day < 15; day++) {
      now += 86400_000;
      await both(async (i) => {
        await sweepCycle(i.ctx);
        await reconcileCycle(i.ctx);
      });
    }

    const repeated = [...markerCounts(world)].filter(([, n]) => n > 1);
    expect(repeated).toEqual([]);
    const kinds = [...markerCounts(world).keys()].map((m) => /kind="([^"]*)"(?: key="([^"]*)")?/.exec(m)!.slice(1).filter(Boolean).join(":")).sort();
    expect(kinds).toEqual([
      "acknowledgement",
      "dashboard",
      "draft-preview:" + kinds.find((k) => k.startsWith("draft-preview:"))!.split(":")[1],
      "fix-released:fix-1.0.2",
      "published:reporter",
      "published:timeline",
      "reply:comment-" + fake.advisories.get(GHSA)!.comments.find((c) => c.body.startsWith("/accept"))!.id,
      "reply:comment-" + fake.advisories.get(GHSA)!.comments.find((c) => c.body.startsWith("/publish"))!.id,
      "tracking-issue",
    ].sort());
    const writes = fake.writes();
    expect(writes.filter((w) => w.method === "POST" && w.path === "/repos/acme/security-tracker/issues")).toHaveLength(2); // the tracking issue and the dashboard
    expect(writes.filter((w) => w.method === "PATCH" && w.path === `/repos/acme/mcp-server/security-advisories/${GHSA}` && (w.body as { state?: string }).state === "published")).toHaveLength(1);
    expect(writes.filter((w) => w.method === "PATCH" && w.path === "/repos/acme/mcp-server/releases/555")).toHaveLength(1);
    expect(fake.releases.get(555)!.body).toContain(`Security: fixes [${GHSA}]`);
    const report = await t.store.reports.get(GHSA);
    expect(report).toMatchObject({ state: "published", handler: "alice", fixes: { "1.0.x": { version: "1.0.2" } } });
  });
  it("applies a command delivered to both instances at once exactly once, with one reply", async () => {
    const { fake } = world;
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "s", severity: "high", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }] });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA), { concurrent: true, guid: "d-1" });
    const tracking = fake.issues.get("acme/security-tracker")!.find((i) => i.body.includes('kind="tracking-issue"'))!;
    now += 60_000;
    const c = fake.commentOnIssue("acme/security-tracker", tracking.number, "carol", "/assign @bob\n/severity critical");
    expect(await world.send(c.event, c.payload, { concurrent: true, guid: "d-cmd" })).toEqual([200, 200]);
    // The load balancer sends it again to each, one after the other.
    await world.send(c.event, c.payload, { guid: "d-cmd" });

    expect(tracking.assignees).toEqual(["bob"]);
    expect(fake.advisories.get(GHSA)!.severity).toBe("critical");
    expect(fake.advisories.get(GHSA)!.collaborating_users).toEqual(["alice", "bob"]);
    expect(tracking.comments.filter((x) => x.body.includes('kind="reply"'))).toHaveLength(1);
    // The handler's access at intake; then, once each, the new handler's access and the severity.
    expect(fake.writes().filter((w) => w.method === "PATCH" && w.path === `/repos/acme/mcp-server/security-advisories/${GHSA}`).map((w) => w.body)).toEqual([{ collaborating_users: ["alice"] }, { collaborating_users: ["alice", "bob"] }, { severity: "critical" }]);
    expect(await t.store.reports.get(GHSA)).toMatchObject({ handler: "bob", severity: "critical" });
    expect([...markerCounts(world)].filter(([, n]) => n > 1)).toEqual([]);
  });

  it("takes in an issue a person labels security-report once, whichever instance gets it, and never the bot's own issues", async () => {
    const { fake } = world;
    fake.addRepo({ owner: "acme", name: "internal", private: true, files: { "SECURITY.md": "# Security\n\nWe acknowledge reports within 3 business days.\n" } });
    const issue = { id: 777, number: 1, node_id: "I_internal_1", title: "Mail from a researcher", body: "They found an SSRF.", state: "open", labels: [{ name: "security-report" }], assignees: [], user: { login: "dana", type: "User" }, created_at: "2026-11-25T09:00:00Z", updated_at: "2026-11-25T09:00:00Z", html_url: "https://github.com/acme/internal/issues/1", performed_via_github_app: null };
    fake.issues.get("acme/internal")!.push({ id: 777, number: 1, title: issue.title, body: issue.body, state: "open", labels: ["security-report"], assignees: [], comments: [], user: "dana", created_at: issue.created_at, node_id: issue.node_id });
    const payload = { action: "labeled", issue, label: { name: "security-report" }, repository: fake.repoJson(fake.repos.get("acme/internal")!), organization: { login: "acme" }, installation: { id: 42 }, sender: { login: "dana", type: "User" } };
    expect(await world.send("issues", payload, { concurrent: true, guid: "d-label" })).toEqual([200, 200]);
    const thread = fake.issues.get("acme/internal")![0]!;
    const acks = thread.comments.filter((x) => x.body.includes('kind="acknowledgement"'));
    expect(acks).toHaveLength(1);
    expect(acks[0]!.body).toContain("Thank you for your report, @dana");
    // GitHub's echo of the bot's acknowledgement reached both instances; it became neither a report nor a command.
    expect(fake.echoes.some((e) => e.event === "issue_comment" && (e.payload as { issue: { number: number } }).issue.number === 1)).toBe(true);
    expect((await t.store.reports.open()).map((r) => r.id)).toEqual(["acme/internal#1"]);
  });
});
