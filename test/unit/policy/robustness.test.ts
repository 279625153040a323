import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readPolicy } from "../../../src/core/policy/index.js";

const table = (rows: number): string =>
  "## Supported Versions\n\n| Version | Supported |\n|---|---|\n" +
  Array.from({ length: rows }, (_, i) => `| ${i}.x | ${i % 3 ? ":white_check_mark:" : ":x:"} |`).join("\n") +
  "\n";

// How fast these are is measured by `npm run bench` (never asserted on a clock here).
describe("readPolicy never throws, whatever it is given", () => {
  it("reads any string without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const policy = readPolicy(text);
        expect(Array.isArray(policy.rows)).toBe(true);
        expect(Array.isArray(policy.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads markdown-like strings without throwing", () => {
    const pieces = ["|", "-", ":", "x", "1.", "2", " ", "\n", "#", ">", "*", "`", "[", "]", "(", ")", "<", "!", "✅", "❌", "within", "48 hours", "\t", "<table>", "<tr><td>", "<!--", "```", "Version", "Supported"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 300 }), (parts) => {
        expect(() => readPolicy(parts.join(""))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["empty", ""],
    ["only whitespace", " \n\t\n "],
    ["NUL bytes", "\u0000".repeat(10_000)],
    ["lone surrogates", "\ud800\udfff\ud800".repeat(10_000)],
    ["a non-string at run time", 42 as unknown as string],
  ])("survives %s", (_name, input) => {
    expect(() => readPolicy(input)).not.toThrow();
  });

  it("reads a 10 000-row table whole", () => {
    const policy = readPolicy(table(10_000));
    expect(policy.rows).toHaveLength(10_000);
    expect(policy.rows[9_999]).toEqual({ label: "9999.x", supported: false, range: "9999.x" }); // 9999 % 3 === 0: :x:
  });

  it("reads a 10 000-row table of overlapping operator ranges, reporting a few overlaps", () => {
    const text =
      "| Version | Supported |\n|---|---|\n" + Array.from({ length: 10_000 }, (_, i) => `| < ${i + 1}.0 | ${i % 2 ? "Yes" : "No"} |`).join("\n");
    expect(readPolicy(text).problems.filter((p) => p.includes("overlap"))).toHaveLength(6);
  });

  it.each([
    ["1 MB of prose", "We will respond within 3 days. ".repeat(34_000)],
    ["1 MB of binary junk", Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join("")],
    ["deeply nested quotes", `${">".repeat(100_000)} hi`],
    ["deeply nested lists", "- ".repeat(50_000) + "x"],
    ["unclosed brackets", "[".repeat(200_000)],
    ["unclosed links", "[a](".repeat(100_000)],
    ["many list items", "- item\n".repeat(100_000)],
    ["many fences", "```\n".repeat(100_000)],
    ["a very wide table", `|${"a|".repeat(5000)}\n|${"-|".repeat(5000)}\n|${"b|".repeat(5000)}\n`],
  ])("handles %s", (_name, text) => {
    const policy = readPolicy(text);
    expect(Array.isArray(policy.problems)).toBe(true);
  });

  it("says when the prose was too long to read in full", () => {
    const text = `${"Some line of prose.\n\n".repeat(3_000)}We acknowledge reports within 2 days.`;
    expect(readPolicy(text).problems).toContain("The policy is very long; only its beginning was read.");
  });
});
