/**
 * What the bot reads out of a SECURITY.md. Pure data: produced by `readPolicy`,
 * consumed by the deadline maths, the acknowledgement and the `check` command.
 */

/** A row's support as a careful reader would state it. "partial": security fixes only, best effort, :warning:. */
export type Support = true | false | "partial";

export interface VersionRow {
  /** The version cell as written, trimmed, inline markdown removed (`5.5 (LTS)`, `< 1.0`, `v1.x`). */
  label: string;
  supported: Support;
  /**
   * A semver range (`semver.validRange` accepts it) for the versions this row covers,
   * or null when the label is not a version (`1-debian`, `All other tags`) or names a moving
   * target (`latest`, `main`) that only a release list can resolve.
   */
  range: string | null;
}

export type DurationUnit = "hours" | "days" | "business_days" | "weeks";

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export interface Policy {
  /** Rows of every supported-versions table (or bullet list), duplicates removed, in file order. */
  rows: VersionRow[];
  /** True when a table (pipe, HTML or whitespace-aligned) was read; false for bullets or nothing. */
  tableFound: boolean;
  /** First contact: "acknowledge receipt within 3 business days", "we will respond within 48 hours". */
  acknowledge: Duration | null;
  /** Detailed response / assessment / triage deadline: "more detailed response within 10 business days". */
  respond: Duration | null;
  /** Days after the report at which it may be made public ("90 day disclosure timeline"). */
  disclosureDays: number | null;
  /** The numbered steps under a "disclosure process" heading, as plain text, in order; [] when absent. */
  disclosureSteps: string[];
  /** What the policy asks a report to contain (the list after "please include"), as plain text items; [] when absent. */
  reportChecklist: string[];
  /** The policy says security fixes ship as patch versions ("released as patch versions (e.g. 1.0.1)"). */
  patchReleases: boolean;
  /** The prose of the supported-versions section (without the table), plain text, or null. */
  supportNote: string | null;
  /** What the reader could not read or found contradictory, one plain sentence each. */
  problems: string[];
}
