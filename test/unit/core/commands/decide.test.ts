import { describe, expect, it } from "@jest/globals";
import { mostSpecificRow } from "../../../../src/core/affected.js";
import { decideCommand, type CommandContext } from "../../../../src/core/commands/decide.js";
import { parseCommands, type Command } from "../../../../src/core/commands/parse.js";
import { readPolicy } from "../../../../src/core/policy/read-policy.js";
import { keptPromises } from "../../../../src/core/promises.js";
import { aReport } from "../../../helpers/report.js";
import { EXAMPLE_POLICY } from "../../../helpers/repo-mocks.js";

const TWO_LINES = "| Version | Supported |\n| --- | --- |\n| 2.0.x | ✅ |\n| 1.9.x | ✅ |\n| < 1.9 | ❌ |\n";
const NOW = Date.parse("2026-11-26T10:00:00Z");
const ADV = { owner: "acme", repo: "mcp-server", ghsaId: "GHSA-abcd-efgh-ijkl" };
const TRACKER = { owner: "acme", repo: "security-tracker", number: 7 };

function ctx(o: Partial<CommandContext> = {}, policy = EXAMPLE_POLICY): CommandContext {
  const p = readPolicy(policy);
  return {
    rows: p.rows,
    steps: p.disclosureSteps,
    calendar: { timeZone: "UTC", holidays: [] },
    promises: keptPromises(p, { acknowledge_days: null, respond_days: null }),
    now: NOW,
    actor: "carol",
    role: "maintainer",
    advisory: { collaborators: ["bob"], credits: [{ login: "finder-jane", type: "reporter" }], state: "triage" },
    ...o,
  };
}

const cmd = (text: string): Command => {
  const [p] = parseCommands(text);
  if (!p?.ok) throw new Error(`bad command in test: ${text}`);
  return p.command;
};

const tracked = aReport({ state: "triage", handler: "bob", trackerRepo: "acme/security-tracker", trackerIssue: 7, reporter: "finder-jane", acknowledgedAt: NOW - 1 });

