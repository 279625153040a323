/**
 * Releases and fixes, decided: the version a tag names (per `tag_pattern`), which open
 * reports a release fixes on which line, and releases that carry a security fix as a
 * non-patch bump although the policy promises patch versions. Pure.
 */
import semver from "semver";
import type { VersionRow } from "./policy/types.js";
import type { FixSeen, Report } from "./report.js";

/** The version a tag names under `pattern` ("v{version}", "{version}", "name@{version}"), or null. */
export function versionFromTag(tag: string, pattern: string): string | null {
  const [before, after] = pattern.split("{version}") as [string, string];
  if (!tag.startsWith(before) || !tag.endsWith(after) || tag.length <= before.length + after.length) return null;
  const text = tag.slice(before.length, tag.length - after.length);
  const v = semver.valid(text);
  return v && semver.clean(text) === v ? v : null;
}

export interface ReleaseSeen {
  version: string;
  at: number;
  releaseId: number | null;
  prerelease: boolean;
}

/** The rows of the policy, by label, for lines a report names. */
const rowOf = (rows: readonly VersionRow[], label: string): VersionRow | undefined => rows.find((r) => r.label === label);

/**
 * Lines of a report this release fixes: the report's `/fixed-in` version for the line is
 * at or below the release, and the release is on the same line.
 */
export function linesFixedBy(r: Report, rows: readonly VersionRow[], release: ReleaseSeen): string[] {
  if (release.prerelease || semver.prerelease(release.version)) return [];
  return Object.entries(r.fixedIn)
    .filter(([line, fixed]) => {
      if (r.fixes[line]) return false;
      const row = rowOf(rows, line);
      return !!row?.range && semver.satisfies(release.version, row.range) && semver.gte(release.version, fixed);
    })
    .map(([line]) => line);
}

/** The report with this release recorded on those lines; `fixedAt` once every affected supported line has its fix. */
export function withFixes(r: Report, lines: readonly string[], release: ReleaseSeen): Report {
  const fixes: Record<string, FixSeen> = { ...r.fixes };
  for (const line of lines) fixes[line] = { version: release.version, at: release.at, releaseId: release.releaseId };
  const next = { ...r, fixes };
  return { ...next, fixedAt: r.fixedAt ?? (allFixed(next) ? release.at : null) };
}

/** Every affected supported line has a fix release (a report with no affected line has nothing to wait for). */
export function allFixed(r: Pick<Report, "affected" | "fixes">): boolean {
  return r.affected.length > 0 && r.affected.every((line) => !!r.fixes[line]);
}

export function missingFixes(r: Pick<Report, "affected" | "fixes">): string[] {
  return r.affected.filter((line) => !r.fixes[line]);
}

/**
 * A release that may carry a report's fix as a non-patch bump: an x.y.0 release above an
 * affected supported line that has no patch release with the fix yet (e.g. 1.1.0 while
 * 1.0.x waits for 1.0.2), or a fixing release whose patch number is 0.
 */
export function nonPatchFix(r: Report, rows: readonly VersionRow[], release: ReleaseSeen, fixedNow: readonly string[]): string | null {
  if (release.prerelease || semver.patch(release.version) !== 0) return null;
  if (semver.major(release.version) === 0 && semver.minor(release.version) === 0) return null;
  for (const line of fixedNow) return line;
  for (const line of missingFixes(r)) {
    const row = rowOf(rows, line);
    if (row?.range && semver.gtr(release.version, row.range)) return line;
  }
  return null;
}
