import { describe, expect, it } from "@jest/globals";
import { policyHealth } from "../../../src/core/policy-health.js";
import { readPolicy } from "../../../src/core/policy/read-policy.js";
import { EXAMPLE_POLICY } from "../../helpers/repo-mocks.js";

const health = (text: string | null, o: Partial<Parameters<typeof policyHealth>[0]> = {}) =>
  policyHealth({ policy: text === null ? null : readPolicy(text), source: "SECURITY.md", configProblems: [], reporting: true, respondConfigured: false, ...o });

describe("policy health", () => {
  it("passes the example policy", () => {
    expect(health(EXAMPLE_POLICY)).toEqual({ conclusion: "success", title: "Readable: 2 rows, promises kept from SECURITY.md", failures: [], warnings: [] });
  });

  it("fails without a policy, without a table, with overlapping rows or no supported line", () => {
    expect(health(null).failures[0]).toMatch(/^No SECURITY.md was found/);
    expect(health("# Security\n\nMail us.\n").failures).toEqual(["The policy has no Supported Versions table (or list) the bot can read, so reports cannot be labelled with the lines they affect."]);
    const overlap = health("| Version | Supported |\n|---|---|\n| 1.x | ✅ |\n| 1.2.x | ❌ |\n");
    expect(overlap.conclusion).toBe("failure");
    expect(overlap.failures).toContain('Rows "1.x" and "1.2.x" overlap and disagree (supported vs not supported).');
    expect(health("| Version | Supported |\n|---|---|\n| 1.x | ❌ |\n").failures[0]).toMatch(/^No version is listed as supported/);
    expect(health(EXAMPLE_POLICY, { configProblems: ['sla.respond_dayz: unknown key "respond_dayz"; …'] }).failures).toEqual(['Config: sla.respond_dayz: unknown key "respond_dayz"; …']);
  });

  it("warns of what weakens the policy", () => {
    const h = health("| Version | Supported |\n|---|---|\n| 1.x | ✅ |\n", { reporting: false });
    expect(h.conclusion).toBe("success");
    expect(h.warnings).toEqual([
      expect.stringMatching(/^The policy promises no time for a detailed response/),
      "The policy promises no acknowledgement time; the bot uses 3 business days.",
      expect.stringMatching(/^Private vulnerability reporting is disabled/),
    ]);
  });
});
