/**
 * Issue 18, capability 5, end to end: reports arrive through the real server (signed
 * webhooks, the strict GitHub double), maintainers answer them in their advisory threads
 * (`/accept`, `/reject not-reproducible`, read by the reconciler), older reports lie in the
 * ledger; the dashboard issue the bot writes to the tracker carries the "Last 12 months"
 * chart (valid Mermaid, by Mermaid's own parser) and its table with the right numbers, and
 * `security-policy-bot stats` reads the same ledger.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import { main } from "../../src/cli.js";
import type { Report } from "../../src/core/report.js";
import { refreshDashboards } from "../../src/loops/dashboard.js";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { blockNetwork } from "../helpers/github.js";
import { aReport } from "../helpers/report.js";
import { databaseUrlOf, storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, startWorld, type World } from "../helpers/world.js";

// Mermaid's parse sanitises titles with DOMPurify, which needs a browser DOM: a pass-through
// stands in for the sanitiser only (see test/unit/render/figures-chart.test.ts).
jest.unstable_mockModule("dompurify", () => ({
  default: { sanitize: (s: string) => s, addHook: () => undefined, removeHook: () => undefined, removeHooks: () => undefined, removeAllHooks: () => undefined, isSupported: true },
}));
const { default: mermaid } = await import("mermaid");

const SUMMARY = "Prototype pollution in the config merger";
const DESCRIPTION = "Sending __proto__ in a tool call sets isAdmin on every object.";
const day = (s: string) => Date.parse(`${s}T10:00:00Z`);


describe.each(storeFactories())("the dashboard's last 12 months (%s)", (_name, factory) => {
  let t: TestStore;
  let world: World;
  let now = day("2026-11-25");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = day("2026-11-25");
    world = await startWorld({ stores: [t.store], clock: () => now });
  });

  afterEach(async () => {
    await world.close(); // fails on any request GitHub would have refused
    await t.dispose();
  });

  const report = (ghsa: string, createdAt: string) => {
    world.fake.addAdvisory({
      ghsa_id: ghsa,
      owner: "acme",
      repo: "mcp-server",
      author: "finder-jane",
      summary: SUMMARY,
      description: DESCRIPTION,
      severity: "high",
      created_at: createdAt,
      vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }],
    });
    return world.send("repository_advisory", advisoryPayload(world, "reported", ghsa));
  };
  const command = async (ghsa: string, text: string) => {
    world.fake.commentOnAdvisory(ghsa, "carol", text);
    await reconcileCycle(world.instances[0]!.ctx);
    await world.settle();
  };

  it("shows reports per month and the median business days to respond, as a chart and a table", async () => {
    // November: two reports through the server, answered after 2 and 3 business days.
    expect(await report("GHSA-2222-aaaa-bbbb", "2026-11-25T09:58:00Z")).toEqual([200]);
    expect(await report("GHSA-3333-aaaa-bbbb", "2026-11-25T09:59:00Z")).toEqual([200]);
    now = day("2026-11-27"); // Friday: Thursday and Friday
    await command("GHSA-2222-aaaa-bbbb", "/accept");
    now = day("2026-11-30"); // Monday: Thursday, Friday and Monday
    await command("GHSA-3333-aaaa-bbbb", "/reject not-reproducible");
    expect(await t.store.reports.get("GHSA-2222-aaaa-bbbb")).toMatchObject({ respondedAt: day("2026-11-27") });
    expect(await t.store.reports.get("GHSA-3333-aaaa-bbbb")).toMatchObject({ state: "rejected", outcome: "not-reproducible", respondedAt: day("2026-11-30") });

    // Older reports, already in the ledger: December 2025 (7 business days), June 2026 (3 and 5),
    // and one from November 2025, before the chart's first month.
    const repoId = world.fake.repos.get("acme/mcp-server")!.id;
    const old = (id: string, received: string, responded: string): Report =>
      aReport({ id, ghsaId: id, repoId, state: "published", receivedAt: day(received), acknowledgedAt: day(received) + 60_000, respondedAt: day(responded), publishedAt: day(responded), closedAt: day(responded) });
    for (const r of [old("GHSA-0001-aaaa-bbbb", "2025-12-01", "2025-12-10"), old("GHSA-0002-aaaa-bbbb", "2026-06-01", "2026-06-04"), old("GHSA-0003-aaaa-bbbb", "2026-06-08", "2026-06-15"), old("GHSA-0004-aaaa-bbbb", "2025-11-03", "2025-11-04")]) {
      expect(await t.store.reports.insert(r)).toBe(true);
    }

    now = day("2026-11-30") + 3600_000;
    await refreshDashboards(world.instances[0]!.ctx);
    await world.settle();

    const dashboard = world.fake.issues.get("acme/security-tracker")!.find((i) => i.title === "Security dashboard")!;
    const sent = world.fake.writes().filter((w) => w.path.startsWith("/repos/acme/security-tracker/issues") && (w.body as { body?: string } | undefined)?.body?.includes('kind="dashboard"'));
    const body = (sent.at(-1)!.body as { body: string }).body;
    expect(dashboard.body).toBe(body);

    const months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
    const chart = /### Last 12 months\n\n```mermaid\n([\s\S]*?)\n```\n/.exec(body)?.[1];
    expect(chart).toBe(
      [
        "xychart-beta",
        '  title "Reports per month and median business days to respond"',
        `  x-axis [${months.map((m) => `"${m}"`).join(", ")}]`,
        '  y-axis "Reports / business days" 0 --> 7',
        "  bar [1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2]",
        "  line [7, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 2.5]",
      ].join("\n"),
    );
    await expect(mermaid.parse(chart!)).resolves.toEqual({ diagramType: "xychart", config: {} });
    expect(body).toContain(
      [
        `| Month | ${months.join(" | ")} |`,
        `| --- | ${months.map(() => "---:").join(" | ")} |`,
        "| Reports received | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 2 |",
        "| Median business days to respond | 7 | — | — | — | — | — | 4 | — | — | — | — | 2.5 |",
      ].join("\n"),
    );
    // Outcomes of the same 12 months (the report of 2025-11 is outside them).
    expect(body).toContain("**Outcomes** (reports received in the last 12 months): published 3 · rejected: not-reproducible 1 · open 1");
    // Nothing a reporter wrote.
    expect(body).not.toContain("Prototype pollution");
    expect(body).not.toContain("__proto__");

    // The CLI reads the same ledger: November's outcomes as the commands left them.
    let out = "";
    const code = await main(["stats", "--json", "--since", "2026-11"], (s) => (out += s), () => undefined, now, { DATABASE_URL: await databaseUrlOf(t.store) });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { rows: unknown[] }).rows).toMatchObject([
      { month: "2026-11", repository: "acme/mcp-server", reports: 2, median_respond_business_days: 2.5, respond_promise: { kept: 2, of: 2 }, outcomes: { "rejected: not-reproducible": 1, open: 1 } },
    ]);
  });
});
