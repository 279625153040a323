/** Where a report lives on GitHub: its advisory, its tracking issue, its thread's web address. */
import type { AdvisoryRef, CommentTarget, IssueRef } from "./actions.js";
import type { Report } from "./report.js";

export function advisoryOf(r: Report): AdvisoryRef | null {
  return r.thread.kind === "advisory" || r.ghsaId ? (r.ghsaId ? { owner: r.owner, repo: r.repo, ghsaId: r.ghsaId } : null) : null;
}

export function trackingIssueOf(r: Report): IssueRef | null {
  if (!r.trackerRepo || r.trackerIssue === null) return null;
  const [owner, repo] = r.trackerRepo.split("/") as [string, string];
  return { owner, repo, number: r.trackerIssue };
}

/** The web address of a report's thread. */
export function threadUrl(r: Report, webBase: string): string | null {
  if (r.thread.kind === "advisory") return r.ghsaId ? `${webBase}/${r.owner}/${r.repo}/security/advisories/${r.ghsaId}` : null;
  return r.thread.number !== null ? `${webBase}/${r.thread.owner}/${r.thread.repo}/issues/${r.thread.number}` : null;
}

/** Where the reporter reads: the advisory's discussion or the report issue. */
export function threadTarget(r: Report): CommentTarget | null {
  if (r.thread.kind === "advisory") return r.ghsaId ? { kind: "advisory", owner: r.owner, repo: r.repo, ghsaId: r.ghsaId } : null;
  return r.thread.number !== null ? { kind: "issue", owner: r.thread.owner, repo: r.thread.repo, number: r.thread.number } : null;
}
