/**
 * Reports that land in public. A maintainer's `security` label or `/security` moves the
 * issue out of public view: transferred to the private tracker (GraphQL transferIssue), or
 * copied into a draft advisory with the reporter as collaborator and credited; the reporter
 * is told where the conversation continues (in words that repeat nothing of the report), and
 * the normal intake follows with clocks from the issue's creation. Issues and comments that
 * only look like reports are flagged in the tracker (a link, no quote); ids of unpublished
 * reports named in public are flagged quietly.
 */
import type { AdvisoryFacts } from "../core/new-report.js";
import type { Detection } from "../core/detector.js";
import type { Report } from "../core/report.js";
import { trackingIssueOf } from "../core/report-places.js";
import { type RepoRef } from "../github/repo-settings.js";
import type { PackageRef } from "../core/advisory-draft.js";
import { packageOf } from "./advisory.js";
import { intakeAdvisory, intakeIssue } from "./intake.js";
import { type Session, type WriteOptions } from "./session.js";
import { statusOf } from "../github/errors.js";

export interface PublicIssue {
  number: number;
  nodeId: string;
  title: string;
  body: string;
  author: string | null;
  createdAt: string;
  htmlUrl: string;
}

/** Moves a public issue out of public view (once per issue) and starts its intake. */
export async function movePublicIssue(s: Session, repo: RepoRef, issue: PublicIssue, by: string): Promise<Report | null> {
  const key = `move:${repo.owner}/${repo.name}#${issue.number}`;
  const claim = await s.store.intents.claim({ key, kind: "move", reportId: null, holder: s.instanceId, now: s.clock(), staleAfterMs: s.claimTimeoutMs });
  if (claim.status !== "claimed") return null;
  const settings = await s.settings(repo);
  const sensitive = [issue.title, issue.body];
  const w: WriteOptions = { templates: settings.config.messages, sensitive };
  const reportingUrl = `${s.webBase}/${repo.owner}/${repo.name}/security/advisories/new`;
  const publicIssue = { kind: "issue" as const, owner: repo.owner, repo: repo.name, number: issue.number };
  const tracker = settings.config.tracker;
  try {
    if (tracker && (await s.caches.isPrivate(s.gh, ...(tracker.split("/") as [string, string])))) {
      // Told first: after the transfer the reporter cannot see the issue (the notification still reaches them).
      await s.writeOne({ type: "comment", reportId: key, target: publicIssue, key: "moved", message: { kind: "moved", reporter: issue.author, advisoryUrl: null, reportingUrl } }, w);
      const [owner, name] = tracker.split("/") as [string, string];
      const moved = await s.writeOne({ type: "transfer-issue", key, issue: { ...publicIssue, nodeId: issue.nodeId }, tracker }, w);
      const url = moved.status === "done" || moved.status === "already" ? moved.result : null;
      const number = Number(/\/issues\/(\d+)/.exec(url ?? "")?.[1]);
      if (!url || !number) throw new Error(`the transfer of ${repo.owner}/${repo.name}#${issue.number} did not go through (${moved.status})`);
      await s.store.intents.settle(key, url, s.clock());
      s.log.info({ repo: repo.id, issue: issue.number, tracker, by }, "public issue transferred to the private tracker");
      return intakeIssue(s, repo, { number: issue.number, htmlUrl: issue.htmlUrl, title: issue.title, body: issue.body, createdAt: issue.createdAt, author: issue.author }, { owner, repo: name, number, htmlUrl: url });
    }
    // No private tracker: a draft advisory carries the report, with the reporter credited, then made a collaborator.
    const body = createAdvisoryBody(issue, by, packageOf(settings));
    const created = await s.writeOne({ type: "create-advisory", key, owner: repo.owner, repo: repo.name, body }, w);
    const advisoryUrl = created.status === "done" || created.status === "already" ? created.result : null;
    const ghsaId = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/.exec(advisoryUrl ?? "")?.[0];
    if (!advisoryUrl || !ghsaId) throw new Error(`no draft advisory was created for ${repo.owner}/${repo.name}#${issue.number} (${created.status})`);
    await s.store.intents.settle(key, advisoryUrl, s.clock());
    // A new draft advisory: its summary is the one sent, it is a draft, and nobody collaborates on it yet.
    const adv = { ghsa_id: ghsaId, html_url: advisoryUrl, summary: body.summary, state: "draft", severity: null as string | null };
    if (issue.author) {
      // GitHub's create takes no collaborators: the reporter is added by an update, before they are told where to go.
      const current: string[] = [];
      try {
        await s.writeOne({ type: "add-advisory-collaborator", reportId: adv.ghsa_id, advisory: { owner: repo.owner, repo: repo.name, ghsaId: adv.ghsa_id }, login: issue.author, current }, w);
      } catch (error) {
        if (statusOf(error) < 400 || statusOf(error) >= 500) throw error;
        s.log.warn({ repo: repo.id, issue: issue.number, report: adv.ghsa_id, status: statusOf(error) }, "the reporter could not be added to the draft advisory; a maintainer can add them");
      }
    }
    await s.writeOne({ type: "comment", reportId: adv.ghsa_id, target: publicIssue, key: "moved", message: { kind: "moved", reporter: issue.author, advisoryUrl: adv.html_url, reportingUrl } }, w);
    const facts: AdvisoryFacts = {
      ghsaId: adv.ghsa_id,
      htmlUrl: adv.html_url,
      summary: adv.summary,
      state: adv.state,
      createdAt: issue.createdAt, // the clocks run from the public issue's creation
      severity: adv.severity,
      reporter: issue.author,
      vulnerableRanges: [],
      collaborators: issue.author ? [issue.author] : [],
      cweIds: [],
      cvss: null,
    };
    const report = await intakeAdvisory(s, repo, facts, issue.body, "public-issue");
    await s.writeOne({
      type: "comment",
      reportId: report.id,
      target: trackingIssueOf(report) ? { kind: "issue", ...trackingIssueOf(report)! } : { kind: "advisory", owner: repo.owner, repo: repo.name, ghsaId: adv.ghsa_id },
      key: "delete-public-issue",
      message: { kind: "flag", variant: "delete-public-issue", url: issue.htmlUrl, repository: `${repo.owner}/${repo.name}`, signals: [], reportId: report.id },
    }, { templates: settings.config.messages });
    s.log.info({ repo: repo.id, issue: issue.number, report: report.id, by }, "public issue copied into a draft advisory");
    return report;
  } catch (error) {
    if (statusOf(error) >= 400 && statusOf(error) < 500) await s.store.intents.release(key);
    throw error;
  }
}

