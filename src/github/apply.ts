/**
 * The one writer. Performs decided actions on GitHub, each through the privacy guard, with
 * its hidden marker, claimed in the ledger before it is sent and settled after (so a
 * redelivery, a second instance or a restart never repeats it), and recorded in the audit log.
 *
 * A write GitHub refuses (4xx) gives its claim back; a write whose fate is unknown (5xx, a
 * timeout) keeps it, so whoever takes it over later first looks for the marker on GitHub.
 */
import type { Action, CommentTarget, IssueRef } from "../core/actions.js";
import { labelSpec, SECURITY_REPORT } from "../core/labels.js";
import type { Message } from "../core/messages.js";
import { hasMarker, withMarker, type Marker } from "../render/markers.js";
import { renderMessage, type Templates } from "../render/message.js";
import { fitBody } from "../render/untrusted.js";
import type { Store } from "../store/index.js";
import type { GitHubCaches } from "./caches.js";
import type { GitHub } from "./octokit.js";
import { guardWrite } from "./privacy-guard.js";

export interface ApplyEnv {
  gh: GitHub;
  store: Store;
  caches: GitHubCaches;
  installationId: number;
  clock: () => number;
  instanceId: string;
  /** A claim older than this is presumed abandoned by a crashed holder. */
  claimTimeoutMs: number;
  log: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };
  templates: Templates;
  /** What must never reach a public place: the report's text, the reporter's comments, ids under embargo. */
  sensitive: readonly string[];
  /** Tests only: simulates a crash at a point of a write. */
  faults?: (point: "claimed" | "written") => void;
}

export type Outcome =
  | { status: "done"; result: string | null }
  | { status: "already"; result: string | null }
  | { status: "busy" }
  | { status: "refused"; reason: string };

interface Created {
  id: number | bigint;
  number?: number;
  html_url: string;
  body?: string | null;
}

/** GitHub's comment on an advisory or an issue (the advisory comments API is newer than @octokit's types). */
interface ThreadComment {
  id: number;
  body?: string | null;
  html_url: string;
}

export class CommentsApiMissing extends Error {
  override name = "CommentsApiMissing";
}

const statusOf = (e: unknown): number => (typeof (e as { status?: unknown }).status === "number" ? (e as { status: number }).status : 0);
const definitive = (status: number): boolean => status >= 400 && status < 500 && status !== 408 && status !== 429;

async function audited<T>(env: ApplyEnv, reportId: string | null, kind: string, method: string, path: string, run: () => Promise<{ status: number; data: T }>): Promise<T> {
  try {
    const res = await run();
    await env.store.audit.record({ at: env.clock(), installationId: env.installationId, reportId, method, path, kind, status: res.status });
    return res.data;
  } catch (error) {
    await env.store.audit.record({ at: env.clock(), installationId: env.installationId, reportId, method, path, kind, status: statusOf(error), detail: "failed" });
    throw error;
  }
}

async function isPublic(env: ApplyEnv, owner: string, repo: string): Promise<boolean> {
  return !(await env.caches.isPrivate(env.gh, owner, repo));
}

function refuse(env: ApplyEnv, reportId: string, kind: string, path: string, reason: string): Outcome {
  env.log.warn({ report: reportId, kind, path, reason }, "write refused by the privacy guard");
  void env.store.audit.record({ at: env.clock(), installationId: env.installationId, reportId, method: "REFUSED", path, kind, status: 0, detail: reason });
  return { status: "refused", reason };
}

/** Claims an intent; on a takeover first looks on GitHub for what the crashed holder may have written. */
async function claim(env: ApplyEnv, key: string, kind: string, reportId: string | null, find: () => Promise<string | null>): Promise<Outcome | null> {
  const c = await env.store.intents.claim({ key, kind, reportId, holder: env.instanceId, now: env.clock(), staleAfterMs: env.claimTimeoutMs });
  if (c.status === "done") return { status: "already", result: c.result };
  if (c.status === "busy") return { status: "busy" };
  if (c.takeover) {
    const found = await find();
    if (found !== null) {
      await env.store.intents.settle(key, found, env.clock());
      return { status: "already", result: found };
    }
  }
  return null;
}

