/**
 * The public advisory, composed: one `vulnerabilities` entry per affected line (supported
 * lines with their patched version, unsupported lines honestly without one), a description
 * in Impact / Patches / Workarounds / References / Credits sections that keeps whatever the
 * maintainers already wrote, the severity or CVSS vector, CWE ids, and the credits (a PATCH
 * replaces the whole list, so it is sent whole). Pure.
 */
import semver from "semver";
import type { AdvisoryFields } from "./actions.js";
import { creditsWith } from "./commands/decide.js";
import type { VersionRow } from "./policy/types.js";
import type { Credit, Report } from "./report.js";

export interface PackageRef {
  ecosystem: string;
  name: string;
}

export interface AdvisoryNow {
  summary: string;
  description: string | null;
  severity: string | null;
  cvss: string | null;
  cweIds: string[];
  credits: Credit[];
  state: string;
}

export interface DraftInput {
  report: Report;
  rows: readonly VersionRow[];
  pkg: PackageRef | null;
  current: AdvisoryNow;
  /** Release page of each fix, by line. */
  releaseUrls: Record<string, string>;
}

export interface Draft {
  fields: AdvisoryFields;
  /** What the maintainers must still supply before publishing. */
  problems: string[];
}

/** A semver range in GitHub's advisory syntax (`>= 1.0.0, < 1.0.2`), one string per `||` alternative. */
export function githubRanges(range: string): string[] {
  const r = new semver.Range(range);
  return r.set.map((comparators) => {
    const parts = comparators
      .filter((c) => !(c.operator === ">=" && c.semver.version === "0.0.0") && c.value !== "")
      .map((c) => `${c.operator || "="} ${c.semver.version.replace(/-0$/, "")}`);
    return parts.length ? parts.join(", ") : ">= 0";
  });
}

/** The vulnerable range of one supported line fixed in `fix`: from the line's first version to below the fix. */
function fixedLineRange(row: VersionRow, fix: string): string {
  const low = row.range ? semver.minVersion(row.range) : null;
  return low && low.version !== "0.0.0" ? `>= ${low.version}, < ${fix}` : `< ${fix}`;
}

export function vulnerabilities(r: Report, rows: readonly VersionRow[], pkg: PackageRef | null): NonNullable<AdvisoryFields["vulnerabilities"]> {
  const entry = (range: string, patched: string | null) => ({
    package: { ecosystem: pkg?.ecosystem ?? "other", name: pkg?.name ?? null },
    vulnerable_version_range: range,
    patched_versions: patched,
    vulnerable_functions: null,
  });
  const out: NonNullable<AdvisoryFields["vulnerabilities"]> = [];
  for (const line of r.affected) {
    const row = rows.find((x) => x.label === line);
    const fix = r.fixes[line]?.version ?? r.fixedIn[line] ?? null;
    if (row && fix) out.push(entry(fixedLineRange(row, fix), fix));
    else if (row?.range) for (const g of githubRanges(row.range)) out.push(entry(g, null));
  }
  for (const line of r.unsupported) {
    const row = rows.find((x) => x.label === line);
    if (row?.range) for (const g of githubRanges(row.range)) out.push(entry(g, null));
  }
  if (!out.length && r.vulnerableRange) for (const g of githubRanges(r.vulnerableRange)) out.push(entry(g, null));
  return out;
}

const SECTIONS = ["Impact", "Patches", "Workarounds", "References", "Credits"] as const;
type Section = (typeof SECTIONS)[number];
export const GENERATED = "<!-- security-policy-bot:generated -->";

/** Splits a description into the five sections (text before any heading belongs to Impact). */
export function splitSections(description: string | null): Map<Section | string, string> {
  const out = new Map<Section | string, string>();
  let current: string = "Impact";
  let buf: string[] = [];
  const flush = () => {
    const text = buf.join("\n").trim();
    if (text) out.set(current, out.has(current) ? `${out.get(current)}\n\n${text}` : text);
    buf = [];
  };
  for (const line of (description ?? "").split(/\r?\n/)) {
    const h = /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(line);
    const known = h ? SECTIONS.find((s) => s.toLowerCase() === h[1]!.toLowerCase()) : undefined;
    if (h) {
      flush();
      current = known ?? h[1]!;
    } else buf.push(line);
  }
  flush();
  return out;
}

