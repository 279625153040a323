/**
 * The dashboard's "Last 12 months" chart, checked against Mermaid's own grammar: the real
 * `mermaid` package (a devDependency) parses the chart text as GitHub's renderer would
 * (diagram detection, then the xychart jison parser, packages/mermaid/src/diagrams/xychart/
 * parser/xychart.jison). Mermaid's parse runs its sanitiser (DOMPurify) over titles, which needs
 * a browser DOM that Node has not; the sanitiser alone is replaced by a pass-through here: the
 * grammar checked is Mermaid's own, unchanged.
 */
import { describe, expect, it, jest } from "@jest/globals";
import type { DashboardMessage } from "../../../src/core/dashboard.js";
import type { MonthPoint } from "../../../src/core/stats.js";

jest.unstable_mockModule("dompurify", () => ({
  default: { sanitize: (s: string) => s, addHook: () => undefined, removeHook: () => undefined, removeHooks: () => undefined, removeAllHooks: () => undefined, isSupported: true },
}));
const { default: mermaid } = await import("mermaid");
const { renderTrend, trendChart } = await import("../../../src/render/figures-chart.js");
const { renderDashboard } = await import("../../../src/render/dashboard.js");

const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];
const POINTS: MonthPoint[] = MONTHS.map((month) => ({ month, reports: 0, medianRespondDays: null }));
POINTS[9] = { month: "2026-10", reports: 1, medianRespondDays: 1 };
POINTS[10] = { month: "2026-11", reports: 4, medianRespondDays: 4.25 };
POINTS[11] = { month: "2026-12", reports: 2, medianRespondDays: null };

const parses = (text: string) => mermaid.parse(text);

describe("the 12-month chart", () => {
  it("is an xychart-beta: months on the x-axis, reports as bars, median days to respond as a line", () => {
    expect(trendChart(POINTS)).toBe(
      [
        "xychart-beta",
        '  title "Reports per month and median business days to respond"',
        '  x-axis ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]',
        '  y-axis "Reports / business days" 0 --> 5',
        "  bar [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4, 2]",
        "  line [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4.3, 0]",
      ].join("\n"),
    );
  });

  it("is valid Mermaid, by Mermaid's own parser", async () => {
    await expect(parses(trendChart(POINTS))).resolves.toEqual({ diagramType: "xychart", config: {} });
    // No report at all in the year, and a year of many.
    await expect(parses(trendChart(MONTHS.map((month) => ({ month, reports: 0, medianRespondDays: null }))))).resolves.toMatchObject({ diagramType: "xychart" });
    await expect(parses(trendChart(MONTHS.map((month, i) => ({ month, reports: 100 + i, medianRespondDays: i / 3 }))))).resolves.toMatchObject({ diagramType: "xychart" });
  });

  it("the parser refuses a broken chart (so the check above can fail)", async () => {
    const good = trendChart(POINTS);
    await expect(parses(good.replace("line [0, 0, 0", "line [null, 0, 0"))).rejects.toThrow(/Parse error/);
    await expect(parses(good.replace("bar [0, 0, 0", "bar [, 0, 0"))).rejects.toThrow(/Parse error/);
    await expect(parses(good.replace(', "2026-12"]', ', "2026-12"'))).rejects.toThrow(/Parse error/);
    await expect(parses(good.replace("0 --> 5", "0 -> 5"))).rejects.toThrow(/Parse error|Lexical error/);
    await expect(parses(good.replace("xychart-beta", "xy-chart-beta"))).rejects.toThrow(/No diagram type detected/);
  });

  it("is followed by a table of the same figures, — where a month has no median", () => {
    const lines = renderTrend(POINTS);
    expect(lines.slice(0, 3)).toEqual(["### Last 12 months", "", "```mermaid"]);
    expect(lines).toContain("```");
    const table = lines.filter((l) => l.startsWith("| "));
    expect(table).toEqual([
      `| Month | ${MONTHS.join(" | ")} |`,
      `| --- | ${MONTHS.map(() => "---:").join(" | ")} |`,
      "| Reports received | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 4 | 2 |",
      "| Median business days to respond | — | — | — | — | — | — | — | — | — | 1 | 4.3 | — |",
    ]);
    expect(lines.at(-1)).toMatch(/a month without one shows — in the table and 0 on the line/);
    expect(renderTrend([])).toEqual([]);
  });

  it("sits in the dashboard after the 90-day figures, fenced so GitHub draws it", async () => {
    const m: DashboardMessage = {
      kind: "dashboard",
      tracker: "acme/security-tracker",
      day: "2026-12-20",
      open: [],
      figures: { days: 90, reports: 0, medianAckHours: null, medianRespondDays: null, medianFixDays: null, medianPublishDays: null, ackMet: { share: null, of: 0 }, respondMet: { share: null, of: 0 } },
      noCommentsApi: [],
      health: [],
      capabilities: null,
      reportingOff: null,
      trend: POINTS,
    };
    const body = renderDashboard(m);
    expect(body.indexOf("### Last 12 months")).toBeGreaterThan(body.indexOf("### Last 90 days"));
    const fenced = /```mermaid\n([\s\S]*?)\n```/.exec(body);
    expect(fenced?.[1]).toBe(trendChart(POINTS));
    await expect(parses(fenced![1]!)).resolves.toMatchObject({ diagramType: "xychart" });
    expect(renderDashboard({ ...m, trend: undefined })).not.toContain("mermaid");
  });
});
