/**
 * A policy's text prepared for the readers: its lines, every table in it (whatever its
 * form) and the remaining prose as mdast blocks. Pipe, whitespace and pipeless tables are found line
 * by line and blanked out of the prose before micromark parses it (see markdown.ts for why).
 */
import type { Grid } from "./grid.js";
import { gridFromTable } from "./grid.js";
import { findHtmlTables } from "./html-table.js";
import { type Block, parseBlocks } from "./markdown.js";
import { findPipeTables, findLoosePipeTables } from "./pipe-table.js";
import { findPlainTables } from "./plain-table.js";
import { findFlattenedTables } from "./flattened-table.js";
import { namesVersionAndSupport, namesVersionsSection } from "./headers.js";

export interface PolicyDocument {
  lines: string[];
  /** Every table, in file order. */
  grids: Grid[];
  /** The prose, in file order. */
  blocks: Block[];
  /** The prose was longer than the parse budget; only its beginning was read. */
  truncated: boolean;
}

/**
 * Marks fenced code blocks (in `fenced`) and HTML comments (in `comments`). A fence that is never
 * closed is an authoring slip (a policy pasted inside ```` ```md ````), not a code block to the end
 * of the file: its lines stay prose and its opening line is returned to be blanked.
 */
function regions(lines: string[]): { fenced: Uint8Array; comments: Uint8Array; unclosedFence: number | null } {
  const fenced = new Uint8Array(lines.length);
  const comments = new Uint8Array(lines.length);
  let fence: string | null = null;
  let fenceStart = -1;
  let inComment = false;
  lines.forEach((line, i) => {
    if (fence !== null) {
      fenced[i] = 1;
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
      return;
    }
    if (inComment) {
      comments[i] = 1;
      if (line.includes("-->")) inComment = false;
      return;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (open?.[1]) {
      fenced[i] = 1;
      fence = open[1];
      fenceStart = i;
      return;
    }
    const start = line.lastIndexOf("<!--");
    if (start !== -1 && !line.includes("-->", start + 4)) {
      comments[i] = 1;
      inComment = true;
    }
  });
  if (fence === null) return { fenced, comments, unclosedFence: null };
  fenced.fill(0, fenceStart);
  return { fenced, comments, unclosedFence: fenceStart };
}

/** For every line, the heading nearest above it outside code blocks (ATX or setext), or "", in one pass. */
function headingsByLine(lines: string[], fenced: Uint8Array): string[] {
  const out: string[] = [];
  let current = "";
  lines.forEach((line, j) => {
    if (!fenced[j]) {
      if (/^\s{0,3}#{1,6}\s/.test(line)) current = line;
      else if (j > 0 && !fenced[j - 1] && /^\s{0,3}(?:=+|-+)\s*$/.test(line) && (lines[j - 1] ?? "").trim() !== "") current = lines[j - 1] ?? "";
    }
    out.push(current);
  });
  return out;
}

/**
 * A supported-versions pipe table set inside a code block (shown as text, but read as a table): only under a heading about
 * versions or support, and only where the policy has no support table of its own outside code (a code block under
 * "Reporting" or "Example policy" holds a report or policy template, not this project's versions).
 */
function fencedSupportTables(lines: string[], fenced: Uint8Array, claimed: Uint8Array, others: readonly Grid[], headings: readonly string[]): Grid[] {
  if (others.some((g) => namesVersionAndSupport(g.header))) return [];
  const skipUnfenced = fenced.map((f) => 1 - f);
  return findLoosePipeTables(lines, skipUnfenced, claimed).filter((g) => namesVersionsSection(headings[g.line - 1] ?? ""));
}

export function loadDocument(markdown: string): PolicyDocument {
  const text = (typeof markdown === "string" ? markdown : "").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u0000/g, "\uFFFD");
  const lines = text.split("\n");
  const { fenced, comments, unclosedFence } = regions(lines);
  const claimed = new Uint8Array(lines.length);
  const outsideCode = fenced.map((f, i) => f | (comments[i] ?? 0));
  const pipe = findPipeTables(lines, outsideCode, claimed);
  const loose = findLoosePipeTables(lines, outsideCode, claimed);
  const plain = findPlainTables(lines, comments, claimed);
  const headings = headingsByLine(lines, fenced);
  const flattened = findFlattenedTables(lines, outsideCode, claimed, (i) => headings[i] ?? "");
  const html = findHtmlTables(lines, outsideCode);
  const inFences = fencedSupportTables(lines, fenced, claimed, [...pipe, ...loose, ...plain, ...flattened, ...html], headings);
  const prose = lines.map((line, i) => (claimed[i] || i === unclosedFence ? "" : line));
  const { blocks, truncated } = parseBlocks(prose);
  const fromTree = blocks
    .filter((b) => b.kind === "table" && b.node.type === "table")
    .map((b) => (b.node.type === "table" ? gridFromTable(b.node, b.line) : null))
    .filter((g): g is Grid => g !== null);
  const grids = [...pipe, ...loose, ...inFences, ...plain, ...flattened, ...html, ...fromTree].sort((a, b) => a.line - b.line);
  return { lines, grids, blocks, truncated };
}
