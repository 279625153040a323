/** A file of a repository: whether it exists, and its text with the blob sha an update needs. */
import { statusOf } from "../errors.js";
import type { GitHub } from "../octokit.js";

/** Whether `path` exists on the default branch (false on a 404; other failures are thrown). */
export async function fileExists(gh: GitHub, owner: string, repo: string, path: string): Promise<boolean> {
  try {
    await gh.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/** The text of `path` at `ref` and its blob sha. */
export async function fileAt(gh: GitHub, owner: string, repo: string, path: string, ref: string): Promise<{ text: string; sha: string }> {
  const { data } = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path, ref });
  const file = data as { content?: string; sha: string; encoding?: string };
  return { text: Buffer.from(file.content ?? "", "base64").toString("utf8"), sha: file.sha };
}
