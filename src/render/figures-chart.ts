/**
 * The dashboard's "Last 12 months": a Mermaid `xychart-beta` (GitHub renders Mermaid in
 * issues) of reports received per month (bars) and the median business days to the detailed
 * response (line), then the same figures in a small table for readers without the chart.
 * Only numbers and month names: nothing a reporter wrote.
 */
import type { MonthPoint } from "../core/stats.js";

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The chart's source (what goes inside the ```mermaid fence), one statement per line. */
export function trendChart(points: readonly MonthPoint[]): string {
  // Mermaid's xychart grammar takes numbers only in a series: no null, no empty slot, and a
  // shorter series is drawn against the first months of the axis. So a month without an
  // answered report is drawn at 0 on the line (the table says "—" for it, the caption why);
  // the line stays one series as long as the axis, which keeps the chart valid Mermaid.
  const counts = points.map((p) => p.reports);
  const days = points.map((p) => (p.medianRespondDays === null ? 0 : round1(p.medianRespondDays)));
  const top = Math.max(1, Math.ceil(Math.max(0, ...counts, ...days)));
  return [
    "xychart-beta",
    '  title "Reports per month and median business days to respond"',
    `  x-axis [${points.map((p) => `"${p.month}"`).join(", ")}]`,
    `  y-axis "Reports / business days" 0 --> ${top}`,
    `  bar [${counts.join(", ")}]`,
    `  line [${days.join(", ")}]`,
  ].join("\n");
}

/** The section's lines: heading, chart, table, and how to read a month without a median. */
export function renderTrend(points: readonly MonthPoint[]): string[] {
  if (!points.length) return [];
  const row = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [
    `### Last ${points.length} months`,
    "",
    "```mermaid",
    trendChart(points),
    "```",
    "",
    row(["Month", ...points.map((p) => p.month)]),
    row(["---", ...points.map(() => "---:")]),
    row(["Reports received", ...points.map((p) => p.reports)]),
    row(["Median business days to respond", ...points.map((p) => (p.medianRespondDays === null ? "—" : round1(p.medianRespondDays)))]),
    "",
    "Bars: reports received in the month (UTC). Line: median business days from receipt to the detailed response, of that month's reports answered so far; a month without one shows — in the table and 0 on the line.",
  ];
}
