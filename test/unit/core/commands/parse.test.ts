import { describe, expect, it } from "@jest/globals";
import { closestCommand } from "../../../../src/core/commands/catalog.js";
import { extractCommands } from "../../../../src/core/commands/extract.js";
import { parseCommands } from "../../../../src/core/commands/parse.js";

const ok = (body: string) => parseCommands(body).map((p) => (p.ok ? p.command : { error: `${p.name}: ${p.error}` }));

describe("extractCommands", () => {
  it("reads commands at the start of paragraph lines, several per comment", () => {
    expect(extractCommands("/assign @alice\n/severity high\n\nThanks all.\n   /eta 2026-12-20").map((c) => [c.name, c.args, c.line])).toEqual([
      ["assign", "@alice", 1],
      ["severity", "high", 2],
      ["eta", "2026-12-20", 5],
    ]);
  });

  it("ignores quotes, fenced and indented code, HTML comments, lists, headings and mid-line slashes", () => {
    const body = [
      "> /reject not a bug",
      "",
      "```",
      "/publish",
      "```",
      "",
      "~~~sh",
      "/accept",
      "~~~",
      "",
      "    /fork",
      "",
      "<!--",
      "/cve",
      "-->",
      "",
      "text <!-- /draft",
      "/publish --> more",
      "",
      "- /status",
      "# /help",
      "please /assign @bob",
      "/usr/bin/env is where it breaks",
      "/etc/passwd",
    ].join("\n");
    expect(extractCommands(body)).toEqual([]);
  });

  it("lowercases names and keeps the arguments' text", () => {
    expect(extractCommands("/Reject  Works as intended: see docs.  ")).toEqual([{ name: "reject", args: "Works as intended: see docs.", line: 1 }]);
  });
});

describe("parseCommands", () => {
  it("types valid arguments", () => {
    expect(
      ok(
        [
          "/help",
          "/assign @alice",
          "/severity HIGH",
          "/cvss CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
          "/affects >= 1.0.0, < 1.0.2",
          "/reject duplicate GHSA-8c3x-hq82-gjcm We fixed it last week.",
          "/reject Not-Reproducible",
          "/needs-info Which version did you test?",
          "/eta 2026-12-20",
          "/fixed-in 1.0.2 v2.0.1",
          "/cwe CWE-22 cwe-79",
          "/credit",
          "/credit @bob remediation_developer",
          "/no-credit",
          "/publish --force",
          "/received 2026-11-20",
          "/received 2026-11-20T14:30Z",
        ].join("\n"),
      ),
    ).toEqual([
      { name: "help" },
      { name: "assign", login: "alice" },
      { name: "severity", severity: "high" },
      { name: "cvss", vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" },
      { name: "affects", range: ">=1.0.0 <1.0.2", stated: ">= 1.0.0, < 1.0.2" },
      { name: "reject", reason: "duplicate", duplicateOf: "GHSA-8c3x-hq82-gjcm", note: "We fixed it last week." },
      { name: "reject", reason: "not-reproducible", duplicateOf: null, note: null },
      { name: "needs-info", question: "Which version did you test?" },
      { name: "eta", date: "2026-12-20" },
      { name: "fixed-in", versions: ["1.0.2", "2.0.1"] },
      { name: "cwe", ids: ["CWE-22", "CWE-79"] },
      { name: "credit", login: null, type: "reporter" },
      { name: "credit", login: "bob", type: "remediation_developer" },
      { name: "no-credit" },
      { name: "publish", force: true },
      { name: "received", date: "2026-11-20", time: null },
      { name: "received", date: "2026-11-20", time: "14:30" },
    ]);
  });

  it("refuses bad arguments with what would be right", () => {
    expect(
      ok(
        [
          "/assign",
          "/assign alice bob",
          "/severity urgent",
          "/cvss 9.8",
          "/affects soon",
          "/reject",
          "/reject not a bug",
          "/reject duplicate of GHSA-xxxx",
          "/eta 2026-02-30",
          "/eta next week",
          "/fixed-in 1.0 banana",
          "/cwe 22",
          "/credit @bob wizard",
          "/publish now",
          "/accept please",
          "/received yesterday",
        ].join("\n"),
      ),
    ).toEqual([
      { error: "assign: needs one GitHub login (usage: `/assign @login`)" },
      { error: "assign: needs one GitHub login (usage: `/assign @login`)" },
      { error: "severity: needs one of critical, high, medium, low (usage: `/severity critical|high|medium|low`)" },
      { error: expect.stringMatching(/^cvss: needs a CVSS base vector such as `CVSS:3.1/) },
      { error: "affects: needs a version range such as `<= 1.0.1` or `>= 1.0.0, < 1.0.2` (usage: `/affects <range>`)" },
      { error: expect.stringMatching(/^reject: needs a reason: one of `duplicate GHSA-…`, `not-a-vulnerability`, `not-reproducible`, `working-as-intended`, `out-of-scope`, `no-response`, `withdrawn`, optionally followed by a note/) },
      { error: expect.stringMatching(/^reject: needs a reason: one of/) },
      { error: "reject: `duplicate` needs the id of the report it duplicates, e.g. `/reject duplicate GHSA-xxxx-xxxx-xxxx`" },
      { error: "eta: needs a date written YYYY-MM-DD (usage: `/eta YYYY-MM-DD`)" },
      { error: "eta: needs a date written YYYY-MM-DD (usage: `/eta YYYY-MM-DD`)" },
      { error: "fixed-in: `1.0`, `banana` are not versions (write them like 1.0.2)" },
      { error: "cwe: `22` is not a CWE id (write them like CWE-22)" },
      { error: expect.stringMatching(/^credit: does not understand `wizard`/) },
      { error: "publish: takes only `--force` (usage: `/publish [--force]`)" },
      { error: "accept: takes no arguments (usage: `/accept`)" },
      { error: expect.stringMatching(/^received: needs a date written YYYY-MM-DD/) },
    ]);
  });

  it("answers an unknown command with a hint", () => {
    expect(ok("/asign @alice\n/frobnicate")).toEqual([
      { error: "asign: is not a command — did you mean `/assign`? (`/help` lists them)" },
      { error: "frobnicate: is not a command (`/help` lists them)" },
    ]);
    expect(closestCommand("fixedin")).toBe("fixed-in");
  });
});
