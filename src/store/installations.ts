/** The installations the loops work for, kept from installation webhooks and a periodic refresh. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface Installation {
  id: number;
  account: string;
  accountType: "Organization" | "User";
  suspended: boolean;
}

export class Installations {
  constructor(private readonly db: Kysely<Database>) {}

  async put(i: Installation, now: number): Promise<void> {
    const values = { account: i.account, account_type: i.accountType, suspended: i.suspended ? 1 : 0, updated_at: now };
    await this.db
      .insertInto("installations")
      .values({ id: i.id, ...values })
      .onConflict((oc) => oc.column("id").doUpdateSet(values))
      .execute();
  }

  async remove(id: number): Promise<void> {
    await this.db.deleteFrom("installations").where("id", "=", id).execute();
  }

  /** Active installations, in id order. */
  async active(): Promise<Installation[]> {
    const rows = await this.db.selectFrom("installations").selectAll().where("suspended", "=", 0).orderBy("id").execute();
    return rows.map((r) => ({ id: r.id, account: r.account, accountType: r.account_type as Installation["accountType"], suspended: false }));
  }

  /** Replaces the set with GitHub's list (a refresh). */
  async replaceAll(list: Installation[], now: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const ids = list.map((i) => i.id);
      if (ids.length) await trx.deleteFrom("installations").where("id", "not in", ids).execute();
      else await trx.deleteFrom("installations").execute();
      for (const i of list) {
        const values = { account: i.account, account_type: i.accountType, suspended: i.suspended ? 1 : 0, updated_at: now };
        await trx.insertInto("installations").values({ id: i.id, ...values }).onConflict((oc) => oc.column("id").doUpdateSet(values)).execute();
      }
    });
  }
}
