/** Issue 18, capability 5: the figures per month and repository, and the dashboard's 12-month trend. */
import { describe, expect, it } from "@jest/globals";
import type { Calendar } from "../../../src/core/calendar.js";
import type { Report } from "../../../src/core/report.js";
import { lastMonths, monthlyStats, monthlyTrend, monthOf, monthsBetween, monthStart, OUTCOME_KEYS, outcomeOf } from "../../../src/core/stats.js";
import { aReport } from "../../helpers/report.js";

const NOW = Date.parse("2026-12-20T12:00:00Z");
const H = 3600000;
const base = aReport(); // received Wed 2026-11-25 10:00 UTC

/** A report received at `at`, its deadlines moved with it. */
const rep = (at: string, o: Partial<Report> = {}): Report => {
  const receivedAt = Date.parse(at);
  const d = receivedAt - base.receivedAt;
  return { ...base, receivedAt, ackBy: base.ackBy + d, respondBy: base.respondBy + d, ...o };
};

const UTC: Calendar = { timeZone: "UTC", holidays: [] };
// acme/other's policy calendar has a holiday on Wednesday 2026-12-02.
const OTHER: Calendar = { timeZone: "UTC", holidays: ["2026-12-02"] };
const calendarFor = (r: Report) => (r.repo === "other" ? OTHER : UTC);

const REPORTS: Report[] = [
  // November, acme/mcp-server: published, rejected as a duplicate, rejected before reasons were kept, withdrawn.
  rep("2026-11-25T10:00:00Z", { id: "A", state: "published", acknowledgedAt: Date.parse("2026-11-25T11:00:00Z"), respondedAt: Date.parse("2026-12-03T09:00:00Z"), fixedAt: Date.parse("2026-12-10T09:00:00Z"), publishedAt: Date.parse("2026-12-14T09:00:00Z") }),
  rep("2026-11-26T10:00:00Z", { id: "B", state: "rejected", outcome: "duplicate", acknowledgedAt: Date.parse("2026-11-26T13:00:00Z"), respondedAt: Date.parse("2026-11-30T09:00:00Z") }),
  rep("2026-11-27T10:00:00Z", { id: "C", state: "rejected", outcome: null }),
  rep("2026-11-28T10:00:00Z", { id: "D", state: "withdrawn", acknowledgedAt: Date.parse("2026-11-28T10:01:00Z"), respondedAt: Date.parse("2026-11-28T11:00:00Z") }),
  // December, acme/other: answered on Thursday, the Wednesday being a holiday there.
  rep("2026-12-01T10:00:00Z", { id: "E", repo: "other", repoId: 1002, state: "triage", acknowledgedAt: Date.parse("2026-12-01T10:30:00Z"), respondedAt: Date.parse("2026-12-03T09:00:00Z") }),
  // October, acme/mcp-server: accepted, still open.
  rep("2026-10-15T10:00:00Z", { id: "F", state: "accepted", acknowledgedAt: Date.parse("2026-10-15T11:00:00Z"), respondedAt: Date.parse("2026-10-16T09:00:00Z") }),
  // Before the months asked for.
  rep("2025-11-14T10:00:00Z", { id: "G", state: "published", acknowledgedAt: Date.parse("2025-11-14T11:00:00Z") }),
];

