/** Ledgers filled in bulk for the benchmark: installations, repositories with settings, open reports. */
import type { Insertable } from "kysely";
import { validateConfig } from "../config/validate.js";
import { readPolicy } from "../core/policy/read-policy.js";
import type { Report } from "../core/report.js";
import type { Store } from "../store/index.js";
import { toColumns } from "../store/reports.js";
import type { ReportsTable } from "../store/schema.js";
import { POLICY } from "./policy.js";

const DAY = 86400_000;

/** An open, acknowledged report on an advisory, as intake leaves it. */
export function openReport(o: { id: string; installationId: number; repoId: number; owner: string; repo: string; now: number; nextDueAt: number | null; tracker: number | null }): Report {
  return {
    id: o.id,
    installationId: o.installationId,
    repoId: o.repoId,
    owner: o.owner,
    repo: o.repo,
    source: "advisory",
    ghsaId: o.id,
    cveId: null,
    thread: { kind: "advisory", owner: o.owner, repo: o.repo, number: null },
    trackerRepo: o.tracker === null ? null : `${o.owner}/security-tracker`,
    trackerIssue: o.tracker,
    state: "triage",
    advisoryState: "triage",
    severity: "high",
    cvss: null,
    cweIds: [],
    handler: "alice",
    reporter: "finder-jane",
    vulnerableRange: "<= 1.0.1",
    affected: ["1.0.x"],
    unsupported: ["< 1.0"],
    fixedIn: {},
    fixes: {},
    credit: true,
    credits: [],
    receivedAt: o.now - 2 * DAY,
    ackBy: o.now + DAY,
    respondBy: o.now + 8 * DAY,
    acknowledgedAt: o.now - 2 * DAY + 60_000,
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
    checklistMissing: [],
    nextDueAt: o.nextDueAt,
    revision: 0,
    createdAt: o.now - 2 * DAY,
    updatedAt: o.now - 2 * DAY,
  };
}

/** Inserts reports in batches (one statement per 500). */
export async function insertReports(store: Store, reports: Report[]): Promise<void> {
  for (let i = 0; i < reports.length; i += 500) {
    const rows = reports.slice(i, i + 500).map((r) => toColumns(r) as Insertable<ReportsTable>);
    await store.db.insertInto("reports").values(rows).execute();
  }
}

/** An installation with one repository whose settings are cached (config and the example policy). */
export async function seedRepo(store: Store, o: { installationId: number; repoId: number; owner: string; name: string; now: number; tracker: boolean }): Promise<void> {
  await store.installations.put({ id: o.installationId, account: o.owner, accountType: "Organization", suspended: false }, o.now);
  const { config, problems } = validateConfig(o.tracker ? { tracker: `${o.owner}/security-tracker`, handlers: ["alice", "bob"] } : { handlers: ["alice", "bob"] });
  await store.repos.put({
    id: o.repoId,
    installationId: o.installationId,
    owner: o.owner,
    name: o.name,
    private: false,
    defaultBranch: "main",
    config,
    configProblems: problems,
    policy: readPolicy(POLICY),
    policySource: "SECURITY.md",
    package: { ecosystem: "npm", name: o.name },
    commentsApi: "yes",
    loadedAt: o.now,
    stale: false,
  });
}
