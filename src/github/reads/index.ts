/**
 * What the workflows read of GitHub, as small named functions bound to one installation's
 * octokit (`Session.read`). The writes go through `github/apply`; these are only reads.
 */
import type { CommentTarget } from "../../core/actions.js";
import type { GitHub } from "../octokit.js";
import { advisory, orgAdvisoriesReadable, recentAdvisories } from "./advisory.js";
import { advisoryComments, commentsAt } from "./comments.js";
import { codeowners } from "./codeowners.js";
import { fileAt, fileExists } from "./contents.js";
import { issue } from "./issue.js";
import { openPullCount, pullFiles } from "./pulls.js";
import { privateReporting, repository, tagNames } from "./repository.js";
import { teamMembers } from "./team-members.js";

export type { AdvisoryComment } from "./comments.js";

export function readsFor(gh: GitHub) {
  return {
    repository: (owner: string, name: string) => repository(gh, owner, name),
    privateReporting: (owner: string, repo: string) => privateReporting(gh, owner, repo),
    tagNames: (owner: string, repo: string) => tagNames(gh, owner, repo),
    fileExists: (owner: string, repo: string, path: string) => fileExists(gh, owner, repo, path),
    fileAt: (owner: string, repo: string, path: string, ref: string) => fileAt(gh, owner, repo, path, ref),
    advisory: (owner: string, repo: string, ghsaId: string) => advisory(gh, owner, repo, ghsaId),
    recentAdvisories: (owner: string, repo: string) => recentAdvisories(gh, owner, repo),
    orgAdvisoriesReadable: (org: string) => orgAdvisoriesReadable(gh, org),
    issue: (owner: string, repo: string, number: number) => issue(gh, owner, repo, number),
    advisoryComments: (owner: string, repo: string, ghsaId: string, since: string | null) => advisoryComments(gh, owner, repo, ghsaId, since),
    commentsAt: (target: CommentTarget) => commentsAt(gh, target),
    pullFiles: (owner: string, repo: string, number: number) => pullFiles(gh, owner, repo, number),
    openPullCount: (owner: string, repo: string) => openPullCount(gh, owner, repo),
    codeowners: (owner: string, repo: string) => codeowners(gh, owner, repo),
    teamMembers: (org: string, slug: string) => teamMembers(gh, org, slug),
  };
}

export type Reads = ReturnType<typeof readsFor>;
