import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { readPolicy } from "../../../src/core/policy/index.js";

const fixture = (name: string): string => readFileSync(join(process.cwd(), "test/fixtures/policies", name), "utf8");

describe("readPolicy on the policy the bot was written for", () => {
  const policy = readPolicy(fixture("example-security.md"));

  it("reads the supported-versions table with ranges", () => {
    expect(policy.tableFound).toBe(true);
    expect(policy.rows).toEqual([
      { label: "1.0.x", supported: true, range: "1.0.x" },
      { label: "< 1.0", supported: false, range: "<1.0.0" },
    ]);
  });

  it("reads the acknowledgement and response promises in business days", () => {
    expect(policy.acknowledge).toEqual({ amount: 3, unit: "business_days" });
    expect(policy.respond).toEqual({ amount: 10, unit: "business_days" });
    expect(policy.disclosureDays).toBeNull();
  });

  it("reads the six disclosure steps in order", () => {
    expect(policy.disclosureSteps).toEqual([
      "Security report is received and is assigned a primary handler",
      "The issue is confirmed and a list of affected software is determined",
      "Code is audited to find any potential similar problems",
      "Fixes are prepared for all releases still under maintenance",
      "Fixes are applied and new releases are deployed",
      "A security advisory is published with details of the vulnerability and the fix",
    ]);
  });

  it("reads the report checklist", () => {
    expect(policy.reportChecklist).toEqual([
      "A description of the vulnerability",
      "Steps to reproduce the issue",
      "Any proof-of-concept code or exploit scripts",
      "Impact of the vulnerability",
      "Any mitigation or workarounds if known",
    ]);
  });

  it("knows fixes ship as patch versions, has no note and no problems", () => {
    expect(policy.patchReleases).toBe(true);
    expect(policy.supportNote).toBeNull();
    expect(policy.problems).toEqual([]);
  });
});

describe("readPolicy on other shapes of policy", () => {
  it("reads a whitespace-aligned plain-text table under setext headings", () => {
    const policy = readPolicy(fixture("whitespace-table.md"));
    expect(policy.tableFound).toBe(true);
    expect(policy.rows.map((r) => [r.label, r.supported, r.range])).toEqual([
      ["3.2.x", true, "3.2.x"],
      ["3.1.x", false, "3.1.x"],
      ["2.9.x", true, "2.9.x"],
      ["< 2.9", false, "<2.9.0"],
    ]);
    expect(policy.acknowledge).toEqual({ amount: 48, unit: "hours" });
    expect(policy.supportNote).toBe("Note: Security fixes are only made for supported releases.");
  });

  it("lists a translated copy of the table once and counts a translated promise once", () => {
    const policy = readPolicy(fixture("bilingual.md"));
    expect(policy.rows.map((r) => r.label)).toEqual(["2.x", "< 2.0"]);
    expect(policy.acknowledge).toEqual({ amount: 3, unit: "business_days" });
    expect(policy.respond).toBeNull();
  });

  it("returns an empty reading for a file with no headings and no promises", () => {
    const policy = readPolicy("To report a vulnerability, email security@example.org.\n\nSee our website for more.");
    expect(policy.rows).toEqual([]);
    expect(policy.tableFound).toBe(false);
    expect(policy.acknowledge).toBeNull();
    expect(policy.disclosureSteps).toEqual([]);
    expect(policy.reportChecklist).toEqual([]);
    expect(policy.problems).toContain("No supported-versions table was found; every version is treated as supported.");
  });

  it("handles CRLF line endings and a byte-order mark", () => {
    const text = "\uFEFF# Security\r\n\r\n## Supported Versions\r\n\r\n| Version | Supported |\r\n|---|---|\r\n| 4.x | Yes |\r\n| 3.x | No |\r\n";
    expect(readPolicy(text).rows.map((r) => [r.label, r.supported])).toEqual([
      ["4.x", true],
      ["3.x", false],
    ]);
  });
});
