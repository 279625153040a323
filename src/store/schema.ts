/**
 * Table types of the ledger, as Kysely sees them. Times are epoch milliseconds (BIGINT),
 * flags are 0/1 integers, and structured values are JSON text, so that SQLite and
 * PostgreSQL store exactly the same thing.
 */
import type { ColumnType, Generated } from "kysely";

export interface DeliveriesTable {
  id: string;
  event: string;
  received_at: number;
  /** running → done, or failed (a later redelivery may take it again). */
  state: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<number, number | undefined, number>;
}

export interface ReposTable {
  id: number;
  installation_id: number;
  owner: string;
  name: string;
  private: number;
  default_branch: string;
  /** The validated config (JSON of Config) and its problems (JSON of ConfigProblem[]). */
  config: string;
  config_problems: string;
  /** The policy as read (JSON of Policy), null when none was found; where it came from. */
  policy: string | null;
  policy_source: string | null;
  /** The package the manifests name (JSON of {ecosystem, name}), or null. */
  package: ColumnType<string | null, string | null | undefined, string | null>;
  /** Whether the advisory comments API answers for this repository: "yes", "no" or "unknown". */
  comments_api: string;
  loaded_at: number;
  stale: number;
}

export interface ReportsTable {
  id: string;
  installation_id: number;
  repo_id: number;
  owner: string;
  repo: string;
  source: string;
  ghsa_id: string | null;
  cve_id: string | null;
  thread_kind: string;
  thread_owner: string;
  thread_repo: string;
  thread_number: number | null;
  tracker_repo: string | null;
  tracker_issue: number | null;
  state: string;
  advisory_state: string | null;
  severity: string | null;
  cvss: string | null;
  cwe_ids: string;
  handler: string | null;
  reporter: string | null;
  vulnerable_range: string | null;
  affected: string;
  unsupported: string;
  fixed_in: string;
  fixes: string;
  credit: number;
  credits: string;
  received_at: number;
  ack_by: number;
  respond_by: number;
  acknowledged_at: number | null;
  ack_late: number;
  responded_at: number | null;
  eta: string | null;
  fixed_at: number | null;
  drafted_at: number | null;
  published_at: number | null;
  closed_at: number | null;
  paused_at: number | null;
  paused_ms: number;
  last_maintainer_at: number | null;
  last_reporter_at: number | null;
  reminders: string;
  checklist_missing: ColumnType<string, string | undefined, string>;
  outcome: ColumnType<string | null, string | null | undefined, string | null>;
  duplicate_of: ColumnType<string | null, string | null | undefined, string | null>;
  disclose_by: ColumnType<number | null, number | null | undefined, number | null>;
  disclose_source: ColumnType<string | null, string | null | undefined, string | null>;
  description_digest: ColumnType<string | null, string | null | undefined, string | null>;
  handler_reason: ColumnType<string | null, string | null | undefined, string | null>;
  next_due_at: number | null;
  revision: number;
  created_at: number;
  updated_at: number;
}

export interface IntentsTable {
  key: string;
  report_id: string | null;
  kind: string;
  state: string;
  holder: string;
  claimed_at: number;
  done_at: number | null;
  result: string | null;
  attempts: number;
}

export interface CursorsTable {
  key: string;
  installation_id: number;
  etag: string | null;
  state: string;
  checked_at: number;
  lease_holder: string | null;
  lease_until: number | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: number;
  installation_id: number | null;
  report_id: string | null;
  method: string;
  path: string;
  kind: string | null;
  status: number;
  detail: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface InstallationsTable {
  id: number;
  account: string;
  /** "Organization" or "User". */
  account_type: string;
  suspended: number;
  updated_at: number;
}

export interface VisibilityTable {
  /** owner/name, lower-cased. */
  repo: string;
  private: number;
  seen_at: number;
}

export interface Database {
  installations: InstallationsTable;
  deliveries: DeliveriesTable;
  repos: ReposTable;
  reports: ReportsTable;
  intents: IntentsTable;
  cursors: CursorsTable;
  audit: AuditTable;
  visibility: VisibilityTable;
}
