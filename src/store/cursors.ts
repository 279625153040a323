/**
 * Reconciler cursors (an ETag and what was last seen, per listing or advisory) and the
 * leases by which several instances divide the polling: a lease is taken by a
 * compare-and-set update, so exactly one instance polls a key per period.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface Cursor<S = Record<string, unknown>> {
  key: string;
  installationId: number;
  etag: string | null;
  state: S;
  checkedAt: number;
}

export class Cursors {
  constructor(private readonly db: Kysely<Database>) {}

  async get<S = Record<string, unknown>>(key: string): Promise<Cursor<S> | undefined> {
    const row = await this.db.selectFrom("cursors").selectAll().where("key", "=", key).executeTakeFirst();
    return row && { key: row.key, installationId: row.installation_id, etag: row.etag, state: JSON.parse(row.state) as S, checkedAt: row.checked_at };
  }

  async put(c: Cursor<unknown>): Promise<void> {
    const values = { etag: c.etag, state: JSON.stringify(c.state), checked_at: c.checkedAt, installation_id: c.installationId };
    await this.db
      .insertInto("cursors")
      .values({ key: c.key, ...values })
      .onConflict((oc) => oc.column("key").doUpdateSet(values))
      .execute();
  }

  /** Takes (or renews) the lease on `key` until `now + ttlMs`; false while another holder's lease runs. */
  async lease(key: string, installationId: number, holder: string, now: number, ttlMs: number): Promise<boolean> {
    await this.db
      .insertInto("cursors")
      .values({ key, installation_id: installationId, etag: null, state: "{}", checked_at: 0, lease_holder: null, lease_until: null })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    const result = await this.db
      .updateTable("cursors")
      .set({ lease_holder: holder, lease_until: now + ttlMs })
      .where("key", "=", key)
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", now), eb("lease_holder", "=", holder)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async unlease(key: string, holder: string): Promise<void> {
    await this.db.updateTable("cursors").set({ lease_holder: null, lease_until: null }).where("key", "=", key).where("lease_holder", "=", holder).execute();
  }
}
