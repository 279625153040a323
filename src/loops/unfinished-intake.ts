/**
 * The backstop for an intake nobody finished: a report the ledger took in but never
 * acknowledged, or acknowledged without its tracking issue, older than the claim timeout (its instance died between two writes, and the
 * webhook could not be redelivered, or the redelivery was lost too). Each reconciler period it
 * reads the report's advisory or issue afresh and runs the intake again; intake is idempotent
 * (intents and markers), so whatever the dead instance already wrote is found, not repeated.
 * One that still cannot finish after three days (no thread to answer in) is no longer tried.
 */
import type { Report } from "../core/report.js";
import { advisoryFacts, type RawAdvisory } from "../github/payloads.js";
import type { RepoRef } from "../github/repo-settings.js";
import { intakeAdvisory, intakeIssue } from "../workflows/intake.js";
import type { Session } from "../workflows/session.js";

async function repoOf(s: Session, r: Report): Promise<RepoRef> {
  const known = await s.store.repos.get(r.repoId);
  if (known) return { id: known.id, owner: known.owner, name: known.name, private: known.private, defaultBranch: known.defaultBranch };
  return s.read.repository(r.owner, r.repo);
}

async function resume(s: Session, r: Report): Promise<void> {
  const repo = await repoOf(s, r);
  if (r.ghsaId) {
    const a = (await s.read.advisory(r.owner, r.repo, r.ghsaId)) as unknown as RawAdvisory;
    await intakeAdvisory(s, repo, advisoryFacts(a), a.description ?? null, r.source);
    return;
  }
  if (r.thread.kind !== "issue" || r.thread.number === null) return;
  const { owner, repo: name, number } = r.thread;
  const issue = await s.read.issue(owner, name, number);
  const facts = { number, htmlUrl: issue.html_url, title: issue.title, body: issue.body ?? null, createdAt: issue.created_at, author: issue.user?.login ?? null };
  const moved = owner !== r.owner || name !== r.repo ? { owner, repo: name, number, htmlUrl: issue.html_url } : undefined;
  await intakeIssue(s, repo, facts, moved);
}

/** Past this, an intake that still cannot finish (no thread to answer in, say) is left to the dashboard's notes. */
const GIVE_UP_MS = 3 * 24 * 3600 * 1000;

/** Finishes the unfinished intakes of one installation; returns how many were taken up. */
export async function finishUnfinishedIntakes(s: Session): Promise<number> {
  const now = s.clock();
  const stuck = await s.store.reports.unfinished(s.installationId, now - GIVE_UP_MS, now - s.claimTimeoutMs);
  for (const r of stuck) {
    try {
      await resume(s, r);
      s.log.info({ report: r.id, installation: s.installationId }, "unfinished intake taken up");
    } catch (error) {
      s.log.warn({ err: error, report: r.id }, "taking up an unfinished intake failed; tried again next period");
    }
  }
  return stuck.length;
}
