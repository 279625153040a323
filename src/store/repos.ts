/**
 * What the bot knows of each repository between pushes: visibility, default branch, the
 * validated config and the policy as read. Kept in the ledger (not in process memory) so
 * that a push seen by one instance refreshes every instance.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface RepoRecord<C = unknown, P = unknown> {
  id: number;
  installationId: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  config: C;
  configProblems: { key: string; message: string }[];
  policy: P | null;
  policySource: string | null;
  /** The package the repository's manifests name (the config's `package` wins over it). */
  package: { ecosystem: string; name: string } | null;
  commentsApi: "yes" | "no" | "unknown";
  loadedAt: number;
  stale: boolean;
}

export class Repos {
  constructor(private readonly db: Kysely<Database>) {}

  async get<C, P>(id: number): Promise<RepoRecord<C, P> | undefined> {
    const r = await this.db.selectFrom("repos").selectAll().where("id", "=", id).executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      installationId: r.installation_id,
      owner: r.owner,
      name: r.name,
      private: r.private === 1,
      defaultBranch: r.default_branch,
      config: JSON.parse(r.config) as C,
      configProblems: JSON.parse(r.config_problems) as RepoRecord["configProblems"],
      policy: r.policy === null ? null : (JSON.parse(r.policy) as P),
      policySource: r.policy_source,
      package: r.package ? (JSON.parse(r.package) as { ecosystem: string; name: string }) : null,
      commentsApi: r.comments_api as RepoRecord["commentsApi"],
      loadedAt: r.loaded_at,
      stale: r.stale === 1,
    };
  }

  async put(r: RepoRecord): Promise<void> {
    const values = {
      installation_id: r.installationId,
      owner: r.owner,
      name: r.name,
      private: r.private ? 1 : 0,
      default_branch: r.defaultBranch,
      config: JSON.stringify(r.config),
      config_problems: JSON.stringify(r.configProblems),
      policy: r.policy === null ? null : JSON.stringify(r.policy),
      policy_source: r.policySource,
      package: r.package ? JSON.stringify(r.package) : null,
      comments_api: r.commentsApi,
      loaded_at: r.loadedAt,
      stale: r.stale ? 1 : 0,
    };
    await this.db
      .insertInto("repos")
      .values({ id: r.id, ...values })
      .onConflict((oc) => oc.column("id").doUpdateSet(values))
      .execute();
  }

  /** A push changed the policy or the config: the next reader loads them again. */
  async markStale(id: number): Promise<void> {
    await this.db.updateTable("repos").set({ stale: 1 }).where("id", "=", id).execute();
  }

  /** The organisation's .github repository changed: every repository of the owner may inherit from it. */
  async markOwnerStale(owner: string): Promise<void> {
    await this.db.updateTable("repos").set({ stale: 1 }).where("owner", "=", owner).execute();
  }

  async setCommentsApi(id: number, value: "yes" | "no"): Promise<void> {
    await this.db.updateTable("repos").set({ comments_api: value }).where("id", "=", id).execute();
  }

  async byName(owner: string, name: string): Promise<{ id: number; private: boolean; defaultBranch: string } | undefined> {
    const r = await this.db.selectFrom("repos").select(["id", "private", "default_branch"]).where("owner", "=", owner).where("name", "=", name).executeTakeFirst();
    return r && { id: r.id, private: r.private === 1, defaultBranch: r.default_branch };
  }

  /** Every repository's config (for warming process caches at start). */
  async allConfigs<C>(): Promise<{ id: number; config: C }[]> {
    const rows = await this.db.selectFrom("repos").select(["id", "config"]).execute();
    return rows.map((r) => ({ id: r.id, config: JSON.parse(r.config) as C }));
  }

  async forInstallation(installationId: number): Promise<{ id: number; owner: string; name: string }[]> {
    return this.db.selectFrom("repos").select(["id", "owner", "name"]).where("installation_id", "=", installationId).execute();
  }
}
