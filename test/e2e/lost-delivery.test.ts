/**
 * Issue 13, item 3, the case no ledger row records: the app was down (or died before it could
 * take the delivery) when GitHub sent a webhook, so GitHub marks it failed and nobody here knows
 * it. The redelivery loop looks through GitHub's recent deliveries, asks again for the failed
 * ones the ledger never took, once; the command runs, with one reply.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { redeliverFailed, SCAN_EVERY_MS } from "../../src/loops/redeliver.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, failOnce, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const TRACKER = "acme/security-tracker";

describe.each(storeFactories())("a webhook that failed before the app could take it (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    world = await startWorld({ stores: [t.store], clock: () => now, fake: { autoRedeliver: true } });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  it("is found in GitHub's delivery list and redelivered once; nothing else is asked", async () => {
    const { fake } = world;
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "s", severity: "high", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }] });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    const ctx = world.instances[0]!.ctx;
    expect(await redeliverFailed(ctx)).toBe(0); // the first look: every delivery went well
    const issue = fake.issues.get(TRACKER)!.find((i) => i.body.includes('kind="tracking-issue"'))!;

    // The app is unreachable while a maintainer's command arrives: GitHub records a failed delivery.
    const hooks = fake.hooks;
    fake.hooks = [{ url: "http://127.0.0.1:9/api/github/webhooks", secret: hooks[0]!.secret }];
    const c = fake.commentOnIssue(TRACKER, issue.number, "carol", "/severity critical");
    expect(await fake.sendWebhook(c.event, c.payload)).toBe(0);
    fake.hooks = hooks;
    expect(await t.store.deliveries.stateOf(fake.deliveries.at(-1)!.guid)).toBeUndefined();

    // Within ten minutes of the last look, the loop asks GitHub nothing.
    now += 60_000;
    const before = fake.requests.length;
    expect(await redeliverFailed(ctx)).toBe(0);
    expect(fake.requests.length).toBe(before);

    // Then it looks, finds it, and GitHub redelivers it.
    now += SCAN_EVERY_MS;
    expect(await redeliverFailed(ctx)).toBe(1);
    await world.settle();
    expect(fake.advisories.get(GHSA)!.severity).toBe("critical");
    expect(issue.comments.filter((x) => x.body.includes('kind="reply"'))).toHaveLength(1);

    // Asked for once only, even though GitHub's list still shows the failed first attempt.
    now += SCAN_EVERY_MS;
    expect(await redeliverFailed(ctx)).toBe(0);
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.startsWith("/app/hook/deliveries/"))).toHaveLength(1);
  });
});

describe.each(storeFactories())("an intake that acknowledged, then failed before the tracking issue, its delivery never retried (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    // The tracker's first issue POST fails (an instance dying between the two writes looks the same to the ledger).
    const { fault } = failOnce((method, path) => method === "POST" && path === `/repos/${TRACKER}/issues`);
    world = await startWorld({ stores: [t.store], clock: () => now, fake: { fault } });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  it("is finished by the reconciler's backstop once the claim timeout has passed: the tracking issue opened once, one acknowledgement", async () => {
    const { fake } = world;
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "s", severity: "high", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }] });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    const tracking = () => (fake.issues.get(TRACKER) ?? []).filter((i) => i.body.includes('kind="tracking-issue"'));
    expect(tracking()).toHaveLength(0);
    expect(await t.store.reports.get(GHSA)).toMatchObject({ trackerIssue: null });
    expect((await t.store.reports.get(GHSA))!.acknowledgedAt).not.toBeNull();

    // Within the claim timeout the backstop leaves it to whoever may still be working on it.
    const ctx = world.instances[0]!.ctx;
    now += 30_000;
    await reconcileCycle(ctx);
    await world.settle();
    expect(tracking()).toHaveLength(0);

    now += ctx.deps.claimTimeoutMs;
    await reconcileCycle(ctx);
    await world.settle();
    expect(tracking()).toHaveLength(1);
    expect(await t.store.reports.get(GHSA)).toMatchObject({ trackerIssue: tracking()[0]!.number });
    expect(fake.advisories.get(GHSA)!.comments.filter((c) => c.body.includes('kind="acknowledgement"'))).toHaveLength(1);
    // Finished: the next period takes nothing up.
    now += 60_000;
    const before = fake.writes().length;
    await reconcileCycle(ctx);
    await world.settle();
    expect(fake.writes().slice(before).filter((w) => w.method === "POST")).toEqual([]);
  });
});
