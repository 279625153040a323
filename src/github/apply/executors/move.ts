/**
 * A report that landed in public, moved out of public view: the issue transferred into the
 * private tracker, or (no tracker) a draft advisory opened with the report. Each once per key;
 * the transfer is found again after a crash by following the issue to where it now lives.
 */
import type { ActionOf, Executor } from "../types.js";

type Transfer = ActionOf<"transfer-issue">;
type Create = ActionOf<"create-advisory">;

const trackerOf = (a: Transfer) => {
  const [owner, repo] = a.tracker.split("/") as [string, string];
  return { owner, repo };
};

const TRANSFER = `mutation moveIssue($issue: ID!, $repo: ID!) { transferIssue(input: { issueId: $issue, repositoryId: $repo, createLabelsIfMissing: true }) { issue { number url } } }`;

export const transferIssue: Executor<Transfer> = {
  kind: () => "moved",
  // The issue's text moves within GitHub, none of it written by the bot; the destination must be private.
  guard: (a) => ({ where: trackerOf(a), category: "transfer", text: "", method: "GRAPHQL", path: `transferIssue ${a.issue.owner}/${a.issue.repo}#${a.issue.number} → ${a.tracker}`, subject: a.key, reportId: null, privateBecause: `the tracker ${a.tracker} is public` }),
  key: (a) => `${a.key}/transfer`,
  async find(a, env) {
    // A transferred issue answers from its new place (GitHub redirects the old address).
    const { data } = await env.gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { owner: a.issue.owner, repo: a.issue.repo, issue_number: a.issue.number });
    return data.html_url.includes(`/${a.tracker}/issues/`) ? data.html_url : null;
  },
  async write(a, env, io) {
    const { owner, repo } = trackerOf(a);
    const { data: target } = await env.gh.request("GET /repos/{owner}/{repo}", { owner, repo });
    const moved = await io.send("GRAPHQL", "transferIssue", async () => ({
      status: 200,
      data: await env.gh.graphql<{ transferIssue: { issue: { number: number; url: string } } }>(TRANSFER, { issue: a.issue.nodeId, repo: target.node_id }),
    }));
    return { done: moved.transferIssue.issue.url };
  },
};

export const createAdvisory: Executor<Create> = {
  kind: () => "moved",
  // A draft advisory is private until published.
  guard: (a) => ({ where: null, category: "advisory", text: `${a.body.summary}\n${a.body.description}`, method: "POST", path: `/repos/${a.owner}/${a.repo}/security-advisories`, subject: a.key, reportId: null }),
  key: (a) => `${a.key}/advisory`,
  async write(a, env, io) {
    const adv = await io.send("POST", `/repos/${a.owner}/${a.repo}/security-advisories`, () =>
      env.gh.request("POST /repos/{owner}/{repo}/security-advisories", { owner: a.owner, repo: a.repo, ...(a.body as unknown as { summary: string; description: string; vulnerabilities: [] }) }),
    );
    return { done: adv.html_url };
  },
};
