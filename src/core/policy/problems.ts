/** What the reader could not read or found contradictory, as short sentences shown to users. */
import type { Duration, Support, VersionRow } from "./types.js";
import { overlapPairs } from "./overlaps.js";
import { isMovingTarget } from "./version-range.js";

const SHOWN = 5;

function said(support: Support): string {
  return support === true ? "supported" : support === false ? "not supported" : "partly supported";
}

function quote(label: string): string {
  return `'${label.length > 60 ? `${label.slice(0, 57)}...` : label}'`;
}

function capped(sentences: string[], more: (n: number) => string): string[] {
  return sentences.length <= SHOWN ? sentences : [...sentences.slice(0, SHOWN), more(sentences.length - SHOWN)];
}

export interface ProblemInput {
  rows: VersionRow[];
  unreadable: string[];
  acknowledge: Duration | null;
  truncated: boolean;
}

export function findProblems({ rows, unreadable, acknowledge, truncated }: ProblemInput): string[] {
  const problems: string[] = [];
  if (truncated) problems.push("The policy is very long; only its beginning was read.");
  if (rows.length === 0) {
    problems.push("No supported-versions table was found; every version is treated as supported.");
  } else {
    const notRanges = rows
      .filter((r) => r.range === null && !isMovingTarget(r.label))
      .map((r) => `Row ${quote(r.label)} is not a version range; it is ignored for matching.`);
    problems.push(...capped(notRanges, (n) => `${n} more rows are not version ranges.`));
    if (!rows.some((r) => r.supported !== false)) problems.push("No supported version is listed.");
    const overlaps = overlapPairs(rows, SHOWN + 1).map(([i, j]) => {
      const a = rows[i] as VersionRow;
      const b = rows[j] as VersionRow;
      return `Rows ${quote(a.label)} and ${quote(b.label)} overlap and disagree (${said(a.supported)} vs ${said(b.supported)}).`;
    });
    problems.push(...capped(overlaps, () => "More rows overlap and disagree."));
  }
  const noStatus = unreadable.map((label) => `Row ${quote(label)} has no readable support status; it is ignored.`);
  problems.push(...capped(noStatus, (n) => `${n} more rows have no readable support status.`));
  if (acknowledge === null) problems.push("No acknowledgement time is promised.");
  return problems;
}
