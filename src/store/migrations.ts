/**
 * The ledger's migrations, in code (no dynamic imports), run at start by `openDatabase`.
 * Append new migrations; never edit one that has shipped.
 */
import { PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

const bigint = "bigint" as const;

export const migrations: Record<string, Migration> = {
  "001-ledger": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("deliveries")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("event", "text", (c) => c.notNull())
        .addColumn("received_at", bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("deliveries_received_at").on("deliveries").column("received_at").execute();

      await db.schema
        .createTable("repos")
        .addColumn("id", bigint, (c) => c.primaryKey())
        .addColumn("installation_id", bigint, (c) => c.notNull())
        .addColumn("owner", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("private", "integer", (c) => c.notNull())
        .addColumn("default_branch", "text", (c) => c.notNull())
        .addColumn("config", "text", (c) => c.notNull())
        .addColumn("config_problems", "text", (c) => c.notNull())
        .addColumn("policy", "text")
        .addColumn("policy_source", "text")
        .addColumn("comments_api", "text", (c) => c.notNull().defaultTo("unknown"))
        .addColumn("loaded_at", bigint, (c) => c.notNull())
        .addColumn("stale", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex("repos_owner_name").on("repos").columns(["owner", "name"]).execute();

      const t = db.schema
        .createTable("reports")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("installation_id", bigint, (c) => c.notNull())
        .addColumn("repo_id", bigint, (c) => c.notNull())
        .addColumn("owner", "text", (c) => c.notNull())
        .addColumn("repo", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("ghsa_id", "text", (c) => c.unique())
        .addColumn("thread_kind", "text", (c) => c.notNull())
        .addColumn("thread_owner", "text", (c) => c.notNull())
        .addColumn("thread_repo", "text", (c) => c.notNull())
        .addColumn("thread_number", "integer")
        .addColumn("tracker_repo", "text")
        .addColumn("tracker_issue", "integer")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("advisory_state", "text")
        .addColumn("severity", "text")
        .addColumn("cvss", "text")
        .addColumn("cwe_ids", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("handler", "text")
        .addColumn("reporter", "text")
        .addColumn("vulnerable_range", "text")
        .addColumn("affected", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("unsupported", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("fixed_in", "text", (c) => c.notNull().defaultTo("{}"))
        .addColumn("fixes", "text", (c) => c.notNull().defaultTo("{}"))
        .addColumn("credit", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("credits", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("received_at", bigint, (c) => c.notNull())
        .addColumn("ack_by", bigint, (c) => c.notNull())
        .addColumn("respond_by", bigint, (c) => c.notNull())
        .addColumn("acknowledged_at", bigint)
        .addColumn("ack_late", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("responded_at", bigint)
        .addColumn("eta", "text")
        .addColumn("fixed_at", bigint)
        .addColumn("drafted_at", bigint)
        .addColumn("published_at", bigint)
        .addColumn("closed_at", bigint)
        .addColumn("paused_at", bigint)
        .addColumn("paused_ms", bigint, (c) => c.notNull().defaultTo(0))
        .addColumn("last_maintainer_at", bigint)
        .addColumn("last_reporter_at", bigint)
        .addColumn("reminders", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("next_due_at", bigint)
        .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", bigint, (c) => c.notNull())
        .addColumn("updated_at", bigint, (c) => c.notNull());
      await t.execute();
      await db.schema.createIndex("reports_next_due_at").on("reports").column("next_due_at").execute();
      await db.schema.createIndex("reports_repo_state").on("reports").columns(["repo_id", "state"]).execute();
      await db.schema.createIndex("reports_installation_state").on("reports").columns(["installation_id", "state"]).execute();
      await db.schema
        .createIndex("reports_thread")
        .on("reports")
        .columns(["thread_owner", "thread_repo", "thread_number"])
        .execute();

      await db.schema
        .createTable("intents")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("report_id", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("holder", "text", (c) => c.notNull())
        .addColumn("claimed_at", bigint, (c) => c.notNull())
        .addColumn("done_at", bigint)
        .addColumn("result", "text")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex("intents_open").on("intents").columns(["state", "claimed_at"]).execute();

      await db.schema
        .createTable("cursors")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("installation_id", bigint, (c) => c.notNull())
        .addColumn("etag", "text")
        .addColumn("state", "text", (c) => c.notNull().defaultTo("{}"))
        .addColumn("checked_at", bigint, (c) => c.notNull())
        .addColumn("lease_holder", "text")
        .addColumn("lease_until", bigint)
        .execute();

      const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
      await db.schema
        .createTable("audit")
        .addColumn("id", isPostgres ? "bigserial" : "integer", (c) => (isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn("at", bigint, (c) => c.notNull())
        .addColumn("installation_id", bigint)
        .addColumn("report_id", "text")
        .addColumn("method", "text", (c) => c.notNull())
        .addColumn("path", "text", (c) => c.notNull())
        .addColumn("kind", "text")
        .addColumn("status", "integer", (c) => c.notNull())
        .addColumn("detail", "text")
        .execute();
      await db.schema.createIndex("audit_report").on("audit").columns(["report_id", "at"]).execute();
    },
  },
};

migrations["002-installations"] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("installations")
      .addColumn("id", bigint, (c) => c.primaryKey())
      .addColumn("account", "text", (c) => c.notNull())
      .addColumn("account_type", "text", (c) => c.notNull())
      .addColumn("suspended", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("updated_at", bigint, (c) => c.notNull())
      .execute();
  },
};

migrations["003-cve"] = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("reports").addColumn("cve_id", "text").execute();
    await db.schema.createIndex("reports_cve_id").on("reports").column("cve_id").execute();
  },
};

migrations["004-delivery-state"] = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("deliveries").addColumn("state", "text", (c) => c.notNull().defaultTo("done")).execute();
    await db.schema.alterTable("deliveries").addColumn("attempts", "integer", (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable("deliveries").addColumn("updated_at", bigint, (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.createIndex("deliveries_state").on("deliveries").columns(["state", "updated_at"]).execute();
  },
};

migrations["005-repo-package"] = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("repos").addColumn("package", "text").execute();
    // Settings kept before this column existed are read again at their next use.
    await sql`UPDATE repos SET loaded_at = 0`.execute(db);
  },
};

migrations["006-visibility"] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("visibility")
      .addColumn("repo", "text", (c) => c.primaryKey())
      .addColumn("private", "integer", (c) => c.notNull())
      .addColumn("seen_at", bigint, (c) => c.notNull())
      .execute();
  },
};

migrations["007-reports-updated-at"] = {
  async up(db: Kysely<unknown>) {
    // The sweep's "has anything changed since the dashboards were written" is one index read.
    await db.schema.createIndex("reports_updated_at").on("reports").column("updated_at").execute();
  },
};

migrations["008-checklist-missing"] = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("reports").addColumn("checklist_missing", "text", (c) => c.notNull().defaultTo("[]")).execute();
  },
};

migrations["009-record-keeping"] = {
  async up(db: Kysely<unknown>) {
    // Issue 18: the outcome of a closed report, the disclosure deadline, the advisory
    // description as last seen (the reporter's words kept), and why the handler was chosen.
    for (const [name, type] of [
      ["outcome", "text"],
      ["duplicate_of", "text"],
      ["disclose_by", bigint],
      ["disclose_source", "text"],
      ["description_digest", "text"],
      ["handler_reason", "text"],
    ] as const) {
      await db.schema.alterTable("reports").addColumn(name, type).execute();
    }
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
