/**
 * The report check for maintainers, assembled from what the report says and what GitHub
 * answered (tags, paths, the repository's other advisories). Shown in the tracking issue only,
 * never in the reporter's thread. Pure.
 */
import semver from "semver";
import { rowOf } from "../policy/queries.js";
import type { VersionRow } from "../policy/types.js";
import type { ItemVerdict } from "./checklist.js";
import type { LikelyDuplicate } from "./duplicates.js";
import type { Mentions } from "./mentions.js";

export interface ReportCheck {
  checklist: { item: string; covered: boolean; by: string | null; optional: boolean }[];
  versions: { version: string; tagged: boolean | null; line: string | null; supported: boolean | null }[];
  /** The repository's tags were read (false: not needed, or the read failed). */
  tagsRead: boolean;
  paths: { path: string; exists: boolean | null }[];
  functions: string[];
  endpoints: string[];
  /** null: the other advisories could not be listed. */
  duplicates: LikelyDuplicate[] | null;
}

/** "1.0.1" among the tags, written "1.0.1", "v1.0.1", or with a prefix ("release-1.0.1", "pkg@1.0.1"). */
export function isTagged(version: string, tags: ReadonlySet<string>): boolean {
  if (tags.has(version) || tags.has(`v${version}`)) return true;
  const clean = semver.valid(version) ?? null;
  return [...tags].some((t) => {
    const m = /(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)$/.exec(t);
    return m !== null && (m[1] === version || (clean !== null && semver.valid(m[1]!) === clean));
  });
}

export function reportCheck(input: {
  verdicts: readonly ItemVerdict[];
  mentions: Mentions;
  rows: readonly VersionRow[];
  tags: ReadonlySet<string> | null;
  pathExists: ReadonlyMap<string, boolean | null>;
  duplicates: LikelyDuplicate[] | null;
}): ReportCheck {
  return {
    checklist: input.verdicts.map((v) => ({ item: v.item.text, covered: v.covered, by: v.by, optional: v.item.optional })),
    versions: input.mentions.versions.map((version) => {
      const full = semver.coerce(version)?.version ?? null;
      const row = full ? rowOf(input.rows, full) : null;
      return { version, tagged: input.tags ? isTagged(version, input.tags) : null, line: row?.label ?? null, supported: row ? row.supported !== false : null };
    }),
    tagsRead: input.tags !== null,
    paths: input.mentions.paths.map((path) => ({ path, exists: input.pathExists.get(path) ?? null })),
    functions: input.mentions.functions,
    endpoints: input.mentions.endpoints,
    duplicates: input.duplicates,
  };
}
