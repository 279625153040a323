/** The `check` command, run as users run it: arguments in, text out, an exit code. */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli.js";
import { EXAMPLE_POLICY } from "../../helpers/repo-mocks.js";

const NOW = Date.parse("2026-11-27T18:30:00Z"); // a Friday evening

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, (s) => (out += s), (s) => (err += s), NOW);
  return { code, out, err };
}

describe("security-policy-bot check", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spb-cli-"));
    writeFileSync(join(dir, "SECURITY.md"), EXAMPLE_POLICY);
    mkdirSync(join(dir, "repo", ".github"), { recursive: true });
    writeFileSync(join(dir, "repo", ".github", "SECURITY.md"), EXAMPLE_POLICY);
    writeFileSync(join(dir, "repo", ".github", "security-policy-bot.yml"), "sla:\n  respond_days: 5\n  timezone: Europe/Berlin\n  holidays: [2026-12-01]\n  bogus: 1\n");
    writeFileSync(join(dir, "binary.md"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    mkdirSync(join(dir, "empty"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the documented JSON for the example policy", () => {
    const r = run("check", join(dir, "SECURITY.md"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      rows: [
        { label: "1.0.x", supported: true, range: "1.0.x" },
        { label: "< 1.0", supported: false, range: "<1.0.0" },
      ],
      acknowledge: { amount: 3, unit: "business_days" },
      respond: { amount: 10, unit: "business_days" },
      problems: [],
      report_checklist: [
        "A description of the vulnerability",
        "Steps to reproduce the issue",
        "Any proof-of-concept code or exploit scripts",
        "Impact of the vulnerability",
        "Any mitigation or workarounds if known",
      ],
    });
  });

  it("explains the reading to a person, with due dates for a report received now", () => {
    const r = run("check", join(dir, "SECURITY.md"));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Policy: ${join(dir, "SECURITY.md")}`);
    expect(r.out).toMatch(/1\.0\.x\s+supported\s+versions 1\.0\.x/);
    expect(r.out).toMatch(/< 1\.0\s+not supported\s+versions <1\.0\.0/);
    expect(r.out).toContain("Lines that get security fixes: 1.0.x");
    expect(r.out).toMatch(/acknowledge\s+3 business days\s+\(read from the policy\)/);
    expect(r.out).toMatch(/respond\s+10 business days\s+\(read from the policy\)/);
    // Friday evening: 3 business days → Wednesday; 10 → the Friday after next.
    expect(r.out).toContain("A report received now (2026-11-27 18:30 UTC) would be:");
    expect(r.out).toContain("at the latest by 2026-12-02");
    expect(r.out).toContain("detailed response by 2026-12-11");
    expect(r.out).toContain("Problems: none");
  });

  it("reads a checkout's policy and config, and reports config problems", () => {
    const r = run("check", join(dir, "repo"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/respond\s+5 business days\s+\(from the config\)/);
    // Friday 19:30 in Berlin; 5 business days skipping the 1st: Mon 30, Wed 2, Thu 3, Fri 4, Mon 7.
    expect(r.out).toContain("detailed response by 2026-12-07");
    expect(r.out).toContain('.github/security-policy-bot.yml: sla.bogus: unknown key "bogus"');
  });

  it("answers bad input with one line and a non-zero exit, never a stack trace", () => {
    const cases: [string[], number, RegExp][] = [
      [["check", join(dir, "missing.md")], 1, /no such file or directory/],
      [["check", join(dir, "empty")], 1, /no security policy in .*looked for SECURITY.md, .github\/SECURITY.md, docs\/SECURITY.md/],
      [["check", join(dir, "binary.md")], 1, /is not a text file/],
      [["check", "--frobnicate"], 2, /unknown option "--frobnicate"/],
      [["check", "a", "b"], 2, /one FILE or DIR only/],
      [["lint"], 2, /unknown command "lint"/],
      [["check", "--now", "yesterday"], 2, /--now needs an ISO 8601 time/],
    ];
    for (const [argv, code, message] of cases) {
      const r = run(...argv);
      expect([argv.join(" "), r.code]).toEqual([argv.join(" "), code]);
      expect(r.err).toMatch(message);
      expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it("prints usage for --help", () => {
    expect(run("--help").out).toContain("Usage: security-policy-bot check [FILE|DIR] [--json]");
  });
});
