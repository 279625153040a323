/**
 * Questions the bot asks of a policy's rows. Pure: no I/O, no clock.
 *
 * - supportOf: the support of the row covering a version (the most specific row when rows overlap).
 * - rowsTouchedBy: the rows a vulnerable range intersects (throws InvalidRangeError on a range it cannot read).
 * - overlappingRows: pairs of rows that overlap and disagree.
 * - normaliseRange: a reporter's `vulnerable_version_range` as a semver range.
 */
import semver from "semver";
import type { Support, VersionRow } from "./types.js";
import { overlapPairs } from "./overlaps.js";
import { toSemverRange } from "./version-range.js";

/** Thrown by rowsTouchedBy for a range it cannot read; `input` is what was given. */
export class InvalidRangeError extends RangeError {
  readonly input: string;
  constructor(input: string) {
    const shown = input.length > 80 ? `${input.slice(0, 77)}...` : input;
    super(`"${shown}" is not a version range; write it like "< 1.0.2", ">= 1.0.0, < 1.0.2" or "1.0.1".`);
    this.name = "InvalidRangeError";
    this.input = input;
  }
}

/**
 * A range as reporters type it in GitHub's `vulnerable_version_range` field (`<= 1.0.1`,
 * `< 1.0.2`, `>= 1.0.0, < 1.0.2` — commas are ANDs there —, `1.0.1`, `= 1.0.1`), or in semver's
 * own syntax (`>=1.0.0 <1.0.2`, `1.x || 2.x`, `v1.2.3`), as a normalised semver range; null
 * when it is not a range.
 */
export function normaliseRange(text: string): string | null {
  if (typeof text !== "string") return null;
  return toSemverRange(text, { commas: "and" });
}

function parseVersion(version: string): semver.SemVer | null {
  if (typeof version !== "string" || version.length > 256) return null;
  const text = version.trim().replace(/^[=v\s]+/i, "");
  return semver.parse(text, { loose: true }) ?? semver.coerce(text);
}

function covers(range: string, version: semver.SemVer): boolean {
  try {
    return semver.satisfies(version, range, { includePrerelease: true });
  } catch {
    return false;
  }
}

function narrower(a: string, b: string): boolean {
  try {
    return semver.subset(a, b, { includePrerelease: true }) && !semver.subset(b, a, { includePrerelease: true });
  } catch {
    return false;
  }
}

/**
 * The support of the row covering `version` (`1.2.3`, `v1.2.3`, `1.2`), or null when no row
 * covers it or it is not a version. When rows overlap the most specific wins (`1.2.x` over
 * `1.x`); between equally specific rows, the first in the file.
 */
export function supportOf(rows: readonly VersionRow[], version: string): Support | null {
  return rowOf(rows, version)?.supported ?? null;
}

/** The row covering a version (the most specific when rows overlap), or null. */
export function rowOf(rows: readonly VersionRow[], version: string): VersionRow | null {
  const v = parseVersion(version);
  if (v === null) return null;
  let best: VersionRow | null = null;
  for (const row of rows) {
    if (row.range === null || !covers(row.range, v)) continue;
    if (best === null || (best.range !== null && narrower(row.range, best.range))) best = row;
  }
  return best;
}

/**
 * The rows whose ranges intersect the vulnerable `range` (GitHub or semver syntax), in file
 * order. Rows without a range (`latest`, `1-debian`) never match. Throws InvalidRangeError
 * when `range` is not a range, so a typo is reported rather than read as "affects nothing".
 */
export function rowsTouchedBy(rows: readonly VersionRow[], range: string): VersionRow[] {
  const normalised = normaliseRange(range);
  if (normalised === null) throw new InvalidRangeError(String(range));
  return rows.filter((row) => {
    if (row.range === null) return false;
    try {
      // Without includePrerelease: with it semver widens `1.0.x` to `>=1.0.0-0`, which meets `<1.0.0`.
      return semver.intersects(row.range, normalised);
    } catch {
      return false;
    }
  });
}

/** Pairs of rows whose ranges intersect while their support differs, in file order. */
export function overlappingRows(rows: readonly VersionRow[], limit = Infinity): Array<[VersionRow, VersionRow]> {
  return overlapPairs(rows, limit).map(([i, j]) => [rows[i] as VersionRow, rows[j] as VersionRow]);
}
