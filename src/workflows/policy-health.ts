/**
 * Policy health: the "Security policy" check run on a commit that changes the policy or the
 * config (how the bot reads them, failing on what would break it), and the health of every
 * repository of a new installation, kept for the dashboard.
 */
import { calendarOf } from "../core/calendar.js";
import { policyHealth, type Health } from "../core/policy-health.js";
import { readPolicy } from "../core/policy/read-policy.js";
import { disclosePromise } from "../core/disclosure-deadline.js";
import { keptPromises } from "../core/promises.js";
import { formatProblems } from "../config/validate.js";
import { findPolicyFile } from "../github/policy-file.js";
import { loadConfig, type RepoRef } from "../github/repo-settings.js";
import { policySummary } from "../render/policy-summary.js";
import { writePreview } from "./write-preview.js";
import { type Session } from "./session.js";

/** Whether private vulnerability reporting is on (null when the app may not ask). */
export function reportingEnabled(s: Session, owner: string, repo: string): Promise<boolean | null> {
  return s.read.privateReporting(owner, repo);
}

export interface RepoHealth {
  health: Health;
  text: string;
  /**
   * What the bot would write on a new report, as its writer's dry run shows it: only for a private
   * repository, since it names the tracker and the handlers, which may come from a private config
   * (the organisation's .github repository). Null without a policy, or for a public repository.
   */
  writes: string | null;
}

/** Reads the policy and config at `ref` and judges them. */
export async function assess(s: Session, repo: RepoRef, ref: string): Promise<RepoHealth> {
  const { config, problems } = await loadConfig(s.gh, repo.owner, repo.name, ref === "HEAD" ? undefined : ref);
  const file = await findPolicyFile(s.gh, repo.owner, repo.name, config.policy, ref);
  const policy = file ? readPolicy(file.text) : null;
  const configProblems = formatProblems(problems);
  // GitHub offers private vulnerability reporting for public repositories only.
  const reporting = repo.private ? null : await reportingEnabled(s, repo.owner, repo.name);
  const health = policyHealth({ policy, source: file?.source ?? null, configProblems, reporting, respondConfigured: config.sla.respond_days !== null });
  const text = policy
    ? policySummary({
        policy,
        source: file!.source,
        promises: keptPromises(policy, config.sla),
        calendar: calendarOf(config),
        configProblems,
        now: s.clock(),
        disclose: disclosePromise(policy, config.sla),
      })
    : "No policy was found.";
  const settings = policy ? { policy, policySource: file!.source, promises: keptPromises(policy, config.sla), calendar: calendarOf(config), handlers: config.handlers, tracker: config.tracker, configProblems } : null;
  const writes = settings && repo.private ? await writePreview(s.gh, `${repo.owner}/${repo.name}`, settings, config, s.clock(), s.caches) : null;
  return { health, text, writes };
}

/** The "Security policy" check run on `headSha`. */
export async function policyCheckRun(s: Session, repo: RepoRef, headSha: string): Promise<Health> {
  const { health, text, writes } = await assess(s, repo, headSha);
  const summary = [
    health.failures.length ? "**What would stop the bot from working well:**" : "The bot can read this policy.",
    ...health.failures.map((f) => `- ❌ ${f}`),
    ...(health.warnings.length ? ["", "**What weakens the policy:**", ...health.warnings.map((w) => `- ⚠️ ${w}`)] : []),
  ].join("\n");
  await s.writeOne({ type: "check-run", owner: repo.owner, repo: repo.name, headSha, conclusion: health.conclusion, title: health.title, summary, text: `How security-policy-bot reads it:\n\n\`\`\`\n${text}\`\`\`${writes ? `\n\n\`\`\`\n${writes}\`\`\`` : ""}` });
  s.log.info({ repo: repo.id, conclusion: health.conclusion, failures: health.failures.length, warnings: health.warnings.length }, "policy check run written");
  return health;
}

export interface Capabilities {
  /** The org listing of advisories answers (owner or security-manager grant). */
  orgListing: boolean | null;
  /** The installation may write advisories (state, credits, CVE requests). */
  advisoriesWrite: boolean;
  /** The installation may write issues (tracking issues, labels, the dashboard). */
  issuesWrite: boolean;
  checksWrite: boolean;
}

/** What the installation's token can do, learnt from GitHub's answers and its granted permissions, changing nothing. */
export async function capabilities(s: Session, account: string, isOrg: boolean, permissions: Record<string, string | undefined>): Promise<Capabilities> {
  const orgListing = isOrg ? await s.read.orgAdvisoriesReadable(account) : null;
  return {
    orgListing,
    advisoriesWrite: permissions.repository_advisories === "write",
    issuesWrite: permissions.issues === "write",
    checksWrite: permissions.checks === "write",
  };
}

export interface StoredHealth {
  repository: string;
  conclusion: Health["conclusion"];
  rows: number;
  failures: string[];
  warnings: string[];
  reporting: boolean | null;
  /** GitHub offers private vulnerability reporting for public repositories only. */
  private: boolean;
  tracker: string | null;
}

/**
 * A new installation (or repositories added to one): each repository's policy is read and
 * judged, and what the token can do is learnt; both are kept for the dashboards, so a missing
 * grant or an unreadable policy shows before a real report needs them (the handler then writes
 * the dashboards of the trackers they name: `writeInstallationDashboards`).
 */
export async function installationHealth(
  s: Session,
  inst: { account: string; isOrg: boolean; permissions: Record<string, string | undefined> },
  repos: readonly { owner: string; name: string }[],
): Promise<StoredHealth[]> {
  const out: StoredHealth[] = [];
  for (const r of repos) {
    const repo = await s.read.repository(r.owner, r.name);
    s.caches.rememberVisibility(r.owner, r.name, repo.private);
    const settings = await s.settings(repo);
    // GitHub offers private vulnerability reporting for public repositories only: a private one is not asked about.
    const reporting = repo.private ? null : await reportingEnabled(s, r.owner, r.name);
    const health = policyHealth({ policy: settings.policy, source: settings.policySource, configProblems: formatProblems(settings.configProblems), reporting, respondConfigured: settings.config.sla.respond_days !== null });
    const stored: StoredHealth = { repository: `${r.owner}/${r.name}`, conclusion: health.conclusion, rows: settings.policy?.rows.length ?? 0, failures: health.failures, warnings: health.warnings, reporting, private: repo.private, tracker: settings.config.tracker };
    await s.store.cursors.put({ key: `health:${repo.id}`, installationId: s.installationId, etag: null, state: stored, checkedAt: s.clock() });
    out.push(stored);
    s.log.info({ repo: repo.id, conclusion: health.conclusion, failures: health.failures.length }, "repository policy health checked");
    if (reporting === false && !repo.private && !stored.tracker) {
      s.log.warn(
        { repo: repo.id, repository: stored.repository },
        "private vulnerability reporting is disabled, but no tracker is configured (in the repository's .github/security-policy-bot.yml nor the organisation's .github repository): the installation check cannot be written",
      );
    }
  }
  const caps = await capabilities(s, inst.account, inst.isOrg, inst.permissions);
  await s.store.cursors.put({ key: `capabilities:${s.installationId}`, installationId: s.installationId, etag: null, state: caps, checkedAt: s.clock() });
  return out;
}
