import { describe, expect, it } from "@jest/globals";
import { fromMarkdown } from "mdast-util-from-markdown";
import { extractCommands } from "../../../src/core/commands/extract.js";
import { MAX_COMMANDS, parseCommands } from "../../../src/core/commands/parse.js";
import { tameLine } from "../../../src/core/markdown-budget.js";

const kinds = (text: string) => fromMarkdown(text).children.map((n) => n.type);

describe("tameLine", () => {
  it("cuts nesting beyond five levels and keeps what the line is", () => {
    const quotes = `${">".repeat(500)} /publish`;
    expect(tameLine(quotes)).toBe("> > > > > /publish");
    expect(kinds(tameLine(quotes))).toEqual(kinds(quotes));
    const lists = `${"- ".repeat(300)}x`;
    expect(tameLine(lists)).toBe("- - - - - x");
    expect(kinds(tameLine(lists))).toEqual(["list"]);
    expect(tameLine("1. 2. 3. 4. 5. 6. 7. deep")).toBe("1. 2. 3. 4. 5. deep");
    // Five levels or fewer, and ordinary lines, are left as written.
    for (const line of ["> > a", "- - - - - x", "/assign @bob", "text with [a link](https://x) in it", ""]) expect(tameLine(line)).toBe(line);
  });

  it("turns brackets after the 32nd into letters, keeping the line's length", () => {
    const line = "[".repeat(40) + "]".repeat(40);
    const tamed = tameLine(line);
    expect(tamed).toHaveLength(line.length);
    expect(tamed).toBe("[".repeat(32) + "x".repeat(48));
  });
});

describe("command lines in hostile comments", () => {
  it("reads commands from the comment as written, never from quotes or lists", () => {
    const body = [`${">".repeat(10_000)} /publish`, "", `${"- ".repeat(5_000)}/reject spam`, "", `/affects ${"[".repeat(20)} ${"[".repeat(20_000)}`, "/eta 2026-12-20"].join("\n");
    const found = extractCommands(body); // untamed, micromark took seconds on this (`npm run bench -- inputs` measures it)
    expect(found.map((c) => [c.name, c.line])).toEqual([
      ["affects", 5],
      ["eta", 6],
    ]);
    // The arguments are the comment's own text, not the tamed copy's.
    expect(found[0]!.args).toBe(`${"[".repeat(20)} ${"[".repeat(20_000)}`);
  });

  it("runs at most 20 commands of one comment and says which were not run", () => {
    const parsed = parseCommands(Array.from({ length: 25 }, (_, i) => `/severity ${i % 2 ? "high" : "low"}`).join("\n"));
    expect(parsed).toHaveLength(MAX_COMMANDS + 1);
    expect(parsed.slice(0, MAX_COMMANDS).every((p) => p.ok)).toBe(true);
    expect(parsed[MAX_COMMANDS]).toEqual({ ok: false, line: 21, name: "severity", error: "one comment runs at most 20 commands: this one and the 4 after it were not run; send them in another comment" });
  });
});
