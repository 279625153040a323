/**
 * Public issues, pull requests and comments. Each is checked without any I/O first — a
 * `security` label, a `/security` line, wording that reads like a vulnerability report, or
 * an advisory id — and ignored at no cost otherwise.
 */
import type { Context } from "probot";
import { z } from "zod";
import { advisoryIds, type Detection } from "../core/detector.js";
import { parseCommands } from "../core/commands/parse.js";
import { installationSchema, parsePayload, repoRef, repositorySchema } from "../github/payloads.js";
import { embargoWatch, flagPublicIssue, movePublicIssue, type PublicIssue } from "../workflows/public-issues.js";
import { sessionFromContext, type Session } from "../workflows/session.js";
import type { Deps } from "./deps.js";
import type { Handler, Payload } from "./router.js";

export const SECURITY_LABEL = "security";

const user = z.object({ login: z.string(), type: z.string() }).nullable().optional();
const issueSchema = z.object({ number: z.number(), node_id: z.string(), title: z.string(), body: z.string().nullable().optional(), user, created_at: z.string(), html_url: z.string(), pull_request: z.unknown().optional() });
const issuesEvent = z.object({ action: z.string(), issue: issueSchema, label: z.object({ name: z.string() }).optional(), sender: user, repository: repositorySchema, installation: installationSchema });
const commentEvent = z.object({ action: z.string(), issue: issueSchema, comment: z.object({ id: z.number(), body: z.string().nullable(), user, html_url: z.string() }), repository: repositorySchema, installation: installationSchema });
const prEvent = z.object({ action: z.string(), pull_request: z.object({ number: z.number(), title: z.string(), body: z.string().nullable().optional(), html_url: z.string() }), repository: repositorySchema, installation: installationSchema });

const isPublic = (p: Payload): boolean => (p.repository as { private?: unknown } | undefined)?.private === false;
const text = (...xs: unknown[]): string => xs.filter((x): x is string => typeof x === "string").join("\n");
const repoId = (p: Payload): number => Number((p.repository as { id?: unknown } | undefined)?.id ?? 0);
const hasIds = (t: string): boolean => /\b(GHSA-[a-z0-9]{4}-|CVE-\d{4}-)/i.test(t);
const securityLine = (t: string): boolean => /(^|\n)[ \t]{0,3}\/security\b/i.test(t);

/** What a public event's texts are (issue title and body, comment body, pull request title and body). */
function texts(p: Payload): { title: string; body: string } {
  const issue = (p.issue ?? p.pull_request) as { title?: unknown; body?: unknown } | undefined;
  const comment = p.comment as { body?: unknown } | undefined;
  return comment ? { title: "", body: text(comment.body) } : { title: text(issue?.title), body: text(issue?.body) };
}

async function isMaintainer(s: Session, deps: Deps, owner: string, repo: string, login: string, type: string, settings: { users: string[]; teams: string[] }): Promise<boolean> {
  const standing = await deps.authorizer.standing(s.gh, { owner, repo, login, type, reporter: null, users: settings.users, teams: settings.teams });
  return standing === "maintainer";
}

const publicIssue = (i: z.infer<typeof issueSchema>): PublicIssue => ({
  number: i.number,
  nodeId: i.node_id,
  title: i.title,
  body: i.body ?? "",
  author: i.user?.login ?? null,
  createdAt: i.created_at,
  htmlUrl: i.html_url,
});

/** The embargo watch; true when it told the maintainers (the id was one of theirs, unpublished). */
async function watchIds(s: Session, deps: Deps, repoRefV: ReturnType<typeof repoRef>, t: string, where: { key: string; url: string }): Promise<boolean> {
  const ids = advisoryIds(t);
  const reports = await deps.store.reports.underEmbargo(repoRefV.id, ids.ghsa, ids.cve);
  if (reports.length) await embargoWatch(s, repoRefV, where, reports);
  return reports.length > 0;
}

/** Worth a flag of its own: flagged, and not only for naming an advisory the embargo watch already reported. */
const flagOwn = (d: Detection, watched: boolean): boolean => d.flagged && !(watched && d.signals.every((f) => f === "an advisory id"));

