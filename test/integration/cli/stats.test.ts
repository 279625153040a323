/**
 * `security-policy-bot stats`, run as users run it (arguments in, text out, an exit code) against
 * a real ledger named by DATABASE_URL: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli.js";
import type { Report } from "../../../src/core/report.js";
import type { Store } from "../../../src/store/index.js";
import { aReport } from "../../helpers/report.js";
import { cacheSettings } from "../../helpers/settings.js";
import { databaseUrlOf, storeFactories, type TestStore } from "../../helpers/stores.js";
import { PUBLIC_REPO } from "../../fixtures/webhooks.js";

const NOW = Date.parse("2026-12-20T12:00:00Z");
const base = aReport();
const rep = (id: string, at: string, o: Partial<Report> = {}): Report => {
  const receivedAt = Date.parse(at);
  const d = receivedAt - base.receivedAt;
  return { ...base, id, ghsaId: id, receivedAt, ackBy: base.ackBy + d, respondBy: base.respondBy + d, ...o };
};
const t = (s: string) => Date.parse(s);

/** The ledger the tests read: two repositories, reports over three months and one a year older. */
async function seed(store: Store): Promise<void> {
  await cacheSettings(store);
  // acme/other keeps Wednesday 2026-12-02 as a holiday.
  await cacheSettings(store, { repo: { ...PUBLIC_REPO, id: 1002, name: "other" }, config: { sla: { holidays: ["2026-12-02"] } } });
  const reports = [
    rep("GHSA-aaaa-aaaa-aaaa", "2026-11-25T10:00:00Z", { state: "published", acknowledgedAt: t("2026-11-25T11:00:00Z"), respondedAt: t("2026-12-03T09:00:00Z"), fixedAt: t("2026-12-10T09:00:00Z"), publishedAt: t("2026-12-14T09:00:00Z") }),
    rep("GHSA-bbbb-bbbb-bbbb", "2026-11-26T10:00:00Z", { state: "rejected", outcome: "duplicate", duplicateOf: "GHSA-aaaa-aaaa-aaaa", acknowledgedAt: t("2026-11-26T13:00:00Z"), respondedAt: t("2026-11-30T09:00:00Z") }),
    rep("GHSA-cccc-cccc-cccc", "2026-11-27T10:00:00Z", { state: "rejected", outcome: null }),
    rep("GHSA-dddd-dddd-dddd", "2026-11-28T10:00:00Z", { state: "withdrawn", acknowledgedAt: t("2026-11-28T10:01:00Z") }),
    rep("GHSA-eeee-eeee-eeee", "2026-12-01T10:00:00Z", { repo: "other", repoId: 1002, thread: { kind: "advisory", owner: "acme", repo: "other", number: null }, state: "triage", acknowledgedAt: t("2026-12-01T10:30:00Z"), respondedAt: t("2026-12-03T09:00:00Z") }),
    rep("GHSA-ffff-ffff-ffff", "2026-10-15T10:00:00Z", { state: "accepted", acknowledgedAt: t("2026-10-15T11:00:00Z"), respondedAt: t("2026-10-16T09:00:00Z") }),
    rep("GHSA-gggg-gggg-gggg", "2025-11-14T10:00:00Z", { state: "published", acknowledgedAt: t("2025-11-14T11:00:00Z") }),
  ];
  for (const r of reports) expect(await store.reports.insert(r)).toBe(true);
}


async function run(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, (s) => (out += s), (s) => (err += s), NOW, env);
  return { code, out, err };
}

