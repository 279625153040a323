/**
 * The store tests run on every database the machine offers: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (.ci/run sets it). Each PostgreSQL store lives in its own schema,
 * dropped afterwards, so parallel test files and runs don't collide.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.js";

export interface TestStore {
  store: Store;
  /** Another client on the same database (a second app instance). */
  second(): Promise<Store>;
  dispose(): Promise<void>;
}

export type StoreFactory = () => Promise<TestStore>;

const sqlite: StoreFactory = async () => {
  const dir = `/tmp/spb-test-${randomBytes(6).toString("hex")}`;
  const location = `${dir}/ledger.sqlite`;
  const store = await openStore({ kind: "sqlite", location });
  const others: Store[] = [];
  return {
    store,
    second: async () => {
      const s = await openStore({ kind: "sqlite", location });
      others.push(s);
      return s;
    },
    dispose: async () => {
      for (const s of others) await s.close();
      await store.close();
      const { rmSync } = await import("node:fs");
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const postgres = (url: string): StoreFactory => async () => {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const store = await openStore({ kind: "postgres", location: url }, { schema, poolSize: 4 });
  const others: Store[] = [];
  return {
    store,
    second: async () => {
      const s = await openStore({ kind: "postgres", location: url }, { schema, poolSize: 4 });
      others.push(s);
      return s;
    },
    dispose: async () => {
      for (const s of others) await s.close();
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
};

/** [name, factory] pairs for `describe.each`. */
export function storeFactories(): [string, StoreFactory][] {
  const url = process.env.TEST_DATABASE_URL;
  return [["sqlite", sqlite], ...(url ? [["postgres", postgres(url)] as [string, StoreFactory]] : [])];
}

/** DATABASE_URL for a test store, as the CLI takes it: its SQLite file, or its PostgreSQL schema as the search path. */
export async function databaseUrlOf(store: Store): Promise<string> {
  if (store.kind === "sqlite") {
    const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(store.db);
    return rows.find((r) => r.name === "main")!.file;
  }
  const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(store.db);
  return `${process.env.TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${rows[0]!.s}`)}`;
}
