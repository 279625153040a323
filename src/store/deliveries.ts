/**
 * Webhook deliveries: each X-GitHub-Delivery is taken by exactly one caller (a unique insert,
 * or a compare-and-set on a failed one), so a redelivery or a second instance never runs a
 * delivery twice at once, and a failed one can run again when GitHub redelivers it.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface FailedDelivery {
  id: string;
  event: string;
  attempts: number;
  updatedAt: number;
}

export class Deliveries {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * True for the one caller that takes the delivery: the first, or the first after it failed
   * (or after its runner died: running for longer than `staleMs`).
   */
  async claim(id: string, event: string, now: number, staleMs = 10 * 60 * 1000): Promise<boolean> {
    const result = await this.db
      .insertInto("deliveries")
      .values({ id, event, received_at: now, state: "running", attempts: 1, updated_at: now })
      .onConflict((oc) => oc.column("id").doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) return true;
    const retaken = await this.db
      .updateTable("deliveries")
      .set((eb) => ({ state: "running", attempts: eb("attempts", "+", 1), updated_at: now }))
      .where("id", "=", id)
      .where((eb) => eb.or([eb("state", "in", ["failed", "redelivering"]), eb.and([eb("state", "=", "running"), eb("updated_at", "<", now - staleMs)])]))
      .executeTakeFirst();
    return Number(retaken.numUpdatedRows) === 1;
  }

  async done(id: string, now: number): Promise<void> {
    await this.db.updateTable("deliveries").set({ state: "done", updated_at: now }).where("id", "=", id).execute();
  }

  /** The handler failed: GitHub's redelivery (asked for by the redelivery loop) may run it again. */
  async fail(id: string, now: number): Promise<void> {
    await this.db.updateTable("deliveries").set({ state: "failed", updated_at: now }).where("id", "=", id).execute();
  }

  /** Gives a delivery back entirely (as if never seen). */
  async release(id: string): Promise<void> {
    await this.db.deleteFrom("deliveries").where("id", "=", id).execute();
  }

  /** Failed deliveries (and ones whose runner died) worth asking GitHub to redeliver. */
  async toRedeliver(now: number, maxAttempts: number, staleMs = 10 * 60 * 1000): Promise<FailedDelivery[]> {
    const rows = await this.db
      .selectFrom("deliveries")
      .select(["id", "event", "attempts", "updated_at"])
      .where("attempts", "<", maxAttempts)
      .where((eb) => eb.or([eb("state", "=", "failed"), eb.and([eb("state", "=", "running"), eb("updated_at", "<", now - staleMs)])]))
      .orderBy("updated_at")
      .limit(100)
      .execute();
    return rows.map((r) => ({ id: r.id, event: r.event, attempts: r.attempts, updatedAt: r.updated_at }));
  }

  /** A delivery that failed before this app took it, now asked for again (its attempts are counted from here). */
  async noteRedelivering(id: string, event: string, now: number): Promise<void> {
    await this.db
      .insertInto("deliveries")
      .values({ id, event, received_at: now, state: "redelivering", attempts: 1, updated_at: now })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }

  async markRedelivering(id: string, now: number): Promise<void> {
    await this.db.updateTable("deliveries").set({ state: "redelivering", updated_at: now }).where("id", "=", id).execute();
  }

  async stateOf(id: string): Promise<string | undefined> {
    return (await this.db.selectFrom("deliveries").select("state").where("id", "=", id).executeTakeFirst())?.state;
  }

  /** Forgets deliveries older than `before` (GitHub redelivers for a few days at most). */
  async prune(before: number): Promise<number> {
    const result = await this.db.deleteFrom("deliveries").where("received_at", "<", before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
