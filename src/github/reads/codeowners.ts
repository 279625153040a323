/** The repository's CODEOWNERS file on its default branch: the first of GitHub's three places that has one. */
import { CODEOWNERS_PATHS } from "../../core/codeowners.js";
import { statusOf } from "../errors.js";
import type { GitHub } from "../octokit.js";

/** The file's path and text, or null when none of `.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS` exists (one read per place tried). */
export async function codeowners(gh: GitHub, owner: string, repo: string): Promise<{ path: string; text: string } | null> {
  for (const path of CODEOWNERS_PATHS) {
    try {
      const { data } = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path });
      const file = data as { type?: string; content?: string; encoding?: string };
      if (Array.isArray(data) || (file.type !== undefined && file.type !== "file")) continue; // a directory of that name
      return { path, text: Buffer.from(file.content ?? "", "base64").toString("utf8") };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  return null;
}
