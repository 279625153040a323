/** Installations: the loops' list of installations follows them (the policy-health check comes with its issue). */
import type { Context } from "probot";
import type { Deps } from "./deps.js";
import type { Handler } from "./router.js";

interface InstallationPayload {
  action: string;
  installation: { id: number; account?: { login?: string; slug?: string; type?: string } | null; target_type?: string; suspended_at?: string | null };
}

export const installationHandler: Handler = {
  name: "installation",
  on: ["installation.created", "installation.deleted", "installation.suspend", "installation.unsuspend", "installation_repositories.added", "installation_repositories.removed"],
  wants: () => true,
  async handle(context: Context, deps: Deps) {
    const p = context.payload as unknown as InstallationPayload;
    const i = p.installation;
    if (context.name === "installation" && p.action === "deleted") await deps.store.installations.remove(i.id);
    else {
      const type = i.target_type ?? i.account?.type;
      await deps.store.installations.put(
        { id: i.id, account: i.account?.login ?? i.account?.slug ?? String(i.id), accountType: type === "Organization" ? "Organization" : "User", suspended: p.action === "suspend" || (!!i.suspended_at && p.action !== "unsuspend") },
        deps.clock(),
      );
    }
    context.log.info({ installation: i.id, action: p.action }, "installation changed");
  },
};
