/**
 * Finds the command lines of a comment with a real markdown parser: only lines of ordinary
 * paragraphs count — never lines in `>` quotes, fenced or indented code, HTML blocks or
 * comments, lists or headings. A command starts its line: `/name` then arguments.
 */
import { fromMarkdown } from "mdast-util-from-markdown";

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
  const tree = fromMarkdown(text);
  const out: CommandLine[] = [];
  for (const node of tree.children) {
    if (node.type !== "paragraph" || !node.position) continue;
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? start;
    // HTML comments (even across lines) are emptied, keeping the line breaks so numbers stay right.
    const lines = text
      .slice(start, end)
      .replace(/<!--[\s\S]*?(-->|$)/g, (c) => c.replace(/[^\n]/g, ""))
      .split(/\r?\n/);
    lines.forEach((raw, i) => {
      const line = raw.trim();
      const m = COMMAND.exec(line);
      if (m) out.push({ name: m[1]!.toLowerCase(), args: m[2]!.trim(), line: node.position!.start.line + i });
    });
  }
  return out;
}