async function settleOrRelease<T>(env: ApplyEnv, key: string, write: () => Promise<T>, result: (t: T) => string): Promise<Outcome> {
  try {
    env.faults?.("claimed");
    const t = await write();
    const r = result(t);
    env.faults?.("written");
    await env.store.intents.settle(key, r, env.clock());
    return { status: "done", result: r };
  } catch (error) {
    if (definitive(statusOf(error))) await env.store.intents.release(key);
    else await env.store.intents.unsure(key);
    throw error;
  }
}

const commentsPath = (t: CommentTarget): string =>
  t.kind === "advisory" ? `/repos/${t.owner}/${t.repo}/security-advisories/${t.ghsaId}/comments` : `/repos/${t.owner}/${t.repo}/issues/${t.number}/comments`;

async function listComments(env: ApplyEnv, t: CommentTarget): Promise<ThreadComment[]> {
  if (t.kind === "advisory") {
    return env.gh.paginate<ThreadComment>("GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments", {
      owner: t.owner,
      repo: t.repo,
      ghsa_id: t.ghsaId,
      per_page: 100,
    });
  }
  return env.gh.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: t.owner, repo: t.repo, issue_number: t.number, per_page: 100 });
}

async function postComment(env: ApplyEnv, reportId: string, target: CommentTarget, message: Message, key: string | undefined): Promise<Outcome> {
  const m: Marker = { report: reportId, kind: message.kind, ...(key ? { key } : {}) };
  const body = fitBody(withMarker(renderMessage(message, env.templates), m));
  const path = commentsPath(target);
  const targetPublic = target.kind === "issue" && (await isPublic(env, target.owner, target.repo));
  // A reply that only refuses (an outsider's /security on a public issue) is a fixed template: it may go public.
  const category = message.kind === "reply" && message.items.length > 0 && message.items.every((i) => !i.ok) && !message.notice ? "refusal" : message.kind;
  const verdict = guardWrite({ targetPublic, kind: category, text: body, sensitive: env.sensitive });
  if (!verdict.allowed) return refuse(env, reportId, message.kind, path, verdict.reason);

  const intentKey = `${reportId}/${message.kind}${key ? `/${key}` : ""}`;
  const early = await claim(env, intentKey, message.kind, reportId, async () => {
    const found = (await listComments(env, target)).find((c) => hasMarker(c.body, m));
    return found ? found.html_url : null;
  });
  if (early) return early;
  return settleOrRelease(
    env,
    intentKey,
    () =>
      audited<Created>(env, reportId, message.kind, "POST", path, () =>
        target.kind === "advisory"
          ? env.gh.request("POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments", {
              owner: target.owner,
              repo: target.repo,
              ghsa_id: target.ghsaId,
              body,
              request: { retries: 0 },
            }) as Promise<{ status: number; data: Created }>
          : (env.gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
              owner: target.owner,
              repo: target.repo,
              issue_number: target.number,
              body,
              request: { retries: 0 },
            }) as Promise<{ status: number; data: Created }>),
      ).catch((error: unknown) => {
        if (target.kind === "advisory" && statusOf(error) === 404) throw new CommentsApiMissing(`no advisory comments API for ${target.owner}/${target.repo}`, { cause: error });
        throw error;
      }),
    (c) => c.html_url,
  );
}

/** Creates the labels an issue is about to get that its repository lacks, with the bot's colours. */
async function ensureLabels(env: ApplyEnv, reportId: string, owner: string, repo: string, names: readonly string[]): Promise<void> {
  const existing = await env.caches.labelsOf(env.gh, owner, repo);
  for (const name of names) {
    if (existing.has(name.toLowerCase())) continue;
    const spec = labelSpec(name);
    try {
      await audited(env, reportId, "label", "POST", `/repos/${owner}/${repo}/labels`, () =>
        env.gh.request("POST /repos/{owner}/{repo}/labels", { owner, repo, name: spec.name, color: spec.color, description: spec.description }),
      );
    } catch (error) {
      if (statusOf(error) !== 422) throw error; // 422: created meanwhile
    }
    env.caches.rememberLabel(owner, repo, name);
  }
}

