import { newReport } from "../../src/core/new-report.js";
import { readPolicy } from "../../src/core/policy/read-policy.js";
import { keptPromises } from "../../src/core/promises.js";
import type { Report } from "../../src/core/report.js";
import { validateConfig } from "../../src/config/validate.js";
import { EXAMPLE_POLICY } from "./repo-mocks.js";

const policy = readPolicy(EXAMPLE_POLICY);

/** A report as intake would store it (made by the core's newReport), with every field set; override what a test cares about. */
export function aReport(overrides: Partial<Report> = {}): Report {
  const receivedAt = Date.parse("2026-11-25T10:00:00Z");
  const report = newReport({
    id: "GHSA-abcd-efgh-ijkl",
    repo: { id: 1001, owner: "acme", name: "mcp-server", installationId: 42 },
    source: "advisory",
    ghsaId: "GHSA-abcd-efgh-ijkl",
    thread: { kind: "advisory", owner: "acme", repo: "mcp-server", number: null },
    receivedAt,
    reporter: "reporter-1",
    severity: null,
    lines: { stated: "<=1.0.1", range: "<=1.0.1", affected: ["1.0.x"], unsupported: ["< 1.0"], unreadable: [] },
    settings: { policy, policySource: "SECURITY.md", promises: keptPromises(policy, validateConfig({}).config.sla), calendar: { timeZone: "UTC", holidays: [] }, handlers: [], tracker: null, configProblems: [] },
    advisoryState: "triage",
    now: receivedAt,
  });
  return { ...report, nextDueAt: null, ...overrides };
}
