/**
 * Repository visibility as last learnt (from a read or a `public` / `repository` webhook),
 * shared by every instance: a repository made public is known as public everywhere at once,
 * not when each instance's own memory of it expires.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface SeenVisibility {
  isPrivate: boolean;
  /** When it was learnt, epoch ms. */
  at: number;
}

export class Visibility {
  constructor(private readonly db: Kysely<Database>) {}

  async get(repo: string): Promise<SeenVisibility | undefined> {
    const row = await this.db.selectFrom("visibility").select(["private", "seen_at"]).where("repo", "=", repo.toLowerCase()).executeTakeFirst();
    return row && { isPrivate: row.private === 1, at: Number(row.seen_at) };
  }

  /** Keeps the newer of what is stored and `seen` (a late read never overwrites a later change). */
  async put(repo: string, seen: SeenVisibility): Promise<void> {
    const values = { private: seen.isPrivate ? 1 : 0, seen_at: seen.at };
    await this.db
      .insertInto("visibility")
      .values({ repo: repo.toLowerCase(), ...values })
      .onConflict((oc) => oc.column("repo").doUpdateSet(values).where("visibility.seen_at", "<=", seen.at))
      .execute();
  }
}
