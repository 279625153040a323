import { describe, expect, it } from "@jest/globals";
import { allowedKeys, validateConfig } from "../../../src/config/validate.js";

describe("validateConfig", () => {
  it("gives PRODUCT.md's defaults for a missing file", () => {
    const { config, problems } = validateConfig(undefined);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      tracker: null,
      handlers: [],
      maintainers: { users: [], teams: [] },
      collaborators: { teams: [], users: [] },
      handler_credit: null,
      policy: null,
      sla: { acknowledge_days: null, respond_days: null, remind_before_days: 2, disclose_days: null, needs_info_days: 10, timezone: "UTC", holidays: [], update_days: {} },
      package: null,
      tag_pattern: "v{version}",
      public_issues: { detect: true, move: false, words: null, patterns: [] },
      support: { lines: null },
      auto_publish: false,
      messages: {},
    });
  });

  it("reads the example configuration of PRODUCT.md", () => {
    const { config, problems } = validateConfig({
      tracker: "my-org/security-tracker",
      handlers: ["alice", "@bob"],
      maintainers: { users: ["carol"], teams: ["security"] },
      policy: "SECURITY.md",
      sla: { acknowledge_days: 3, respond_days: 10, remind_before_days: 2, timezone: "Europe/Berlin", holidays: ["2026-12-25"], update_days: { critical: 2, high: 7 } },
      package: { ecosystem: "npm", name: "mcp-server" },
      tag_pattern: "v{version}",
      public_issues: { detect: true, move: false },
      auto_publish: false,
    });
    expect(problems).toEqual([]);
    expect(config.handlers).toEqual(["alice", "bob"]);
    expect(config.sla.update_days).toEqual({ critical: 2, high: 7 });
    expect(config.package).toEqual({ ecosystem: "npm", name: "mcp-server" });
  });

  it("names an unknown key and what is allowed, and keeps the rest", () => {
    const { config, problems } = validateConfig({ handlers: ["alice"], trackr: "a/b", sla: { respond_dayz: 5, respond_days: 7 } });
    expect(config.handlers).toEqual(["alice"]);
    expect(config.sla.respond_days).toBe(7);
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: "trackr", message: expect.stringMatching(/unknown key "trackr"; allowed here: tracker, handlers, maintainers, collaborators, handler_credit, policy, sla/) },
        { key: "sla.respond_dayz", message: expect.stringMatching(/unknown key "respond_dayz"; allowed here: acknowledge_days, respond_days/) },
      ]),
    );
  });

  it("falls back to the default for a wrong value only", () => {
    const { config, problems } = validateConfig({
      sla: { respond_days: "ten", timezone: "Mars/Olympus", holidays: ["2026-12-25", "Christmas"] },
      package: { ecosystem: "cpan", name: "x" },
      handlers: ["alice", "not a login!", "bob"],
      auto_publish: "yes",
    });
    expect(config.sla.respond_days).toBeNull();
    expect(config.sla.timezone).toBe("UTC");
    expect(config.sla.holidays).toEqual(["2026-12-25"]);
    expect(config.package).toBeNull();
    expect(config.handlers).toEqual(["alice", "bob"]);
    expect(config.auto_publish).toBe(false);
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p.message]));
    expect(byKey["sla.respond_days"]).toBe('expected a number, got "ten"; using the default.');
    expect(byKey["sla.timezone"]).toMatch(/an IANA time zone such as UTC or Europe\/Berlin, got "Mars\/Olympus"/);
    expect(byKey["sla.holidays[1]"]).toMatch(/an ISO date such as 2026-12-25, got "Christmas"/);
    expect(byKey["package.ecosystem"]).toMatch(/must be one of rubygems, npm, pip/);
    expect(byKey["handlers[1]"]).toMatch(/a GitHub login/);
    expect(byKey["auto_publish"]).toBe('expected a boolean, got "yes"; using the default.');
  });

  it("answers a file that is not a mapping", () => {
    const { config, problems } = validateConfig(["tracker"]);
    expect(config.tag_pattern).toBe("v{version}");
    expect(problems[0]?.message).toMatch(/must be a mapping of keys/);
  });

  it("lists allowed keys for nested objects and records", () => {
    expect(allowedKeys(["public_issues"])).toEqual(["detect", "move", "words", "patterns"]);
    expect(allowedKeys(["sla", "update_days"])).toEqual(["critical", "high", "medium", "low"]);
  });
});
