/**
 * The prose of a policy as a flat list of blocks (headings, paragraphs, lists, tables,
 * HTML, code) read with mdast-util-from-markdown.
 *
 * micromark is thorough but slow on hostile input (deeply nested quotes and long runs of
 * brackets or list markers cost tens of microseconds per character, some quadratically),
 * so the prose is parsed within a budget: at most MAX_PARSED characters and MAX_PARSED_LINES
 * non-blank lines, in chunks cut at blank lines (preferably before a heading), with runs of
 * blank lines collapsed and each line tamed (markdown-budget.ts). Real SECURITY.md files are far below
 * the budget and are parsed in one piece. All walks here are iterative, so deep trees cannot
 * overflow the stack.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import type { Nodes, Root } from "mdast";
import { tameLine } from "../markdown-budget.js";
import { stripHtml } from "./inline.js";
import { itemText, nodeText } from "./mdast-text.js";

export const MAX_PARSED = 64_000;
/** micromark spends ~0.1–0.2 ms per line or block whatever its length, so lines are budgeted too. */
export const MAX_PARSED_LINES = 1_500;
const CHUNK_SOFT = 8_000;
const CHUNK_HARD = 16_000;
const MAX_LINE = 8_000;

export interface Block {
  kind: "heading" | "paragraph" | "list" | "table" | "html" | "code";
  /** 1-based first and last lines in the original text. */
  line: number;
  endLine: number;
  /** Heading depth (1–6); 0 for other blocks. */
  depth: number;
  /** Plain text of the block (for lists: empty; read the items from `node`). */
  text: string;
  /** For a paragraph inside a nested list item: the text of the item that contains its list. */
  parentItem: string | null;
  node: Nodes;
}

const OPTIONS = { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] };

/** Cuts the prose into chunks micromark can parse quickly; returns [first line index, text]. */
function chunks(lines: string[]): { parts: Array<[number, string]>; truncated: boolean } {
  const parts: Array<[number, string]> = [];
  let start = 0;
  let size = 0;
  let total = 0;
  let filled = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    size += line.length + 1;
    total += line.length + 1;
    if (line.trim() !== "") filled++;
    const next = lines[i + 1];
    const blank = line.trim() === "";
    const beforeHeading = blank && next !== undefined && /^\s{0,3}#{1,6}\s/.test(next);
    const cut =
      (size >= CHUNK_SOFT && beforeHeading) || (size >= (CHUNK_SOFT + CHUNK_HARD) / 2 && blank) || size >= CHUNK_HARD;
    const full = total >= MAX_PARSED || filled >= MAX_PARSED_LINES;
    if (cut || full || i === lines.length - 1) {
      parts.push([start, lines.slice(start, i + 1).join("\n")]);
      start = i + 1;
      size = 0;
      if (full) return { parts, truncated: lines.slice(i + 1).some((l) => l.trim() !== "") };
    }
  }
  return { parts, truncated: false };
}

function tame(line: string): string {
  return tameLine(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
}

/**
 * Parses the prose lines (tables already blanked out) into blocks, within the budget. Runs of
 * blank lines are collapsed first (micromark pays per line, and a blanked table leaves thousands);
 * block lines are mapped back to the original text.
 */
export function parseBlocks(lines: string[]): { blocks: Block[]; truncated: boolean } {
  const kept: string[] = [];
  const origin: number[] = [];
  lines.forEach((line, i) => {
    const blank = line.trim() === "";
    if (blank && kept.length > 0 && kept[kept.length - 1] === "") return;
    kept.push(blank ? "" : tame(line));
    origin.push(i);
  });
  const { parts, truncated } = chunks(kept);
  const blocks: Block[] = [];
  for (const [offset, text] of parts) {
    if (text.trim() === "") continue;
    let root: Root;
    try {
      root = fromMarkdown(text, OPTIONS);
    } catch {
      continue;
    }
    flatten(root, (line) => (origin[offset + line - 1] ?? 0) + 1, blocks);
  }
  return { blocks, truncated };
}

interface Frame {
  node: Nodes;
  /** Text of the list item one level up: the item whose nested list holds this node's item. */
  enclosingItem: string | null;
  /** What the blocks made from this node record as `parentItem` (null outside nested lists). */
  ownParent: string | null;
}

function flatten(root: Root, lineOf: (chunkLine: number) => number, out: Block[]): void {
  const stack: Frame[] = [{ node: root, enclosingItem: null, ownParent: null }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined) break;
    const { node } = frame;
    const line = lineOf(node.position?.start.line ?? 1);
    const endLine = lineOf(node.position?.end.line ?? 1);
    const push = (kind: Block["kind"], text: string, depth = 0): void => {
      out.push({ kind, line, endLine, depth, text, parentItem: frame.ownParent, node });
    };
    switch (node.type) {
      case "heading":
        push("heading", nodeText(node).replace(/\s+/g, " ").trim(), node.depth);
        continue;
      case "paragraph":
        push("paragraph", nodeText(node));
        continue;
      case "table":
        push("table", "");
        continue;
      case "html":
        push("html", stripHtml(node.value));
        continue;
      case "code":
        push("code", node.value);
        continue;
      case "list":
        push("list", "");
        break;
      default:
        break;
    }
    if (!("children" in node)) continue;
    const kids = node.children as Nodes[];
    let childFrame: Omit<Frame, "node">;
    if (node.type === "listItem") {
      // Paragraphs of this item see the item that encloses it; nested lists see this item.
      childFrame = { enclosingItem: itemText(node), ownParent: frame.enclosingItem };
    } else {
      childFrame = { enclosingItem: frame.enclosingItem, ownParent: frame.ownParent };
    }
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid === undefined) continue;
      if (node.type === "listItem" && kid.type === "list") {
        stack.push({ node: kid, enclosingItem: childFrame.enclosingItem, ownParent: childFrame.enclosingItem });
      } else {
        stack.push({ node: kid, ...childFrame });
      }
    }
  }
}
