/**
 * How the bot reads a policy, for a person (the `check` command, the check run) and for a
 * program (`check --json`). Pure.
 */
import { isoDay, isoMinute, type Calendar } from "../core/calendar.js";
import type { Policy, Support } from "../core/policy/types.js";
import { deadlines, describeDuration, type Promises } from "../core/promises.js";
import { disclosureDeadline, type DisclosePromise } from "../core/disclosure-deadline.js";

export interface PolicyReading {
  policy: Policy;
  /** Where the policy was read from (a path, or owner/.github:path). */
  source: string;
  promises: Promises;
  calendar: Calendar;
  /** Problems of the config file, already worded ("sla.respond_days: …"). */
  configProblems: string[];
  now: number;
  /** The disclosure deadline's days and where they come from (config or policy); null: none. */
  disclose?: DisclosePromise | null;
}

const SUPPORT_WORDS: Record<string, string> = { true: "supported", false: "not supported", partial: "security fixes only" };
const supportWord = (s: Support): string => SUPPORT_WORDS[String(s)]!;

/** `check --json`: exactly the documented shape. */
export function policyJson(r: PolicyReading): string {
  const { policy } = r;
  return JSON.stringify(
    {
      rows: policy.rows.map((row) => ({ label: row.label, supported: row.supported, range: row.range })),
      acknowledge: policy.acknowledge,
      respond: policy.respond,
      disclosure: r.disclose ? { days: r.disclose.days, source: r.disclose.source } : null,
      problems: [...policy.problems, ...r.configProblems],
      report_checklist: policy.reportChecklist,
    },
    null,
    2,
  );
}

const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s + " ".repeat(n - s.length));

export function policySummary(r: PolicyReading): string {
  const { policy, promises } = r;
  const out: string[] = [`Policy: ${r.source}`, ""];
  if (policy.rows.length === 0) {
    out.push("Supported versions: none listed. Every report is treated as affecting a supported version.");
  } else {
    out.push(`Supported versions (${policy.rows.length} ${policy.rows.length === 1 ? "row" : "rows"}${policy.tableFound ? " from the table" : " from a list"}):`);
    const width = Math.min(24, Math.max(...policy.rows.map((row) => row.label.length)) + 2);
    for (const row of policy.rows) {
      out.push(`  ${pad(row.label, width)}${pad(supportWord(row.supported), 21)}${row.range ? `versions ${row.range}` : "not a version range (not used for matching)"}`);
    }
    const lines = policy.rows.filter((row) => row.supported !== false).map((row) => row.label);
    out.push("", `Lines that get security fixes: ${lines.length ? lines.join(", ") : "none"}`);
  }
  out.push("", "Promises the bot will keep:");
  const from = (s: string) => ({ policy: "read from the policy", config: "from the config", default: "default: the policy states none" })[s];
  out.push(`  acknowledge  ${pad(describeDuration(promises.acknowledge), 18)}(${from(promises.acknowledge.source)})`);
  out.push(`  respond      ${pad(describeDuration(promises.respond), 18)}(${from(promises.respond.source)})`);
  if (r.disclose) out.push(`  disclosure   ${pad(`${r.disclose.days} days`, 18)}(${from(r.disclose.source)}; reminders 14 and 7 days before)`);
  else out.push(`  disclosure   ${pad("no deadline", 18)}(${policy.disclosureDays !== null ? "turned off by sla.disclose_days: 0" : "the policy states none; set sla.disclose_days for one"})`);
  const due = deadlines(r.now, promises, r.calendar);
  out.push(
    "",
    `A report received now (${isoMinute(new Date(r.now), r.calendar)}) would be:`,
    `  acknowledged at once, and at the latest by ${isoDay(new Date(due.ackBy), r.calendar)}`,
    `  given a detailed response by ${isoDay(new Date(due.respondBy), r.calendar)}`,
    ...(r.disclose ? [`  disclosed by ${isoDay(new Date(disclosureDeadline(r.now, r.disclose.days, r.calendar)), r.calendar)} at the latest`] : []),
  );
  if (policy.reportChecklist.length) {
    out.push("", "The policy asks reports to include:", ...policy.reportChecklist.map((item) => `  - ${item}`));
  }
  const problems = [...policy.problems, ...r.configProblems];
  out.push("", problems.length ? "Problems:" : "Problems: none", ...problems.map((p) => `  - ${p}`));
  return `${out.join("\n")}\n`;
}
