import { describe, expect, it } from "@jest/globals";
import { readPolicy } from "../../../src/core/policy/read-policy.js";
import { addSupportedRow, lineLabel } from "../../../src/core/table-edit.js";
import { EXAMPLE_POLICY } from "../../helpers/repo-mocks.js";

describe("keeping the table current", () => {
  it("names a new line in the table's own style", () => {
    const rows = (t: string) => readPolicy(`| Version | Supported |\n|---|---|\n| ${t} | ✅ |\n`).rows;
    expect(lineLabel("1.1.0", rows("1.0.x"))).toBe("1.1.x");
    expect(lineLabel("6.0.0", rows("5.x"))).toBe("6.x");
    expect(lineLabel("22.8.1", rows("22.7"))).toBe("22.8");
    expect(lineLabel("3.0.0", rows("v2"))).toBe("v3");
    expect(lineLabel("2.1.0", rows("2.0.*"))).toBe("2.1.*");
  });

  it("adds the row above a newest-first table, in its cell style", () => {
    const policy = readPolicy(EXAMPLE_POLICY);
    const change = addSupportedRow(EXAMPLE_POLICY, policy.rows, "1.1.x", null)!;
    expect(change.text.split("\n").slice(4, 9)).toEqual([
      "| Version | Supported          |",
      "| ------- | ------------------ |",
      "| 1.1.x   | :white_check_mark: |",
      "| 1.0.x   | :white_check_mark: |",
      "| < 1.0   | :x:                |",
    ]);
    expect(readPolicy(change.text).rows.map((r) => [r.label, r.supported])).toEqual([["1.1.x", true], ["1.0.x", true], ["< 1.0", false]]);
    // Everything else stays as it was.
    expect(change.text.replace("| 1.1.x   | :white_check_mark: |\n", "")).toBe(EXAMPLE_POLICY);
  });

  it("appends to an oldest-first table and retires lines beyond support.lines", () => {
    const md = "# Security\n\n| Version | Supported |\n| --- | --- |\n| 3.x | Yes |\n| 4.x | Yes |\n| 5.x | Yes |\n\nMore text.\n";
    const policy = readPolicy(md);
    const change = addSupportedRow(md, policy.rows, "6.x", 2)!;
    expect(change.retired).toEqual(["4.x", "3.x"]);
    expect(readPolicy(change.text).rows.map((r) => [r.label, r.supported])).toEqual([["3.x", false], ["4.x", false], ["5.x", true], ["6.x", true]]);
    expect(change.text).toContain("| 6.x | Yes |\n\nMore text.");
  });

  it("does nothing when the row exists or no table carries the rows", () => {
    const policy = readPolicy(EXAMPLE_POLICY);
    expect(addSupportedRow(EXAMPLE_POLICY, policy.rows, "1.0.x", null)).toBeNull();
    expect(addSupportedRow("- 1.0.x: supported\n", readPolicy("- 1.0.x: supported\n").rows, "1.1.x", null)).toBeNull();
  });
});
