/** Processed webhook deliveries: each X-GitHub-Delivery is taken by exactly one unique insert. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export class Deliveries {
  constructor(private readonly db: Kysely<Database>) {}

  /** True for the one caller that inserted the id; false for every later or concurrent one. */
  async claim(id: string, event: string, now: number): Promise<boolean> {
    const result = await this.db
      .insertInto("deliveries")
      .values({ id, event, received_at: now })
      .onConflict((oc) => oc.column("id").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /** Gives a delivery back after its handler failed, so GitHub's redelivery is processed. */
  async release(id: string): Promise<void> {
    await this.db.deleteFrom("deliveries").where("id", "=", id).execute();
  }

  /** Forgets deliveries older than `before` (GitHub redelivers for a few days at most). */
  async prune(before: number): Promise<number> {
    const result = await this.db.deleteFrom("deliveries").where("received_at", "<", before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
