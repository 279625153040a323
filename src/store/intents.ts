/**
 * Intents make each visible write happen once: a write is claimed here (a unique insert)
 * before it is sent, and settled after. A claim left open by a crash is taken over once it
 * is stale; the taker must first look for the bot's marker on GitHub before writing again.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export type Claim =
  /** Yours to perform. `takeover`: an earlier holder may have written it before dying; look first. */
  | { status: "claimed"; takeover: boolean; attempts: number }
  | { status: "done"; result: string | null }
  /** Someone else holds a fresh claim on it right now. */
  | { status: "busy" };

export interface ClaimRequest {
  key: string;
  kind: string;
  reportId: string | null;
  holder: string;
  now: number;
  /** A claim older than this is presumed abandoned. */
  staleAfterMs: number;
}

export interface OpenIntent {
  key: string;
  kind: string;
  reportId: string | null;
  holder: string;
  claimedAt: number;
  attempts: number;
}

export class Intents {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(r: ClaimRequest): Promise<Claim> {
    const inserted = await this.db
      .insertInto("intents")
      .values({ key: r.key, kind: r.kind, report_id: r.reportId, state: "claimed", holder: r.holder, claimed_at: r.now, attempts: 1 })
      .onConflict((oc) => oc.column("key").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { status: "claimed", takeover: false, attempts: 1 };

    const row = await this.db.selectFrom("intents").selectAll().where("key", "=", r.key).executeTakeFirst();
    if (!row) return this.claim(r); // released in between: try again
    if (row.state === "done") return { status: "done", result: row.result };
    const released = row.state === "released";
    // "unsure": the last attempt failed without knowing whether GitHub took the write; look, then write.
    const unsure = row.state === "unsure";
    if (!released && !unsure && r.now - row.claimed_at < r.staleAfterMs) return { status: "busy" };
    // Compare-and-set on the old claim time: of several instances, one wins the takeover.
    const taken = await this.db
      .updateTable("intents")
      .set({ state: "claimed", holder: r.holder, claimed_at: r.now, attempts: row.attempts + 1 })
      .where("key", "=", r.key)
      .where("state", "=", row.state)
      .where("claimed_at", "=", row.claimed_at)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) return { status: "busy" };
    return { status: "claimed", takeover: !released, attempts: row.attempts + 1 };
  }

  /** The write happened (or was found already done); `result` is what it produced (a URL or id). */
  async settle(key: string, result: string | null, now: number): Promise<void> {
    await this.db.updateTable("intents").set({ state: "done", result, done_at: now }).where("key", "=", key).execute();
  }

  /**
   * The write failed and GitHub may or may not have taken it (a 5xx, a timeout): the next
   * attempt takes over at once, looking for the marker before writing.
   */
  async unsure(key: string): Promise<void> {
    await this.db.updateTable("intents").set({ state: "unsure" }).where("key", "=", key).where("state", "=", "claimed").execute();
  }

  /**
   * The write failed before reaching GitHub (or GitHub refused it): the next attempt may
   * write without looking for a marker first.
   */
  async release(key: string): Promise<void> {
    await this.db.updateTable("intents").set({ state: "released" }).where("key", "=", key).where("state", "=", "claimed").execute();
  }

  async get(key: string): Promise<{ state: string; result: string | null; attempts: number } | undefined> {
    return this.db.selectFrom("intents").select(["state", "result", "attempts"]).where("key", "=", key).executeTakeFirst();
  }

  /** Claims not settled since `before`: work a crash or a failure left open. */
  async open(before: number, limit = 100): Promise<OpenIntent[]> {
    const rows = await this.db
      .selectFrom("intents")
      .selectAll()
      .where("state", "in", ["claimed", "released", "unsure"])
      .where("claimed_at", "<", before)
      .orderBy("claimed_at")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ key: r.key, kind: r.kind, reportId: r.report_id, holder: r.holder, claimedAt: r.claimed_at, attempts: r.attempts }));
  }
}
