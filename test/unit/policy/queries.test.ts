import { describe, expect, it } from "@jest/globals";
import {
  InvalidRangeError,
  normaliseRange,
  overlappingRows,
  readPolicy,
  rowsTouchedBy,
  supportOf,
  type VersionRow,
} from "../../../src/core/policy/index.js";

const EXAMPLE = `## Supported Versions

| Version | Supported          |
| ------- | ------------------ |
| 1.0.x   | :white_check_mark: |
| < 1.0   | :x:                |
`;
const rows = readPolicy(EXAMPLE).rows;
const row = (label: string, supported: VersionRow["supported"], range: string | null): VersionRow => ({ label, supported, range });

describe("normaliseRange", () => {
  it.each([
    ["<= 1.0.1", "<=1.0.1"],
    ["< 1.0.2", "<1.0.2"],
    [">= 1.0.0, < 1.0.2", ">=1.0.0 <1.0.2"],
    [">=1.0.0,<1.0.2", ">=1.0.0 <1.0.2"],
    ["1.0.1", "1.0.1"],
    ["= 1.0.1", "1.0.1"],
    ["v1.0.1", "1.0.1"],
    [">=1.0.0 <1.0.2", ">=1.0.0 <1.0.2"],
    ["< 1.0", "<1.0.0"],
    ["1.x || >= 3.0.0, < 3.2.0", "1.x || >=3.0.0 <3.2.0"],
    ["1.0.0 - 1.2.0", ">=1.0.0 <=1.2.0"],
    ["1.2.3-beta.1", "1.2.3-beta.1"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseRange(input)).toBe(expected);
  });

  it.each(["", "   ", "garbage", "latest", "1.2.3.4.5", "> =", "1.0.1 1.0.2", "<<1.0"])("%s → null", (input) => {
    expect(normaliseRange(input)).toBeNull();
  });
});

describe("supportOf", () => {
  it("answers from the example policy", () => {
    expect(supportOf(rows, "1.0.5")).toBe(true);
    expect(supportOf(rows, "0.9.0")).toBe(false);
    expect(supportOf(rows, "2.0.0")).toBeNull();
  });

  it("is tolerant of a v prefix, partial versions and prereleases", () => {
    expect(supportOf(rows, "v1.0.2")).toBe(true);
    expect(supportOf(rows, "1.0")).toBe(true);
    expect(supportOf(rows, "1.0.3-rc.1")).toBe(true);
    expect(supportOf(rows, "not a version")).toBeNull();
  });

  it("prefers the most specific row when rows overlap, whatever their order", () => {
    const overlapping = [row("1.x", false, "1.x"), row("1.2.x", true, "1.2.x"), row("1.2.7", "partial", "1.2.7")];
    expect(supportOf(overlapping, "1.2.3")).toBe(true);
    expect(supportOf(overlapping, "1.3.0")).toBe(false);
    expect(supportOf(overlapping, "1.2.7")).toBe("partial");
    expect(supportOf([...overlapping].reverse(), "1.2.3")).toBe(true);
  });

  it("ignores rows without a range", () => {
    expect(supportOf([row("latest", true, null)], "9.9.9")).toBeNull();
  });
});

describe("rowsTouchedBy", () => {
  it("returns the rows a vulnerable range intersects", () => {
    expect(rowsTouchedBy(rows, "<= 1.0.1").map((r) => r.label)).toEqual(["1.0.x", "< 1.0"]);
    expect(rowsTouchedBy(rows, "< 1.0").map((r) => r.label)).toEqual(["< 1.0"]);
    expect(rowsTouchedBy(rows, ">= 1.0.0, < 1.0.2").map((r) => r.label)).toEqual(["1.0.x"]);
    expect(rowsTouchedBy(rows, "2.0.0")).toEqual([]);
  });

  it("never matches rows without a range", () => {
    expect(rowsTouchedBy([row("latest", true, null), row("2.x", true, "2.x")], ">= 0.0.0").map((r) => r.label)).toEqual(["2.x"]);
  });

  it("throws InvalidRangeError, a RangeError, for a range it cannot read", () => {
    expect(() => rowsTouchedBy(rows, "version one")).toThrow(InvalidRangeError);
    expect(() => rowsTouchedBy(rows, "")).toThrow(RangeError);
    try {
      rowsTouchedBy(rows, "bad range");
    } catch (error) {
      expect((error as InvalidRangeError).input).toBe("bad range");
      expect((error as Error).message).toContain('"bad range" is not a version range');
    }
  });
});

describe("overlappingRows", () => {
  it("returns pairs of rows that intersect and disagree, in file order", () => {
    const table = [
      row("1.x", false, "1.x"),
      row("1.2.x", true, "1.2.x"),
      row("2.x", true, "2.x"),
      row(">= 1.2.5", true, ">=1.2.5"),
      row("latest", false, null),
    ];
    expect(overlappingRows(table).map(([a, b]) => [a.label, b.label])).toEqual([
      ["1.x", "1.2.x"],
      ["1.x", ">= 1.2.5"],
    ]);
  });

  it("does not pair rows that only touch at an exclusive bound", () => {
    expect(overlappingRows(rows)).toEqual([]);
    expect(overlappingRows([row("< 2.0", false, "<2.0.0"), row("2.x", true, "2.x")])).toEqual([]);
    expect(overlappingRows([row("<= 2.0.0", false, "<=2.0.0"), row("2.x", true, "2.x")])).toHaveLength(1);
  });

  it("agrees with comparing every pair on random tables", () => {
    const labels = ["1.x", "1.2.x", "1.2.3", "<1.5.0", ">=1.4.0", "2.x", "<=2.1.0", ">2.0.0", "0.x", "*", "1.0.0 - 1.3.0", "^1.1.0", "~2.1.0"];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 30; round++) {
      const table = Array.from({ length: 8 }, (_, i) => {
        const label = labels[next(labels.length)] ?? "*";
        const supported = [true, false, "partial"][next(3)] as VersionRow["supported"];
        return row(`${label}#${i}`, supported, normaliseRange(label));
      });
      const brute: string[] = [];
      table.forEach((a, i) =>
        table.slice(i + 1).forEach((b) => {
          if (a.supported !== b.supported && a.range && b.range && rowsTouchedBy([a], b.range).length === 1) brute.push(`${a.label}|${b.label}`);
        }),
      );
      expect(overlappingRows(table).map(([a, b]) => `${a.label}|${b.label}`)).toEqual(brute);
    }
  });
});
