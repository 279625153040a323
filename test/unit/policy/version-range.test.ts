import { describe, expect, it } from "@jest/globals";
import semver from "semver";
import { isMovingTarget, labelToRange } from "../../../src/core/policy/version-range.js";

describe("labelToRange", () => {
  it.each([
    ["1.0.x", "1.0.x"],
    ["< 1.0", "<1.0.0"],
    [">= 2.0", ">=2.0.0"],
    ["> 2.0", ">2.0.0"],
    ["5.x", "5.x"],
    ["5.*", "5.x"],
    ["5.X", "5.x"],
    ["v5.x", "5.x"],
    ["5", "5.x"],
    ["v5", "5.x"],
    ["22.7", "22.7.x"],
    ["21.12", "21.12.x"],
    ["5.5 (LTS)", "5.5.x"],
    ["11.x LTS", "11.x"],
    ["0.x.x", "0.x"],
    ["1.x.x", "1.x"],
    ["1.7.X", "1.7.x"],
    ["20.*", "20.x"],
    ["1.2.3", "1.2.3"],
    ["`2.4.x`", "2.4.x"],
    ["<= 19.1.x", "<19.2.0"],
    ["< v1.x", "<1.0.0"],
    ["< 1.x", "<1.0.0"],
    ["<= 2.x.x", "<3.0.0"],
    ["<= 3.5", "<3.6.0"],
    ["< 3.7.0", "<3.7.0"],
    ["1.0.x - 1.2.x", ">=1.0.0 <1.3.0"],
    ["2.0+", ">=2.0.0"],
    ["3.5 and above", ">=3.5.0"],
    ["older than 1.0", "<1.0.0"],
    ["1.x, 2.x", "1.x || 2.x"],
    ["≥ 4.2", ">=4.2.0"],
  ])("%s → %s", (label, range) => {
    expect(labelToRange(label)).toBe(range);
    expect(semver.validRange(range)).not.toBeNull();
  });

  it.each(["latest", "Latest", "main", "master", "stable", "head", "dev", "nightly", "latest (recommended)"])(
    "%s is a moving target with no range (resolved later against releases)",
    (label) => {
      expect(labelToRange(label)).toBeNull();
      expect(isMovingTarget(label)).toBe(true);
    },
  );

  it.each(["1-debian", "1-alpine", "All other tags", "alpine", "debian", "n/a", "", "Version 2 and 3 of the API"])(
    "%s is not a version",
    (label) => {
      expect(labelToRange(label)).toBeNull();
    },
  );

  it("does not treat words as moving targets", () => {
    expect(isMovingTarget("All other tags")).toBe(false);
    expect(isMovingTarget("1.x")).toBe(false);
  });

  it("keeps what semver means by partial upper bounds", () => {
    const range = labelToRange("<= 19.1.x") ?? "";
    expect(semver.satisfies("19.1.9", range)).toBe(true);
    expect(semver.satisfies("19.2.0", range)).toBe(false);
  });
});
