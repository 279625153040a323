/** The reports table: insert once, read by id, thread or tracker issue, update on a revision. */
import type { Kysely, Selectable } from "kysely";
import type { Report, ReportState } from "../core/report.js";
import { CLOSED_STATES } from "../core/report.js";
import type { Database, ReportsTable } from "./schema.js";

type Row = Selectable<ReportsTable>;

// Report fields map to columns by name (receivedAt ↔ received_at); these are stored as JSON or 0/1.
const JSON_FIELDS = new Set(["cweIds", "affected", "unsupported", "fixedIn", "fixes", "credits", "reminders", "checklistMissing"]);
const FLAG_FIELDS = new Set(["credit", "ackLate"]);
const memo = (f: (s: string) => string) => {
  const seen = new Map<string, string>();
  return (s: string): string => seen.get(s) ?? (seen.set(s, f(s)), seen.get(s)!);
};
const column = memo((field) => field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
const field = memo((col) => col.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));

export function fromRow(row: Row): Report {
  const out: Record<string, unknown> = {};
  for (const [col, value] of Object.entries(row)) {
    if (col.startsWith("thread_")) continue;
    const key = field(col);
    out[key] = JSON_FIELDS.has(key) ? JSON.parse(value as string) : FLAG_FIELDS.has(key) ? value === 1 : value;
  }
  out.thread = { kind: row.thread_kind, owner: row.thread_owner, repo: row.thread_repo, number: row.thread_number };
  return out as unknown as Report;
}

/** Column values for the fields present in `patch` (all of them for a whole report). */
export function toColumns(patch: Partial<Report>): Partial<Row> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === "thread") {
      const t = value as Report["thread"];
      Object.assign(out, { thread_kind: t.kind, thread_owner: t.owner, thread_repo: t.repo, thread_number: t.number });
    } else {
      out[column(key)] = JSON_FIELDS.has(key) ? JSON.stringify(value) : FLAG_FIELDS.has(key) ? (value ? 1 : 0) : value;
    }
  }
  return out as Partial<Row>;
}

export type ReportPatch = Partial<Omit<Report, "id" | "revision" | "createdAt">>;

