/**
 * 3. The reconciler's cost: 100 organisations × 50 advisories, 1% of the advisories getting
 * a comment between cycles (the poll interval apart). Requests per cycle next to the goal
 * (organisations + changed advisories), the share answered 304, and time per cycle (the
 * GitHub stand-in runs in the same process, so its time is included).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reconcileCycle } from "../src/loops/reconcile.js";
import { openStore } from "../src/store/index.js";
import { FakeGitHub } from "../test/double/fake-github.js";
import { insertReports, openReport, seedRepo } from "./seed.js";
import { round, serveApp } from "./util.js";

export interface ReconcileResult {
  orgs: number;
  advisories: number;
  cycles: number;
  changedPerCycle: number;
  /** Medians over the measured cycles. */
  requests: number;
  listings: number;
  notModified: number;
  commentReads: number;
  goal: number;
  /** Of the listings whose organisation had no change, the share answered 304. */
  unchangedAs304: number;
  msPerCycle: number;
  tokenExchanges: number;
}

const GHSA_CHARS = "23456789cfghjmpqrvwx";
function ghsa(n: number): string {
  const part = (k: number) => Array.from({ length: 4 }, (_, i) => GHSA_CHARS[Math.floor(k / GHSA_CHARS.length ** i) % GHSA_CHARS.length]).join("");
  return `GHSA-${part(n)}-${part(n * 7 + 3)}-${part(n * 13 + 5)}`;
}

/** A small deterministic generator (mulberry32), so every run changes the same advisories. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchReconcile(orgs = 100, perOrg = 50, share = 0.01, cycles = 10): Promise<ReconcileResult> {
  const dir = mkdtempSync(join(tmpdir(), "spb-bench-rec-"));
  let now = Date.parse("2026-11-25T10:00:00Z");
  const fake = new FakeGitHub({ now: () => new Date(now).toISOString() });
  await fake.start();
  const store = await openStore({ kind: "sqlite", location: join(dir, "ledger.sqlite") });
  const all: string[] = [];
  const reports = [];
  for (let o = 0; o < orgs; o++) {
    const owner = `org-${o}`;
    fake.installations.push({ id: 1000 + o, account: owner, type: "Organization" });
    const repo = fake.addRepo({ owner, name: "app" });
    fake.permissions.set(`${owner}/app:carol`, "write");
    await seedRepo(store, { installationId: 1000 + o, repoId: repo.id, owner, name: "app", now, tracker: false });
    for (let a = 0; a < perOrg; a++) {
      const id = ghsa(o * perOrg + a);
      fake.addAdvisory({ ghsa_id: id, owner, repo: "app", author: "finder-jane" });
      reports.push(openReport({ id, installationId: 1000 + o, repoId: repo.id, owner, repo: "app", now, nextDueAt: null, tracker: null }));
      all.push(id);
    }
  }
  await insertReports(store, reports);
  const app = await serveApp(store, `${fake.url}/api/v3`, () => now);
  const next = random(42);
  const changedPerCycle = Math.round(orgs * perOrg * share);

  // The first cycle learns every list and advisory (all 200); the next ones are measured.
  await reconcileCycle(app.ctx);
  const runs: { requests: number; listings: number; notModified: number; commentReads: number; ms: number; unchangedAs304: number; tokens: number }[] = [];
  for (let c = 0; c < cycles; c++) {
    now += app.ctx.pollIntervalMs;
    const changed = new Set<string>();
    while (changed.size < changedPerCycle) changed.add(all[Math.floor(next() * all.length)]!);
    const changedOrgs = new Set([...changed].map((id) => fake.advisories.get(id)!.owner));
    for (const id of changed) fake.commentOnAdvisory(id, "carol", "Looking into it, will report back tomorrow.");
    const mark = fake.requests.length;
    const t0 = performance.now();
    await reconcileCycle(app.ctx);
    const ms = performance.now() - t0;
    const made = fake.requests.slice(mark);
    const requests = made.filter((r) => !r.path.endsWith("/access_tokens"));
    const listings = requests.filter((r) => /\/orgs\/[^/]+\/security-advisories/.test(r.path));
    const unchanged = listings.filter((r) => !changedOrgs.has(/\/orgs\/([^/]+)\//.exec(r.path)![1]!));
    runs.push({
      requests: requests.length,
      listings: listings.length,
      notModified: requests.filter((r) => r.status === 304).length,
      commentReads: requests.filter((r) => r.path.includes("/comments")).length,
      ms,
      unchangedAs304: unchanged.length ? unchanged.filter((r) => r.status === 304).length / unchanged.length : 1,
      tokens: made.length - requests.length,
    });
    // The goal counts one listing per organisation and one comment read per changed advisory.
    if (requests.length !== orgs + changed.size && process.env.BENCH_DEBUG) console.log(`cycle ${c}: ${requests.length} requests for ${orgs} + ${changed.size}`);
  }
  await app.close();
  await store.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
  return {
    orgs,
    advisories: orgs * perOrg,
    cycles,
    changedPerCycle,
    requests: median(runs.map((r) => r.requests)),
    listings: median(runs.map((r) => r.listings)),
    notModified: median(runs.map((r) => r.notModified)),
    commentReads: median(runs.map((r) => r.commentReads)),
    goal: orgs + changedPerCycle,
    unchangedAs304: round(Math.min(...runs.map((r) => r.unchangedAs304)) * 100, 1),
    msPerCycle: round(median(runs.map((r) => r.ms)), 0),
    tokenExchanges: runs.reduce((n, r) => n + r.tokens, 0),
  };
}
