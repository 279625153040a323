/**
 * The deadline sweep with an injected clock: reminders and escalations on the right business
 * days, nothing when nothing is due, each message once across restarts and two instances.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import pino from "pino";
import { sql } from "kysely";
import type { GitHub } from "../../src/github/octokit.js";
import { makeDeps } from "../../src/handlers/deps.js";
import { sweepCycle } from "../../src/loops/sweep.js";
import type { LoopContext } from "../../src/loops/reconcile.js";
import { deadlines, keptPromises } from "../../src/core/promises.js";
import type { Store } from "../../src/store/index.js";
import { newProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const CAL = { timeZone: "Europe/Berlin", holidays: ["2026-12-25"] };
const CONFIG = { tracker: "acme/security-tracker", handlers: ["alice"], maintainers: { teams: ["security"] }, sla: { timezone: "Europe/Berlin", holidays: ["2026-12-25"], remind_before_days: 2 } };
// Wednesday 2026-12-16, 09:00 in Berlin. 10 business days skipping the weekends and Christmas → Thursday 2026-12-31.
const RECEIVED = Date.parse("2026-12-16T08:00:00Z");

function context(store: Store, clock: () => number, instanceId = "i-1"): LoopContext & { authCalls: number[] } {
  const probot = newProbot();
  const authCalls: number[] = [];
  return {
    deps: makeDeps({ store, clock, instanceId }),
    auth: async (id?: number) => {
      authCalls.push(id ?? 0);
      return (await probot.auth(id)) as unknown as GitHub;
    },
    log: pino({ level: process.env.SWEEP_LOG ?? "silent" }),
    pollIntervalMs: 60_000,
    authCalls,
  };
}

describe.each(storeFactories())("deadline sweep on %s", (_name, factory) => {
  let t: TestStore;
  let store: Store;
  let gh: GitHubStub;

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    store = t.store;
    gh = new GitHubStub();
    await cacheSettings(store, { config: CONFIG });
    const { ackBy, respondBy } = deadlines(RECEIVED, keptPromises(null, { acknowledge_days: null, respond_days: null }), CAL);
    await store.reports.insert(
      aReport({ id: GHSA, ghsaId: GHSA, state: "triage", handler: "alice", receivedAt: RECEIVED, ackBy, respondBy, acknowledgedAt: RECEIVED + 5000, trackerRepo: "acme/security-tracker", trackerIssue: 7, nextDueAt: RECEIVED + 5000 }),
    );
  });

  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  const posts = () => gh.sent.filter((r) => r.method === "POST" && r.path === "/repos/acme/security-tracker/issues/7/comments").map((r) => (r.body as { body: string }).body);

  it("reminds two business days before the deadline and escalates the day after, across a weekend and a holiday", async () => {
    let now = RECEIVED + 60_000;
    const ctx = context(store, () => now);
    gh.token();
    // Visibility is known for an hour; the two nudges are days apart, so each checks it.
    gh.scope().get("/repos/acme/security-tracker").times(2).reply(200, { private: true });
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").times(2).reply(201, { id: 1, html_url: "h" });
    gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: "100" }).reply(200, [{ name: "security-report" }, { name: "sla: overdue" }]);
    gh.scope().post("/repos/acme/security-tracker/issues/7/labels", { labels: ["sla: overdue"] }).reply(200, []);

    const firedOn: Record<string, string[]> = {};
    // Every hour for 20 days, as a 60-second loop would see it.
    for (let hour = 0; hour < 20 * 24; hour++) {
      now = RECEIVED + hour * 3600_000;
      const before = posts().length;
      await sweepCycle(ctx);
      for (const body of posts().slice(before)) {
        const day = new Date(now).toISOString().slice(0, 13);
        (firedOn[day] ??= []).push(body.startsWith("⏰") ? "reminder" : body.startsWith("🚨") ? "escalation" : "other");
      }
    }
    // Deadline: end of Thursday 31 December in Berlin (23:00 UTC). Reminder: end of Tuesday 29th (Berlin) = 23:00 UTC.
    expect(firedOn).toEqual({ "2026-12-29T23": ["reminder"], "2026-12-31T23": ["escalation"] });
    const [reminder, escalation] = posts();
    expect(reminder).toContain("⏰ @alice: the detailed response to [GHSA-wq4h-7r42-5hrr](https://github.com/acme/mcp-server/security/advisories/GHSA-wq4h-7r42-5hrr) (acme/mcp-server) is due by **2026-12-31**");
    expect(escalation).toContain("🚨 @alice @acme/security: the detailed response");
    expect(escalation).toContain('<!-- security-policy-bot report="GHSA-wq4h-7r42-5hrr" kind="escalation" key="escalation@2026-12-31" -->');
    expect(await store.reports.get(GHSA)).toMatchObject({ reminders: ["reminder@2026-12-31", "escalation@2026-12-31"], nextDueAt: null });
    // 480 sweeps, GitHub touched only on the two days something was due.
    expect(ctx.authCalls).toHaveLength(2);
  });

  it("makes no GitHub call when nothing is due", async () => {
    let now = RECEIVED + 60_000;
    const ctx = context(store, () => now);
    await sweepCycle(ctx); // schedules the report's next event
    for (let i = 0; i < 50; i++) {
      now += 60_000;
      expect(await sweepCycle(ctx)).toEqual({ due: 0, posted: 0, dashboards: 0 });
    }
    expect(ctx.authCalls).toEqual([]);
    expect(gh.sent).toEqual([]);
  });

  it("stops the response clock at /eta: no reminder, no escalation", async () => {
    const now = Date.parse("2027-01-04T09:00:00Z");
    await store.reports.update(GHSA, 0, { eta: "2027-02-01", respondedAt: RECEIVED + 86400_000, nextDueAt: now }, now);
    const ctx = context(store, () => now);
    expect(await sweepCycle(ctx)).toMatchObject({ due: 1, posted: 0 });
    expect(ctx.authCalls).toEqual([]);
    expect((await store.reports.get(GHSA))?.nextDueAt).toBe(Date.parse("2027-02-01T23:00:00Z"));
  });

  it("posts each reminder once across a restart and across two instances sharing the ledger", async () => {
    const now = Date.parse("2026-12-30T08:00:00Z");
    gh.token();
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 1, html_url: "h" });
    const other = await t.second();
    const a = context(store, () => now, "i-1");
    const b = context(other, () => now, "i-2");
    await Promise.all([sweepCycle(a), sweepCycle(b), sweepCycle(a), sweepCycle(b)]);
    // A restart (a fresh process on the same ledger) later the same day.
    await sweepCycle(context(store, () => now + 3600_000, "i-3"));
    expect(posts()).toHaveLength(1);
  });

  it("finds due reports through the next_due_at index", async () => {
    if (store.kind === "sqlite") {
      const plan = await sql<{ detail: string }>`explain query plan select * from reports where next_due_at <= ${Date.now()} order by next_due_at limit 200`.execute(store.db);
      expect(plan.rows.map((r) => r.detail).join("\n")).toMatch(/SEARCH reports USING INDEX reports_next_due_at \(next_due_at<\?\)/);
    } else {
      // Enough rows for the planner to care, then the query the sweep runs.
      await sql`insert into reports (id, installation_id, repo_id, owner, repo, source, thread_kind, thread_owner, thread_repo, state, received_at, ack_by, respond_by, created_at, updated_at, next_due_at)
        select 'r' || g, 42, 1001, 'acme', 'mcp-server', 'advisory', 'advisory', 'acme', 'mcp-server', 'triage', 0, 0, 0, 0, 0, 2000000000000 + g from generate_series(1, 20000) g`.execute(store.db);
      await sql`analyze reports`.execute(store.db);
      const plan = await sql<{ "QUERY PLAN": string }>`explain select * from reports where next_due_at <= ${Date.now()} order by next_due_at limit 200`.execute(store.db);
      expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/Index Scan using reports_next_due_at on reports/);
    }
  });
});
