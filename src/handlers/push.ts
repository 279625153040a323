/**
 * A push to the default branch that touches the policy or the bot's config makes the
 * cached settings stale (for the whole owner when it is the org's `.github` repository).
 * Every other push is ignored without a GitHub call or a database write.
 */
import type { Context } from "probot";
import { CONFIG_PATH } from "../config/paths.js";
import { policyCheckRun } from "../workflows/policy-health.js";
import { sessionFromContext } from "../workflows/session.js";
import type { Handler, Payload } from "./router.js";

/** GitHub lists at most 20 commits in a push payload; a longer push may hide the file. */
const TRUNCATED_AT = 20;

interface PushPayload {
  ref: string;
  after: string;
  deleted?: boolean;
  repository: { id: number; name: string; owner: { login: string }; default_branch: string; private: boolean };
  commits: { added?: string[]; modified?: string[]; removed?: string[] }[];
}

/** Any file named like a security policy (SECURITY.md, docs/security-policy.md …) or the config. */
export function touchesSettings(paths: readonly string[]): boolean {
  return paths.some((p) => p === CONFIG_PATH || /(^|\/)[^/]*security[^/]*\.md$/i.test(p));
}

export function pushTouchesSettings(payload: PushPayload): boolean {
  if (!payload.repository || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return false;
  const commits = Array.isArray(payload.commits) ? payload.commits : [];
  if (commits.length >= TRUNCATED_AT) return true;
  return touchesSettings(commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]));
}

export const pushHandler: Handler = {
  name: "push",
  on: ["push"],
  wants: (payload: Payload) => pushTouchesSettings(payload as unknown as PushPayload),
  async handle(context: Context, deps) {
    const { repository, after, deleted } = context.payload as unknown as PushPayload;
    if (repository.name === ".github") await deps.store.repos.markOwnerStale(repository.owner.login);
    else await deps.store.repos.markStale(repository.id);
    context.log.info({ repo: repository.id }, "policy or config changed; settings will be read again");
    if (deleted || !after || /^0+$/.test(after)) return;
    deps.caches.rememberVisibility(repository.owner.login, repository.name, repository.private);
    const repo = { id: repository.id, owner: repository.owner.login, name: repository.name, private: repository.private, defaultBranch: repository.default_branch };
    await policyCheckRun(sessionFromContext(context, deps), repo, after);
  },
};
