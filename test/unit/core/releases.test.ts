import { describe, expect, it } from "@jest/globals";
import { readPolicy } from "../../../src/core/policy/read-policy.js";
import { allFixed, linesFixedBy, nonPatchFix, versionFromTag, withFixes } from "../../../src/core/releases.js";
import { aReport } from "../../helpers/report.js";

const rows = readPolicy("| Version | Supported |\n| --- | --- |\n| 2.0.x | ✅ |\n| 1.9.x | ✅ |\n| < 1.9 | ❌ |\n").rows;
const report = aReport({ affected: ["2.0.x", "1.9.x"], unsupported: ["< 1.9"], fixedIn: { "2.0.x": "2.0.3", "1.9.x": "1.9.8" } });
const rel = (version: string, prerelease = false) => ({ version, at: 1000, releaseId: 9, prerelease });

describe("tags", () => {
  it.each([
    ["v1.0.2", "v{version}", "1.0.2"],
    ["1.0.2", "{version}", "1.0.2"],
    ["mcp-server@1.0.2", "mcp-server@{version}", "1.0.2"],
    ["v1.0.2-rc.1", "v{version}", "1.0.2-rc.1"],
    ["1.0.2", "v{version}", null],
    ["v1.0", "v{version}", null],
    ["vnext", "v{version}", null],
    ["other@1.0.2", "mcp-server@{version}", null],
    ["v", "v{version}", null],
  ])("%s with %s → %s", (tag, pattern, version) => {
    expect(versionFromTag(tag, pattern)).toBe(version);
  });
});

describe("fixes", () => {
  it("records a release on the line it fixes, at or above the fixed version", () => {
    expect(linesFixedBy(report, rows, rel("2.0.3"))).toEqual(["2.0.x"]);
    expect(linesFixedBy(report, rows, rel("2.0.4"))).toEqual(["2.0.x"]);
    expect(linesFixedBy(report, rows, rel("2.0.2"))).toEqual([]);
    expect(linesFixedBy(report, rows, rel("1.9.8"))).toEqual(["1.9.x"]);
    expect(linesFixedBy(report, rows, rel("2.0.3-rc.1", true))).toEqual([]);
  });

  it("counts the report fixed once every affected supported line has its release", () => {
    const one = withFixes(report, ["2.0.x"], rel("2.0.3"));
    expect(one.fixes).toEqual({ "2.0.x": { version: "2.0.3", at: 1000, releaseId: 9 } });
    expect([allFixed(one), one.fixedAt]).toEqual([false, null]);
    const both = withFixes(one, ["1.9.x"], { ...rel("1.9.8"), at: 2000 });
    expect([allFixed(both), both.fixedAt]).toEqual([true, 2000]);
    expect(linesFixedBy(both, rows, rel("2.0.5"))).toEqual([]);
  });

  it("warns of a fix shipped as a non-patch bump", () => {
    const waiting = aReport({ affected: ["1.0.x"], fixedIn: {} });
    const exampleRows = readPolicy("| Version | Supported |\n|---|---|\n| 1.0.x | ✅ |\n| < 1.0 | ❌ |\n").rows;
    expect(nonPatchFix(waiting, exampleRows, rel("1.1.0"), [])).toBe("1.0.x");
    expect(nonPatchFix(waiting, exampleRows, rel("1.0.2"), [])).toBeNull();
    const xRows = readPolicy("| Version | Supported |\n|---|---|\n| 1.x | ✅ |\n").rows;
    expect(nonPatchFix(aReport({ affected: ["1.x"], fixedIn: { "1.x": "1.1.0" } }), xRows, rel("1.1.0"), ["1.x"])).toBe("1.x");
  });
});
