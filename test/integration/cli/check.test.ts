/** The `check` command, run as users run it: arguments in, text out, an exit code. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli.js";
import { EXAMPLE_POLICY } from "../../helpers/repo-mocks.js";
import { blockNetwork, expectAllUsed } from "../../helpers/github.js";

const NOW = Date.parse("2026-11-27T18:30:00Z"); // a Friday evening

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, (s) => (out += s), (s) => (err += s), NOW);
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

  it("prints the documented JSON for the example policy", async () => {
    const r = await run("check", join(dir, "SECURITY.md"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      rows: [
        { label: "1.0.x", supported: true, range: "1.0.x" },
        { label: "< 1.0", supported: false, range: "<1.0.0" },
      ],
      acknowledge: { amount: 3, unit: "business_days" },
      respond: { amount: 10, unit: "business_days" },
      disclosure: null,
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

  it("prints the disclosure deadline the policy states, and the day a report received now would be disclosed by", async () => {
    const file = join(dir, "DISCLOSING.md");
    writeFileSync(file, `${EXAMPLE_POLICY}\n\n## Disclosure\n\nWe publicly disclose every vulnerability within 90 days of the report.\n`);
    const r = await run("check", file, "--now", "2026-11-25T10:00:00Z");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/disclosure\s+90 days\s+\(read from the policy; reminders 14 and 7 days before\)/);
    expect(r.out).toContain("disclosed by 2027-02-23 at the latest");
    const json = await run("check", file, "--json");
    expect(JSON.parse(json.out).disclosure).toEqual({ days: 90, source: "policy" });
    // Without a stated deadline, the summary says how to set one.
    expect((await run("check", join(dir, "SECURITY.md"))).out).toMatch(/disclosure\s+no deadline\s+\(the policy states none; set sla.disclose_days for one\)/);
  });

  it("explains the reading to a person, with due dates for a report received now", async () => {
    const r = await run("check", join(dir, "SECURITY.md"));
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

  it("reads a checkout's policy and config, and reports config problems", async () => {
    const r = await run("check", join(dir, "repo"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/respond\s+5 business days\s+\(from the config\)/);
    // Friday 19:30 in Berlin; 5 business days skipping the 1st: Mon 30, Wed 2, Thu 3, Fri 4, Mon 7.
    expect(r.out).toContain("detailed response by 2026-12-07");
    expect(r.out).toContain('.github/security-policy-bot.yml: sla.bogus: unknown key "bogus"');
  });

  it("answers bad input with one line and a non-zero exit, never a stack trace", async () => {
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
      const r = await run(...argv);
      expect([argv.join(" "), r.code]).toEqual([argv.join(" "), code]);
      expect(r.err).toMatch(message);
      expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it("prints usage for --help", async () => {
    expect((await run("--help")).out).toContain("Usage: security-policy-bot check [FILE|DIR | --repo OWNER/NAME [--writes]] [--json]");
  });
});

describe("security-policy-bot check --repo", () => {
  const api = () => nock("https://api.github.com");
  const raw = { "content-type": "application/vnd.github.raw; charset=utf-8" };
  async function remote(argv: string[], env: NodeJS.ProcessEnv = {}) {
    let out = "";
    let err = "";
    const code = await main(argv, (s) => (out += s), (s) => (err += s), NOW, env);
    return { code, out, err };
  }

  beforeEach(() => blockNetwork());
  afterEach(() => expectAllUsed());

  it("reads a public repository's policy anonymously, where the app would find it, and the org's config", async () => {
    api().get("/repos/octo-org/octo-repo").matchHeader("authorization", (v) => v === undefined).reply(200, { full_name: "octo-org/octo-repo", private: false });
    api().get("/repos/octo-org/octo-repo/contents/SECURITY.md").reply(404, { message: "Not Found" });
    api().get("/repos/octo-org/octo-repo/contents/.github%2FSECURITY.md").matchHeader("accept", "application/vnd.github.raw").reply(200, EXAMPLE_POLICY, raw);
    api().get("/repos/octo-org/octo-repo/contents/.github%2Fsecurity-policy-bot.yml").reply(404, { message: "Not Found" });
    api().get("/repos/octo-org/.github/contents/.github%2Fsecurity-policy-bot.yml").reply(200, "sla:\n  respond_days: 5\n", raw);
    const r = await remote(["check", "--repo", "octo-org/octo-repo"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Policy: octo-org/octo-repo:.github/SECURITY.md");
    expect(r.out).toContain("1.0.x");
    expect(r.out).toContain("5 business days"); // the org's config applies
    expect(r.out).toContain("Steps to reproduce the issue");
  });

  it("uses GITHUB_TOKEN when set, and prints JSON with the checklist", async () => {
    api().get("/repos/acme/app").matchHeader("authorization", "token ghp_test").reply(200, {});
    api().get("/repos/acme/app/contents/SECURITY.md").matchHeader("authorization", "token ghp_test").reply(200, EXAMPLE_POLICY, raw);
    api().get("/repos/acme/app/contents/.github%2Fsecurity-policy-bot.yml").reply(404, {});
    api().get("/repos/acme/.github/contents/.github%2Fsecurity-policy-bot.yml").reply(404, {});
    const r = await remote(["check", "--repo", "acme/app", "--json"], { GITHUB_TOKEN: "ghp_test" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).report_checklist).toHaveLength(5);
  });

  it("with --writes, shows the writer's dry run of a new report's intake, the privacy guard's verdicts included", async () => {
    const files = (tracker: string) => {
      api().get("/repos/acme/app").reply(200, { full_name: "acme/app", private: false });
      api().get("/repos/acme/app/contents/SECURITY.md").reply(200, EXAMPLE_POLICY, raw);
      api().get("/repos/acme/app/contents/.github%2Fsecurity-policy-bot.yml").reply(200, `tracker: ${tracker}\nhandlers: [alice]\n`, raw);
    };
    files("acme/security-tracker");
    api().get("/repos/acme/security-tracker").reply(200, { private: true });
    const ok = await remote(["check", "--repo", "acme/app", "--writes"], { GITHUB_TOKEN: "ghp_test" });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("On a new private vulnerability report for acme/app, the bot would write (nothing was written):");
    expect(ok.out).toContain("  ✓ POST /repos/acme/app/security-advisories/GHSA-xxxx-xxxx-xxxx/comments — the acknowledgement in the advisory's thread");
    expect(ok.out).toContain("  ✓ POST /repos/acme/security-tracker/issues — the tracking issue in acme/security-tracker, labelled security-report, assigned to alice");
    expect(ok.out).toContain("  ✓ PATCH /repos/acme/app/security-advisories/GHSA-xxxx-xxxx-xxxx — alice added to the advisory's collaborators (unless an admin)");

    // A public tracker: the guard refuses the tracking issue there as it would in the app.
    files("acme/public-board");
    api().get("/repos/acme/public-board").reply(200, { private: false });
    const refused = await remote(["check", "--repo", "acme/app", "--writes"], { GITHUB_TOKEN: "ghp_test" });
    expect(refused.out).toContain("  ✗ the tracking issue in acme/public-board, labelled security-report, assigned to alice: refused (the tracker acme/public-board is public)");
  });

  it("says clearly when the repository does not exist or cannot be seen", async () => {
    api().get("/repos/acme/nope").reply(404, { message: "Not Found" });
    const r = await remote(["check", "--repo", "acme/nope"]);
    expect(r).toEqual({ code: 1, out: "", err: "security-policy-bot: acme/nope: no such repository, or it is private (set GITHUB_TOKEN to a token that can see it).\n" });
  });

  it("says clearly when there is no policy, in the repository nor in the org's .github", async () => {
    api().get("/repos/acme/bare").reply(200, {});
    for (const path of ["SECURITY.md", ".github%2FSECURITY.md", "docs%2FSECURITY.md"]) {
      api().get(`/repos/acme/bare/contents/${path}`).reply(404, {});
      api().get(`/repos/acme/.github/contents/${path}`).reply(404, {});
    }
    const r = await remote(["check", "--repo", "acme/bare"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("security-policy-bot: acme/bare has no security policy (looked for SECURITY.md, .github/SECURITY.md, docs/SECURITY.md there and in acme/.github).\n");
  });

  it("explains a used-up rate limit, with when it resets and what to do", async () => {
    api().get("/repos/acme/app").reply(403, { message: "API rate limit exceeded for 203.0.113.7." }, { "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Date.parse("2026-11-27T19:12:00Z") / 1000) });
    const r = await remote(["check", "--repo", "acme/app"]);
    expect(r).toEqual({ code: 1, out: "", err: "security-policy-bot: GitHub's rate limit for requests without a token (60 an hour) is used up until 19:12 UTC; set GITHUB_TOKEN to a token to get 5 000 an hour.\n" });
  });

  it("explains a network failure in one line", async () => {
    api().get("/repos/acme/app").replyWithError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED 140.82.112.6:443" });
    const r = await remote(["check", "--repo", "acme/app"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^security-policy-bot: could not reach GitHub while reading acme\/app/);
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("follows GHE_HOST to an Enterprise Server, and refuses a malformed --repo or both a path and --repo", async () => {
    nock("https://ghe.example.com").get("/api/v3/repos/acme/app").reply(404, {});
    expect((await remote(["check", "--repo", "acme/app"], { GHE_HOST: "ghe.example.com" })).err).toContain("acme/app: no such repository");
    expect(await remote(["check", "--repo", "not a repo"])).toMatchObject({ code: 1, err: expect.stringContaining("--repo needs owner/name") });
    expect(await remote(["check", "x", "--repo", "a/b"])).toMatchObject({ code: 2, err: expect.stringContaining("either a FILE or DIR, or --repo") });
  });
});
