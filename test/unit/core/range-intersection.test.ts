import { describe, expect, it } from "@jest/globals";
import semver from "semver";
import { intersectRanges } from "../../../src/core/range-intersection.js";

describe("intersectRanges", () => {
  it("keeps the tightest bounds of both", () => {
    expect(intersectRanges(">=1.0.0 <1.1.0-0", ">=1.0.0 <1.0.3")).toBe(">=1.0.0 <1.0.3");
    expect(intersectRanges("<1.0.0", "<=1.0.1")).toBe("<1.0.0");
    expect(intersectRanges(">=2.0.0", "*")).toBe(">=2.0.0");
    expect(intersectRanges("1.0.2", ">=1.0.0 <1.1.0")).toBe(">=1.0.2 <=1.0.2");
  });

  it("pairs each alternative, and drops pairs that share nothing", () => {
    expect(intersectRanges("<1.0.0 || >=2.0.0 <2.1.0", ">=0.9.0 <2.0.5")).toBe(">=0.9.0 <1.0.0 || >=2.0.0 <2.0.5");
    expect(intersectRanges(">=1.1.0", "<1.0.3")).toBeNull();
    expect(intersectRanges(">1.0.0", "<=1.0.0")).toBeNull();
  });

  it("agrees with semver on the versions it keeps", () => {
    const pairs: [string, string][] = [[">=1.0.0 <1.1.0", ">=1.0.1"], ["<2.0.0", ">1.5.0 || <0.5.0"], ["^1.2.0", "~1.3.0"]];
    const versions = ["0.4.0", "0.9.9", "1.0.0", "1.0.1", "1.2.9", "1.3.0", "1.3.5", "1.4.0", "1.6.0", "2.0.0"];
    for (const [a, b] of pairs) {
      const both = intersectRanges(a, b);
      for (const v of versions) expect([a, b, v, both !== null && semver.satisfies(v, both)]).toEqual([a, b, v, semver.satisfies(v, a) && semver.satisfies(v, b)]);
    }
  });
});
