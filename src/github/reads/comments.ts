/** The comments of an advisory's thread or of an issue. */
import type { CommentTarget } from "../../core/actions.js";
import { statusOf } from "../errors.js";
import type { GitHub } from "../octokit.js";

export interface AdvisoryComment {
  id: number;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  created_at: string;
  updated_at: string;
}

/** New and edited comments of an advisory since `since`, oldest first; null when the comments API is missing (404). */
export async function advisoryComments(gh: GitHub, owner: string, repo: string, ghsaId: string, since: string | null): Promise<AdvisoryComment[] | null> {
  try {
    const list = await gh.paginate<AdvisoryComment>("GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments", {
      owner,
      repo,
      ghsa_id: ghsaId,
      per_page: 100,
      ...(since ? { since } : {}),
    });
    return list.sort((x, y) => x.created_at.localeCompare(y.created_at));
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** Every comment at a place (an advisory's thread or an issue), for what bodies they hold. */
export function commentsAt(gh: GitHub, target: CommentTarget): Promise<{ body?: string | null }[]> {
  return gh.paginate<{ body?: string | null }>(
    target.kind === "advisory" ? "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments" : "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    target.kind === "advisory"
      ? { owner: target.owner, repo: target.repo, ghsa_id: target.ghsaId, per_page: 100 }
      : { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 },
  );
}