describe("months", () => {
  it("are UTC calendar months, counted across year ends", () => {
    expect(monthOf(Date.parse("2026-11-30T23:59:59Z"))).toBe("2026-11");
    expect(monthOf(Date.parse("2026-12-01T00:00:00Z"))).toBe("2026-12");
    expect(monthStart("2026-12", 1)).toBe(Date.parse("2027-01-01T00:00:00Z"));
    expect(lastMonths(Date.parse("2026-02-10T00:00:00Z"), 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(lastMonths(NOW, 12)).toHaveLength(12);
    expect(lastMonths(NOW, 12)[0]).toBe("2026-01");
    expect(monthsBetween("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(monthsBetween("2026-11", "2026-10")).toEqual([]);
    expect(() => monthStart("2026-13")).toThrow(/YYYY-MM/);
  });
});

describe("outcomes", () => {
  it("are published, rejected by reason (plain for rows without one), withdrawn or open", () => {
    expect(outcomeOf({ state: "published", outcome: null })).toBe("published");
    expect(outcomeOf({ state: "rejected", outcome: "not-reproducible" })).toBe("rejected: not-reproducible");
    expect(outcomeOf({ state: "rejected", outcome: "withdrawn" })).toBe("rejected: withdrawn");
    expect(outcomeOf({ state: "rejected", outcome: null })).toBe("rejected");
    expect(outcomeOf({ state: "withdrawn", outcome: null })).toBe("withdrawn");
    for (const state of ["new", "triage", "accepted", "fixed", "drafted"] as const) expect(outcomeOf({ state, outcome: null })).toBe("open");
    expect(OUTCOME_KEYS).toEqual([
      "published",
      "rejected: duplicate",
      "rejected: not-a-vulnerability",
      "rejected: not-reproducible",
      "rejected: working-as-intended",
      "rejected: out-of-scope",
      "rejected: no-response",
      "rejected: withdrawn",
      "rejected",
      "withdrawn",
      "open",
    ]);
  });
});

describe("monthlyStats", () => {
  const rows = monthlyStats(REPORTS, calendarFor, NOW, { from: "2026-01", to: "2026-12" });

  it("gives one row per month and repository with reports, oldest first", () => {
    expect(rows.map((r) => `${r.month} ${r.repository}`)).toEqual(["2026-10 acme/mcp-server", "2026-11 acme/mcp-server", "2026-12 acme/other"]);
  });

  it("measures each group: medians, promises kept (withdrawn left out), outcomes (every report)", () => {
    expect(rows[1]).toEqual({
      month: "2026-11",
      repository: "acme/mcp-server",
      reports: 4,
      medianAckHours: 2, // 1 and 3 hours; C never acknowledged; D withdrawn
      medianRespondDays: 4, // 6 and 2 business days
      medianFixDays: 11,
      medianPublishDays: 13,
      ackKept: { kept: 2, of: 3, share: 2 / 3 }, // C's deadline passed unacknowledged
      respondKept: { kept: 2, of: 3, share: 2 / 3 },
      outcomes: { published: 1, "rejected: duplicate": 1, rejected: 1, withdrawn: 1 },
    });
    expect(Object.keys(rows[1]!.outcomes)).toEqual(["published", "rejected: duplicate", "rejected", "withdrawn"]);
    expect(rows[0]).toMatchObject({ reports: 1, medianAckHours: 1, medianRespondDays: 1, medianFixDays: null, ackKept: { kept: 1, of: 1, share: 1 }, outcomes: { open: 1 } });
  });

  it("counts business days in each repository's own calendar", () => {
    // Tuesday to Thursday is 2 business days, 1 with the Wednesday a holiday.
    expect(rows[2]).toMatchObject({ repository: "acme/other", reports: 1, medianAckHours: 0.5, medianRespondDays: 1 });
    expect(monthlyStats(REPORTS, () => UTC, NOW, { from: "2026-12", to: "2026-12" })[0]).toMatchObject({ medianRespondDays: 2 });
  });

  it("keeps to the months and the repository asked for", () => {
    expect(monthlyStats(REPORTS, calendarFor, NOW, { from: "2025-11", to: "2025-11" }).map((r) => r.reports)).toEqual([1]);
    expect(monthlyStats(REPORTS, calendarFor, NOW, { from: "2026-11", to: "2026-11" }).map((r) => r.month)).toEqual(["2026-11"]);
    expect(monthlyStats(REPORTS, calendarFor, NOW, { from: "2026-01", to: "2026-12", repository: "ACME/Other" }).map((r) => r.repository)).toEqual(["acme/other"]);
    expect(monthlyStats(REPORTS, calendarFor, NOW, { from: "2026-01", to: "2026-12", repository: "acme/none" })).toEqual([]);
    expect(monthlyStats([], calendarFor, NOW, { from: "2026-01", to: "2026-12" })).toEqual([]);
  });

  it("leaves a promise undecided while its deadline runs", () => {
    const fresh = rep("2026-12-18T10:00:00Z", { id: "H" });
    expect(monthlyStats([fresh], calendarFor, NOW, { from: "2026-12", to: "2026-12" })[0]).toMatchObject({ ackKept: { kept: 0, of: 0, share: null }, medianAckHours: null, outcomes: { open: 1 } });
  });
});

describe("monthlyTrend", () => {
  it("gives the 12 months ending now, with 0 reports and no median where nothing happened", () => {
    const trend = monthlyTrend(REPORTS, UTC, NOW);
    expect(trend.map((p) => p.month)).toEqual(lastMonths(NOW, 12));
    expect(trend.filter((p) => p.reports > 0)).toEqual([
      { month: "2026-10", reports: 1, medianRespondDays: 1 },
      { month: "2026-11", reports: 4, medianRespondDays: 4 },
      { month: "2026-12", reports: 1, medianRespondDays: 2 },
    ]);
    expect(trend[0]).toEqual({ month: "2026-01", reports: 0, medianRespondDays: null });
    // A month whose reports are not answered yet: counted, no median.
    expect(monthlyTrend([rep("2026-12-18T10:00:00Z")], UTC, NOW).at(-1)).toEqual({ month: "2026-12", reports: 1, medianRespondDays: null });
    expect(monthlyTrend(REPORTS, UTC, NOW, 3).map((p) => p.month)).toEqual(["2026-10", "2026-11", "2026-12"]);
  });
});
