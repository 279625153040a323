/**
 * Who may run commands: repository admins, maintainers and writers, the users and teams
 * the config names; the reporter only their credit commands; bots (this app included)
 * nobody listens to. Decisions are cached briefly per user and repository.
 */
import type { GitHub } from "./octokit.js";
import { statusOf } from "./errors.js";

export type Standing = "maintainer" | "reporter" | "none" | "bot";

export interface Asker {
  owner: string;
  repo: string;
  login: string;
  /** GitHub's user type: "User", "Bot", "Organization". */
  type: string;
  reporter: string | null;
  users: readonly string[];
  teams: readonly string[];
}

const TTL_MS = 5 * 60 * 1000;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class Authorizer {
  private readonly cache = new Map<string, { standing: Standing; at: number }>();

  constructor(private readonly clock: () => number) {}

  async standing(gh: GitHub, a: Asker): Promise<Standing> {
    if (a.type === "Bot" || /\[bot\]$/i.test(a.login)) return "bot";
    const key = `${a.owner}/${a.repo}:${a.login}:${a.reporter ?? ""}`.toLowerCase();
    const known = this.cache.get(key);
    if (known && this.clock() - known.at < TTL_MS) return known.standing;
    const standing = await this.decide(gh, a);
    this.cache.set(key, { standing, at: this.clock() });
    return standing;
  }

  private async decide(gh: GitHub, a: Asker): Promise<Standing> {
    if (a.users.some((u) => same(u, a.login))) return "maintainer";
    try {
      const { data } = await gh.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { owner: a.owner, repo: a.repo, username: a.login });
      if (data.permission === "admin" || data.permission === "write" || data.permission === "maintain") return "maintainer";
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    for (const team of a.teams) {
      const [org, slug] = team.includes("/") ? (team.split("/") as [string, string]) : [a.owner, team];
      try {
        const { data } = await gh.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", { org, team_slug: slug, username: a.login });
        if (data.state === "active") return "maintainer";
      } catch (error) {
        const status = statusOf(error);
        if (status !== 404 && status !== 403) throw error;
      }
    }
    return a.reporter && same(a.reporter, a.login) ? "reporter" : "none";
  }
}
