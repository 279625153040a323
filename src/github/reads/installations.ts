/** The app's installations, read with the app's own token. */
import type { Installation } from "../../store/installations.js";
import type { GitHub } from "../octokit.js";

export async function installations(app: GitHub): Promise<Installation[]> {
  const list = await app.paginate("GET /app/installations", { per_page: 100 });
  return list.map((i) => ({
    id: i.id,
    account: (i.account && "login" in i.account ? i.account.login : (i.account as { slug?: string } | null)?.slug) ?? String(i.id),
    accountType: i.target_type === "Organization" ? "Organization" : "User",
    suspended: !!i.suspended_at,
  }));
}