async function openTrackingIssue(env: ApplyEnv, a: Extract<Action, { type: "open-tracking-issue" }>): Promise<Outcome> {
  const [owner, repo] = a.tracker.split("/") as [string, string];
  const path = `/repos/${owner}/${repo}/issues`;
  if (await isPublic(env, owner, repo)) return refuse(env, a.reportId, "tracking-issue", path, `the tracker ${a.tracker} is public`);
  const m: Marker = { report: a.reportId, kind: "tracking-issue" };
  const body = fitBody(withMarker(renderMessage(a.message, env.templates), m));
  const key = `${a.reportId}/tracking-issue`;
  const early = await claim(env, key, "tracking-issue", a.reportId, async () => {
    const issues = await env.gh.paginate("GET /repos/{owner}/{repo}/issues", { owner, repo, labels: SECURITY_REPORT, state: "all", per_page: 100 });
    const found = issues.find((i) => hasMarker(i.body, m));
    return found ? String(found.number) : null;
  });
  if (early) return early;
  await ensureLabels(env, a.reportId, owner, repo, a.labels);
  const create = (assignees: string[]) =>
    audited(env, a.reportId, "tracking-issue", "POST", path, () =>
      env.gh.request("POST /repos/{owner}/{repo}/issues", { owner, repo, title: a.title, body, labels: a.labels, assignees, request: { retries: 0 } }),
    );
  return settleOrRelease(
    env,
    key,
    async () => {
      try {
        return await create(a.assignees);
      } catch (error) {
        // An assignee without access to the tracker makes GitHub refuse the whole issue: open it unassigned.
        if (statusOf(error) !== 422 || a.assignees.length === 0) throw error;
        env.log.warn({ report: a.reportId, tracker: a.tracker }, "handler cannot be assigned in the tracker; tracking issue opened unassigned");
        return create([]);
      }
    },
    (issue) => String(issue.number),
  );
}

async function addLabels(env: ApplyEnv, reportId: string, issue: IssueRef, labels: string[]): Promise<Outcome> {
  const path = `/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/labels`;
  if (await isPublic(env, issue.owner, issue.repo)) return refuse(env, reportId, "labels", path, "report labels are not put on public issues");
  await ensureLabels(env, reportId, issue.owner, issue.repo, labels);
  await audited(env, reportId, "labels", "POST", path, () =>
    env.gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { owner: issue.owner, repo: issue.repo, issue_number: issue.number, labels }),
  );
  return { status: "done", result: labels.join(",") };
}

