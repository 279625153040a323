/** Installations: noted in the log (the policy-health check of each repository comes with its issue). */
import type { Context } from "probot";
import type { Handler } from "./router.js";

export const installationHandler: Handler = {
  name: "installation",
  on: ["installation.created", "installation.deleted", "installation_repositories.added", "installation_repositories.removed"],
  wants: () => true,
  async handle(context: Context) {
    const p = context.payload as { action: string; installation: { id: number; account?: { login?: string } } };
    context.log.info({ installation: p.installation.id, account: p.installation.account?.login, action: p.action }, "installation changed");
  },
};
