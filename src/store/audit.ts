/** The audit log: one row per write the bot made (or tried to make) to GitHub. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface AuditEntry {
  at: number;
  installationId: number | null;
  reportId: string | null;
  method: string;
  /** The request path without the host, e.g. /repos/o/r/security-advisories/GHSA-x/comments. */
  path: string;
  /** The message kind or action type, e.g. acknowledgement, labels, advisory. */
  kind: string | null;
  /** HTTP status of GitHub's answer; 0 when the write was refused before it was sent. */
  status: number;
  detail?: string | null;
}

export class Audit {
  constructor(private readonly db: Kysely<Database>) {}

  async record(e: AuditEntry): Promise<void> {
    await this.db
      .insertInto("audit")
      .values({
        at: e.at,
        installation_id: e.installationId,
        report_id: e.reportId,
        method: e.method,
        path: e.path,
        kind: e.kind,
        status: e.status,
        detail: e.detail ?? null,
      })
      .execute();
  }

  async forReport(reportId: string): Promise<AuditEntry[]> {
    const rows = await this.db.selectFrom("audit").selectAll().where("report_id", "=", reportId).orderBy("id").execute();
    return rows.map((r) => ({
      at: r.at,
      installationId: r.installation_id,
      reportId: r.report_id,
      method: r.method,
      path: r.path,
      kind: r.kind,
      status: r.status,
      detail: r.detail,
    }));
  }
}
