/**
 * 2. A whole report's life against the GitHub stand-in, counting requests per step — once
 * cold (a fresh process, a repository never seen, the steps hours and days apart as in
 * life, so caches have lapsed by each step) and once warm (a second report on the same
 * repository right after, its steps a minute apart, so every cache holds) — next to a
 * budget: writes are the step's visible effects; reads at most one per step when warm,
 * besides what polling must read to see a comment at all (the listing and the comments:
 * GitHub sends no webhook for advisory comments). Where a step reads more, the reason is
 * that the write replaces something people edit (a task list, release notes, an advisory),
 * so it is read just before.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reconcileCycle } from "../src/loops/reconcile.js";
import { openStore } from "../src/store/index.js";
import { FakeGitHub } from "../test/double/fake-github.js";
import { POLICY } from "./policy.js";
import { post, serveApp } from "./util.js";

export interface StepCost {
  step: string;
  reads: number;
  /** Of the reads, those polling needs to see the comment (the advisory listing, its comments). */
  pollReads: number;
  /** Of the reads, the report check's for the tracking issue (tags, files, the repository's other advisories). */
  checkReads: number;
  writes: number;
  budgetWrites: number;
  budgetReads: number;
  effects: string;
}

const STEPS: { step: string; budgetWrites: number; budgetReads: number; effects: string }[] = [
  { step: "report → acknowledgement", budgetWrites: 3, budgetReads: 1, effects: "writes: tracking issue, acknowledgement, handler added to the advisory (+ labels created once per tracker)" },
  { step: "comment: /accept /severity high /fixed-in 1.0.2", budgetWrites: 4, budgetReads: 1, effects: "writes: one advisory PATCH (state and severity), task ticked, severity label, reply; read: the task list" },
  { step: "fix release → draft", budgetWrites: 4, budgetReads: 1, effects: "writes: fix-released note, task ticked, advisory draft, preview; reads: the task list, the advisory" },
  { step: "comment: /publish", budgetWrites: 6, budgetReads: 1, effects: "writes: publish, reporter told, release notes, timeline, task ticked with the issue closed, reply; reads: the release notes, the task list" },
  { step: "published webhook (already done)", budgetWrites: 0, budgetReads: 0, effects: "nothing: the aftermath is done" },
];

export async function benchLifecycle(): Promise<{ cold: StepCost[]; warm: StepCost[] }> {
  const dir = mkdtempSync(join(tmpdir(), "spb-bench-life-"));
  let now = Date.parse("2026-11-25T10:00:00Z");
  const fake = new FakeGitHub({ now: () => new Date(now).toISOString() });
  await fake.start();
  fake.installations.push({ id: 42, account: "acme", type: "Organization" });
  const repo = fake.addRepo({ owner: "acme", name: "mcp-server", files: { "SECURITY.md": POLICY, ".github/security-policy-bot.yml": "tracker: acme/security-tracker\nhandlers: [alice, bob]\n", "package.json": '{"name":"mcp-server"}' } });
  fake.addRepo({ owner: "acme", name: "security-tracker", private: true });
  for (const u of ["alice", "bob", "carol"]) fake.permissions.set(`acme/mcp-server:${u}`, "write");
  const store = await openStore({ kind: "sqlite", location: join(dir, "ledger.sqlite") });
  const app = await serveApp(store, `${fake.url}/api/v3`, () => now);
  const repoPayload = { repository: { id: repo.id, name: "mcp-server", full_name: "acme/mcp-server", private: false, owner: { login: "acme", type: "Organization" }, default_branch: "main" }, installation: { id: 42 }, sender: { login: "finder-jane", type: "User" } };
  let deliveries = 0;
  const send = (event: string, payload: object) => post(app.url, event, JSON.stringify({ ...payload, ...repoPayload }), `bench-${++deliveries}`);

  /** One report's life; `gap` is the time between its steps. */
  const life = async (ghsa: string, releaseId: number, tag: string, gap: { short: number; long: number }): Promise<StepCost[]> => {
    const costs: StepCost[] = [];
    let mark = fake.requests.length;
    const step = (i: number) => {
      const slice = fake.requests.slice(mark).filter((r) => !r.path.includes("/access_tokens"));
      mark = fake.requests.length;
      const reads = slice.filter((r) => !r.write);
      const route = (r: { path: string }) => r.path.split("?")[0]!.replace(/^\/api\/v3/, "");
      const polling = reads.filter((r) => /\/orgs\/[^/]+\/security-advisories$|\/security-advisories\/[^/]+\/comments$|^\/app\/installations$/.test(route(r)));
      const checking = reads.filter((r) => /^\/repos\/[^/]+\/[^/]+\/(tags|contents\/.+|security-advisories)$/.test(route(r)) && !route(r).includes("security-policy-bot.yml"));
      costs.push({ ...STEPS[i]!, reads: reads.length - polling.length - checking.length, pollReads: polling.length, checkReads: checking.length, writes: slice.length - reads.length });
      if (process.env.BENCH_DEBUG) console.log(STEPS[i]!.step, slice.map((r) => `${r.method} ${r.path.split("?")[0]}`).join("\n  "));
    };
    fake.addAdvisory({ ghsa_id: ghsa, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "s", description: "d", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1" }] });
    await send("repository_advisory", { action: "reported", repository_advisory: fake.advisoryJson(fake.advisories.get(ghsa)!) });
    step(0);
    now += gap.short;
    fake.commentOnAdvisory(ghsa, "carol", "/accept\n/severity high\n/fixed-in 1.0.2");
    await reconcileCycle(app.ctx);
    step(1);
    now += gap.long;
    fake.releases.set(releaseId, { owner: "acme", repo: "mcp-server", tag_name: tag, body: "Fixes." });
    await send("release", { action: "published", release: { id: releaseId, tag_name: tag, draft: false, prerelease: false, published_at: new Date(now).toISOString() } });
    step(2);
    now += gap.short;
    fake.commentOnAdvisory(ghsa, "carol", "/publish");
    await reconcileCycle(app.ctx);
    step(3);
    await send("repository_advisory", { action: "published", repository_advisory: fake.advisoryJson(fake.advisories.get(ghsa)!) });
    step(4);
    now += 60_000;
    await reconcileCycle(app.ctx); // let the listing settle before the next life
    mark = fake.requests.length;
    return costs;
  };

  const cold = await life("GHSA-wq4h-7r42-5hrr", 555, "v1.0.2", { short: 3 * 3600_000, long: 2 * 86400_000 });
  // A second report on the same repository right after, its steps a minute apart: every cache holds.
  const warm = await life("GHSA-2c3f-4g5h-6j7m", 556, "v1.0.3", { short: 60_000, long: 60_000 });
  await app.close();
  await store.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
  return { cold, warm };
}
