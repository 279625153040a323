/** A report's fresh ledger record: from an advisory GitHub reported, or from any thread (`newReport`). */
import { affectedLines, type AffectedLines } from "./affected.js";
import type { IntakeSettings } from "./intake.js";
import { deadlines } from "./promises.js";
import { discloseFields } from "./disclosure-deadline.js";
import type { Report, Severity, Thread } from "./report.js";

/** What GitHub says of an advisory (from the webhook or the advisories API). */
export interface AdvisoryFacts {
  ghsaId: string;
  htmlUrl: string;
  summary: string;
  state: string;
  createdAt: string;
  severity: string | null;
  reporter: string | null;
  vulnerableRanges: (string | null)[];
  collaborators: string[];
  cweIds: string[];
  cvss: string | null;
  cveId?: string | null;
}

export interface RepoIdentity {
  id: number;
  owner: string;
  name: string;
  installationId: number;
}

const SEVERITIES: readonly string[] = ["critical", "high", "medium", "low"];
export const severityOf = (s: string | null | undefined): Severity | null => (s && SEVERITIES.includes(s.toLowerCase()) ? (s.toLowerCase() as Severity) : null);

/** A fresh ledger record for a report received at `receivedAt` in `thread`. */
export function newReport(input: {
  id: string;
  repo: RepoIdentity;
  source: Report["source"];
  ghsaId: string | null;
  thread: Thread;
  receivedAt: number;
  reporter: string | null;
  severity: Severity | null;
  lines: AffectedLines;
  settings: IntakeSettings;
  advisoryState: string | null;
  cweIds?: string[];
  cvss?: string | null;
  cveId?: string | null;
  checklistMissing?: string[];
  now: number;
}): Report {
  const { ackBy, respondBy } = deadlines(input.receivedAt, input.settings.promises, input.settings.calendar);
  return {
    id: input.id,
    installationId: input.repo.installationId,
    repoId: input.repo.id,
    owner: input.repo.owner,
    repo: input.repo.name,
    source: input.source,
    ghsaId: input.ghsaId,
    cveId: input.cveId ?? null,
    thread: input.thread,
    trackerRepo: input.thread.kind === "issue" ? `${input.thread.owner}/${input.thread.repo}` : input.settings.tracker,
    trackerIssue: input.thread.kind === "issue" ? input.thread.number : null,
    state: "new",
    advisoryState: input.advisoryState,
    severity: input.severity,
    cvss: input.cvss ?? null,
    cweIds: input.cweIds ?? [],
    handler: null,
    reporter: input.reporter,
    vulnerableRange: input.lines.range,
    affected: input.lines.affected,
    unsupported: input.lines.unsupported,
    fixedIn: {},
    fixes: {},
    credit: true,
    credits: [],
    receivedAt: input.receivedAt,
    ackBy,
    respondBy,
    acknowledgedAt: null,
    ackLate: false,
    respondedAt: null,
    eta: null,
    fixedAt: null,
    draftedAt: null,
    publishedAt: null,
    closedAt: null,
    pausedAt: null,
    pausedMs: 0,
    lastMaintainerAt: null,
    lastReporterAt: null,
    reminders: [],
    checklistMissing: input.checklistMissing ?? [],
    outcome: null,
    duplicateOf: null,
    ...discloseFields(input.receivedAt, input.settings.disclose ?? null, input.settings.calendar),
    descriptionDigest: null,
    handlerReason: null,
    // The sweep looks at a new report at once and schedules its deadline events.
    nextDueAt: input.now,
    revision: 0,
    createdAt: input.now,
    updatedAt: input.now,
  };
}

export function reportFromAdvisory(a: AdvisoryFacts, repo: RepoIdentity, settings: IntakeSettings, now: number): Report {
  return newReport({
    id: a.ghsaId,
    repo,
    source: "advisory",
    ghsaId: a.ghsaId,
    thread: { kind: "advisory", owner: repo.owner, repo: repo.name, number: null },
    receivedAt: Date.parse(a.createdAt),
    reporter: a.reporter,
    severity: severityOf(a.severity),
    lines: affectedLines(settings.policy?.rows ?? [], a.vulnerableRanges),
    settings,
    advisoryState: a.state,
    cweIds: a.cweIds,
    cvss: a.cvss,
    cveId: a.cveId ?? null,
    now,
  });
}