function generatedSection(name: Section, i: DraftInput): string {
  const r = i.report;
  switch (name) {
    case "Impact":
      return "_Describe what an attacker can do and who is affected._";
    case "Patches": {
      const fixed = r.affected.map((line) => `- ${line}: fixed in **${r.fixes[line]?.version ?? r.fixedIn[line] ?? "(no fix yet)"}**`);
      const lines = [...(fixed.length ? ["The vulnerability is fixed in:", ...fixed, "", "Users should upgrade to the latest patch release of their line."] : ["_Say which versions fix the vulnerability._"])];
      if (r.unsupported.length) lines.push("", `Versions ${r.unsupported.join(", ")} are affected and no longer supported; they will not be fixed. Please upgrade to a supported version.`);
      return lines.join("\n");
    }
    case "Workarounds":
      return "_None known. Describe any mitigation if there is one._";
    case "References": {
      const refs = Object.values(i.releaseUrls);
      return refs.length ? refs.map((u) => `- ${u}`).join("\n") : "_None._";
    }
    case "Credits": {
      const names = creditList(i).map((c) => `@${c.login}`);
      return names.length ? `Thanks to ${names.join(", ")} for reporting and helping to fix this vulnerability.` : "_None._";
    }
  }
}

/** The description: the maintainers' sections kept, the bot's own (marked) ones regenerated, missing ones added. */
export function composeDescription(i: DraftInput): string {
  const existing = splitSections(i.current.description);
  const parts: string[] = [];
  for (const name of SECTIONS) {
    const kept = existing.get(name);
    const body = kept !== undefined && !kept.includes(GENERATED) ? kept : `${generatedSection(name, i)}\n${GENERATED}`;
    parts.push(`### ${name}\n\n${body}`);
  }
  for (const [name, body] of existing) if (!(SECTIONS as readonly string[]).includes(name)) parts.push(`### ${name}\n\n${body}`);
  return parts.join("\n\n");
}

/** The credits the advisory should carry: GitHub's list with the reporter per their wish. */
export function creditList(i: DraftInput): Credit[] {
  const r = i.report;
  let credits = i.current.credits;
  for (const extra of r.credits) credits = creditsWith(credits, { add: extra });
  if (r.reporter) credits = r.credit ? (credits.some((c) => c.login.toLowerCase() === r.reporter!.toLowerCase()) ? credits : creditsWith(credits, { add: { login: r.reporter, type: "reporter" } })) : creditsWith(credits, { remove: r.reporter });
  return credits;
}

export function composeDraft(i: DraftInput): Draft {
  const r = i.report;
  const problems: string[] = [];
  if (!i.pkg) problems.push("the package is unknown: set `package: { ecosystem, name }` in the config");
  const cvss = r.cvss ?? i.current.cvss;
  const severity = r.severity ?? i.current.severity;
  if (!cvss && !severity) problems.push("no severity yet: use `/severity` or `/cvss`");
  const fields: AdvisoryFields = {
    summary: i.current.summary,
    description: composeDescription(i),
    vulnerabilities: vulnerabilities(r, i.rows, i.pkg),
    cwe_ids: r.cweIds.length ? r.cweIds : i.current.cweIds,
    credits: creditList(i),
    ...(cvss ? { cvss_vector_string: cvss } : severity ? { severity } : {}),
    ...(i.current.state === "triage" ? { state: "draft" as const } : {}),
  };
  return { fields, problems };
}

export interface PublishFacts {
  severity: string | null;
  cvss: string | null;
  description: string | null;
  vulnerabilities: { package?: { ecosystem?: string | null; name?: string | null } | null; vulnerable_version_range?: string | null }[];
  /** Open pull requests on the temporary private fork (0 when there is none). */
  openForkPulls: number;
}

/** Why GitHub would answer a publication with a 422, or the policy forbids it — checked before calling it. */
export function publishProblems(r: Report, a: PublishFacts, force: boolean): string[] {
  const out: string[] = [];
  if (!a.severity && !a.cvss) out.push("the advisory has no severity or CVSS vector (`/severity`, `/cvss`)");
  if (!a.description?.trim()) out.push("the advisory has no description (`/draft` composes one)");
  if (!a.vulnerabilities.length) out.push("the advisory names no affected package (`/draft` adds them)");
  else if (a.vulnerabilities.some((v) => !v.package?.name || !v.package.ecosystem || !v.vulnerable_version_range)) out.push("an affected package lacks its name, ecosystem or vulnerable range");
  if (a.openForkPulls > 0) out.push(`the temporary private fork has ${a.openForkPulls} open pull request${a.openForkPulls === 1 ? "" : "s"}; merge or close ${a.openForkPulls === 1 ? "it" : "them"} first`);
  if (!force) {
    const missing = r.affected.filter((line) => !r.fixes[line]);
    if (missing.length) out.push(`no fixed release yet on ${missing.join(", ")} (\`/publish --force\` publishes anyway)`);
  }
  return out;
}
