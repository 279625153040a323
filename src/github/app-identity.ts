/**
 * Who the app is on GitHub: its bot user (`<slug>[bot]`), the sender of every webhook that the
 * app's own writes cause. GitHub sends an app the events of its own writes (`issues.opened` and
 * `issues.labeled` for a tracking issue it opens, `issue_comment.created` for its replies,
 * `repository_advisory.published` after its own publish…); the dispatcher drops those by sender.
 *
 * The slug is read once per process with the app's own credentials (`GET /app`, through Probot's
 * octokit, so an Enterprise Server is followed), and only when a bot sends a delivery a handler
 * wants: a person's delivery never costs the lookup. A failed lookup is tried again next time.
 */
import type { GitHub } from "./octokit.js";

export class AppIdentity {
  private login: Promise<string | null> | null = null;

  constructor(private readonly appOctokit: () => Promise<GitHub>) {}

  /** The app's bot login, or null when GitHub could not say (the caller falls back on markers). */
  botLogin(): Promise<string | null> {
    this.login ??= this.lookUp();
    return this.login;
  }

  private async lookUp(): Promise<string | null> {
    try {
      const gh = await this.appOctokit();
      const { data } = await gh.request("GET /app");
      const slug = (data as { slug?: string } | null)?.slug;
      if (slug) return `${slug}[bot]`;
    } catch {
      // Asked again at the next bot-sent delivery.
    }
    this.login = null;
    return null;
  }

  /** Whether a delivery's sender is this app's bot user (people and other apps' bots are not). */
  async isSelf(sender: { login?: unknown; type?: unknown } | null | undefined): Promise<boolean> {
    if (!sender || sender.type !== "Bot" || typeof sender.login !== "string") return false;
    const own = await this.botLogin();
    return own !== null && own.toLowerCase() === sender.login.toLowerCase();
  }
}
