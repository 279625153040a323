/** Ledgers filled in bulk for the benchmark: installations, repositories with settings, open reports. */
import type { Insertable } from "kysely";
import { validateConfig } from "../src/config/validate.js";
import { readPolicy } from "../src/core/policy/read-policy.js";
import type { IntakeSettings } from "../src/core/intake.js";
import { newReport } from "../src/core/new-report.js";
import { keptPromises } from "../src/core/promises.js";
import type { Report } from "../src/core/report.js";
import { settingsFrom } from "../src/github/repo-settings.js";
import type { Store } from "../src/store/index.js";
import { toColumns } from "../src/store/reports.js";
import type { ReportsTable } from "../src/store/schema.js";
import { POLICY } from "./policy.js";

const DAY = 86400_000;

const SETTINGS: IntakeSettings = {
  policy: readPolicy(POLICY),
  policySource: "SECURITY.md",
  promises: keptPromises(readPolicy(POLICY), validateConfig({}).config.sla),
  calendar: { timeZone: "UTC", holidays: [] },
  handlers: ["alice", "bob"],
  tracker: null,
  configProblems: [],
};

/** An open, acknowledged report on an advisory, as intake leaves it (made by the core's newReport). */
export function openReport(o: { id: string; installationId: number; repoId: number; owner: string; repo: string; now: number; nextDueAt: number | null; tracker: number | null }): Report {
  const receivedAt = o.now - 2 * DAY;
  const report = newReport({
    id: o.id,
    repo: { id: o.repoId, owner: o.owner, name: o.repo, installationId: o.installationId },
    source: "advisory",
    ghsaId: o.id,
    thread: { kind: "advisory", owner: o.owner, repo: o.repo, number: null },
    receivedAt,
    reporter: "finder-jane",
    severity: "high",
    lines: { stated: "<= 1.0.1", range: "<= 1.0.1", affected: ["1.0.x"], unsupported: ["< 1.0"], unreadable: [] },
    settings: SETTINGS,
    advisoryState: "triage",
    now: receivedAt,
  });
  return {
    ...report,
    trackerRepo: o.tracker === null ? null : `${o.owner}/security-tracker`,
    trackerIssue: o.tracker,
    state: "triage",
    handler: "alice",
    ackBy: o.now + DAY,
    respondBy: o.now + 8 * DAY,
    acknowledgedAt: receivedAt + 60_000,
    nextDueAt: o.nextDueAt,
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
  const repo = { id: o.repoId, owner: o.owner, name: o.name, private: false, defaultBranch: "main" };
  await store.repos.put(settingsFrom(repo, o.installationId, { config, problems, file: { text: POLICY, source: "SECURITY.md" }, package: { ecosystem: "npm", name: o.name } }, "yes", o.now));
}
