/**
 * `issue_comment` in a report's issue thread or tracking issue: the reporter's answers and
 * the maintainers' commands. A comment in a public repository without a command line is
 * ignored with no I/O at all.
 */
import type { Context } from "probot";
import { z } from "zod";
import { installationSchema, parsePayload, repoRef, repositorySchema } from "../github/payloads.js";
import { handleComment } from "../workflows/commands.js";
import { sessionFromContext } from "../workflows/session.js";
import type { Deps } from "./deps.js";
import type { Handler, Payload } from "./router.js";

const commentSchema = z.object({
  issue: z.object({ number: z.number(), pull_request: z.unknown().optional() }),
  comment: z.object({ id: z.number(), body: z.string().nullable(), created_at: z.string(), user: z.object({ login: z.string(), type: z.string() }).nullable() }),
  repository: repositorySchema,
  installation: installationSchema,
});

/** A line that starts with "/" (the cheap test before any parsing). */
const SLASH_LINE = /(^|\n)[ \t]{0,3}\/[A-Za-z]/;

/** The bot's own message carries its marker; it is never input (see also the router's sender check). */
const OWN_MARKER = "<!-- security-policy-bot report=";

export function commentConcernsUs(p: Payload): boolean {
  const repo = p.repository as { private?: unknown } | undefined;
  const body = (p.comment as { body?: unknown } | undefined)?.body;
  if (typeof body === "string" && body.includes(OWN_MARKER)) return false;
  return repo?.private === true || (typeof body === "string" && SLASH_LINE.test(body));
}

export const commentHandler: Handler = {
  name: "issue-comment",
  on: ["issue_comment.created", "issue_comment.edited"],
  wants: (p) => commentConcernsUs(p),
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(commentSchema, context.payload);
    if (!p.comment.user || p.comment.body === null) return;
    const repo = repoRef(p.repository);
    const report = await deps.store.reports.byIssue(repo.owner, repo.name, p.issue.number);
    if (!report) return; // not a report's issue (public issues: see the public-issue handler)
    const s = sessionFromContext(context, deps);
    s.caches.rememberVisibility(repo.owner, repo.name, repo.private);
    // A comment in the tracker (a tracking issue, the thread of a report whose advisory has no comments
    // API): the project's repository is the report's, whose settings and permissions apply.
    const known = report.repoId === repo.id ? null : await deps.store.repos.get(report.repoId);
    const reportRepo = report.repoId === repo.id ? repo : { id: report.repoId, owner: report.owner, name: report.repo, private: known?.private ?? false, defaultBranch: known?.defaultBranch ?? "main" };
    const isThread = report.thread.kind === "issue" && report.thread.owner === repo.owner && report.thread.repo === repo.name && report.thread.number === p.issue.number;
    await handleComment(
      s,
      report,
      reportRepo,
      { id: p.comment.id, body: p.comment.body, author: p.comment.user.login, authorType: p.comment.user.type, createdAt: p.comment.created_at },
      { target: { kind: "issue", owner: repo.owner, repo: repo.name, number: p.issue.number }, isThread },
    );
  },
};
