import { describe, expect, it } from "@jest/globals";
import { composeDescription, composeDraft, GENERATED, githubRanges, publishProblems, splitSections, vulnerabilities } from "../../../src/core/advisory-draft.js";
import { readPolicy } from "../../../src/core/policy/read-policy.js";
import { aReport } from "../../helpers/report.js";

const rows = readPolicy("| Version | Supported |\n|---|---|\n| 2.0.x | ✅ |\n| 1.9.x | ✅ |\n| < 1.9 | ❌ |\n").rows;
const pkg = { ecosystem: "npm", name: "mcp-server" };
const report = aReport({
  affected: ["2.0.x", "1.9.x"],
  unsupported: ["< 1.9"],
  fixedIn: { "2.0.x": "2.0.3", "1.9.x": "1.9.8" },
  fixes: { "2.0.x": { version: "2.0.3", at: 1, releaseId: 1 }, "1.9.x": { version: "1.9.8", at: 2, releaseId: 2 } },
  reporter: "finder-jane",
});
const current = { summary: "Path traversal", description: null, severity: "high", cvss: null, cweIds: [], credits: [], state: "triage" };

describe("advisory draft", () => {
  it("writes ranges in GitHub's syntax", () => {
    expect(githubRanges("1.0.x")).toEqual([">= 1.0.0, < 1.1.0"]);
    expect(githubRanges("<1.0.0")).toEqual(["< 1.0.0"]);
    expect(githubRanges("<=1.0.1 || >=2.0.0 <2.0.3")).toEqual(["<= 1.0.1", ">= 2.0.0, < 2.0.3"]);
    expect(githubRanges("*")).toEqual([">= 0"]);
  });

  it("lists each supported line with its patched version, and unsupported lines without one", () => {
    expect(vulnerabilities(report, rows, pkg).map((v) => [v.vulnerable_version_range, v.patched_versions])).toEqual([
      [">= 2.0.0, < 2.0.3", "2.0.3"],
      [">= 1.9.0, < 1.9.8", "1.9.8"],
      ["< 1.9.0", null],
    ]);
  });

  it("keeps what maintainers wrote, regenerates its own sections, adds missing ones", () => {
    const mine = `### Impact\n\nAny user can read files.\n\n### Patches\n\nOld text\n${GENERATED}\n\n### Notes\n\nSee the blog post.`;
    const d = composeDescription({ report, rows, pkg, current: { ...current, description: mine }, releaseUrls: { "2.0.x": "https://github.com/acme/mcp-server/releases/tag/v2.0.3" } });
    const s = splitSections(d);
    expect(s.get("Impact")).toBe("Any user can read files.");
    expect(s.get("Patches")).toContain("- 2.0.x: fixed in **2.0.3**");
    expect(s.get("Patches")).toContain("Versions < 1.9 are affected and no longer supported");
    expect(s.get("Workarounds")).toContain("_None known.");
    expect(s.get("References")).toContain("- https://github.com/acme/mcp-server/releases/tag/v2.0.3");
    expect(s.get("Credits")).toContain("@finder-jane");
    expect(s.get("Notes")).toBe("See the blog post.");
    expect([...s.keys()]).toEqual(["Impact", "Patches", "Workarounds", "References", "Credits", "Notes"]);
  });

  it("treats a reporter's plain description as the impact", () => {
    expect(splitSections("Uploading ../../etc/passwd reads it.").get("Impact")).toBe("Uploading ../../etc/passwd reads it.");
  });

  it("credits the reporter unless they declined, and sends the whole list", () => {
    const withHelper = { ...current, credits: [{ login: "helper", type: "analyst" }] };
    expect(composeDraft({ report, rows, pkg, current: withHelper, releaseUrls: {} }).fields.credits).toEqual([{ login: "helper", type: "analyst" }, { login: "finder-jane", type: "reporter" }]);
    expect(composeDraft({ report: { ...report, credit: false }, rows, pkg, current: { ...withHelper, credits: [...withHelper.credits, { login: "finder-jane", type: "reporter" }] }, releaseUrls: {} }).fields.credits).toEqual([{ login: "helper", type: "analyst" }]);
  });

  it("moves triage to draft, uses the CVSS vector over the severity, and names what is missing", () => {
    const d = composeDraft({ report: { ...report, cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" }, rows, pkg: null, current, releaseUrls: {} });
    expect(d.fields).toMatchObject({ state: "draft", cvss_vector_string: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" });
    expect(d.fields.severity).toBeUndefined();
    expect(d.problems).toEqual(["the package is unknown: set `package: { ecosystem, name }` in the config"]);
    expect(composeDraft({ report, rows, pkg, current: { ...current, state: "draft" }, releaseUrls: {} }).fields.state).toBeUndefined();
  });

  it("refuses to publish what GitHub would refuse, before asking it", () => {
    const ok = { severity: "high", cvss: null, description: "d", vulnerabilities: [{ package: pkg, vulnerable_version_range: "< 2.0.3" }], openForkPulls: 0 };
    expect(publishProblems(report, ok, false)).toEqual([]);
    expect(publishProblems(report, { ...ok, severity: null, description: " ", vulnerabilities: [{ package: { ecosystem: "npm", name: null }, vulnerable_version_range: "< 1" }], openForkPulls: 2 }, false)).toEqual([
      "the advisory has no severity or CVSS vector (`/severity`, `/cvss`)",
      "the advisory has no description (`/draft` composes one)",
      "an affected package lacks its name, ecosystem or vulnerable range",
      "the temporary private fork has 2 open pull requests; merge or close them first",
    ]);
    const half = { ...report, fixes: { "2.0.x": report.fixes["2.0.x"]! } };
    expect(publishProblems(half, ok, false)).toEqual(["no fixed release yet on 1.9.x (`/publish --force` publishes anyway)"]);
    expect(publishProblems(half, ok, true)).toEqual([]);
  });
});
