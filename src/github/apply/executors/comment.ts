/** A bot message in an advisory's discussion or an issue: once per report, kind and key (its hidden marker). */
import type { CommentTarget } from "../../../core/actions.js";
import { hasMarker, withMarker, type Marker } from "../../../render/markers.js";
import { renderMessage } from "../../../render/message.js";
import { fitBody } from "../../../render/untrusted.js";
import { CommentsApiMissing, statusOf } from "../errors.js";
import type { ActionOf, ApplyEnv, Executor, PlanEnv } from "../types.js";

type A = ActionOf<"comment">;

interface ThreadComment {
  id: number | bigint;
  body?: string | null;
  html_url: string;
}

const markerOf = (a: A): Marker => ({ report: a.reportId, kind: a.message.kind, ...(a.key ? { key: a.key } : {}) });
const bodyOf = (a: A, env: PlanEnv): string => fitBody(withMarker(renderMessage(a.message, env.templates), markerOf(a)));
const pathOf = (t: CommentTarget): string =>
  t.kind === "advisory" ? `/repos/${t.owner}/${t.repo}/security-advisories/${t.ghsaId}/comments` : `/repos/${t.owner}/${t.repo}/issues/${t.number}/comments`;

async function listComments(env: ApplyEnv, t: CommentTarget): Promise<ThreadComment[]> {
  if (t.kind === "advisory") {
    return env.gh.paginate<ThreadComment>("GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments", { owner: t.owner, repo: t.repo, ghsa_id: t.ghsaId, per_page: 100 });
  }
  return env.gh.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: t.owner, repo: t.repo, issue_number: t.number, per_page: 100 });
}

export const comment: Executor<A> = {
  kind: (a) => a.message.kind,
  guard: (a, env) => {
    const m = a.message;
    // A reply that only refuses (an outsider's /security on a public issue) is a fixed template: it may go public.
    const refusal = m.kind === "reply" && m.items.length > 0 && m.items.every((i) => !i.ok) && !m.notice;
    return {
      where: a.target.kind === "issue" ? { owner: a.target.owner, repo: a.target.repo } : null,
      category: refusal ? "refusal" : m.kind,
      text: bodyOf(a, env),
      method: "POST",
      path: pathOf(a.target),
      subject: a.reportId,
      reportId: a.reportId,
    };
  },
  key: (a) => `${a.reportId}/${a.message.kind}${a.key ? `/${a.key}` : ""}`,
  find: async (a, env) => (await listComments(env, a.target)).find((c) => hasMarker(c.body, markerOf(a)))?.html_url ?? null,
  async write(a, env, io) {
    const t = a.target;
    const body = bodyOf(a, env);
    try {
      const created = await io.send("POST", pathOf(t), () =>
        t.kind === "advisory"
          ? (env.gh.request("POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments", { owner: t.owner, repo: t.repo, ghsa_id: t.ghsaId, body, request: { retries: 0 } }) as Promise<{ status: number; data: ThreadComment }>)
          : env.gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: t.owner, repo: t.repo, issue_number: t.number, body, request: { retries: 0 } }),
      );
      return { done: created.html_url };
    } catch (error) {
      if (t.kind === "advisory" && statusOf(error) === 404) throw new CommentsApiMissing(`no advisory comments API for ${t.owner}/${t.repo}`, { cause: error });
      throw error;
    }
  },
};
