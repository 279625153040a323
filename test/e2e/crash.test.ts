/**
 * Crash safety: the process dies after a write is claimed, after GitHub took it, or after all
 * writes but before the ledger heard of them. GitHub redelivers the failed webhook (asked by
 * the redelivery loop); the restarted app looks for its own markers before writing again.
 * Nothing is lost, nothing is written twice.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { crashingStore, type CrashPoint } from "../helpers/crash-store.js";
import { redeliverFailed } from "../../src/loops/redeliver.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, markerCounts, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const CASES: [CrashPoint, number, string][] = [
  // The acknowledgement is intake's first write, the tracking issue its second.
  ["claimed", 1, "after claiming the acknowledgement, before posting it"],
  ["written", 1, "after GitHub took the acknowledgement, before settling it"],
  ["claimed", 2, "after claiming the tracking issue, before writing it"],
  ["written", 2, "after GitHub created the tracking issue, before settling it"],
  ["applied", 1, "after every write, before the ledger recorded them"],
];

describe.each(CASES)("a crash at %s (hit %i): %s", (point, hit, _what) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");
  let crashing = true;

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    now = Date.parse("2026-11-25T10:00:00Z");
    crashing = true;
    // The crash is injected at the store edge: the app's own code has no hook for it.
    world = await startWorld({ stores: [crashingStore(t.store, { point, hit, armed: () => crashing })], clock: () => now });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  it("is recovered by the redelivery, with every write once", async () => {
    const { fake } = world;
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "s", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1" }] });
    const start = now;
    expect(await fake.sendWebhook("repository_advisory", advisoryPayload(world, "reported", GHSA))).toBe(500);
    // The ledger does not know of the tracking issue (what was written before the crash is recorded, nothing after).
    expect((await t.store.reports.get(GHSA))?.trackerIssue ?? null).toBeNull();

    // The app comes back (no more crashes); a few minutes later its loop asks GitHub to redeliver.
    crashing = false;
    now += 5 * 60_000;
    expect(await redeliverFailed(world.instances[0]!.ctx)).toBe(1);
    expect(await fake.flushRedeliveries()).toBe(1);

    const issues = fake.issues.get("acme/security-tracker")!;
    expect(issues).toHaveLength(1);
    const acks = fake.advisories.get(GHSA)!.comments.filter((c) => c.body.includes('kind="acknowledgement"'));
    expect(acks).toHaveLength(1);
    expect([...markerCounts(world).values()].every((n) => n === 1)).toBe(true);
    const report = await t.store.reports.get(GHSA);
    expect(report).toMatchObject({ state: "triage", trackerIssue: 1, handler: "alice" });
    // Acknowledged when the write that posted it was recorded: before the crash when the ledger heard of it, else at the recovery.
    expect([start, now]).toContain(report!.acknowledgedAt);
    expect(await redeliverFailed(world.instances[0]!.ctx)).toBe(0);
  });
});
