/**
 * A report issue's assignees, state or task list. Each sets a value, so sending it twice
 * changes nothing: no claim. Never on a public issue.
 */
import type { ActionOf, Executor } from "../types.js";

type Assign = ActionOf<"set-assignees">;
type Update = ActionOf<"update-issue">;
type Tick = ActionOf<"tick-tasks">;

const where = (i: { owner: string; repo: string }) => ({ owner: i.owner, repo: i.repo });
const issuePath = (i: { owner: string; repo: string; number: number }) => `/repos/${i.owner}/${i.repo}/issues/${i.number}`;

export const setAssignees: Executor<Assign> = {
  kind: () => "assignees",
  guard: (a) => ({ where: where(a.issue), category: "assignees", text: a.assignees.join("\n"), method: "POST", path: `${issuePath(a.issue)}/assignees`, subject: a.reportId, reportId: a.reportId, privateBecause: "report issues are never public" }),
  key: () => null,
  async write(a, env, io) {
    const { owner, repo, number } = a.issue;
    await io.send("POST", `${issuePath(a.issue)}/assignees`, () => env.gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", { owner, repo, issue_number: number, assignees: a.assignees }));
    return { done: a.assignees.join(",") };
  },
};

export const updateIssue: Executor<Update> = {
  kind: () => "issue",
  guard: (a) => ({ where: where(a.issue), category: "issue-update", text: (a.assignees ?? []).join("\n"), method: "PATCH", path: issuePath(a.issue), subject: a.reportId, reportId: a.reportId, privateBecause: "report issues are never public" }),
  key: () => null,
  async write(a, env, io) {
    const { owner, repo, number } = a.issue;
    await io.send("PATCH", issuePath(a.issue), () =>
      env.gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner,
        repo,
        issue_number: number,
        ...(a.assignees ? { assignees: a.assignees } : {}),
        ...(a.state ? { state: a.state } : {}),
        ...(a.stateReason ? { state_reason: a.stateReason } : {}),
      }),
    );
    return { done: null };
  },
};

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

export const tickTasks: Executor<Tick> = {
  kind: () => "tasks",
  guard: (a) => ({ where: where(a.issue), category: "tracking-issue", text: a.steps.join("\n"), method: "PATCH", path: issuePath(a.issue), subject: a.reportId, reportId: a.reportId, privateBecause: "report issues are never public" }),
  key: () => null,
  async write(a, env, io) {
    const { owner, repo, number } = a.issue;
    let ticked: string | null = null;
    if (a.steps.length) {
      // Read just before the write, so a maintainer's edit of a moment ago is kept.
      const { data } = await env.gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { owner, repo, issue_number: number });
      const body = data.body ?? "";
      ticked = tickSteps(body, a.steps);
      if (ticked === body) ticked = null;
    }
    if (ticked === null && !a.close) return { already: null };
    await io.send("PATCH", issuePath(a.issue), () =>
      env.gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner,
        repo,
        issue_number: number,
        ...(ticked !== null ? { body: ticked } : {}),
        ...(a.close ? { state: "closed" as const, state_reason: a.close } : {}),
      }),
    );
    return { done: a.steps.join("; ") };
  },
};
