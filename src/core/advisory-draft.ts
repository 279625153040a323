/**
 * The public advisory, composed: one `vulnerabilities` entry per affected line (supported
 * lines with their patched version, unsupported lines honestly without one), a description
 * in Impact / Patches / Workarounds / References / Credits sections that keeps whatever the
 * maintainers already wrote, the severity or CVSS vector, CWE ids, and the credits (a PATCH
 * replaces the whole list, so it is sent whole). Pure.
 */
import semver from "semver";
import { intersectRanges } from "./range-intersection.js";
import type { AdvisoryFields } from "./actions.js";
import { creditsWith } from "./credits.js";
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

/**
 * The ecosystems GitHub's advisory API accepts (`vulnerabilities[].package.ecosystem` of
 * PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}; a test keeps them in step with
 * @octokit/openapi). Anything else is sent as "other", which GitHub accepts.
 */
export const ADVISORY_ECOSYSTEMS: readonly string[] = ["rubygems", "npm", "pip", "maven", "nuget", "composer", "go", "rust", "erlang", "actions", "pub", "other", "swift"];

export const ecosystemOf = (e: string | null | undefined): string => (e && ADVISORY_ECOSYSTEMS.includes(e) ? e : "other");

/** The package the advisory itself names (the reporter fills it in on the form), when it names one GitHub knows. */
export function advisoryPackage(vulns: readonly { package?: { ecosystem?: string | null; name?: string | null } | null }[] | null | undefined): PackageRef | null {
  const v = (vulns ?? []).find((x) => x.package?.name && x.package.ecosystem && ADVISORY_ECOSYSTEMS.includes(x.package.ecosystem) && x.package.ecosystem !== "other");
  return v ? { ecosystem: v.package!.ecosystem!, name: v.package!.name! } : null;
}

/** One affected range: the release line it comes from (null: the report's own range), its GitHub range, and the patched version. */
export interface AffectedEntry {
  line: string | null;
  supported: boolean;
  range: string;
  patched: string | null;
}

/** The part of a line the report's range covers (the whole line when the range is unknown, or shares nothing readable). */
function lineShare(rowRange: string, vulnerable: string | null): string {
  if (!vulnerable) return rowRange;
  try {
    return intersectRanges(rowRange, vulnerable) ?? rowRange;
  } catch {
    return rowRange;
  }
}

/** Every affected range: supported lines (with their fix when known), unsupported lines, else the report's range. */
export function affectedEntries(r: Report, rows: readonly VersionRow[]): AffectedEntry[] {
  const out: AffectedEntry[] = [];
  for (const line of r.affected) {
    const row = rows.find((x) => x.label === line);
    const fix = r.fixes[line]?.version ?? r.fixedIn[line] ?? null;
    if (row && fix) out.push({ line, supported: true, range: fixedLineRange(row, fix), patched: fix });
    else if (row?.range) for (const g of githubRanges(lineShare(row.range, r.vulnerableRange))) out.push({ line, supported: true, range: g, patched: null });
  }
  for (const line of r.unsupported) {
    const row = rows.find((x) => x.label === line);
    if (row?.range) for (const g of githubRanges(row.range)) out.push({ line, supported: false, range: g, patched: null });
  }
  if (!out.length && r.vulnerableRange) for (const g of githubRanges(r.vulnerableRange)) out.push({ line: null, supported: true, range: g, patched: null });
  return out;
}

export function vulnerabilities(r: Report, rows: readonly VersionRow[], pkg: PackageRef | null): NonNullable<AdvisoryFields["vulnerabilities"]> {
  return affectedEntries(r, rows).map((e) => ({
    package: { ecosystem: ecosystemOf(pkg?.ecosystem), name: pkg?.name ?? null },
    vulnerable_version_range: e.range,
    patched_versions: e.patched,
    vulnerable_functions: null,
  }));
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

/** A value in a table cell: no pipes or line breaks, in code. */
const cell = (text: string): string => `\`${text.replace(/[|`]/g, "").replace(/\s+/g, " ")}\``;

/**
 * The package, then every affected range with its patched version — written before any release
 * exists (a version given with `/fixed-in`, else "no fixed version yet"), so the description
 * names them from the first draft.
 */
function patchesSection(i: DraftInput): string {
  const r = i.report;
  const pkg = i.pkg ? `**Package:** ${cell(i.pkg.name)} (${cell(ecosystemOf(i.pkg.ecosystem))})` : "**Package:** _name the affected package (ecosystem and name)._";
  const entries = affectedEntries(r, i.rows);
  const out = [pkg, ""];
  if (entries.length) {
    out.push(
      "| Affected versions | Patched versions |",
      "| --- | --- |",
      ...entries.map((e) => `| ${cell(e.range)} | ${e.patched ? cell(e.patched) : e.supported ? "no fixed version yet" : `none: ${e.line ?? "this line"} is no longer supported`} |`),
    );
  } else {
    out.push("**Affected versions:** _not known yet; set them with `/affects <range>`._");
  }
  const fixed = r.affected.filter((line) => r.fixes[line] ?? r.fixedIn[line]);
  const waiting = r.affected.filter((line) => !(r.fixes[line] ?? r.fixedIn[line]));
  if (fixed.length) out.push("", "Users should upgrade to the latest patch release of their line.");
  if (waiting.length || !entries.some((e) => e.patched)) out.push("", `No fixed version is known yet${waiting.length ? ` for ${waiting.join(", ")}` : ""}.`);
  if (r.unsupported.length) out.push("", `Versions ${r.unsupported.join(", ")} are affected and no longer supported; they will not be fixed. Please upgrade to a supported version.`);
  return out.join("\n");
}

function generatedSection(name: Section, i: DraftInput): string {
  const r = i.report;
  switch (name) {
    case "Impact":
      return "_Describe what an attacker can do and who is affected._";
    case "Patches":
      return patchesSection(i);
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

/** GitHub's limit on an advisory's description (its OpenAPI description: maxLength 65535). */
export const MAX_DESCRIPTION = 65_535;

export function composeDraft(i: DraftInput): Draft {
  const r = i.report;
  const problems: string[] = [];
  if (!i.pkg) problems.push("the package is unknown: set `package: { ecosystem, name }` in the config");
  const cvss = r.cvss ?? i.current.cvss;
  const severity = r.severity ?? i.current.severity;
  if (!cvss && !severity) problems.push("no severity yet: use `/severity` or `/cvss`");
  // Over GitHub's limit GitHub refuses the whole PATCH: the description is then left as it is (never cut).
  const description = composeDescription(i);
  const fits = description.length <= MAX_DESCRIPTION;
  if (!fits) problems.push(`the description with the bot's sections would be longer than GitHub's ${MAX_DESCRIPTION.toLocaleString("en")} characters, so it was left as it is: shorten it and run \`/draft\` again`);
  const fields: AdvisoryFields = {
    summary: i.current.summary,
    ...(fits ? { description } : {}),
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
