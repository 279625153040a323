import { describe, expect, it } from "@jest/globals";
import { readPolicy } from "../../../src/core/policy/index.js";

describe("disclosureSteps", () => {
  it("reads the numbered list under a 'Disclosure Process' heading as plain text", () => {
    const md = `## Coordinated Disclosure Process

Our process:

1. **Acknowledgement**: within 2 business days
2. The report is *triaged* and [assigned](https://example.org) a handler
3. A fix is released

## Other
1. Not a step
`;
    expect(readPolicy(md).disclosureSteps).toEqual([
      "Acknowledgement: within 2 business days",
      "The report is triaged and assigned a handler",
      "A fix is released",
    ]);
  });

  it("reads a bulleted list under a 'disclosure and mitigation process' heading, without sub-bullets", () => {
    const md = `## Disclosure and mitigation process

+ Confirm we have received the report.
    - You should hear from us within 72 hours.
+ Determine the affected versions.
`;
    expect(readPolicy(md).disclosureSteps).toEqual(["Confirm we have received the report.", "Determine the affected versions."]);
  });

  it("reads a numbered handling list under a 'Process' heading, starting at 0", () => {
    const md = `## Process

When receiving such an e-mail, the team will:

0. Reply to the e-mail acknowledging its receipt.
1. Create a new security advisory.
2. Add the reporter to the advisory.
`;
    expect(readPolicy(md).disclosureSteps).toEqual([
      "Reply to the e-mail acknowledging its receipt.",
      "Create a new security advisory.",
      "Add the reporter to the advisory.",
    ]);
  });

  it("does not take a report form for process steps", () => {
    const md = `# Vulnerability Disclosure and Response Process

Please provide as much information as possible in the following format:

- Issue title*:
- Overview*:
`;
    const policy = readPolicy(md);
    expect(policy.disclosureSteps).toEqual([]);
    expect(policy.reportChecklist).toEqual(["Issue title", "Overview"]);
  });

  it("is empty without such a heading", () => {
    expect(readPolicy("## Reporting\n\n1. Email us\n2. Wait\n").disclosureSteps).toEqual([]);
  });
});

describe("reportChecklist", () => {
  it.each([
    ["In your report, please include:"],
    ["Include the following:"],
    ["Your report should contain:"],
    ["Helpful information to provide:"],
    ["Please provide as much of the following as you can:"],
    ["Include:"],
  ])("reads the list after %s", (lead) => {
    const md = `${lead}\n\n- A description of the issue.\n- 🧪 Steps to reproduce;\n* Affected versions*:\n`;
    expect(readPolicy(md).reportChecklist).toEqual(["A description of the issue", "Steps to reproduce", "Affected versions"]);
  });

  it("reads the list after a 'What to include' heading and its lead-in sentence", () => {
    const md = "### What to include\n\nTo help us triage quickly, include:\n\n- A clear description\n- Steps to reproduce\n";
    expect(readPolicy(md).reportChecklist).toEqual(["A clear description", "Steps to reproduce"]);
  });

  it("ignores lists that are not asked for", () => {
    const md = `Common examples include XSS and CSRF.

We are not interested in the following problems:

- Clickjacking
- Missing headers

Do not include secrets or tokens:

- API keys
`;
    expect(readPolicy(md).reportChecklist).toEqual([]);
  });

  it("is empty when the policy asks in prose only", () => {
    expect(readPolicy("Please include a description and steps to reproduce.").reportChecklist).toEqual([]);
  });
});

describe("patchReleases", () => {
  it.each([
    "Security updates will be released as patch versions (e.g., 2.3.1).",
    "Fixes are shipped in patch releases of every supported line.",
    "Release: we will publish a patch release and/or mitigation guidance.",
  ])("is true for: %s", (text) => {
    expect(readPolicy(text).patchReleases).toBe(true);
  });

  it.each([
    "The fix and advisory ship as soon as a patch is validated.",
    "We release security updates after the patch is developed and tested.",
    "Security fixes are not released as patch versions; upgrade to the next minor.",
  ])("is false for: %s", (text) => {
    expect(readPolicy(text).patchReleases).toBe(false);
  });
});

