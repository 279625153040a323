/**
 * The acknowledgement when the supported versions cannot be read from SECURITY.md (issue 13,
 * item 6): no policy at all, a policy without a table, a table whose rows are all unreadable.
 * It still thanks the reporter, says plainly that the versions could not be read, and tells
 * maintainers (in their own collapsed section) what to do — with or without a tracking issue,
 * with the bot's wording or a config template.
 */
import { describe, expect, it } from "@jest/globals";
import { acknowledgement, planIntake, versionsUnread, type IntakeSettings } from "../../../src/core/intake.js";
import type { AcknowledgementMessage } from "../../../src/core/messages.js";
import { readPolicy } from "../../../src/core/policy/read-policy.js";
import { keptPromises } from "../../../src/core/promises.js";
import { validateConfig } from "../../../src/config/validate.js";
import { renderAcknowledgement, SUPPORTED_VERSIONS_EXAMPLE } from "../../../src/render/acknowledgement.js";
import { renderMessage } from "../../../src/render/message.js";
import { EXAMPLE_POLICY } from "../../helpers/repo-mocks.js";
import { aReport } from "../../helpers/report.js";

const NO_TABLE = "# Security Policy\n\nPlease report vulnerabilities privately. We acknowledge receipt within 3 business days.\n";
/** A table the bot sees but cannot use: no row is a version or a range. */
const NO_RANGES = "# Security Policy\n\n## Supported Versions\n\n| Version | Supported |\n| ------- | --------- |\n| latest  | yes       |\n| older   | no        |\n\nWe acknowledge receipt within 3 business days.\n";
/** A table whose support cells cannot be read at all: the reader takes it for no table. */
const UNREADABLE_CELLS = "# Security Policy\n\n## Supported Versions\n\n| Version | Notes |\n| ------- | ----- |\n| 1.0.x   | maybe, ask us |\n| 0.9.x   | depends |\n\nWe acknowledge receipt within 3 business days.\n";

function settings(policyText: string | null, o: Partial<IntakeSettings> = {}): IntakeSettings {
  const policy = policyText === null ? null : readPolicy(policyText);
  return {
    policy,
    policySource: policyText === null ? null : "SECURITY.md",
    promises: keptPromises(policy, validateConfig({}).config.sla),
    calendar: { timeZone: "UTC", holidays: [] },
    handlers: ["alice"],
    tracker: "acme/security-tracker",
    configProblems: [],
    ...o,
  };
}

const NOW = Date.parse("2026-11-25T10:00:05Z");
const stated = aReport({ reporter: "finder-jane", vulnerableRange: "<=1.0.1", affected: [], unsupported: [] });
const unstated = aReport({ reporter: "finder-jane", vulnerableRange: null, affected: [], unsupported: [] });
const ack = (policyText: string | null, report = stated, o: Partial<IntakeSettings> = {}): AcknowledgementMessage => acknowledgement(report, settings(policyText, o), NOW, []);

const SENTENCE = "The supported versions could not be read from our security policy (`SECURITY.md`), so a maintainer will confirm which release lines need a fix.";

