/** The report's tracking issue in the private tracker: once per report (its marker), labelled and assigned. */
import { SECURITY_REPORT } from "../../../core/labels.js";
import { hasMarker, withMarker, type Marker } from "../../../render/markers.js";
import { renderMessage } from "../../../render/message.js";
import { fitBody } from "../../../render/untrusted.js";
import { statusOf } from "../errors.js";
import type { ActionOf, ApplyEnv, Executor, PlanEnv } from "../types.js";
import { ensureLabels } from "./labels-ensure.js";

type A = ActionOf<"open-tracking-issue">;

const marker = (a: A): Marker => ({ report: a.reportId, kind: "tracking-issue" });
const bodyOf = (a: A, env: PlanEnv): string => fitBody(withMarker(renderMessage(a.message, env.templates), marker(a)));
const repoOf = (a: A) => {
  const [owner, repo] = a.tracker.split("/") as [string, string];
  return { owner, repo };
};

export const trackingIssue: Executor<A> = {
  kind: () => "tracking-issue",
  guard: (a, env) => ({ where: repoOf(a), category: "tracking-issue", text: `${a.title}\n${bodyOf(a, env)}`, method: "POST", path: `/repos/${a.tracker}/issues`, subject: a.reportId, reportId: a.reportId, privateBecause: `the tracker ${a.tracker} is public` }),
  key: (a) => `${a.reportId}/tracking-issue`,
  async find(a, env) {
    const { owner, repo } = repoOf(a);
    const issues = await env.gh.paginate("GET /repos/{owner}/{repo}/issues", { owner, repo, labels: SECURITY_REPORT, state: "all", per_page: 100 });
    const found = issues.find((i) => hasMarker(i.body, marker(a)));
    return found ? String(found.number) : null;
  },
  async write(a, env, io) {
    const { owner, repo } = repoOf(a);
    await ensureLabels(env, io, owner, repo, a.labels);
    const body = bodyOf(a, env);
    const create = (assignees: string[]) =>
      io.send("POST", `/repos/${a.tracker}/issues`, () => env.gh.request("POST /repos/{owner}/{repo}/issues", { owner, repo, title: a.title, body, labels: a.labels, assignees, request: { retries: 0 } }));
    try {
      return { done: String((await create(a.assignees)).number) };
    } catch (error) {
      // An assignee without access to the tracker makes GitHub refuse the whole issue: open it unassigned.
      if (statusOf(error) !== 422 || a.assignees.length === 0) throw error;
      env.log.warn({ report: a.reportId, tracker: a.tracker }, "handler cannot be assigned in the tracker; tracking issue opened unassigned");
      return { done: String((await create([])).number) };
    }
  },
};