export class Reports {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts a new report; false when one with this id (or GHSA id) already exists. */
  async insert(report: Report): Promise<boolean> {
    const result = await this.db
      .insertInto("reports")
      .values(toColumns(report) as Row)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async get(id: string): Promise<Report | undefined> {
    const row = await this.db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
    return row && fromRow(row);
  }

  async byGhsa(ghsaId: string): Promise<Report | undefined> {
    const row = await this.db.selectFrom("reports").selectAll().where("ghsa_id", "=", ghsaId).executeTakeFirst();
    return row && fromRow(row);
  }

  /** Unpublished reports of a repository named by these GHSA or CVE ids (the embargo watch). */
  async underEmbargo(repoId: number, ghsa: readonly string[], cve: readonly string[]): Promise<Report[]> {
    if (!ghsa.length && !cve.length) return [];
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("repo_id", "=", repoId)
      .where("published_at", "is", null)
      .where((eb) => eb.or([...(ghsa.length ? [eb("ghsa_id", "in", [...ghsa])] : []), ...(cve.length ? [eb("cve_id", "in", [...cve])] : [])]))
      .execute();
    return rows.map(fromRow);
  }

  /** The report whose thread or tracking issue is this issue. */
  async byIssue(owner: string, repo: string, number: number): Promise<Report | undefined> {
    const thread = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("thread_owner", "=", owner)
      .where("thread_repo", "=", repo)
      .where("thread_number", "=", number)
      .executeTakeFirst();
    if (thread) return fromRow(thread);
    const tracked = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("tracker_repo", "=", `${owner}/${repo}`)
      .where("tracker_issue", "=", number)
      .executeTakeFirst();
    return tracked && fromRow(tracked);
  }

  /**
   * Writes `patch` if the report is still at `revision` (nobody wrote in between);
   * returns the new report, or undefined when the revision moved on.
   */
  async update(id: string, revision: number, patch: ReportPatch, now: number): Promise<Report | undefined> {
    const result = await this.db
      .updateTable("reports")
      .set({ ...toColumns(patch), revision: revision + 1, updated_at: now })
      .where("id", "=", id)
      .where("revision", "=", revision)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    return this.get(id);
  }

  /** Every report received in [from, to) (ms), oldest first: the figures of `stats`. */
  async receivedBetween(from: number, to: number): Promise<Report[]> {
    const rows = await this.db.selectFrom("reports").selectAll().where("received_at", ">=", from).where("received_at", "<", to).orderBy("received_at").execute();
    return rows.map(fromRow);
  }

  /** Open reports of an installation (or of every installation), oldest first. */
  async open(installationId?: number): Promise<Report[]> {
    let q = this.db.selectFrom("reports").selectAll().where("state", "not in", [...CLOSED_STATES]);
    if (installationId !== undefined) q = q.where("installation_id", "=", installationId);
    const rows = await q.orderBy("received_at").execute();
    return rows.map(fromRow);
  }

  /**
   * Open reports of an installation whose intake was left unfinished, taken in between the two
   * times: never acknowledged, or an advisory report without the tracking issue its tracker is
   * to hold (the acknowledgement is intake's first write; an instance may die after it).
   */
  async unfinished(installationId: number, createdAfter: number, createdBefore: number, limit = 20): Promise<Report[]> {
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("installation_id", "=", installationId)
      .where((eb) => eb.or([eb("acknowledged_at", "is", null), eb.and([eb("thread_kind", "=", "advisory"), eb("tracker_repo", "is not", null), eb("tracker_issue", "is", null)])]))
      .where("state", "not in", [...CLOSED_STATES])
      .where("created_at", "<", createdBefore)
      .where("created_at", ">", createdAfter)
      .orderBy("created_at")
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }

  /** Open reports of one repository (a release's candidates). */
  async openInRepo(repoId: number): Promise<Report[]> {
    const rows = await this.db.selectFrom("reports").selectAll().where("repo_id", "=", repoId).where("state", "not in", [...CLOSED_STATES]).execute();
    return rows.map(fromRow);
  }

  /** Every report of these repositories (for a dashboard: open ones and the figures' window). */
  async ofRepos(repoIds: readonly number[], receivedSince: number): Promise<Report[]> {
    if (!repoIds.length) return [];
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("repo_id", "in", [...repoIds])
      .where((eb) => eb.or([eb("state", "not in", [...CLOSED_STATES]), eb("received_at", ">=", receivedSince)]))
      .execute();
    return rows.map(fromRow);
  }

  /** The latest write to any report of these repositories (0 when none). */
  async lastWrite(repoIds: readonly number[]): Promise<number> {
    if (!repoIds.length) return 0;
    const row = await this.db
      .selectFrom("reports")
      .select((eb) => eb.fn.max("updated_at").as("at"))
      .where("repo_id", "in", [...repoIds])
      .executeTakeFirst();
    return Number(row?.at ?? 0);
  }

  /** The latest write to any report at all (0 when none): one read of an index. */
  async lastWriteAll(): Promise<number> {
    const row = await this.db.selectFrom("reports").select((eb) => eb.fn.max("updated_at").as("at")).executeTakeFirst();
    return Number(row?.at ?? 0);
  }

  /** How many open reports each of these handlers has in the installation. */
  async openCountByHandler(installationId: number): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom("reports")
      .select(["handler", (eb) => eb.fn.countAll<number>().as("n")])
      .where("installation_id", "=", installationId)
      .where("state", "not in", [...CLOSED_STATES])
      .where("handler", "is not", null)
      .groupBy("handler")
      .execute();
    return new Map(rows.map((r) => [r.handler as string, Number(r.n)]));
  }

  /**
   * Claims a due report for one sweeper: next_due_at moves to `until` only if it still is
   * `expected` (compare-and-set). Returns the report as claimed, or undefined when someone
   * else claimed or changed it first.
   */
  async claimDue(id: string, expected: number, until: number, now: number): Promise<Report | undefined> {
    const result = await this.db
      .updateTable("reports")
      .set((eb) => ({ next_due_at: until, revision: eb("revision", "+", 1), updated_at: now }))
      .where("id", "=", id)
      .where("next_due_at", "=", expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? this.get(id) : undefined;
  }

  /** Reports whose next deadline event is due (the sweep's one indexed query). */
  async due(now: number, limit: number): Promise<Report[]> {
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("next_due_at", "<=", now)
      .orderBy("next_due_at")
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }
}
