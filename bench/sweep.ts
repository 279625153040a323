/**
 * 4. The deadline sweep over 100 000 open reports (100 installations × 10 repositories × 100
 * reports, each installation with a tracker and its dashboard), in SQLite and in
 * PostgreSQL: time per sweep with nothing due, and with 100 reminders due (posted to the
 * GitHub stand-in in this process, with the dashboards they change rewritten).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Report } from "../src/core/report.js";
import { sweepCycle } from "../src/loops/sweep.js";
import { openStore, type Store } from "../src/store/index.js";
import { FakeGitHub } from "../test/double/fake-github.js";
import { insertReports, openReport, seedRepo } from "./seed.js";
import { round, serveApp } from "./util.js";

export interface SweepResult {
  database: string;
  reports: number;
  /** Medians, ms. */
  nothingDue: number;
  hundredDue: number;
  posted: number;
  dashboardsWritten: number;
  /** How long filling the ledger took, s. */
  seedSeconds: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function openTarget(kind: "sqlite" | "postgres", url: string, dir: string): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (kind === "sqlite") return { store: await openStore({ kind: "sqlite", location: join(dir, "sweep.sqlite") }), drop: async () => undefined };
  const schema = `bench_${randomBytes(5).toString("hex")}`;
  const store = await openStore({ kind: "postgres", location: url }, { schema });
  return {
    store,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export async function benchSweep(kind: "sqlite" | "postgres", url: string, installations = 100, reposPer = 10, reportsPer = 100): Promise<SweepResult> {
  const dir = mkdtempSync(join(tmpdir(), "spb-bench-sweep-"));
  let now = Date.parse("2026-11-25T10:00:00Z");
  const fake = new FakeGitHub({ now: () => new Date(now).toISOString() });
  await fake.start();
  const { store, drop } = await openTarget(kind, url, dir);
  try {
    const t0 = performance.now();
    const reports: Report[] = [];
    let n = 0;
    for (let i = 0; i < installations; i++) {
      const owner = `org-${i}`;
      fake.installations.push({ id: 1000 + i, account: owner, type: "Organization" });
      fake.addRepo({ owner, name: "security-tracker", private: true });
      for (let r = 0; r < reposPer; r++) {
        const repo = fake.addRepo({ owner, name: `app-${r}` });
        await seedRepo(store, { installationId: 1000 + i, repoId: repo.id, owner, name: `app-${r}`, now, tracker: true });
        for (let k = 0; k < reportsPer; k++) {
          const id = `GHSA-bnch-${String(n++).padStart(6, "0")}`;
          // Deadlines days away; the sweep next looks at each report then.
          reports.push(openReport({ id, installationId: 1000 + i, repoId: repo.id, owner, repo: `app-${r}`, now, nextDueAt: now + (1 + (n % 7)) * 86400_000, tracker: null }));
        }
      }
    }
    await insertReports(store, reports);
    const seedSeconds = round((performance.now() - t0) / 1000, 1);
    const app = await serveApp(store, `${fake.url}/api/v3`, () => now);

    // The first sweep writes every dashboard; then nothing is due.
    await sweepCycle(app.ctx);
    const quiet: number[] = [];
    for (let i = 0; i < 20; i++) {
      now += 60_000;
      const t = performance.now();
      const stats = await sweepCycle(app.ctx);
      quiet.push(performance.now() - t);
      if (stats.due || stats.dashboards) throw new Error("a quiet sweep found work");
    }

    // 100 reports (10 in each of 10 installations) reach their reminder: respond-by is a business day away.
    const busy: number[] = [];
    let posted = 0;
    let dashboards = 0;
    for (let round_ = 0; round_ < 3; round_++) {
      now += 60_000;
      const pool = reports.filter((r) => r.installationId < 1000 + 10);
      const chosen = Array.from({ length: 100 }, (_, j) => pool[j * Math.floor(pool.length / 100) + round_]!);
      for (const r of chosen) {
        fake.addAdvisory({ ghsa_id: r.id, owner: r.owner, repo: r.repo });
        const cur = (await store.reports.get(r.id))!;
        await store.reports.update(r.id, cur.revision, { respondBy: now + 86400_000, nextDueAt: now - 1000 }, now - 1000);
      }
      const t = performance.now();
      const stats = await sweepCycle(app.ctx);
      busy.push(performance.now() - t);
      posted += stats.posted;
      if (process.env.BENCH_DEBUG) console.log(`round ${round_}: due ${stats.due}, posted ${stats.posted}, dashboards ${stats.dashboards}`);
      dashboards += stats.dashboards;
      if (stats.due !== chosen.length) throw new Error(`expected ${chosen.length} due, swept ${stats.due}`);
    }
    await app.close();
    return { database: kind === "sqlite" ? "SQLite" : "PostgreSQL", reports: reports.length, nothingDue: round(median(quiet), 2), hundredDue: round(median(busy), 0), posted: Math.round(posted / 3), dashboardsWritten: Math.round(dashboards / 3), seedSeconds };
  } finally {
    await store.close();
    await drop();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
