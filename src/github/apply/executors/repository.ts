/**
 * Writes to a project's repository that the public may see: the Security policy check run,
 * the link from a release's notes to the advisory, the table-upkeep pull request. Each carries
 * only the repository's own policy or a fixed template; the guard checks it for report text.
 */
import { hasMarker, withMarker, type Marker } from "../../../render/markers.js";
import { statusOf } from "../errors.js";
import type { ActionOf, Executor } from "../types.js";

type CheckRun = ActionOf<"check-run">;
type LinkRelease = ActionOf<"link-release">;
type TablePr = ActionOf<"open-table-pr">;

/** One check run per push or pull request event: a second one replaces the first in GitHub's view, so no claim. */
export const checkRun: Executor<CheckRun> = {
  kind: () => "check-run",
  guard: (a) => ({ where: { owner: a.owner, repo: a.repo }, category: "check-run", text: `${a.title}\n${a.summary}\n${a.text}`, method: "POST", path: `/repos/${a.owner}/${a.repo}/check-runs`, subject: `${a.owner}/${a.repo}`, reportId: null }),
  key: () => null,
  async write(a, env, io) {
    const data = await io.send("POST", `/repos/${a.owner}/${a.repo}/check-runs`, () =>
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
    return { done: String(data.id) };
  },
};

const releaseNote = (a: LinkRelease) => `Security: fixes [${a.ghsaId}](${a.advisoryUrl})`;

/** "Security: fixes GHSA-…" appended to a release's notes, once: its marker in the notes says it is there. */
export const linkRelease: Executor<LinkRelease> = {
  kind: () => "release-note",
  guard: (a) => ({ where: { owner: a.owner, repo: a.repo }, category: "release-note", text: releaseNote(a), method: "PATCH", path: `/repos/${a.owner}/${a.repo}/releases/${a.releaseId}`, subject: a.reportId, reportId: a.reportId }),
  key: () => null,
  async write(a, env, io) {
    const { owner, repo, releaseId } = a;
    // Read just before the write, so notes edited a moment ago are kept; the marker makes it once.
    const { data } = await env.gh.request("GET /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: releaseId });
    const m: Marker = { report: a.ghsaId, kind: "release-note" };
    if (hasMarker(data.body, m)) return { already: String(releaseId) };
    const body = withMarker(`${(data.body ?? "").trimEnd()}\n\n---\n${releaseNote(a)}`, m);
    await io.send("PATCH", `/repos/${owner}/${repo}/releases/${releaseId}`, () => env.gh.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: releaseId, body }));
    return { done: String(releaseId) };
  },
};

/** The table-upkeep pull request: a branch, the policy file changed on it, the pull request; once per key. */
export const openTablePr: Executor<TablePr> = {
  kind: () => "table-upkeep",
  guard: (a) => ({ where: { owner: a.owner, repo: a.repo }, category: "table-upkeep", text: `${a.title}\n${a.body}\n${a.text}`, method: "POST", path: `/repos/${a.owner}/${a.repo}/pulls`, subject: `${a.owner}/${a.repo}`, reportId: null }),
  key: (a) => a.key,
  async find(a, env) {
    const open = await env.gh.paginate("GET /repos/{owner}/{repo}/pulls", { owner: a.owner, repo: a.repo, head: `${a.owner}:${a.branch}`, state: "all", per_page: 100 });
    return open[0]?.html_url ?? null;
  },
  async write(a, env, io) {
    const { owner, repo } = a;
    const { data: base } = await env.gh.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { owner, repo, ref: `heads/${a.base}` });
    try {
      await io.send("POST", `/repos/${owner}/${repo}/git/refs`, () => env.gh.request("POST /repos/{owner}/{repo}/git/refs", { owner, repo, ref: `refs/heads/${a.branch}`, sha: base.object.sha }));
    } catch (error) {
      if (statusOf(error) !== 422) throw error; // the branch exists from an earlier attempt
    }
    await io.send("PUT", `/repos/${owner}/${repo}/contents/${a.path}`, () =>
      env.gh.request("PUT /repos/{owner}/{repo}/contents/{path}", { owner, repo, path: a.path, branch: a.branch, sha: a.fileSha, message: a.title, content: Buffer.from(a.text, "utf8").toString("base64") }),
    );
    const pr = await io.send("POST", `/repos/${owner}/${repo}/pulls`, () => env.gh.request("POST /repos/{owner}/{repo}/pulls", { owner, repo, title: a.title, head: a.branch, base: a.base, body: a.body }));
    return { done: pr.html_url };
  },
};
