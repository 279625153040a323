/**
 * A team's members (child teams' members included), to know whether a configured handler owns
 * a path through a team in CODEOWNERS. Needs the app's `members: read` organization permission.
 */
import { statusOf } from "../errors.js";
import type { GitHub } from "../octokit.js";

/** The logins of the team's members, or null when GitHub refuses (no such team, or the permission is not granted). */
export async function teamMembers(gh: GitHub, org: string, slug: string): Promise<string[] | null> {
  try {
    const members = await gh.paginate("GET /orgs/{org}/teams/{team_slug}/members", { org, team_slug: slug, per_page: 100 });
    return members.map((m) => m.login);
  } catch (error) {
    if ([403, 404].includes(statusOf(error))) return null;
    throw error;
  }
}