describe("supportNote", () => {
  it("is the prose of the supported-versions section without the table", () => {
    const md = `# Security

## Supported Versions

Only the latest release receives security fixes.

| Version | Supported |
|---|---|
| 2.x | yes |

Older lines get no updates.

## Reporting

Email us.
`;
    expect(readPolicy(md).supportNote).toBe("Only the latest release receives security fixes. Older lines get no updates.");
  });

  it("drops GitHub's template placeholder", () => {
    const md = `## Supported Versions

Use this section to tell people about which versions of your project are
currently being supported with security updates.

| Version | Supported          |
| ------- | ------------------ |
| 5.1.x   | :white_check_mark: |
`;
    expect(readPolicy(md).supportNote).toBeNull();
  });

  it("reads a prose-only support section", () => {
    const md = "## Supported Versions\n\nThe latest version of this project receives security updates.\n\n## Reporting\n\nEmail.";
    const policy = readPolicy(md);
    expect(policy.rows).toEqual([]);
    expect(policy.supportNote).toBe("The latest version of this project receives security updates.");
  });

  it("uses the enclosing section when the table sits under a sub-heading", () => {
    const md = `## Supported Versions

We support the versions below.

#### Package
| Version | Supported |
|---|---|
| 1.x | yes |

## Reporting
`;
    expect(readPolicy(md).supportNote).toBe("We support the versions below.");
  });

  it("is null when there is no such section", () => {
    expect(readPolicy("# Security\n\nEmail us.").supportNote).toBeNull();
  });
});

describe("problems", () => {
  it("says when no table is found and no acknowledgement is promised", () => {
    expect(readPolicy("# Security\n\nEmail us.").problems).toEqual([
      "No supported-versions table was found; every version is treated as supported.",
      "No acknowledgement time is promised.",
    ]);
  });

  it("names rows that are not version ranges, but not moving targets", () => {
    const md = "| Tag | Supported |\n|---|---|\n| 1-debian | yes |\n| latest | yes |\n\nWe acknowledge within 1 day.";
    expect(readPolicy(md).problems).toEqual(["Row '1-debian' is not a version range; it is ignored for matching."]);
  });

  it("says when no version is supported", () => {
    const md = "| Version | Supported |\n|---|---|\n| 1.x | no |\n| 0.x | no |\n\nWe acknowledge within 1 day.";
    expect(readPolicy(md).problems).toEqual(["No supported version is listed."]);
  });

  it("names rows that overlap and disagree", () => {
    const md = "| Version | Supported |\n|---|---|\n| 1.x | no |\n| 1.2.x | yes |\n| 2.x | yes |\n\nWe acknowledge within 1 day.";
    expect(readPolicy(md).problems).toEqual(["Rows '1.x' and '1.2.x' overlap and disagree (not supported vs supported)."]);
  });

  it("caps long lists of problems", () => {
    const rows = Array.from({ length: 20 }, (_, i) => `| build-${i} | yes |`).join("\n");
    const problems = readPolicy(`| Version | Supported |\n|---|---|\n| 1.x | yes |\n${rows}\n`).problems;
    expect(problems.filter((p) => p.startsWith("Row 'build-")).length).toBe(5);
    expect(problems).toContain("15 more rows are not version ranges.");
  });
});

describe("round thirty-nine", () => {
  it("reads a listed line whose bracketed aside says where it is published as a line, not as history", () => {
    const md = "## Supported Versions\n\nWe support the following versions with security updates:\n\n- the latest commit on the `main` branch (published as \"nightly\" on the website);\n- the 2.x release tagged as latest on npm;\n- any fork of it, if maintained.\n";
    expect(readPolicy(md).rows.map((r) => [r.label, r.supported])).toEqual([["latest", true], ["2.x", true]]);
    // History outside brackets still says nothing of support.
    expect(readPolicy("## Supported Versions\n\n- 0.23.0 was released in 2024\n- 0.22.0 was released in 2023\n").rows).toEqual([]);
  });
});