async function removeLabels(env: ApplyEnv, reportId: string, issue: IssueRef, labels: string[]): Promise<Outcome> {
  for (const name of labels) {
    const path = `/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/labels/${encodeURIComponent(name)}`;
    try {
      await audited(env, reportId, "labels", "DELETE", path, () =>
        env.gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { owner: issue.owner, repo: issue.repo, issue_number: issue.number, name }),
      );
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  return { status: "done", result: labels.join(",") };
}

async function setAssignees(env: ApplyEnv, reportId: string, issue: IssueRef, assignees: string[]): Promise<Outcome> {
  const path = `/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/assignees`;
  await audited(env, reportId, "assignees", "POST", path, () =>
    env.gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", { owner: issue.owner, repo: issue.repo, issue_number: issue.number, assignees }),
  );
  return { status: "done", result: assignees.join(",") };
}

async function addCollaborator(env: ApplyEnv, a: Extract<Action, { type: "add-advisory-collaborator" }>): Promise<Outcome> {
  if (a.current.some((l) => l.toLowerCase() === a.login.toLowerCase())) return { status: "already", result: a.login };
  const { owner, repo, ghsaId } = a.advisory;
  // Repository admins see every advisory already.
  try {
    const { data } = await env.gh.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { owner, repo, username: a.login });
    if (data.permission === "admin") return { status: "already", result: a.login };
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  const path = `/repos/${owner}/${repo}/security-advisories/${ghsaId}`;
  await audited(env, a.reportId, "collaborator", "PATCH", path, () =>
    env.gh.request("PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}", { owner, repo, ghsa_id: ghsaId, collaborating_users: [...a.current, a.login] }),
  );
  return { status: "done", result: a.login };
}

async function patchAdvisory(env: ApplyEnv, a: Extract<Action, { type: "patch-advisory" }>): Promise<Outcome> {
  const { owner, repo, ghsaId } = a.advisory;
  const path = `/repos/${owner}/${repo}/security-advisories/${ghsaId}`;
  await audited(env, a.reportId, `advisory:${a.what}`, "PATCH", path, () =>
    env.gh.request("PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}", { owner, repo, ghsa_id: ghsaId, ...(a.fields as Record<string, unknown>) }),
  );
  return { status: "done", result: a.what };
}

async function requestCve(env: ApplyEnv, a: Extract<Action, { type: "request-cve" }>): Promise<Outcome> {
  const { owner, repo, ghsaId } = a.advisory;
  const key = `${a.reportId}/cve`;
  const early = await claim(env, key, "cve", a.reportId, async () => null);
  if (early) return early;
  const path = `/repos/${owner}/${repo}/security-advisories/${ghsaId}/cve`;
  try {
    return await settleOrRelease(env, key, () => audited(env, a.reportId, "cve", "POST", path, () => env.gh.request("POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve", { owner, repo, ghsa_id: ghsaId })), () => "requested");
  } catch (error) {
    // 422: a CVE was requested or assigned already.
    if (statusOf(error) === 422) {
      await env.store.intents.settle(key, "already requested", env.clock());
      return { status: "already", result: "already requested" };
    }
    throw error;
  }
}

async function createFork(env: ApplyEnv, a: Extract<Action, { type: "create-fork" }>): Promise<Outcome> {
  const { owner, repo, ghsaId } = a.advisory;
  const key = `${a.reportId}/fork`;
  const early = await claim(env, key, "fork", a.reportId, async () => null);
  if (early) return early;
  const path = `/repos/${owner}/${repo}/security-advisories/${ghsaId}/forks`;
  return settleOrRelease(
    env,
    key,
    () => audited(env, a.reportId, "fork", "POST", path, () => env.gh.request("POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks", { owner, repo, ghsa_id: ghsaId })),
    (fork) => fork.html_url,
  );
}

async function updateIssue(env: ApplyEnv, a: Extract<Action, { type: "update-issue" }>): Promise<Outcome> {
  const { owner, repo, number } = a.issue;
  const path = `/repos/${owner}/${repo}/issues/${number}`;
  if (await isPublic(env, owner, repo)) return refuse(env, a.reportId, "issue-update", path, "report issues are never public");
  await audited(env, a.reportId, "issue", "PATCH", path, () =>
    env.gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner,
      repo,
      issue_number: number,
      ...(a.assignees ? { assignees: a.assignees } : {}),
      ...(a.state ? { state: a.state } : {}),
      ...(a.stateReason ? { state_reason: a.stateReason } : {}),
    }),
  );
  return { status: "done", result: null };
}

/** `- [ ] step` → `- [x] step` for each step, in the issue's current body (maintainers' edits kept). */
export function tickSteps(body: string, steps: readonly string[]): string {
  return body
    .split("\n")
    .map((line) => {
      const m = /^(\s*[-*] )\[ \] (.*)$/.exec(line);
      return m && steps.some((s) => m[2]!.trim() === s.trim()) ? `${m[1]}[x] ${m[2]}` : line;
    })
    .join("\n");
}

