/**
 * Opens the ledger: SQLite (better-sqlite3) by default or for a file path, PostgreSQL for a
 * postgres:// URL, and brings its schema up to date before anything else runs.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations.js";
import type { Database } from "./schema.js";

export type DatabaseKind = "sqlite" | "postgres";

export interface DatabaseTarget {
  kind: DatabaseKind;
  /** A file path (or ":memory:") for SQLite, a connection string for PostgreSQL. */
  location: string;
}

export const DEFAULT_SQLITE_PATH = "./data/security-policy-bot.sqlite";

/** Reads DATABASE_URL as the README documents it. */
export function databaseTarget(url: string | undefined): DatabaseTarget {
  const value = url?.trim();
  if (!value) return { kind: "sqlite", location: DEFAULT_SQLITE_PATH };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", location: value };
  const path = value.replace(/^(sqlite|file):(\/\/)?/i, "");
  if (!path) throw new Error(`DATABASE_URL "${value}" names no file; give a path such as ./data/bot.sqlite or a postgres:// URL`);
  return { kind: "sqlite", location: path };
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to use (created if missing); tests use one each. */
  schema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
}

// BIGINT (int8, OID 20) holds epoch milliseconds, well inside Number's exact range.
const pgTypes = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text"),
};

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  if (target.kind === "sqlite") {
    if (target.location !== ":memory:") mkdirSync(dirname(resolve(target.location)), { recursive: true });
    const sqlite = new SQLite(target.location);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  } else {
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    if (schema) {
      const admin = new pg.Client({ connectionString: target.location });
      await admin.connect();
      try {
        await admin.query(`create schema if not exists ${schema}`);
      } finally {
        await admin.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: target.location,
      max: options.poolSize ?? 10,
      types: pgTypes,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  await migrate(db);
  return { db, kind: target.kind };
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`ledger migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
