/**
 * The shape of a report's text, read with a markdown parser (on tamed lines, within 64 KiB):
 * its headings and label lines ("**Impact:**", "Steps to reproduce:"), code blocks, list
 * items, links, and its prose. What the checklist check and the mention finder look at. Pure.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, Root } from "mdast";
import { tameLine } from "../markdown-budget.js";

const MAX_TEXT = 64 * 1024;

export interface Section {
  /** A heading, or a label line (a short bold or colon-ended line opening a paragraph). */
  title: string;
  /** Everything under it up to the next section, as plain text (code included). */
  body: string;
}

export interface ReportShape {
  /** The whole text, plain (markdown syntax dropped), lower case. */
  plain: string;
  /** Prose only: no code, lower case. */
  prose: string;
  sections: Section[];
  code: string[];
  /** Fenced or indented code blocks (inline code not counted). */
  blocks: number;
  /** Items of ordered lists, and of unordered lists of two or more items. */
  listItems: string[];
  orderedItems: number;
  links: string[];
}

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join(node.type === "list" || node.type === "listItem" ? "\n" : "");
  return "";
}

/** "**Impact:** text" or "Impact:" alone: a label opening a paragraph. */
function labelOf(paragraphText: string, first: Nodes | undefined): string | null {
  const line = paragraphText.split("\n")[0]!.trim();
  if (first && first.type === "strong") {
    const t = textOf(first).replace(/:\s*$/, "").trim();
    if (t && t.length <= 60) return t;
  }
  const m = /^([A-Za-z][\w /()'-]{1,58}):\s*$/.exec(line) ?? /^([A-Za-z][\w /()'-]{1,40}):\s/.exec(line);
  return m ? m[1]!.trim() : null;
}

export function readReportText(text: string): ReportShape {
  const source = (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).split(/\r?\n/).map(tameLine).join("\n");
  let root: Root;
  try {
    root = fromMarkdown(source);
  } catch {
    root = { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: source }] }] };
  }
  const sections: Section[] = [];
  const code: string[] = [];
  const listItems: string[] = [];
  const links: string[] = [];
  const prose: string[] = [];
  let orderedItems = 0;
  let blocks = 0;
  let current: Section | null = null;
  const add = (s: string) => {
    if (current) current.body += `${s}\n`;
  };

  // Top-level blocks in order: headings and label lines open sections.
  for (const block of root.children as Nodes[]) {
    if (block.type === "heading") {
      current = { title: textOf(block).trim(), body: "" };
      sections.push(current);
      continue;
    }
    if (block.type === "paragraph") {
      const t = textOf(block);
      const label = labelOf(t, block.children[0] as Nodes | undefined);
      if (label) {
        current = { title: label, body: "" };
        sections.push(current);
        const rest = t.split("\n")[0]!.trim().replace(/^\**[^:]*:\**\s*/, "");
        add([rest, ...t.split("\n").slice(1)].join("\n"));
        prose.push(t);
        continue;
      }
    }
    add(textOf(block));
  }

  // Every node, wherever it is: code, lists, links, prose.
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "code" || node.type === "inlineCode") {
      if (node.type === "code") blocks++;
      if (node.type === "code" || /\s/.test(node.value)) code.push(node.value);
      continue;
    }
    if (node.type === "list") {
      const items = node.children.map((i) => textOf(i).trim()).filter(Boolean);
      if (node.ordered) orderedItems += items.length;
      if (node.ordered || items.length >= 2) listItems.push(...items);
    }
    if (node.type === "link") links.push(node.url);
    if (node.type === "text") prose.push(node.value);
    if ("children" in node) for (const c of node.children as Nodes[]) stack.push(c);
  }
  // Bare URLs are text to micromark without GFM autolinks.
  for (const m of source.matchAll(/https?:\/\/[^\s)>\]]+/g)) links.push(m[0]);
  return {
    plain: textOf(root).toLowerCase(),
    prose: prose.join(" ").toLowerCase(),
    sections,
    code,
    blocks,
    listItems,
    orderedItems,
    links: [...new Set(links)],
  };
}