describe("acknowledgement when the supported versions cannot be read", () => {
  it("tells why, for each way a policy can lack them", () => {
    expect(versionsUnread(settings(null))).toEqual({ reason: "no-policy" });
    expect(versionsUnread(settings(NO_TABLE))).toEqual({ reason: "no-table", source: "SECURITY.md" });
    expect(versionsUnread(settings(UNREADABLE_CELLS))).toEqual({ reason: "no-table", source: "SECURITY.md" });
    expect(versionsUnread(settings(NO_RANGES))).toEqual({ reason: "no-ranges", source: "SECURITY.md", labels: ["latest", "older"] });
    expect(versionsUnread(settings(EXAMPLE_POLICY))).toBeNull();
  });

  it("a policy with no table: thanks, the plain sentence for everyone, and what maintainers can do", () => {
    const text = renderAcknowledgement(ack(NO_TABLE));
    expect(text).toMatch(/^Thank you for your report, @finder-jane\. This confirms that we have received it\./);
    expect(text).toContain(`**Affected versions:** The affected versions you gave (\`<=1.0.1\`) are noted. ${SENTENCE}`);
    const notes = text.slice(text.indexOf("<details><summary>Notes for maintainers</summary>"));
    expect(notes).toContain("**The supported versions could not be read.** `SECURITY.md` has no *Supported Versions* table (or list of versions) the bot can read.");
    expect(notes).toContain(`\`\`\`markdown\n${SUPPORTED_VERSIONS_EXAMPLE}\n\`\`\``);
    expect(notes).toContain("set the affected versions with `/affects <range>`");
    expect(notes).toContain("`security-policy-bot check SECURITY.md` shows how the bot reads a policy.");
    expect(notes.endsWith("</details>")).toBe(true);
    // The rest of the acknowledgement is as kind as ever.
    expect(text).toContain("**Credit:**");
    expect(text).toContain("Please keep the details private until the advisory is published.");
  });

  it("a report without a range gets the same sentence after asking for the versions", () => {
    const text = renderAcknowledgement(ack(NO_TABLE, unstated));
    expect(text).toContain(`**Affected versions:** not stated yet. If you know which versions are affected, please add them to the report's *Affected versions* field or tell us here; otherwise we will work them out. ${SENTENCE}`);
    expect(text).toContain("<details><summary>Notes for maintainers</summary>");
  });

  it("a table whose rows are all unreadable: the rows are named for maintainers", () => {
    const text = renderAcknowledgement(ack(NO_RANGES));
    expect(text).toContain(SENTENCE);
    expect(text).toContain("The *Supported Versions* table of `SECURITY.md` has no row that is a version or range (`latest`, `older`), so no report can be matched to it.");
    expect(text).not.toContain("are not on any line our policy lists"); // what it used to claim
    const cells = renderAcknowledgement(ack(UNREADABLE_CELLS));
    expect(cells).toContain(SENTENCE);
    expect(cells).toContain("has no *Supported Versions* table (or list of versions) the bot can read.");
  });

  it("no policy file at all: says so, and where the bot looked", () => {
    const text = renderAcknowledgement(ack(null));
    expect(text).toContain("This repository has no security policy (`SECURITY.md`) we could find, so the supported versions could not be read from it; a maintainer will confirm which release lines need a fix.");
    expect(text).toContain("No `SECURITY.md` was found (looked in `SECURITY.md`, `.github/SECURITY.md`, `docs/SECURITY.md` and the organisation's `.github` repository).");
    expect(text).toContain("add a `SECURITY.md` with a table like this one");
  });

  it("a readable table: no sentence and no maintainers' section", () => {
    const report = aReport({ reporter: "finder-jane" });
    const text = renderAcknowledgement(ack(EXAMPLE_POLICY, report));
    expect(text).not.toContain("could not be read");
    expect(text).not.toContain("Notes for maintainers");
    expect(text).toContain("- Supported, and will get a fix: **1.0.x**.");
  });

  it("the table shown to maintainers is one the bot reads", () => {
    const policy = readPolicy(`# Security Policy\n\n${SUPPORTED_VERSIONS_EXAMPLE}\n`);
    expect(policy.rows).toEqual([
      { label: "1.0.x", supported: true, range: "1.0.x" },
      { label: "< 1.0", supported: false, range: "<1.0.0" },
    ]);
  });

  it("is in the acknowledgement whether or not a tracking issue holds the other notes, without repeating them", () => {
    const facts = { advisory: null, threadUrl: "https://github.com/acme/mcp-server/security/advisories/GHSA-abcd-efgh-ijkl", unreadableRanges: [], now: NOW };
    const ackOf = (s: IntakeSettings) => {
      const a = planIntake(stated, { ...facts, settings: s }).find((x) => x.type === "comment");
      return (a as { message: AcknowledgementMessage }).message;
    };
    const tracked = ackOf(settings(NO_TABLE));
    expect(tracked.versionsUnread).toEqual({ reason: "no-table", source: "SECURITY.md" });
    expect(tracked.maintainerNotes).toEqual([]);
    // Without a tracker the other notes come along, but not the two that say the same as the help.
    const untracked = ackOf(settings(NO_TABLE, { tracker: null }));
    expect(untracked.maintainerNotes).toEqual(["Policy: No supported-versions table was found; every version is treated as supported."]);
    const none = ackOf(settings(null, { tracker: null }));
    expect(none.maintainerNotes).toEqual([]);
    expect(renderAcknowledgement(none).match(/<details>/g)).toHaveLength(1);
  });

  it("a config template keeps working: {{versions}} carries the sentence, and the maintainers' section is added unless placed with {{notes}}", () => {
    const m = ack(NO_TABLE);
    const plain = renderMessage(m, { acknowledgement: "Thanks {{reporter}}! Answer by {{respond_by}}.\n\n{{versions}}" });
    expect(plain.startsWith(`Thanks @finder-jane! Answer by 2026-12-09.\n\n**Affected versions:** The affected versions you gave (\`<=1.0.1\`) are noted. ${SENTENCE}\n\n<details><summary>Notes for maintainers</summary>`)).toBe(true);
    const placed = renderMessage(m, { acknowledgement: "{{notes}}\n\nThanks {{reporter}}." });
    expect(placed.match(/<details>/g)).toHaveLength(1);
    expect(placed.endsWith("Thanks @finder-jane.")).toBe(true);
    // A readable policy adds nothing to the template.
    expect(renderMessage(ack(EXAMPLE_POLICY, aReport({ reporter: "finder-jane" })), { acknowledgement: "Thanks {{reporter}}." })).toBe("Thanks @finder-jane.");
  });
});

describe("acknowledgement and the primary handler", () => {
  it("says a handler has been assigned only when one was", () => {
    expect(renderAcknowledgement(ack(EXAMPLE_POLICY, aReport({ reporter: "finder-jane", handler: "alice" })))).toContain("a maintainer has been assigned as the primary handler of your report");
    const none = renderAcknowledgement(ack(EXAMPLE_POLICY, aReport({ reporter: "finder-jane", handler: null }), { handlers: [] }));
    expect(none).toContain("a maintainer will be assigned as the primary handler of your report");
    expect(none).not.toContain("has been assigned");
  });
});
