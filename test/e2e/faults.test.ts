/**
 * GitHub misbehaving through a whole report's life: one request in five fails — 500, 502,
 * a secondary rate limit (retry-after), a primary one (x-ratelimit-reset), a slow 503. The
 * retry and throttling plugins retry what is safe; writes whose fate is unknown are looked
 * for before being written again; failed webhooks are redelivered; the loops retry the rest.
 * The end state is the same as without faults, and nothing is written twice.
 */
import { afterEach, describe, expect, it } from "@jest/globals";
import { redeliverFailed } from "../../src/loops/redeliver.js";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { sweepCycle } from "../../src/loops/sweep.js";
import type { Fault } from "../double/fake-github.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, markerCounts, releasePayload, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";

/** A small deterministic PRNG (mulberry32), so a failure is reproducible. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function faults(seed: number, rate: number, count: { n: number }): (n: number) => Fault | null {
  const random = prng(seed);
  const kinds: (() => Fault)[] = [
    () => ({ status: 500 }),
    () => ({ status: 502 }),
    () => ({ status: 403, headers: { "retry-after": "1" }, message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." }),
    () => ({ status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000)) } }),
    () => ({ status: 503, delayMs: 20 }),
  ];
  return () => {
    if (random() >= rate) return null;
    count.n++;
    return kinds[Math.floor(random() * kinds.length)]!();
  };
}

interface Outcome {
  report: Record<string, unknown>;
  advisory: Record<string, unknown>;
  markers: string[];
  repeated: [string, number][];
  trackerIssues: number;
  releaseNotes: string;
  faults: number;
  deliveries: number;
  redelivered: number;
}

async function life(factory: () => Promise<TestStore>, seed: number | null): Promise<Outcome> {
  const t = await factory();
  const injected = { n: 0 };
  let now = Date.parse("2026-11-25T10:00:00Z");
  const world: World = await startWorld({ stores: [t.store], clock: () => now, resilient: true, fake: seed === null ? {} : { fault: faults(seed, 0.2, injected) } });
  const { fake } = world;
  const ctx = world.instances[0]!.ctx;
  /** What the app does on its own over a few periods: redeliveries, reconciling, sweeping. */
  const settle = async (periods = 6) => {
    for (let i = 0; i < periods; i++) {
      now += 3 * 60_000;
      for (const step of [() => redeliverFailed(ctx), () => fake.flushRedeliveries(), () => reconcileCycle(ctx), () => sweepCycle(ctx)]) {
        try {
          await step();
        } catch {
          /* a failed pass is retried next period */
        }
      }
    }
  };
  try {
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "Path traversal", description: "Upload ../../etc/passwd", severity: "high", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1" }] });
    await fake.sendWebhook("repository_advisory", advisoryPayload(world, "reported", GHSA));
    await settle();
    fake.commentOnAdvisory(GHSA, "carol", "/accept\n/fixed-in 1.0.2");
    await settle();
    now = Date.parse("2026-12-02T15:00:00Z");
    await fake.sendWebhook("release", releasePayload(world, 555, "v1.0.2", "2026-12-02T15:00:00Z"));
    await settle();
    fake.commentOnAdvisory(GHSA, "carol", "/publish");
    await settle();
    await fake.sendWebhook("repository_advisory", advisoryPayload(world, "published", GHSA));
    await settle(10);
    const r = (await t.store.reports.get(GHSA))!;
    const adv = fake.advisories.get(GHSA)!;
    const counts = markerCounts(world);
    return {
      report: { state: r.state, handler: r.handler, trackerIssue: r.trackerIssue, affected: r.affected, fixes: Object.keys(r.fixes), acknowledged: r.acknowledgedAt !== null, published: r.publishedAt !== null },
      advisory: { state: adv.state, severity: adv.severity, vulnerabilities: adv.vulnerabilities, credits: adv.credits, collaborators: adv.collaborating_users },
      markers: [...counts.keys()].map((m) => m.replace(/comment-\d+/, "comment-N").replace(/draft@\w+/, "draft@H")).sort(),
      repeated: [...counts].filter(([, n]) => n > 1),
      trackerIssues: fake.issues.get("acme/security-tracker")!.filter((i) => i.title.startsWith("GHSA")).length,
      releaseNotes: fake.releases.get(555)!.body,
      faults: injected.n,
      deliveries: fake.deliveries.filter((d) => !d.redelivery).length + fake.redelivered,
      redelivered: fake.redelivered,
    };
  } finally {
    await world.close();
    await t.dispose();
  }
}

describe("GitHub faults through a report's life", () => {
  afterEach(() => undefined);
  const [[, factory]] = storeFactories() as [[string, () => Promise<TestStore>]];

  it.each([[11], [23], [37]])("reaches the same end state with one request in five failing (seed %i), writing nothing twice", async (seed) => {
    blockNetwork();
    const t0 = Date.now();
    const calm = await life(factory, null);
    const t1 = Date.now();
    const stormy = await life(factory, seed);
    console.log(`calm ${t1 - t0} ms, stormy ${Date.now() - t1} ms`);
    expect(stormy.faults).toBeGreaterThan(10);
    expect(stormy.repeated).toEqual([]);
    expect(stormy.report).toEqual(calm.report);
    expect(stormy.advisory).toEqual(calm.advisory);
    expect(stormy.markers).toEqual(calm.markers);
    expect(stormy.trackerIssues).toBe(1);
    expect(stormy.releaseNotes).toBe(calm.releaseNotes);
    expect(calm.report).toMatchObject({ state: "published", acknowledged: true, published: true, fixes: ["1.0.x"] });
    console.log(`seed ${seed}: ${stormy.faults} faults injected, ${stormy.deliveries} webhook deliveries (${stormy.redelivered} redelivered), 0 duplicates, 0 writes lost`);
  });
});
