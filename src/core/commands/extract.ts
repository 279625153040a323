/**
 * Finds the command lines of a comment with a real markdown parser: only lines of ordinary
 * paragraphs count — never lines in `>` quotes, fenced or indented code, HTML blocks or
 * comments, lists or headings. A command starts its line: `/name` then arguments.
 *
 * The parser is shown a tamed copy of the lines (see markdown-budget.ts: same blocks, bounded
 * cost); the command lines are then read from the comment as written.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { tameLine } from "../markdown-budget.js";

export interface CommandLine {
  name: string;
  /** The rest of the line, trimmed. */
  args: string;
  /** 1-based line number in the comment. */
  line: number;
}

const COMMAND = /^\/([a-z][a-z-]*)(?=\s|$)[ \t]*(.*)$/i;
/** Comments much longer than any command comment are only scanned in their first part. */
const MAX_SCAN = 64 * 1024;

export function extractCommands(body: string): CommandLine[] {
  const text = body.length > MAX_SCAN ? body.slice(0, MAX_SCAN) : body;
  const written = text.split(/\r?\n/);
  const tree = fromMarkdown(written.map(tameLine).join("\n"));
  const out: CommandLine[] = [];
  for (const node of tree.children) {
    if (node.type !== "paragraph" || !node.position) continue;
    const first = node.position.start.line;
    // HTML comments (even across lines) are emptied, keeping the line breaks so numbers stay right.
    const lines = written
      .slice(first - 1, node.position.end.line)
      .join("\n")
      .replace(/<!--[\s\S]*?(-->|$)/g, (c) => c.replace(/[^\n]/g, ""))
      .split("\n");
    lines.forEach((raw, i) => {
      const line = raw.trim();
      const m = COMMAND.exec(line);
      if (m) out.push({ name: m[1]!.toLowerCase(), args: m[2]!.trim(), line: first + i });
    });
  }
  return out;
}