describe("decideCommand", () => {
  it("/assign moves the handler, the assignee and the advisory access", () => {
    const d = decideCommand(tracked, cmd("/assign @alice"), ctx());
    expect(d).toMatchObject({ ok: true, text: "@alice is now the primary handler." });
    expect(d.report.handler).toBe("alice");
    // Why the handler is who they are: a maintainer's choice now, not CODEOWNERS or round-robin.
    expect(JSON.parse(d.report.handlerReason!)).toEqual({ by: "assigned", actor: "carol" });
    expect(d.actions).toEqual([
      { type: "update-issue", reportId: tracked.id, issue: TRACKER, assignees: ["alice"] },
      { type: "add-advisory-collaborator", reportId: tracked.id, advisory: ADV, login: "alice", current: ["bob"] },
    ]);
  });

  it("/severity sets it on the advisory and swaps the label", () => {
    const d = decideCommand({ ...tracked, severity: "low" }, cmd("/severity critical"), ctx());
    expect(d.report.severity).toBe("critical");
    expect(d.actions).toEqual([
      { type: "patch-advisory", reportId: tracked.id, advisory: ADV, fields: { severity: "critical" }, what: "severity" },
      { type: "remove-labels", reportId: tracked.id, issue: TRACKER, labels: ["severity: low"] },
      { type: "add-labels", reportId: tracked.id, issue: TRACKER, labels: ["severity: critical"] },
    ]);
  });

  it("/cvss sets the vector alone on the advisory (GitHub refuses a severity with it); labels unchanged", () => {
    const d = decideCommand({ ...tracked, severity: "low" }, cmd("/cvss CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), ctx());
    expect(d.report).toMatchObject({ cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", severity: "low" });
    expect(d.actions).toEqual([
      { type: "patch-advisory", reportId: tracked.id, advisory: ADV, fields: { cvss_vector_string: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" }, what: "cvss" },
    ]);
  });

  it("/affects recomputes the lines and their labels", () => {
    const d = decideCommand(tracked, cmd("/affects < 1.0"), ctx());
    expect(d.report).toMatchObject({ vulnerableRange: "<1.0.0", affected: [], unsupported: ["< 1.0"] });
    expect(d.actions).toEqual([{ type: "remove-labels", reportId: tracked.id, issue: TRACKER, labels: ["affects: 1.0.x"] }]);
  });

  it("/accept moves triage to draft on the advisory and stops the response clock", () => {
    const d = decideCommand({ ...tracked, pausedAt: NOW - 1000, pausedMs: 500 }, cmd("/accept"), ctx());
    expect(d.report).toMatchObject({ state: "accepted", respondedAt: NOW, pausedAt: null, pausedMs: 1500 });
    expect(d.actions[0]).toEqual({ type: "patch-advisory", reportId: tracked.id, advisory: ADV, fields: { state: "draft" }, what: "accept" });
    expect(d.actions[1]).toEqual({ type: "remove-labels", reportId: tracked.id, issue: TRACKER, labels: ["needs-info"] });
    expect(d.actions[2]).toMatchObject({ type: "tick-tasks", steps: ["The issue is confirmed and a list of affected software is determined"] });
  });

  it("/accept is refused when the report is already closed", () => {
    expect(decideCommand({ ...tracked, state: "published" }, cmd("/accept"), ctx())).toMatchObject({ ok: false, text: "not possible now: the report is published", actions: [] });
  });

  it("/reject closes the advisory and the tracking issue, records the reason, and words the reason's own sentence and the note for the reporter", () => {
    const d = decideCommand(tracked, cmd("/reject working-as-intended The path is sandboxed."), ctx());
    expect(d.report).toMatchObject({ state: "rejected", closedAt: NOW, respondedAt: NOW, nextDueAt: null, outcome: "working-as-intended", duplicateOf: null });
    expect(d.actions).toEqual([
      { type: "patch-advisory", reportId: tracked.id, advisory: ADV, fields: { state: "closed" }, what: "reject" },
      { type: "update-issue", reportId: tracked.id, issue: TRACKER, state: "closed", stateReason: "not_planned" },
    ]);
    expect(d.text).toBe("closed as working as intended; the reporter has been told, with your note.");
    expect(d.toReporter).toBe("Thank you for taking the time to report this to us. The behaviour you describe is how the software is designed to work, so we are closing the report. We appreciate you raising it.\n\nA note from the maintainers: The path is sandboxed.");
  });

  it("/reject: each reason has a sentence of its own", () => {
    const reasons = ["not-a-vulnerability", "not-reproducible", "working-as-intended", "out-of-scope", "no-response", "withdrawn"];
    const said = reasons.map((reason) => decideCommand(tracked, cmd(`/reject ${reason}`), ctx()).toReporter);
    expect(new Set(said).size).toBe(reasons.length);
    for (const s of said) expect(s).not.toContain("A note from the maintainers");
  });

  it("/reject duplicate links both reports and names the other by id only", () => {
    const other = { ghsaId: "GHSA-8c3x-hq82-gjcm", reportId: "GHSA-8c3x-hq82-gjcm", trackingIssue: { owner: "acme", repo: "security-tracker", number: 3 } };
    const d = decideCommand(tracked, cmd("/reject duplicate GHSA-8c3x-hq82-gjcm"), ctx({ others: new Map([[other.ghsaId, other]]) }));
    expect(d.report).toMatchObject({ state: "rejected", outcome: "duplicate", duplicateOf: "GHSA-8c3x-hq82-gjcm" });
    expect(d.actions[2]).toMatchObject({ type: "comment", reportId: other.reportId, target: { kind: "issue", owner: "acme", repo: "security-tracker", number: 3 }, key: `duplicate-${tracked.id}` });
    expect(d.toReporter).toContain("the same issue as GHSA-8c3x-hq82-gjcm, which was reported to us earlier");
    // Unknown to the ledger and to GitHub: refused, nothing changes.
    expect(decideCommand(tracked, cmd("/reject duplicate GHSA-8c3x-hq82-gjcm"), ctx())).toMatchObject({ ok: false, text: `there is no advisory GHSA-8c3x-hq82-gjcm in ${tracked.owner}/${tracked.repo}`, actions: [] });
    expect(decideCommand(tracked, cmd(`/reject duplicate ${tracked.ghsaId}`), ctx())).toMatchObject({ ok: false, text: "a report cannot duplicate itself" });
  });

  it("/needs-info pauses the clock and labels the tracking issue", () => {
    const d = decideCommand(tracked, cmd("/needs-info Which OS?"), ctx());
    expect(d.report.pausedAt).toBe(NOW);
    expect(d.actions).toEqual([{ type: "add-labels", reportId: tracked.id, issue: TRACKER, labels: ["needs-info"] }]);
    // An answer given after an escalation takes the overdue label away.
    const overdue = { ...tracked, reminders: ["escalation@2026-12-09"] };
    expect(decideCommand(overdue, cmd("/eta 2026-12-20"), ctx()).actions).toEqual([{ type: "remove-labels", reportId: tracked.id, issue: TRACKER, labels: ["sla: overdue"] }]);
    expect(d.toReporter).toContain("Which OS?");
  });

  it("/eta records the date and stops the clock; a past date is said to be past", () => {
    const d = decideCommand(tracked, cmd("/eta 2026-12-20"), ctx());
    expect(d.report).toMatchObject({ eta: "2026-12-20", respondedAt: NOW });
    expect(d.toReporter).toContain("expect to release a fix by **2026-12-20**");
    expect(decideCommand(tracked, cmd("/eta 2026-01-01"), ctx()).text).toContain("a date already past");
  });

  it("/fixed-in maps versions to supported lines, refusing unsupported or unknown ones", () => {
    const two = aReport({ ...tracked, affected: ["2.0.x", "1.9.x"], unsupported: [] });
    const d = decideCommand(two, cmd("/fixed-in 2.0.3 1.9.8"), ctx({}, TWO_LINES));
    expect(d.report.fixedIn).toEqual({ "2.0.x": "2.0.3", "1.9.x": "1.9.8" });
    expect(d.text).toBe("fixed versions: 2.0.x → 2.0.3, 1.9.x → 1.9.8.");
    expect(decideCommand(two, cmd("/fixed-in 2.0.3"), ctx({}, TWO_LINES)).text).toBe("fixed versions: 2.0.x → 2.0.3. Still without a fixed version: 1.9.x.");
    expect(decideCommand(two, cmd("/fixed-in 1.8.1"), ctx({}, TWO_LINES))).toMatchObject({ ok: false, text: "`1.8.1` is on `< 1.9`, which the policy does not support" });
    expect(decideCommand(tracked, cmd("/fixed-in 7.0.0"), ctx())).toMatchObject({ ok: false, text: "`7.0.0` is on no release line of the policy" });
  });

  it("/cve, /cwe and /fork ask GitHub", () => {
    expect(decideCommand(tracked, cmd("/cve"), ctx()).actions).toEqual([{ type: "request-cve", reportId: tracked.id, advisory: ADV }]);
    expect(decideCommand(tracked, cmd("/cwe CWE-22"), ctx()).actions).toEqual([{ type: "patch-advisory", reportId: tracked.id, advisory: ADV, fields: { cwe_ids: ["CWE-22"] }, what: "cwe" }]);
    expect(decideCommand(tracked, cmd("/fork"), ctx()).actions).toEqual([{ type: "create-fork", reportId: tracked.id, advisory: ADV }]);
  });

  it("/no-credit from the reporter drops them from the advisory's credits (the whole list is sent)", () => {
    const d = decideCommand(tracked, cmd("/no-credit"), ctx({ actor: "finder-jane", role: "reporter", advisory: { collaborators: [], credits: [{ login: "finder-jane", type: "reporter" }, { login: "helper", type: "analyst" }], state: "triage" } }));
    expect(d.report.credit).toBe(false);
    expect(d.actions).toEqual([{ type: "patch-advisory", reportId: tracked.id, advisory: ADV, fields: { credits: [{ login: "helper", type: "analyst" }] }, what: "no-credit" }]);
  });

  it("/credit adds without losing other credits; the reporter may only credit themselves", () => {
    const d = decideCommand({ ...tracked, credit: false }, cmd("/credit"), ctx({ actor: "finder-jane", role: "reporter", advisory: { collaborators: [], credits: [{ login: "helper", type: "analyst" }], state: "triage" } }));
    expect(d.report.credit).toBe(true);
    expect(d.actions[0]).toMatchObject({ fields: { credits: [{ login: "helper", type: "analyst" }, { login: "finder-jane", type: "reporter" }] } });
    expect(decideCommand(tracked, cmd("/credit @mallory"), ctx({ actor: "finder-jane", role: "reporter" }))).toMatchObject({ ok: false, text: "you can only change your own credit" });
  });

  it("refuses the reporter everything but credit, and leaves /draft and /publish to their workflow", () => {
    expect(decideCommand(tracked, cmd("/accept"), ctx({ actor: "finder-jane", role: "reporter" }))).toMatchObject({ ok: false, text: "only maintainers can run this; you can use `/credit` and `/no-credit`" });
    expect(decideCommand(tracked, cmd("/publish"), ctx({ actor: "finder-jane", role: "reporter" })).ok).toBe(false);
    expect(decideCommand(tracked, cmd("/publish --force"), ctx()).workflow).toEqual({ name: "publish", force: true });
    expect(decideCommand(tracked, cmd("/draft"), ctx()).workflow).toEqual({ name: "draft" });
    expect(decideCommand({ ...tracked, ghsaId: null, thread: { kind: "issue", owner: "acme", repo: "x", number: 1 } }, cmd("/draft"), ctx()).ok).toBe(false);
  });

  it("/received moves an issue report's receipt and deadlines; advisories keep theirs", () => {
    const issueReport = aReport({ ...tracked, source: "issue", ghsaId: null });
    const d = decideCommand(issueReport, cmd("/received 2026-11-16"), ctx());
    expect(d.report).toMatchObject({ receivedAt: Date.parse("2026-11-16T12:00:00Z"), ackBy: Date.parse("2026-11-19T23:59:59.999Z"), respondBy: Date.parse("2026-11-30T23:59:59.999Z") });
    expect(decideCommand(tracked, cmd("/received 2026-11-16"), ctx()).ok).toBe(false);
  });

  it("/status and /help answer in words", () => {
    const status = decideCommand(tracked, cmd("/status"), ctx()).text;
    expect(status).toContain("**Status of GHSA-abcd-efgh-ijkl:** acknowledged, awaiting a detailed response.");
    expect(status).toContain("- Detailed response: due by 2026-12-09");
    expect(status).toContain("- So far: acknowledged after 24 hours — promise kept.");
    const late = decideCommand({ ...tracked, acknowledgedAt: tracked.receivedAt + 3 * 3600000 }, cmd("/status"), ctx({ now: Date.parse("2026-12-15T00:00:00Z") })).text;
    expect(late).toContain("- So far: acknowledged after 3 hours — promise kept; no detailed response yet — promise missed.");
    expect(decideCommand(tracked, cmd("/help"), ctx()).text).toContain("- `/fixed-in <version>…` — the first fixed version on each affected supported line");
    expect(decideCommand(tracked, cmd("/help"), ctx({ role: "reporter" })).text.split("\n")).toHaveLength(4);
  });

  it("picks the narrowest row for a version", () => {
    const rows = readPolicy("| Version | Supported |\n|---|---|\n| 1.x | ❌ |\n| 1.2.x | ✅ |\n").rows;
    expect(mostSpecificRow(rows, "1.2.5")?.label).toBe("1.2.x");
    expect(mostSpecificRow(rows, "1.3.0")?.label).toBe("1.x");
  });
});