async function tickTasks(env: ApplyEnv, a: Extract<Action, { type: "tick-tasks" }>): Promise<Outcome> {
  const { owner, repo, number } = a.issue;
  let ticked: string | null = null;
  if (a.steps.length) {
    const { data } = await env.gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { owner, repo, issue_number: number });
    const body = data.body ?? "";
    ticked = tickSteps(body, a.steps);
    if (ticked === body) ticked = null;
  }
  if (ticked === null && !a.close) return { status: "already", result: null };
  const path = `/repos/${owner}/${repo}/issues/${number}`;
  if (await isPublic(env, owner, repo)) return refuse(env, a.reportId, "tracking-issue", path, "report issues are never public");
  await audited(env, a.reportId, "tasks", "PATCH", path, () =>
    env.gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner,
      repo,
      issue_number: number,
      ...(ticked !== null ? { body: ticked } : {}),
      ...(a.close ? { state: "closed" as const, state_reason: a.close } : {}),
    }),
  );
  return { status: "done", result: a.steps.join("; ") };
}

async function openTablePr(env: ApplyEnv, a: Extract<Action, { type: "open-table-pr" }>): Promise<Outcome> {
  const { owner, repo } = a;
  const repoName = `${owner}/${repo}`;
  const verdict = guardWrite({ targetPublic: await isPublic(env, owner, repo), kind: "table-upkeep", text: `${a.title}\n${a.body}\n${a.text}`, sensitive: env.sensitive });
  if (!verdict.allowed) return refuse(env, repoName, "table-upkeep", `/repos/${repoName}/pulls`, verdict.reason);
  const early = await claim(env, a.key, "table-upkeep", null, async () => {
    const open = await env.gh.paginate("GET /repos/{owner}/{repo}/pulls", { owner, repo, head: `${owner}:${a.branch}`, state: "all", per_page: 100 });
    return open[0]?.html_url ?? null;
  });
  if (early) return early;
  return settleOrRelease(
    env,
    a.key,
    async () => {
      const { data: base } = await env.gh.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { owner, repo, ref: `heads/${a.base}` });
      try {
        await audited(env, null, "table-upkeep", "POST", `/repos/${repoName}/git/refs`, () =>
          env.gh.request("POST /repos/{owner}/{repo}/git/refs", { owner, repo, ref: `refs/heads/${a.branch}`, sha: base.object.sha }),
        );
      } catch (error) {
        if (statusOf(error) !== 422) throw error; // the branch exists from an earlier attempt
      }
      await audited(env, null, "table-upkeep", "PUT", `/repos/${repoName}/contents/${a.path}`, () =>
        env.gh.request("PUT /repos/{owner}/{repo}/contents/{path}", {
          owner,
          repo,
          path: a.path,
          branch: a.branch,
          sha: a.fileSha,
          message: a.title,
          content: Buffer.from(a.text, "utf8").toString("base64"),
        }),
      );
      return audited(env, null, "table-upkeep", "POST", `/repos/${repoName}/pulls`, () =>
        env.gh.request("POST /repos/{owner}/{repo}/pulls", { owner, repo, title: a.title, head: a.branch, base: a.base, body: a.body }),
      );
    },
    (pr) => pr.html_url,
  );
}

async function checkRun(env: ApplyEnv, a: Extract<Action, { type: "check-run" }>): Promise<Outcome> {
  const path = `/repos/${a.owner}/${a.repo}/check-runs`;
  const text = `${a.title}\n${a.summary}\n${a.text}`;
  const verdict = guardWrite({ targetPublic: await isPublic(env, a.owner, a.repo), kind: "check-run", text, sensitive: env.sensitive });
  if (!verdict.allowed) return refuse(env, `${a.owner}/${a.repo}`, "check-run", path, verdict.reason);
  const data = await audited(env, null, "check-run", "POST", path, () =>
    env.gh.request("POST /repos/{owner}/{repo}/check-runs", {
      owner: a.owner,
      repo: a.repo,
      name: "Security policy",
      head_sha: a.headSha,
      status: "completed",
      conclusion: a.conclusion,
      output: { title: a.title, summary: a.summary.slice(0, 65000), text: a.text.slice(0, 65000) },
    }),
  );
  return { status: "done", result: String(data.id) };
}

