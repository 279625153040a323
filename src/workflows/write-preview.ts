/**
 * What the bot would write on GitHub when a private
 * vulnerability report arrives for this repository, as the one writer's dry run shows it —
 * every write through the privacy guard (a public tracker, say, is refused here as it would
 * be there), nothing sent. Reads what the guard needs (a repository's visibility) with the
 * same client that read the policy. Shown by `check --repo owner/name --writes` and in the
 * Security policy check run.
 */
import type { Config } from "../config/schema.js";
import type { IntakeSettings } from "../core/intake.js";
import { planIntake } from "../core/intake.js";
import { reportFromAdvisory } from "../core/new-report.js";
import type { Action } from "../core/actions.js";
import { dryRun, type Outcome } from "../github/apply/index.js";
import { GitHubCaches } from "../github/caches.js";
import type { GitHub } from "../github/octokit.js";

const EXAMPLE_GHSA = "GHSA-xxxx-xxxx-xxxx";

const what = (a: Action): string => {
  switch (a.type) {
    case "comment":
      return `the ${a.message.kind} in the ${a.target.kind === "advisory" ? "advisory's thread" : "report issue"}`;
    case "open-tracking-issue":
      return `the tracking issue in ${a.tracker}, labelled ${a.labels.join(", ")}${a.assignees.length ? `, assigned to ${a.assignees.join(", ")}` : ""}`;
    case "add-advisory-collaborator":
      return `${a.login} added to the advisory's collaborators (unless an admin)`;
    case "share-advisory":
      return `the advisory shared with ${[...a.users, ...a.teams.map((t) => `team ${t}`), ...(a.handler ? [`${a.handler} (unless an admin)`] : [])].join(", ")}${a.credit ? `; ${a.credit.login} credited as ${a.credit.type}` : ""}`;
    default:
      return a.type;
  }
};

export async function writePreview(gh: GitHub, repo: string, settings: IntakeSettings, config: Config, now: number, caches: GitHubCaches = new GitHubCaches(() => now)): Promise<string> {
  const [owner = "", name = ""] = repo.split("/");
  const advisory = {
    ghsaId: EXAMPLE_GHSA,
    htmlUrl: `https://github.com/${repo}/security/advisories/${EXAMPLE_GHSA}`,
    summary: "(the report's summary)",
    state: "triage",
    createdAt: new Date(now).toISOString(),
    severity: null,
    reporter: "a-reporter",
    vulnerableRanges: [],
    collaborators: [],
    cweIds: [],
    cvss: null,
  };
  const report = { ...reportFromAdvisory(advisory, { id: 0, owner, name, installationId: 0 }, settings, now), handler: settings.handlers[0] ?? null };
  const actions = planIntake(report, { settings, advisory, threadUrl: advisory.htmlUrl, unreadableRanges: [], now });
  const quiet = { info: () => undefined, warn: () => undefined };
  const outcomes: Outcome[] = await dryRun({ gh, caches, templates: config.messages, sensitive: [], log: quiet }, actions);
  const lines = [`On a new private vulnerability report for ${repo}, the bot would write (nothing was written):`];
  actions.forEach((a, i) => {
    const o = outcomes[i]!;
    lines.push(o.status === "planned" ? `  ✓ ${o.method} ${o.path} — ${what(a)}` : `  ✗ ${what(a)}: refused (${o.status === "refused" ? o.reason : o.status})`);
  });
  return `${lines.join("\n")}\n`;
}
