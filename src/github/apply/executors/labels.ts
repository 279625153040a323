/**
 * A report issue's labels, added or removed. Idempotent by nature (adding a label it has, or
 * removing one it lacks, changes nothing), so no claim; never on a public issue.
 */
import { statusOf } from "../errors.js";
import type { ActionOf, Executor } from "../types.js";
import { ensureLabels } from "./labels-ensure.js";

type Add = ActionOf<"add-labels">;
type Remove = ActionOf<"remove-labels">;

export const addLabels: Executor<Add> = {
  kind: () => "labels",
  guard: (a) => ({ where: { owner: a.issue.owner, repo: a.issue.repo }, category: "labels", text: a.labels.join("\n"), method: "POST", path: `/repos/${a.issue.owner}/${a.issue.repo}/issues/${a.issue.number}/labels`, subject: a.reportId, reportId: a.reportId, privateBecause: "report labels are not put on public issues" }),
  key: () => null,
  async write(a, env, io) {
    const { owner, repo, number } = a.issue;
    await ensureLabels(env, io, owner, repo, a.labels);
    await io.send("POST", `/repos/${owner}/${repo}/issues/${number}/labels`, () => env.gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { owner, repo, issue_number: number, labels: a.labels }));
    return { done: a.labels.join(",") };
  },
};

export const removeLabels: Executor<Remove> = {
  kind: () => "labels",
  guard: (a) => ({ where: { owner: a.issue.owner, repo: a.issue.repo }, category: "labels", text: a.labels.join("\n"), method: "DELETE", path: `/repos/${a.issue.owner}/${a.issue.repo}/issues/${a.issue.number}/labels`, subject: a.reportId, reportId: a.reportId, privateBecause: "report labels are not put on public issues" }),
  key: () => null,
  async write(a, env, io) {
    const { owner, repo, number } = a.issue;
    for (const name of a.labels) {
      try {
        await io.send("DELETE", `/repos/${owner}/${repo}/issues/${number}/labels/${encodeURIComponent(name)}`, () =>
          env.gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { owner, repo, issue_number: number, name }),
        );
      } catch (error) {
        if (statusOf(error) !== 404) throw error; // gone already
      }
    }
    return { done: a.labels.join(",") };
  },
};
