/**
 * The tracker's security dashboard: created once per generation (a new one when the last was
 * deleted; found again by its marker), then its body rewritten (a PATCH to a value: no claim).
 */
import { hasMarker, withMarker, type Marker } from "../../../render/markers.js";
import { renderMessage } from "../../../render/message.js";
import { fitBody } from "../../../render/untrusted.js";
import type { ActionOf, ApplyEnv, Executor, PlanEnv } from "../types.js";

type A = ActionOf<"write-dashboard">;

const marker = (a: A): Marker => ({ report: a.tracker, kind: "dashboard" });
const bodyOf = (a: A, env: PlanEnv): string => fitBody(withMarker(renderMessage(a.message, env.templates), marker(a)));
const repoOf = (a: A) => {
  const [owner, repo] = a.tracker.split("/") as [string, string];
  return { owner, repo };
};

export const writeDashboard: Executor<A> = {
  kind: () => "dashboard",
  guard: (a, env) => ({
    where: repoOf(a),
    category: "dashboard",
    text: bodyOf(a, env),
    method: a.issue === null ? "POST" : "PATCH",
    path: a.issue === null ? `/repos/${a.tracker}/issues` : `/repos/${a.tracker}/issues/${a.issue}`,
    subject: a.tracker,
    reportId: null,
    privateBecause: `the tracker ${a.tracker} is public`,
  }),
  key: (a) => (a.issue === null ? `dashboard:${a.tracker}#${a.generation}` : null),
  async find(a, env) {
    const { owner, repo } = repoOf(a);
    const issues = await env.gh.paginate("GET /repos/{owner}/{repo}/issues", { owner, repo, state: "open", per_page: 100 });
    const found = issues.find((i) => hasMarker(i.body, marker(a)));
    return found ? String(found.number) : null;
  },
  async write(a, env, io) {
    const { owner, repo } = repoOf(a);
    const body = bodyOf(a, env);
    if (a.issue !== null) {
      const number = a.issue;
      await io.send("PATCH", `/repos/${a.tracker}/issues/${number}`, () => env.gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { owner, repo, issue_number: number, body }));
      return { done: String(number) };
    }
    const issue = await io.send("POST", `/repos/${a.tracker}/issues`, () => env.gh.request("POST /repos/{owner}/{repo}/issues", { owner, repo, title: a.title, body, request: { retries: 0 } }));
    return { done: String(issue.number) };
  },
};
