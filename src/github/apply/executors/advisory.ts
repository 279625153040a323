/**
 * Writes to a repository advisory (private until published): its collaborators, its fields,
 * a CVE request, the temporary private fork.
 */
import { statusOf } from "../errors.js";
import type { ActionOf, Executor, Guarded } from "../types.js";

type Collaborator = ActionOf<"add-advisory-collaborator">;
type Patch = ActionOf<"patch-advisory">;
type Cve = ActionOf<"request-cve">;
type Fork = ActionOf<"create-fork">;

const advisoryPath = (a: { owner: string; repo: string; ghsaId: string }) => `/repos/${a.owner}/${a.repo}/security-advisories/${a.ghsaId}`;
const onAdvisory = (reportId: string, method: string, path: string, text: string, category: string): Guarded => ({ where: null, category, text, method, path, subject: reportId, reportId });

/** Gives a user access to the advisory: the list as last seen plus them (a PATCH replaces it), unless they are an admin. Same list, same result: no claim. */
export const addCollaborator: Executor<Collaborator> = {
  kind: () => "collaborator",
  guard: (a) => onAdvisory(a.reportId, "PATCH", advisoryPath(a.advisory), a.login, "collaborator"),
  key: () => null,
  async write(a, env, io) {
    if (a.current.some((l) => l.toLowerCase() === a.login.toLowerCase())) return { already: a.login };
    const { owner, repo, ghsaId } = a.advisory;
    // Repository admins see every advisory already.
    try {
      const { data } = await env.gh.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { owner, repo, username: a.login });
      if (data.permission === "admin") return { already: a.login };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    await io.send("PATCH", advisoryPath(a.advisory), () =>
      env.gh.request("PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}", { owner, repo, ghsa_id: ghsaId, collaborating_users: [...a.current, a.login] }),
    );
    return { done: a.login };
  },
};

/** Sets fields of the advisory to given values: sending it again changes nothing, so no claim. */
export const patchAdvisory: Executor<Patch> = {
  kind: (a) => `advisory:${a.what}`,
  guard: (a) => onAdvisory(a.reportId, "PATCH", advisoryPath(a.advisory), JSON.stringify(a.fields), `advisory:${a.what}`),
  key: () => null,
  async write(a, env, io) {
    const { owner, repo, ghsaId } = a.advisory;
    await io.send("PATCH", advisoryPath(a.advisory), () => env.gh.request("PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}", { owner, repo, ghsa_id: ghsaId, ...(a.fields as Record<string, unknown>) }));
    return { done: a.what };
  },
};

/** A CVE is requested once per report; GitHub's 422 means it was requested (or assigned) already. */
export const requestCve: Executor<Cve> = {
  kind: () => "cve",
  guard: (a) => onAdvisory(a.reportId, "POST", `${advisoryPath(a.advisory)}/cve`, "", "cve"),
  key: (a) => `${a.reportId}/cve`,
  async write(a, env, io) {
    const { owner, repo, ghsaId } = a.advisory;
    try {
      await io.send("POST", `${advisoryPath(a.advisory)}/cve`, () => env.gh.request("POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve", { owner, repo, ghsa_id: ghsaId }));
      return { done: "requested" };
    } catch (error) {
      if (statusOf(error) === 422) return { already: "already requested" };
      throw error;
    }
  },
};

/** The temporary private fork, once per report. */
export const createFork: Executor<Fork> = {
  kind: () => "fork",
  guard: (a) => onAdvisory(a.reportId, "POST", `${advisoryPath(a.advisory)}/forks`, "", "fork"),
  key: (a) => `${a.reportId}/fork`,
  async write(a, env, io) {
    const { owner, repo, ghsaId } = a.advisory;
    const fork = await io.send("POST", `${advisoryPath(a.advisory)}/forks`, () => env.gh.request("POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks", { owner, repo, ghsa_id: ghsaId }));
    return { done: fork.html_url };
  },
};
