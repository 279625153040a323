/** Pull requests: the files one changes, and how many are open in a repository (a private fork). */
import type { GitHub } from "../octokit.js";

/** The names of the files a pull request changes. */
export async function pullFiles(gh: GitHub, owner: string, repo: string, number: number): Promise<string[]> {
  const files = await gh.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner, repo, pull_number: number, per_page: 100 });
  return files.map((f) => f.filename);
}

/** How many pull requests are open (of the first 100; one request). */
export async function openPullCount(gh: GitHub, owner: string, repo: string): Promise<number> {
  const { data } = await gh.request("GET /repos/{owner}/{repo}/pulls", { owner, repo, state: "open", per_page: 100 });
  return data.length;
}
