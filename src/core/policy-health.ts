/**
 * Would the bot work well with this policy and config? What breaks it fails the "Security
 * policy" check run (no policy, no table it can read, rows that overlap and disagree, no
 * supported line, a config key that is wrong); what weakens the policy is a warning (private
 * vulnerability reporting off, no response time promised). Pure.
 */
import { overlappingRows } from "./policy/queries.js";
import type { Policy } from "./policy/types.js";

export interface HealthInput {
  policy: Policy | null;
  source: string | null;
  configProblems: readonly string[];
  /** Private vulnerability reporting: enabled, disabled, or unknown (no permission to ask). */
  reporting: boolean | null;
  respondConfigured: boolean;
}

export interface Health {
  conclusion: "success" | "failure";
  title: string;
  failures: string[];
  warnings: string[];
}

/** The warning a repository without private vulnerability reporting gets. */
export const REPORTING_DISABLED = "Private vulnerability reporting is disabled: reporters cannot open a private report. Enable it in Settings → Code security.";

/** A judged health's warnings once private vulnerability reporting is found `reporting` (the rest stand as judged). */
export function warningsWithReporting(warnings: readonly string[], reporting: boolean | null): string[] {
  const rest = warnings.filter((w) => w !== REPORTING_DISABLED);
  return reporting === false ? [...rest, REPORTING_DISABLED] : rest;
}

export function policyHealth(i: HealthInput): Health {
  const failures: string[] = [];
  const warnings: string[] = [];
  const p = i.policy;
  if (!p) failures.push("No SECURITY.md was found (SECURITY.md, .github/SECURITY.md, docs/SECURITY.md or the organisation's .github repository).");
  else {
    if (p.rows.length === 0) failures.push("The policy has no Supported Versions table (or list) the bot can read, so reports cannot be labelled with the lines they affect.");
    else if (!p.rows.some((r) => r.supported !== false)) failures.push("No version is listed as supported: no report could ever be fixed under this policy.");
    for (const [a, b] of overlappingRows(p.rows, 5)) {
      failures.push(`Rows "${a.label}" and "${b.label}" overlap and disagree (${a.supported === false ? "not supported" : "supported"} vs ${b.supported === false ? "not supported" : "supported"}).`);
    }
    if (!p.respond && !i.respondConfigured) warnings.push("The policy promises no time for a detailed response; the bot uses 10 business days. Say it in the policy (\"within 10 business days\") or set sla.respond_days.");
    if (!p.acknowledge) warnings.push("The policy promises no acknowledgement time; the bot uses 3 business days.");
  }
  for (const c of i.configProblems) failures.push(`Config: ${c}`);
  if (i.reporting === false) warnings.push(REPORTING_DISABLED);
  const title = failures.length
    ? `${failures.length} problem${failures.length === 1 ? "" : "s"}: ${failures[0]!.split(/[.:]/)[0]}`
    : warnings.length
      ? `Readable, with ${warnings.length} warning${warnings.length === 1 ? "" : "s"}`
      : `Readable: ${p!.rows.length} rows, promises kept from ${i.source}`;
  return { conclusion: failures.length ? "failure" : "success", title: title.slice(0, 250), failures, warnings };
}
