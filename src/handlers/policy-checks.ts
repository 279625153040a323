/**
 * Pull requests that change the policy or the bot's config get the "Security policy" check
 * run on their head commit; new installations and added repositories get the health check.
 */
import type { Context } from "probot";
import { z } from "zod";
import { installationSchema, parsePayload, repoRef, repositorySchema } from "../github/payloads.js";
import { installationHealth, policyCheckRun } from "../workflows/policy-health.js";
import { writeInstallationDashboards } from "../workflows/dashboard.js";
import { sessionFromContext } from "../workflows/session.js";
import type { Deps } from "./deps.js";
import { touchesSettings } from "./push.js";
import type { Handler } from "./router.js";

const prSchema = z.object({
  pull_request: z.object({ number: z.number(), head: z.object({ sha: z.string() }), changed_files: z.number().optional() }),
  repository: repositorySchema,
  installation: installationSchema,
});

export const policyPullRequestHandler: Handler = {
  name: "policy-pull-request",
  on: ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"],
  wants: () => true,
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(prSchema, context.payload);
    const s = sessionFromContext(context, deps);
    const repo = repoRef(p.repository);
    // One read to learn whether the pull request touches the policy or the config at all.
    if (!touchesSettings(await s.read.pullFiles(repo.owner, repo.name, p.pull_request.number))) return;
    deps.caches.rememberVisibility(repo.owner, repo.name, repo.private);
    await policyCheckRun(s, repo, p.pull_request.head.sha);
  },
};

const installSchema = z.object({
  action: z.string(),
  installation: z.object({ id: z.number(), account: z.object({ login: z.string(), type: z.string().optional() }).nullable().optional(), permissions: z.record(z.string(), z.string()).optional() }),
  repositories: z.array(z.object({ name: z.string(), full_name: z.string() })).optional(),
  repositories_added: z.array(z.object({ name: z.string(), full_name: z.string() })).optional(),
});

export const installationHealthHandler: Handler = {
  name: "installation-health",
  on: ["installation.created", "installation_repositories.added"],
  wants: () => true,
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(installSchema, context.payload);
    const repos = (p.repositories_added ?? p.repositories ?? []).map((r) => ({ owner: r.full_name.split("/")[0]!, name: r.name }));
    const s = sessionFromContext(context, deps);
    const account = p.installation.account?.login ?? "";
    const isOrg = p.installation.account?.type === "Organization";
    const health = await installationHealth(s, { account, isOrg, permissions: p.installation.permissions ?? {} }, repos);
    await writeInstallationDashboards(s, isOrg ? account : null, health.map((h) => h.tracker));
  },
};
