/**
 * The report check for the tracking issue: what the report names, checked against the
 * repository — whether its versions are tags (one read of the latest 100 tags), whether the
 * files it names exist on the default branch (at most five reads), and its likely duplicates
 * among the repository's other open and recent advisories (one read, made only when the ledger
 * knows such a report). Each read may fail without failing the intake: its fact is then
 * shown as not checked. Nothing here reaches the reporter's thread.
 */
import type { ItemVerdict } from "../core/report-quality/checklist.js";
import { likelyDuplicates, type Candidate } from "../core/report-quality/duplicates.js";
import { reportCheck, type ReportCheck } from "../core/report-quality/facts.js";
import { mentions } from "../core/report-quality/mentions.js";
import type { VersionRow } from "../core/policy/types.js";
import type { Report } from "../core/report.js";
import type { Session } from "./session.js";

/** Files checked at most per report (one request each). */
export const MAX_PATH_CHECKS = 5;
const RECENT_MS = 90 * 86400_000;

interface ListedAdvisory {
  ghsa_id: string;
  html_url: string;
  state: string;
  summary: string | null;
  description: string | null;
  updated_at?: string | null;
}

async function readTags(s: Session, owner: string, repo: string): Promise<Set<string> | null> {
  try {
    return await s.read.tagNames(owner, repo);
  } catch (error) {
    s.log.warn({ err: error, repo: `${owner}/${repo}` }, "report check: tags could not be read");
    return null;
  }
}

async function pathExists(s: Session, owner: string, repo: string, path: string): Promise<boolean | null> {
  return s.read.fileExists(owner, repo, path).catch(() => null);
}

async function candidates(s: Session, report: Report): Promise<Candidate[] | null> {
  const since = s.clock() - RECENT_MS;
  const known = (await s.store.reports.ofRepos([report.repoId], since)).filter((r) => r.id !== report.id && r.ghsaId !== null);
  if (known.length === 0) return []; // no other report the ledger knows of: nothing to compare, no read
  try {
    const data = await s.read.recentAdvisories(report.owner, report.repo);
    return (data as unknown as ListedAdvisory[])
      .filter((a) => a.ghsa_id !== report.ghsaId)
      .filter((a) => a.state === "triage" || a.state === "draft" || Date.parse(a.updated_at ?? "") >= since)
      .map((a) => ({ ghsaId: a.ghsa_id, url: a.html_url, state: a.state, text: `${a.summary ?? ""}\n\n${a.description ?? ""}` }));
  } catch (error) {
    s.log.warn({ err: error, report: report.id }, "report check: the repository's advisories could not be listed");
    return null;
  }
}

export async function checkForMaintainers(s: Session, report: Report, text: string, verdicts: readonly ItemVerdict[], rows: readonly VersionRow[]): Promise<ReportCheck> {
  const named = mentions(text);
  const tags = named.versions.length ? await readTags(s, report.owner, report.repo) : null;
  const exists = new Map<string, boolean | null>();
  for (const path of named.paths.slice(0, MAX_PATH_CHECKS)) exists.set(path, await pathExists(s, report.owner, report.repo, path));
  const others = await candidates(s, report);
  return reportCheck({ verdicts, mentions: named, rows, tags, pathExists: exists, duplicates: others === null ? null : likelyDuplicates(text, others) });
}