async function linkRelease(env: ApplyEnv, a: Extract<Action, { type: "link-release" }>): Promise<Outcome> {
  const { owner, repo, releaseId } = a;
  const path = `/repos/${owner}/${repo}/releases/${releaseId}`;
  const { data } = await env.gh.request("GET /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: releaseId });
  const m: Marker = { report: a.ghsaId, kind: "release-note" };
  if (hasMarker(data.body, m)) return { status: "already", result: String(releaseId) };
  const note = `Security: fixes [${a.ghsaId}](${a.advisoryUrl})`;
  const verdict = guardWrite({ targetPublic: await isPublic(env, owner, repo), kind: "release-note", text: note, sensitive: env.sensitive });
  if (!verdict.allowed) return refuse(env, a.reportId, "release-note", path, verdict.reason);
  const body = withMarker(`${(data.body ?? "").trimEnd()}\n\n---\n${note}`, m);
  await audited(env, a.reportId, "release-note", "PATCH", path, () => env.gh.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: releaseId, body }));
  return { status: "done", result: String(releaseId) };
}

async function writeDashboard(env: ApplyEnv, a: Extract<Action, { type: "write-dashboard" }>): Promise<Outcome> {
  const [owner, repo] = a.tracker.split("/") as [string, string];
  const path = a.issue === null ? `/repos/${owner}/${repo}/issues` : `/repos/${owner}/${repo}/issues/${a.issue}`;
  if (await isPublic(env, owner, repo)) return refuse(env, a.tracker, "dashboard", path, `the tracker ${a.tracker} is public`);
  const m: Marker = { report: a.tracker, kind: "dashboard" };
  const body = fitBody(withMarker(renderMessage(a.message, env.templates), m));
  if (a.issue !== null) {
    await audited(env, null, "dashboard", "PATCH", path, () => env.gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { owner, repo, issue_number: a.issue!, body }));
    return { status: "done", result: String(a.issue) };
  }
  // A new generation when the previous dashboard issue was deleted.
  const key = `dashboard:${a.tracker}#${a.generation}`;
  const early = await claim(env, key, "dashboard", null, async () => {
    const issues = await env.gh.paginate("GET /repos/{owner}/{repo}/issues", { owner, repo, state: "open", per_page: 100 });
    const found = issues.find((i) => hasMarker(i.body, m));
    return found ? String(found.number) : null;
  });
  if (early) return early;
  return settleOrRelease(
    env,
    key,
    () => audited(env, null, "dashboard", "POST", path, () => env.gh.request("POST /repos/{owner}/{repo}/issues", { owner, repo, title: a.title, body, request: { retries: 0 } })),
    (issue) => String(issue.number),
  );
}

export async function applyOne(env: ApplyEnv, a: Action): Promise<Outcome> {
  switch (a.type) {
    case "comment":
      return postComment(env, a.reportId, a.target, a.message, a.key);
    case "open-tracking-issue":
      return openTrackingIssue(env, a);
    case "add-labels":
      return addLabels(env, a.reportId, a.issue, a.labels);
    case "remove-labels":
      return removeLabels(env, a.reportId, a.issue, a.labels);
    case "set-assignees":
      return setAssignees(env, a.reportId, a.issue, a.assignees);
    case "add-advisory-collaborator":
      return addCollaborator(env, a);
    case "patch-advisory":
      return patchAdvisory(env, a);
    case "request-cve":
      return requestCve(env, a);
    case "create-fork":
      return createFork(env, a);
    case "update-issue":
      return updateIssue(env, a);
    case "tick-tasks":
      return tickTasks(env, a);
    case "write-dashboard":
      return writeDashboard(env, a);
    case "link-release":
      return linkRelease(env, a);
    case "check-run":
      return checkRun(env, a);
    case "open-table-pr":
      return openTablePr(env, a);
  }
}

/** Performs actions in order; the first failure stops the rest (they are retried with the delivery). */
export async function apply(env: ApplyEnv, actions: readonly Action[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const a of actions) out.push(await applyOne(env, a));
  return out;
}
