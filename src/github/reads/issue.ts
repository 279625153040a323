/** One issue as GitHub has it now. */
import type { GitHub } from "../octokit.js";

export async function issue(gh: GitHub, owner: string, repo: string, number: number) {
  const { data } = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { owner, repo, issue_number: number });
  return data;
}
