/**
 * The advisory shared at intake: the config's collaborators (users and teams), the handler,
 * and the handler's credit, added to what the advisory has at that moment. GitHub's PATCH
 * replaces `collaborating_users`, `collaborating_teams` and `credits` whole, so the advisory is
 * read just before and each array sent is what it has plus who is missing — never fewer. Only
 * the arrays that change are sent; when nobody is missing nothing is sent at all, so a run after
 * a crash (or a takeover) finds the work done and writes nothing.
 */
import { statusOf } from "../errors.js";
import type { ActionOf, Executor, Io } from "../types.js";
import type { ApplyEnv } from "../types.js";

type Share = ActionOf<"share-advisory">;

interface AdvisoryNow {
  collaborating_users?: { login: string }[] | null;
  collaborating_teams?: { slug: string }[] | null;
  credits?: { login?: string; type?: string }[] | null;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const missing = (have: readonly string[], want: readonly string[]) => want.filter((w, i) => !have.some((h) => same(h, w)) && want.findIndex((x) => same(x, w)) === i);
const pathOf = (a: Share) => `/repos/${a.advisory.owner}/${a.advisory.repo}/security-advisories/${a.advisory.ghsaId}`;

/** Repository admins see every advisory already: the handler is not added then (as for /assign). */
async function isAdmin(env: ApplyEnv, a: Share, login: string): Promise<boolean> {
  try {
    const { data } = await env.gh.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { owner: a.advisory.owner, repo: a.advisory.repo, username: login });
    return data.permission === "admin";
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    return false;
  }
}

/** The PATCH body: each changed array whole (what the advisory has, then who is added). */
async function bodyFor(a: Share, env: ApplyEnv, io: Io): Promise<Record<string, unknown>> {
  const { owner, repo, ghsaId } = a.advisory;
  const now = await io.send("GET", pathOf(a), () => env.gh.request("GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}", { owner, repo, ghsa_id: ghsaId }), "share:read") as unknown as AdvisoryNow;
  const users = (now.collaborating_users ?? []).map((u) => u.login);
  const teams = (now.collaborating_teams ?? []).map((t) => t.slug);
  const credits = (now.credits ?? []).flatMap((c) => (c.login && c.type ? [{ login: c.login, type: c.type }] : []));
  const wantUsers = [...a.users];
  if (a.handler && !users.some((u) => same(u, a.handler!)) && !wantUsers.some((u) => same(u, a.handler!)) && !(await isAdmin(env, a, a.handler))) wantUsers.push(a.handler);
  const body: Record<string, unknown> = {};
  const newUsers = missing(users, wantUsers);
  const newTeams = missing(teams, a.teams);
  if (newUsers.length) body.collaborating_users = [...users, ...newUsers];
  if (newTeams.length) body.collaborating_teams = [...teams, ...newTeams];
  // A handler credited already (in any role) keeps that credit.
  if (a.credit && !credits.some((c) => same(c.login, a.credit!.login))) body.credits = [...credits, a.credit];
  return body;
}

export const shareAdvisory: Executor<Share> = {
  kind: () => "share",
  guard: (a) => ({ where: null, category: "collaborator", text: [...a.users, ...a.teams, a.handler ?? "", a.credit?.type ?? ""].join(" "), method: "PATCH", path: pathOf(a), subject: a.reportId, reportId: a.reportId }),
  key: (a) => `${a.reportId}/share-advisory`,
  async write(a, env, io) {
    const body = await bodyFor(a, env, io);
    const what = Object.keys(body).join(", ");
    if (!what) return { already: "shared" };
    const { owner, repo, ghsaId } = a.advisory;
    const patch = (b: Record<string, unknown>) => io.send("PATCH", pathOf(a), () => env.gh.request("PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}", { owner, repo, ghsa_id: ghsaId, ...b }));
    try {
      await patch(body);
    } catch (error) {
      // A team GitHub does not take (a user's repository has no teams; a team without access) refuses the whole PATCH: the rest still goes.
      if (statusOf(error) !== 422 || !body.collaborating_teams) throw error;
      env.log.warn({ report: a.reportId, teams: a.teams.length }, "GitHub refused the configured teams as advisory collaborators; the users and the credit were added without them");
      const { collaborating_teams: _teams, ...rest } = body;
      if (Object.keys(rest).length === 0) return { already: "teams refused" };
      await patch(rest);
      return { done: Object.keys(rest).join(", ") };
    }
    return { done: what };
  },
};
