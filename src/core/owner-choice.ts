/**
 * The primary handler of a new report: among the configured `handlers`, those who own the
 * files the report names in the repository's CODEOWNERS (themselves, or as members of an owning
 * team), fewest open reports first; else round-robin over all of them. The reason is kept in
 * the ledger (as JSON) and said on the tracking issue. Pure.
 */
import { ownerText, ruleFor, type CodeOwner, type Codeowners } from "./codeowners.js";
import { chooseHandler } from "./handler-choice.js";

/** Why this handler was chosen. */
export type HandlerReason =
  | { by: "codeowners"; path: string; owner: string; file: string; line: number }
  /** Set by a maintainer's `/assign`. */
  | { by: "assigned"; actor: string }
  | {
      by: "round-robin";
      /** What CODEOWNERS said, when the report named files: no file, no rule for them, or no handler among their owners. */
      codeowners?: "no-file" | "no-rule" | "no-handler";
      paths?: string[];
    };

/** What was read for the choice: the CODEOWNERS file (null: none), and the members of the teams that own named paths. */
export interface OwnershipFacts {
  file: { path: string; owners: Codeowners } | null;
  /** By `org/slug` (lowercase): the team's members, or null when they could not be read. */
  teamMembers: ReadonlyMap<string, readonly string[] | null>;
}

const lower = (s: string) => s.toLowerCase();
export const teamKey = (o: { org: string; slug: string }): string => lower(`${o.org}/${o.slug}`);

/** The owners of each named path (its last matching rule), in the report's order; paths no rule matches are left out. */
export function ownersOfPaths(file: Codeowners, paths: readonly string[]): { path: string; owners: CodeOwner[]; line: number }[] {
  return paths.flatMap((path) => {
    const rule = ruleFor(file, path);
    return rule ? [{ path, owners: rule.owners, line: rule.line }] : [];
  });
}

/** The teams whose members must be read to choose (team owners of the named paths), at most `max`. */
export function teamsToRead(file: Codeowners, paths: readonly string[], max = 5): { org: string; slug: string }[] {
  const seen = new Map<string, { org: string; slug: string }>();
  for (const { owners } of ownersOfPaths(file, paths)) for (const o of owners) if (o.kind === "team" && !seen.has(teamKey(o))) seen.set(teamKey(o), { org: o.org, slug: o.slug });
  return [...seen.values()].slice(0, max);
}

export function chooseByOwnership(
  handlers: readonly string[],
  openCounts: ReadonlyMap<string, number>,
  paths: readonly string[],
  facts: OwnershipFacts,
): { handler: string | null; reason: HandlerReason } {
  const roundRobin = (codeowners?: "no-file" | "no-rule" | "no-handler") => ({
    handler: chooseHandler(handlers, openCounts),
    reason: (codeowners ? { by: "round-robin", codeowners, paths: [...paths] } : { by: "round-robin" }) as HandlerReason,
  });
  if (handlers.length === 0 || paths.length === 0) return roundRobin();
  if (!facts.file) return roundRobin("no-file");
  const owned = ownersOfPaths(facts.file.owners, paths);
  if (owned.every((o) => o.owners.length === 0)) return roundRobin("no-rule");
  // Each handler who owns a named path, with the first path and owner that make them one.
  const why = new Map<string, HandlerReason>();
  for (const { path, owners, line } of owned) {
    for (const o of owners) {
      const logins = o.kind === "user" ? [o.login] : o.kind === "team" ? (facts.teamMembers.get(teamKey(o)) ?? []) : [];
      for (const h of handlers) {
        if (why.has(lower(h)) || !logins.some((l) => lower(l) === lower(h))) continue;
        why.set(lower(h), { by: "codeowners", path, owner: ownerText(o), file: facts.file.path, line });
      }
    }
  }
  const owners = handlers.filter((h) => why.has(lower(h)));
  if (owners.length === 0) return roundRobin("no-handler");
  const handler = chooseHandler(owners, openCounts)!;
  return { handler, reason: why.get(lower(handler))! };
}

export const encodeReason = (r: HandlerReason): string => JSON.stringify(r);

export function decodeReason(raw: string | null): HandlerReason | null {
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as HandlerReason;
    return r && (r.by === "codeowners" || r.by === "round-robin" || r.by === "assigned") ? r : null;
  } catch {
    return null;
  }
}
