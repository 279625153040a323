import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { ADVISORY_ECOSYSTEMS, advisoryPackage, composeDescription, composeDraft, GENERATED, githubRanges, MAX_DESCRIPTION, publishProblems, splitSections, vulnerabilities } from "../../../src/core/advisory-draft.js";
import { readPolicy } from "../../../src/core/policy/read-policy.js";
import { validateRestRequest } from "../../double/rest-validation.js";
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
    expect(s.get("Patches")).toContain("| `>= 2.0.0, < 2.0.3` | `2.0.3` |");
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

  it("leaves a description GitHub would refuse as too long as it is, and says so", () => {
    const long = `### Impact\n\n${"x".repeat(MAX_DESCRIPTION - 20)}`;
    const d = composeDraft({ report, rows, pkg, current: { ...current, description: long }, releaseUrls: {} });
    expect(d.fields.description).toBeUndefined();
    expect(d.problems.join(" ")).toContain("longer than GitHub's 65,535 characters, so it was left as it is");
    const body = { ...d.fields };
    expect(validateRestRequest({ method: "PATCH", path: "/repos/acme/mcp-server/security-advisories/GHSA-wq4h-7r42-5hrr", body })).toEqual([]);
    // Just under the limit it is sent.
    expect(composeDraft({ report, rows, pkg, current, releaseUrls: {} }).fields.description!.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
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

  describe("names the package and every affected range, before any release", () => {
    const patches = (i: Parameters<typeof composeDescription>[0]) => splitSections(composeDescription(i)).get("Patches")!.replace(`\n${GENERATED}`, "");
    const unreleased = aReport({ affected: ["2.0.x", "1.9.x"], unsupported: ["< 1.9"], fixedIn: { "2.0.x": "2.0.3" }, fixes: {} });

    it("a fixed version from /fixed-in is the patched version; a line without one says so", () => {
      expect(patches({ report: unreleased, rows, pkg, current, releaseUrls: {} })).toBe(
        [
          "**Package:** `mcp-server` (`npm`)",
          "",
          "| Affected versions | Patched versions |",
          "| --- | --- |",
          "| `>= 2.0.0, < 2.0.3` | `2.0.3` |",
          "| `>= 1.9.0, < 1.10.0` | no fixed version yet |",
          "| `< 1.9.0` | none: < 1.9 is no longer supported |",
          "",
          "Users should upgrade to the latest patch release of their line.",
          "",
          "No fixed version is known yet for 1.9.x.",
          "",
          "Versions < 1.9 are affected and no longer supported; they will not be fixed. Please upgrade to a supported version.",
        ].join("\n"),
      );
      expect(vulnerabilities(unreleased, rows, pkg).map((v) => [v.vulnerable_version_range, v.patched_versions])).toEqual([
        [">= 2.0.0, < 2.0.3", "2.0.3"],
        [">= 1.9.0, < 1.10.0", null],
        ["< 1.9.0", null],
      ]);
    });

    it("with no table (no lines), the report's own range, and no fixed version known yet", () => {
      const bare = aReport({ affected: [], unsupported: [], vulnerableRange: "<=1.0.1", fixedIn: {}, fixes: {} });
      expect(patches({ report: bare, rows: [], pkg, current, releaseUrls: {} })).toBe(
        ["**Package:** `mcp-server` (`npm`)", "", "| Affected versions | Patched versions |", "| --- | --- |", "| `<= 1.0.1` | no fixed version yet |", "", "No fixed version is known yet."].join("\n"),
      );
      const unknown = aReport({ affected: [], unsupported: [], vulnerableRange: null, fixedIn: {}, fixes: {} });
      expect(patches({ report: unknown, rows: [], pkg: null, current, releaseUrls: {} })).toBe(
        ["**Package:** _name the affected package (ecosystem and name)._", "", "**Affected versions:** _not known yet; set them with `/affects <range>`._", "", "No fixed version is known yet."].join("\n"),
      );
    });

    it("takes the package the advisory names when the config and manifests name none; only ecosystems GitHub knows", () => {
      expect(advisoryPackage([{ package: { ecosystem: "other", name: "x" } }, { package: { ecosystem: "pip", name: "mcp-server" } }])).toEqual({ ecosystem: "pip", name: "mcp-server" });
      expect(advisoryPackage([{ package: { ecosystem: "npm", name: null } }])).toBeNull();
      expect(advisoryPackage(null)).toBeNull();
      const odd = vulnerabilities(unreleased, rows, { ecosystem: "crates.io", name: "mcp" });
      expect(odd.every((v) => v.package.ecosystem === "other" && v.package.name === "mcp")).toBe(true);
    });

    it("knows exactly the ecosystems of GitHub's API", () => {
      type Node = { $ref?: string; [k: string]: unknown };
      const spec = JSON.parse(readFileSync(new URL("../../../node_modules/@octokit/openapi/generated/api.github.com.json", import.meta.url), "utf8")) as Node;
      const at = (node: Node, ...keys: string[]): Node => {
        let n = node;
        for (const k of keys) {
          while (n.$ref) n = n.$ref.slice(2).split("/").reduce<Node>((o, part) => o[part] as Node, spec);
          n = n[k] as Node;
        }
        while (n.$ref) n = n.$ref.slice(2).split("/").reduce<Node>((o, part) => o[part] as Node, spec);
        return n;
      };
      const body = at(spec, "paths", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}", "patch", "requestBody", "content", "application/json", "schema");
      const ecosystem = at(body, "properties", "vulnerabilities", "items", "properties", "package", "properties", "ecosystem");
      expect([...ADVISORY_ECOSYSTEMS].sort()).toEqual([...(ecosystem.enum as string[])].sort());
    });

    it("every draft is a body GitHub's PATCH accepts", () => {
      const path = "/repos/acme/mcp-server/security-advisories/GHSA-abcd-efgh-ijkl";
      const drafts = [
        composeDraft({ report: unreleased, rows, pkg, current, releaseUrls: {} }),
        composeDraft({ report: { ...report, cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" }, rows, pkg: null, current, releaseUrls: {} }),
        composeDraft({ report: aReport({ affected: [], unsupported: [], vulnerableRange: null }), rows: [], pkg: { ecosystem: "unknown-eco", name: "m" }, current: { ...current, severity: null }, releaseUrls: {} }),
      ];
      for (const d of drafts) expect(validateRestRequest({ method: "PATCH", path, body: d.fields })).toEqual([]);
      // The check can fail: an ecosystem GitHub does not know is refused.
      const bad = { vulnerabilities: [{ package: { ecosystem: "crates.io", name: "m" }, vulnerable_version_range: "< 1", patched_versions: null, vulnerable_functions: null }] };
      expect(validateRestRequest({ method: "PATCH", path, body: bad })).not.toEqual([]);
    });
  });
});