/** GitHub's limits on a repository advisory's summary and description (create and update schemas). */
const SUMMARY_MAX = 1024;
const DESCRIPTION_MAX = 65535;

/**
 * The body of `POST /repos/{owner}/{repo}/security-advisories` for a moved public issue, exactly
 * as GitHub's create schema has it: summary, description and vulnerabilities (required; an empty
 * list when the package is unknown), the reporter's credit. No severity (the maintainers set it),
 * and no collaborators: the create schema has none (see movePublicIssue).
 */
export function createAdvisoryBody(issue: Pick<PublicIssue, "number" | "title" | "body" | "author">, by: string, pkg: PackageRef | null) {
  const footer = `\n\n---\n_Moved from public issue #${issue.number} by @${by}._`;
  return {
    summary: issue.title.slice(0, SUMMARY_MAX),
    description: `${issue.body.slice(0, DESCRIPTION_MAX - footer.length)}${footer}`,
    vulnerabilities: pkg ? [{ package: { ecosystem: pkg.ecosystem as "npm", name: pkg.name } }] : [],
    ...(issue.author ? { credits: [{ login: issue.author, type: "reporter" as const }] } : {}),
  };
}

/** Flags a public issue or comment that reads like a report, once per issue, in the tracker. */
export async function flagPublicIssue(s: Session, repo: RepoRef, where: { number: number; url: string }, detection: Detection): Promise<void> {
  const settings = await s.settings(repo);
  const tracker = settings.config.tracker;
  if (!tracker) {
    s.log.warn({ repo: repo.id, issue: where.number }, "a public issue may be a vulnerability report, and there is no tracker to flag it in");
    return;
  }
  const [owner, name] = tracker.split("/") as [string, string];
  const key = `flag:${repo.owner}/${repo.name}#${where.number}`;
  const claim = await s.store.intents.claim({ key, kind: "flag", reportId: null, holder: s.instanceId, now: s.clock(), staleAfterMs: s.claimTimeoutMs });
  if (claim.status !== "claimed") return;
  const [o] = await s.write([
    {
      type: "open-tracking-issue",
      reportId: key,
      tracker,
      title: `Possible vulnerability report in public: ${repo.owner}/${repo.name}#${where.number}`,
      message: { kind: "flag", variant: "looks-like-a-report", url: where.url, repository: `${repo.owner}/${repo.name}`, signals: detection.signals, reportId: null },
      labels: ["security-flag"],
      assignees: [],
    },
    ]);
  await s.store.intents.settle(key, o && "result" in o ? (o.result ?? null) : null, s.clock());
  s.log.info({ repo: repo.id, issue: where.number, tracker: `${owner}/${name}`, score: detection.score }, "public issue flagged to the security team");
}

/** A public place names unpublished reports' ids: a quiet note in each report's tracking issue (or thread). */
export async function embargoWatch(s: Session, repo: RepoRef, where: { key: string; url: string }, reports: readonly Report[]): Promise<void> {
  for (const r of reports) {
    const issue = trackingIssueOf(r);
    const target = issue ? { kind: "issue" as const, ...issue } : r.ghsaId ? { kind: "advisory" as const, owner: r.owner, repo: r.repo, ghsaId: r.ghsaId } : null;
    if (!target) continue;
    await s.writeOne({
      type: "comment",
      reportId: r.id,
      target,
      key: `embargo-${where.key}`,
      message: { kind: "flag", variant: "id-named-in-public", url: where.url, repository: `${repo.owner}/${repo.name}`, signals: [], reportId: r.id },
    });
    s.log.info({ report: r.id, repo: repo.id }, "an unpublished report's id was named in public; flagged");
  }
}