describe.each(storeFactories())("security-policy-bot stats (%s)", (_name, factory) => {
  let ts: TestStore;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    ts = await factory();
    await seed(ts.store);
    env = { DATABASE_URL: await databaseUrlOf(ts.store) };
  });
  afterAll(async () => ts.dispose());

  it("prints the last 12 months per month and repository, in words", async () => {
    const r = await run(env, "stats");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      [
        "Vulnerability reports by month of receipt (UTC), 2026-01 to 2026-12. Business days follow each repository's policy calendar.",
        "",
        "2026-10  acme/mcp-server: 1 report",
        "  median time to  acknowledge 1 hour · respond 1 business day · fix — · publish —",
        "  promises kept   acknowledge 1 of 1 (100%) · respond 1 of 1 (100%)",
        "  outcomes        open 1",
        "",
        "2026-11  acme/mcp-server: 4 reports",
        "  median time to  acknowledge 2 hours · respond 4 business days · fix 11 business days · publish 13 business days",
        "  promises kept   acknowledge 2 of 3 (67%) · respond 2 of 3 (67%)",
        "  outcomes        published 1 · rejected: duplicate 1 · rejected 1 · withdrawn 1",
        "",
        "2026-12  acme/other: 1 report",
        "  median time to  acknowledge 30 minutes · respond 1 business day · fix — · publish —",
        "  promises kept   acknowledge 1 of 1 (100%) · respond 1 of 1 (100%)",
        "  outcomes        open 1",
        "",
      ].join("\n"),
    );
  });

  it("--json and --csv give the same rows for programs and spreadsheets", async () => {
    const j = await run(env, "stats", "--json");
    expect(j.code).toBe(0);
    const parsed = JSON.parse(j.out) as { months: unknown; rows: { month: string; repository: string; reports: number; median_respond_business_days: number | null; outcomes: Record<string, number> }[] };
    expect(parsed.months).toEqual({ from: "2026-01", to: "2026-12", zone: "UTC" });
    expect(parsed.rows.map((r) => [r.month, r.repository, r.reports, r.median_respond_business_days])).toEqual([
      ["2026-10", "acme/mcp-server", 1, 1],
      ["2026-11", "acme/mcp-server", 4, 4],
      ["2026-12", "acme/other", 1, 1],
    ]);
    expect(parsed.rows[1]!.outcomes).toEqual({ published: 1, "rejected: duplicate": 1, rejected: 1, withdrawn: 1 });

    const c = await run(env, "stats", "--csv");
    expect(c.code).toBe(0);
    const lines = c.out.split("\r\n");
    expect(lines[0]).toMatch(/^month,repository,reports,median_ack_hours,/);
    expect(lines.slice(1)).toEqual([
      "2026-10,acme/mcp-server,1,1,1,,,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1",
      "2026-11,acme/mcp-server,4,2,4,11,13,2,3,0.6667,2,3,0.6667,1,1,0,0,0,0,0,0,1,1,0",
      "2026-12,acme/other,1,0.5,1,,,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1",
      "",
    ]);
  });

  it("prints what the README shows", async () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const shown = /\$ npx security-policy-bot stats --months 3\n([\s\S]*?)```/.exec(readme)?.[1];
    expect((await run(env, "stats", "--months", "3")).out).toBe(shown);
    const csv = /and with `--csv` \(the header, then November's line\):\n\n```text\n([^\n]*)\n([^\n]*)\n```/.exec(readme);
    const lines = (await run(env, "stats", "--csv", "--months", "3")).out.split("\r\n");
    expect(lines[2]).toMatch(/^2026-11,/);
    expect([lines[0], lines[2]]).toEqual([csv?.[1], csv?.[2]]);
  });

  it("keeps to a repository and to the months asked for", async () => {
    const one = await run(env, "stats", "--json", "--repo", "acme/other");
    expect((JSON.parse(one.out) as { repository: string; rows: { repository: string }[] }).rows.map((r) => r.repository)).toEqual(["acme/other"]);
    const nov = await run(env, "stats", "--csv", "--since", "2026-11", "--until", "2026-11");
    expect(nov.out.split("\r\n").slice(1, -1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["2026-11,acme/mcp-server,4"]);
    const two = await run(env, "stats", "--csv", "--months", "2");
    expect(two.out.split("\r\n").slice(1, -1).map((l) => l.slice(0, 7))).toEqual(["2026-11", "2026-12"]);
    const old = await run(env, "stats", "--json", "--since", "2025-01", "--until", "2025-12");
    expect((JSON.parse(old.out) as { rows: { month: string; reports: number }[] }).rows).toMatchObject([{ month: "2025-11", reports: 1 }]);
    const none = await run(env, "stats", "--repo", "acme/nothing");
    expect([none.code, none.out.split("\n").at(-2)]).toEqual([0, "No reports received in 2026-01 to 2026-12."]);
  });
});

describe("security-policy-bot stats: errors", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spb-stats-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers bad arguments and an unreachable ledger with one line and a non-zero exit, never a stack trace", async () => {
    const ledger = { DATABASE_URL: join(dir, "none.sqlite") };
    const cases: [NodeJS.ProcessEnv, string[], number, RegExp][] = [
      [ledger, ["stats", "--frobnicate"], 2, /unknown option "--frobnicate"; see security-policy-bot stats --help/],
      [ledger, ["stats", "--json", "--csv"], 2, /--json and --csv go one at a time/],
      [ledger, ["stats", "--months", "0"], 2, /--months needs a whole number from 1 to 1200; got "0"/],
      [ledger, ["stats", "--months"], 2, /--months needs a value/],
      [ledger, ["stats", "--since", "2026-13"], 2, /--since needs a month written YYYY-MM/],
      [ledger, ["stats", "--since", "2026-05", "--until", "2026-04"], 2, /--since 2026-05 is after --until 2026-04/],
      [ledger, ["stats", "--since", "2026-05", "--months", "3"], 2, /--months and --since go one at a time/],
      [ledger, ["stats", "--repo", "not a repo"], 2, /--repo needs owner\/name/],
      [ledger, ["stats", "."], 2, /stats takes no FILE or DIR/],
      [ledger, ["stats"], 1, /no ledger at .*none\.sqlite; set DATABASE_URL to the bot's database/],
      [{}, ["stats"], 1, /no ledger at \.\/data\/security-policy-bot\.sqlite \(DATABASE_URL is not set\)/],
      [{ DATABASE_URL: "sqlite:" }, ["stats"], 1, /names no file/],
      [{ DATABASE_URL: "postgres://spb:s3cret@127.0.0.1:1/ledger" }, ["stats"], 1, /^security-policy-bot: cannot read the ledger at postgres:\/\/127\.0\.0\.1:1\/ledger: connect ECONNREFUSED/],
    ];
    for (const [env, argv, code, message] of cases) {
      const r = await run(env, ...argv);
      expect([argv.join(" "), r.code]).toEqual([argv.join(" "), code]);
      expect(r.err).toMatch(message);
      expect(r.err).not.toContain("s3cret");
      expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe("");
    }
  });

  it("a file that is not a ledger: one line", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "junk.sqlite"), "this is not a database, it is a text file with enough bytes in it to look like one".repeat(20));
    const r = await run({ DATABASE_URL: join(dir, "junk.sqlite") }, "stats");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^security-policy-bot: cannot read the ledger at .*junk\.sqlite: file is not a database\n$/);
  });

  it("is in the usage, and explains itself", async () => {
    expect((await run({}, "--help")).out).toContain("security-policy-bot stats [--json | --csv] [--repo OWNER/NAME]");
    const h = await run({}, "stats", "--help");
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/^Usage: security-policy-bot stats /);
    expect(h.out).toContain("--csv         one header row, then one row per month and repository (RFC 4180)");
  });
});