export const publicIssueHandler: Handler = {
  name: "public-issue",
  on: ["issues.opened", "issues.edited", "issues.labeled"],
  wants: (p, _e, deps) => {
    if (!isPublic(p) || (p.issue as { pull_request?: unknown })?.pull_request) return false;
    if (p.action === "labeled") return (p.label as { name?: unknown })?.name === SECURITY_LABEL;
    const t = texts(p);
    // Opened or edited: text changed after the fact is checked again, as on creation.
    return hasIds(`${t.title}\n${t.body}`) || deps.caches.detectorFor(repoId(p)).detect(t.title, t.body).flagged;
  },
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(issuesEvent, context.payload);
    const s = sessionFromContext(context, deps);
    const repo = repoRef(p.repository);
    deps.caches.rememberVisibility(repo.owner, repo.name, false);
    const issue = publicIssue(p.issue);
    if (p.action === "labeled") {
      const settings = await s.settings(repo);
      if (p.sender && (await isMaintainer(s, deps, repo.owner, repo.name, p.sender.login, p.sender.type, settings.config.maintainers))) await movePublicIssue(s, repo, issue, p.sender.login);
      else context.log.info({ repo: repo.id, issue: issue.number }, "security label by someone who is not a maintainer; nothing moved");
      return;
    }
    const watched = await watchIds(s, deps, repo, `${issue.title}\n${issue.body}`, { key: `issue-${issue.number}`, url: issue.htmlUrl });
    const settings = await s.settings(repo);
    if (!settings.config.public_issues.detect) return;
    const detection = deps.caches.detectorFor(repo.id).detect(issue.title, issue.body);
    if (!flagOwn(detection, watched)) return;
    if (settings.config.public_issues.move && detection.confident) await movePublicIssue(s, repo, issue, "security-policy-bot");
    else await flagPublicIssue(s, repo, { number: issue.number, url: issue.htmlUrl }, detection);
  },
};

export const publicCommentHandler: Handler = {
  name: "public-comment",
  on: ["issue_comment.created", "issue_comment.edited"],
  wants: (p, _e, deps) => {
    if (!isPublic(p)) return false;
    const body = texts(p).body;
    return securityLine(body) || hasIds(body) || deps.caches.detectorFor(repoId(p)).detect("", body).flagged;
  },
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(commentEvent, context.payload);
    if (!p.comment.user || p.comment.user.type === "Bot") return;
    const s = sessionFromContext(context, deps);
    const repo = repoRef(p.repository);
    deps.caches.rememberVisibility(repo.owner, repo.name, false);
    const body = p.comment.body ?? "";
    const watched = await watchIds(s, deps, repo, body, { key: `comment-${p.comment.id}`, url: p.comment.html_url });
    const settings = await s.settings(repo);
    // `/security` is a command of the comment as written; an edit is checked by the detector only.
    const wantsMove = p.action === "created" && parseCommands(body).some((c) => c.ok && c.command.name === "security");
    if (wantsMove && !p.issue.pull_request) {
      if (await isMaintainer(s, deps, repo.owner, repo.name, p.comment.user.login, p.comment.user.type, settings.config.maintainers)) {
        await movePublicIssue(s, repo, publicIssue(p.issue), p.comment.user.login);
      } else {
        await s.writeOne({
          type: "comment",
          reportId: `${repo.owner}/${repo.name}#${p.issue.number}`,
          target: { kind: "issue", owner: repo.owner, repo: repo.name, number: p.issue.number },
          key: `comment-${p.comment.id}`,
          message: { kind: "reply", to: p.comment.user.login, items: [{ command: "/security", ok: false, text: `only maintainers of ${repo.owner}/${repo.name} can move an issue out of public view; nothing was changed.` }], notice: null },
        }, { sensitive: [p.issue.title, p.issue.body ?? ""] });
      }
      return;
    }
    if (!settings.config.public_issues.detect) return;
    const detection = deps.caches.detectorFor(repo.id).detect("", body);
    if (flagOwn(detection, watched)) await flagPublicIssue(s, repo, { number: p.issue.number, url: p.comment.html_url }, detection);
  },
};

export const pullRequestHandler: Handler = {
  name: "public-pull-request",
  on: ["pull_request.opened", "pull_request.edited"],
  wants: (p) => isPublic(p) && hasIds(`${texts(p).title}\n${texts(p).body}`),
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(prEvent, context.payload);
    const s = sessionFromContext(context, deps);
    const repo = repoRef(p.repository);
    await watchIds(s, deps, repo, `${p.pull_request.title}\n${p.pull_request.body ?? ""}`, { key: `pr-${p.pull_request.number}`, url: p.pull_request.html_url });
  },
};
