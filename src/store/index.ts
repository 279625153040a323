/** The ledger: one object holding each table's queries over one database. */
import type { Kysely } from "kysely";
import { Audit } from "./audit.js";
import { Cursors } from "./cursors.js";
import { openDatabase, type DatabaseKind, type DatabaseTarget, type OpenOptions } from "./database.js";
import { Deliveries } from "./deliveries.js";
import { Installations } from "./installations.js";
import { Intents } from "./intents.js";
import { Reports } from "./reports.js";
import { Repos } from "./repos.js";
import type { Database } from "./schema.js";
import { Visibility } from "./visibility.js";
import { sql } from "kysely";

export class Store {
  readonly deliveries: Deliveries;
  readonly reports: Reports;
  readonly intents: Intents;
  readonly cursors: Cursors;
  readonly audit: Audit;
  readonly repos: Repos;
  readonly installations: Installations;
  readonly visibility: Visibility;

  constructor(
    readonly db: Kysely<Database>,
    readonly kind: DatabaseKind,
  ) {
    this.deliveries = new Deliveries(db);
    this.reports = new Reports(db);
    this.intents = new Intents(db);
    this.cursors = new Cursors(db);
    this.audit = new Audit(db);
    this.repos = new Repos(db);
    this.installations = new Installations(db);
    this.visibility = new Visibility(db);
  }

  /** True when the database answers a trivial query (for /healthz). */
  async ping(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.db);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

export async function openStore(target: DatabaseTarget, options?: OpenOptions): Promise<Store> {
  const { db, kind } = await openDatabase(target, options);
  return new Store(db, kind);
}

export { databaseTarget } from "./database.js";
export type { Report } from "../core/report.js";
