/** Support keyed by severity: a table whose rows are severities and whose lines are named in a column ("CVSS | Supported Versions"). */
import { labelToRange } from "./version-range.js";
import type { Grid } from "./grid.js";
import { namesSupportedVersions } from "./headers.js";
import type { TableReading } from "./version-table.js";

export const SEVERITY_HEADER = /cvss|severity|schweregrad|s[ée]v[ée]rit[ée]|severidad|gravedad|criticality|严重|重大度|심각도/iu;
const SEVERITY_WORDS = ["low", "medium", "moderate", "high", "critical"];

/** A severity cell's rank: its first number ("4.0-8.9"), else its word ("High"); null when neither. */
function severityRank(cell: string): number | null {
  const n = /\d+(?:\.\d+)?/.exec(cell);
  if (n) return Number(n[0]);
  const word = SEVERITY_WORDS.findIndex((w) => new RegExp(`\\b${w}\\b`, "i").test(cell));
  return word === -1 ? null : word;
}

/**
 * Support keyed by severity: "CVSS | Supported Versions" with the lines named in words ("Releases
 * within the previous three months" for 9.0–10.0, "Most recent release" for 4.0–8.9). The line
 * listed for the least severe issues gets every fix from there up: supported; a line listed only
 * for more severe issues gets some fixes: partial. Null when the table is not shaped so.
 */
export function severityKeyed(grid: Grid): TableReading | null {
  const severity = grid.header.findIndex((h) => SEVERITY_HEADER.test(h));
  const lines = grid.header.findIndex(namesSupportedVersions);
  if (severity === -1 || lines === -1 || severity === lines) return null;
  const rows = grid.rows.map((r) => ({ label: (r[lines] ?? "").trim(), rank: severityRank(r[severity] ?? "") })).filter((r) => r.label !== "");
  if (rows.length === 0 || rows.some((r) => r.rank === null)) return null;
  const least = Math.min(...rows.map((r) => r.rank ?? Infinity));
  return {
    rows: rows.map((r) => ({ label: r.label, supported: r.rank === least ? true : "partial", range: labelToRange(r.label), cell: "" })),
    unreadable: [],
  };
}
