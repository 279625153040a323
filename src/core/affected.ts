/**
 * Which release lines of the policy a report affects, from the vulnerable ranges it states
 * (GitHub's `vulnerable_version_range` syntax, one per package). Supported and partially
 * supported rows are "affected"; rows that get no fixes are "unsupported".
 */
import semver from "semver";
import { normaliseRange, rowsTouchedBy } from "./policy/queries.js";
import type { VersionRow } from "./policy/types.js";

export interface AffectedLines {
  /** The ranges as stated, joined (null: none stated). */
  stated: string | null;
  /** The semver range the bot matched with (null when none was stated or none could be read). */
  range: string | null;
  affected: string[];
  unsupported: string[];
  /** Stated ranges the bot could not read, quoted for maintainers. */
  unreadable: string[];
}

export function affectedLines(rows: readonly VersionRow[], stated: readonly (string | null | undefined)[]): AffectedLines {
  const given = stated.map((s) => s?.trim()).filter((s): s is string => !!s);
  const readable: string[] = [];
  const unreadable: string[] = [];
  for (const s of given) {
    const r = normaliseRange(s);
    if (r) readable.push(r);
    else unreadable.push(s);
  }
  const range = readable.length ? readable.join(" || ") : null;
  const touched = range ? rowsTouchedBy([...rows], range) : [];
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    stated: given.length ? given.join(", ") : null,
    range,
    affected: unique(touched.filter((r) => r.supported !== false).map((r) => r.label)),
    unsupported: unique(touched.filter((r) => r.supported === false).map((r) => r.label)),
    unreadable,
  };
}

/** The row that covers a version, preferring the narrowest (1.2.x over 1.x), first in file order on a tie. */
export function mostSpecificRow(rows: readonly VersionRow[], version: string): VersionRow | null {
  let best: VersionRow | null = null;
  for (const row of rows) {
    if (row.range === null || !semver.satisfies(version, row.range)) continue;
    if (!best || (semver.subset(row.range, best.range!) && !semver.subset(best.range!, row.range))) best = row;
  }
  return best;
}
