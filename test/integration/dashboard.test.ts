/** The security dashboard: a realistic set rendered, written once, rewritten only when its text changes. */
import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import pino from "pino";
import type { GitHub } from "../../src/github/octokit.js";
import { makeDeps } from "../../src/handlers/deps.js";
import { refreshDashboards } from "../../src/loops/dashboard.js";
import type { LoopContext } from "../../src/loops/reconcile.js";
import type { Store } from "../../src/store/index.js";
import { newProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { PRIVATE_APP_REPO } from "../fixtures/webhooks.js";

const NOW = Date.parse("2026-12-14T10:00:00Z");
const day = (s: string) => Date.parse(`${s}T10:00:00Z`);

describe("security dashboard", () => {
  let t: TestStore;
  let store: Store;
  let gh: GitHubStub;
  let now = NOW;
  let ctx: LoopContext;

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    store = t.store;
    gh = new GitHubStub();
    now = NOW;
    const probot = newProbot();
    ctx = { deps: makeDeps({ store, clock: () => now, instanceId: "i" }), auth: async (id?: number) => (await probot.auth(id)) as unknown as GitHub, log: pino({ level: "silent" }), pollIntervalMs: 60000 };
    await store.installations.put({ id: 42, account: "acme", accountType: "Organization", suspended: false }, NOW);
    await cacheSettings(store);
    await cacheSettings(store, { repo: PRIVATE_APP_REPO, config: { handlers: ["alice"] } }); // no tracker: no dashboard
    await store.reports.insert(aReport({ id: "GHSA-aaaa-aaaa-aaaa", ghsaId: "GHSA-aaaa-aaaa-aaaa", state: "triage", severity: "high", handler: "alice", receivedAt: day("2026-11-25"), ackBy: day("2026-11-28"), acknowledgedAt: day("2026-11-25") + 60000, respondBy: Date.parse("2026-12-09T23:59:59.999Z") }));
    await store.reports.insert(aReport({ id: "GHSA-bbbb-bbbb-bbbb", ghsaId: "GHSA-bbbb-bbbb-bbbb", state: "accepted", severity: "critical", handler: "bob", receivedAt: day("2026-12-07"), ackBy: day("2026-12-10"), acknowledgedAt: day("2026-12-07") + 120000, respondedAt: day("2026-12-08"), respondBy: Date.parse("2026-12-21T23:59:59.999Z"), eta: "2026-12-18", fixedIn: { "1.0.x": "1.0.2" }, discloseBy: Date.parse("2027-03-07T23:59:59.999Z"), discloseSource: "policy" }));
    await store.reports.insert(aReport({ id: "GHSA-cccc-cccc-cccc", ghsaId: "GHSA-cccc-cccc-cccc", state: "triage", severity: null, handler: "bob", receivedAt: day("2026-12-10"), ackBy: day("2026-12-13"), acknowledgedAt: day("2026-12-10") + 60000, respondBy: Date.parse("2026-12-24T23:59:59.999Z"), affected: [], unsupported: [], vulnerableRange: null }));
    await store.reports.insert(aReport({ id: "GHSA-dddd-dddd-dddd", ghsaId: "GHSA-dddd-dddd-dddd", state: "published", severity: "medium", receivedAt: day("2026-10-01"), ackBy: day("2026-10-04"), acknowledgedAt: day("2026-10-01") + 600000, respondedAt: day("2026-10-05"), respondBy: Date.parse("2026-10-15T23:59:59.999Z"), fixedAt: day("2026-10-20"), publishedAt: day("2026-10-22"), fixes: { "1.0.x": { version: "1.0.1", at: day("2026-10-20"), releaseId: 1 } } }));
    await store.reports.insert(aReport({ id: "acme/internal-app#3", ghsaId: null, repoId: PRIVATE_APP_REPO.id, repo: "internal-app", state: "triage" }));
  });

  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  it("renders open reports overdue first, with the figures of the last 90 days, and writes only when the text changes", async () => {
    gh.token();
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    gh.scope().post("/repos/acme/security-tracker/issues").reply(201, { number: 30, html_url: "h" });
    expect(await refreshDashboards(ctx)).toBe(1);
    const created = gh.sent.find((r) => r.method === "POST" && r.path === "/repos/acme/security-tracker/issues")!.body as { title: string; body: string };
    expect(created.title).toBe("Security dashboard");
    const rows = created.body.split("\n").filter((l) => l.startsWith("| ") && l.includes("GHSA"));
    expect(rows).toEqual([
      "| 🚨 [GHSA-aaaa-aaaa-aaaa](https://github.com/acme/mcp-server/security/advisories/GHSA-aaaa-aaaa-aaaa) | acme/mcp-server | high | alice | acknowledged, awaiting a detailed response | 2026-11-25 | **2026-12-09 — overdue** | — | — | 1.0.x | — |",
      "| [GHSA-cccc-cccc-cccc](https://github.com/acme/mcp-server/security/advisories/GHSA-cccc-cccc-cccc) | acme/mcp-server | — | bob | acknowledged, awaiting a detailed response | 2026-12-10 | 2026-12-24 | — | — | — | — |",
      "| [GHSA-bbbb-bbbb-bbbb](https://github.com/acme/mcp-server/security/advisories/GHSA-bbbb-bbbb-bbbb) | acme/mcp-server | critical | bob | confirmed, a fix is being prepared | 2026-12-07 | answered | 2026-12-18 | 2027-03-07 | 1.0.x | — |",
    ]);
    expect(created.body).not.toContain("internal-app");
    expect(created.body).toContain("### Last 90 days (4 reports)");
    // Acknowledged after 1, 2, 1 and 10 minutes; answered after 1 and 2 business days (both in time), one overdue.
    expect(created.body).toContain("| Acknowledgement | 2 minutes | 100% of 4 |");
    expect(created.body).toContain("| Detailed response | 1.5 business days | 67% of 3 |");
    expect(created.body).toContain("| Fix released | 13 business days | |");
    expect(created.body).toContain("| Advisory published | 15 business days | |");
    expect(created.body).toContain('<!-- security-policy-bot report="acme/security-tracker" kind="dashboard" -->');

    // Unchanged: nothing read, nothing written.
    now += 60_000;
    expect(await refreshDashboards(ctx)).toBe(0);

    // A write that changes nothing shown: re-rendered, not written.
    const change = async (patch: Record<string, unknown>) => {
      const r = (await store.reports.get("GHSA-cccc-cccc-cccc"))!;
      expect(await store.reports.update(r.id, r.revision, patch, now)).toBeDefined();
    };
    await change({ lastMaintainerAt: now });
    now += 60_000;
    expect(await refreshDashboards(ctx)).toBe(0);

    // A change that shows: one PATCH of the same issue.
    await change({ severity: "low" });
    now += 60_000;
    gh.scope().patch("/repos/acme/security-tracker/issues/30", (b: { body: string }) => b.body.includes("| acme/mcp-server | low | bob |")).reply(200, {});
    expect(await refreshDashboards(ctx)).toBe(1);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/security-tracker/issues", "PATCH /repos/acme/security-tracker/issues/30"]);

    // Nothing written since, in the same quarter hour: the trackers are not even looked at.
    const looked = jest.spyOn(store.installations, "active");
    now += 60_000;
    expect(await refreshDashboards(ctx)).toBe(0);
    expect(looked).not.toHaveBeenCalled();
    // The next quarter hour (a day may have turned somewhere): looked at again.
    now = Date.parse("2026-12-14T10:15:00Z");
    expect(await refreshDashboards(ctx)).toBe(0);
    expect(looked).toHaveBeenCalledTimes(1);
  });
});
