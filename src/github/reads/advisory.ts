/** Repository advisories as GitHub has them now: one by id, a repository's latest, and whether an org's list may be read. */
import { statusOf } from "../errors.js";
import type { GitHub } from "../octokit.js";

/** One advisory (one GET). */
export async function advisory(gh: GitHub, owner: string, repo: string, ghsaId: string) {
  const { data } = await gh.request("GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}", { owner, repo, ghsa_id: ghsaId });
  return data;
}

/** A repository's 100 most recently updated advisories (one request). */
export async function recentAdvisories(gh: GitHub, owner: string, repo: string) {
  const { data } = await gh.request("GET /repos/{owner}/{repo}/security-advisories", { owner, repo, per_page: 100, sort: "updated", direction: "desc" });
  return data;
}

/** Whether the installation may list the organisation's advisories (false when GitHub refuses). */
export async function orgAdvisoriesReadable(gh: GitHub, org: string): Promise<boolean> {
  try {
    await gh.request("GET /orgs/{org}/security-advisories", { org, per_page: 1 });
    return true;
  } catch (error) {
    if (![403, 404].includes(statusOf(error))) throw error;
    return false;
  }
}
