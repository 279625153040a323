/** What the workflows read of a repository: its identity, whether it takes private reports, its tags and files. */
import { statusOf } from "../errors.js";
import type { GitHub } from "../octokit.js";
import type { RepoRef } from "../repo-settings.js";

/** A repository by name, as the fields every webhook payload carries. */
export async function repository(gh: GitHub, owner: string, name: string): Promise<RepoRef> {
  const { data } = await gh.request("GET /repos/{owner}/{repo}", { owner, repo: name });
  return { id: Number(data.id), owner, name, private: data.private, defaultBranch: data.default_branch };
}

/** Whether private vulnerability reporting is on (null when the app may not ask). */
export async function privateReporting(gh: GitHub, owner: string, repo: string): Promise<boolean | null> {
  try {
    const { data } = await gh.request("GET /repos/{owner}/{repo}/private-vulnerability-reporting", { owner, repo });
    return (data as { enabled: boolean }).enabled;
  } catch (error) {
    if ([403, 404].includes(statusOf(error))) return null;
    throw error;
  }
}

/** The names of the latest 100 tags (one request). */
export async function tagNames(gh: GitHub, owner: string, repo: string): Promise<Set<string>> {
  const { data } = await gh.request("GET /repos/{owner}/{repo}/tags", { owner, repo, per_page: 100 });
  return new Set(data.map((t) => t.name));
}
