/**
 * The two lists the bot quotes back: the disclosure process steps and the report checklist.
 *
 * disclosureSteps: the list under a heading naming a disclosure process ("Public Disclosure
 * Process", "Disclosure and mitigation process"); failing that, a numbered list of at least two
 * steps under a heading naming a disclosure policy or a process.
 *
 * reportChecklist: the list after a heading or sentence asking what a report should include
 * ("please include", "include the following", "your report should contain", "helpful
 * information", "provide as much of the following"), with trailing markers like "*:" trimmed.
 */
import type { Block } from "./markdown.js";
import { listItems } from "./mdast-text.js";

const DISCLOSURE_PROCESS = /disclosure\b.{0,40}\bprocess|process\b.{0,20}\bdisclosure/i;
const PROCESS = /disclosure\s+(?:policy|timeline)|\bprocess\b|handling|what\s+happens/i;
const ASKS = new RegExp(
  [
    "\\b(?:please|kindly|should|must|to|also|always|be\\s+sure\\s+to|make\\s+sure\\s+to)\\s+include\\b",
    "\\binclude\\s*(?:the\\s+following|as\\s+much|[:：])", "^\\s*include\\b", "\\bwhat\\s+to\\s+include\\b",
    "\\b(?:should|must)\\s+contain\\b", "\\bcontains?\\s+the\\s+following", "helpful\\s+information",
    "provide\\s+as\\s+much", "the\\s+following\\s+(?:information|details|format)", "information\\s+to\\s+(?:include|provide)",
    "details\\s+to\\s+(?:include|provide)", "请提供|请包含|以下の情報|다음\\s*정보",
  ].join("|"),
  "iu",
);
const REFUSES = /\b(?:not|don't|never|avoid|without)\b[^.]{0,30}\binclude/i;

function sectionEnd(blocks: readonly Block[], start: number): number {
  const depth = blocks[start]?.depth ?? 0;
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b?.kind === "heading" && b.depth <= depth) return i;
  }
  return blocks.length;
}

/** A list of form fields ("Issue title*:", "Overview*:") is a report template, not a process. */
function isForm(items: string[]): boolean {
  return items.filter((i) => /[:：]\s*$/.test(i)).length * 2 > items.length;
}

function stepsUnder(blocks: readonly Block[], heading: RegExp, ordered: boolean | undefined, minimum: number): string[] {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b?.kind !== "heading" || !heading.test(b.text)) continue;
    const end = sectionEnd(blocks, i);
    for (let j = i + 1; j < end; j++) {
      const candidate = blocks[j];
      if (candidate?.kind !== "list" || candidate.node.type !== "list" || candidate.parentItem !== null) continue;
      if (ordered !== undefined && candidate.node.ordered !== ordered) continue;
      const items = listItems(candidate.node);
      if (items.length >= minimum && !isForm(items) && !followsAsk(blocks, j)) return items;
    }
  }
  return [];
}

export function readDisclosureSteps(blocks: readonly Block[]): string[] {
  const steps = stepsUnder(blocks, DISCLOSURE_PROCESS, undefined, 1);
  return steps.length > 0 ? steps : stepsUnder(blocks, PROCESS, true, 2);
}

function cleanItem(item: string): string {
  return item
    .replace(/^[\s\p{Extended_Pictographic}\u200D\uFE0F]+/u, "")
    .replace(/[\s*:;,.。：]+$/u, "")
    .trim();
}

/** A heading, or a sentence that leads into a list (ends with a colon, or says "the following"/"below"). */
function asks(block: Block | undefined): boolean {
  if (block === undefined || !ASKS.test(block.text) || REFUSES.test(block.text)) return false;
  if (block.kind === "heading") return true;
  return block.kind === "paragraph" && /[:：]\s*$|\bfollowing\b|\bbelow\b/i.test(block.text.trim());
}

/** Index of the list that answers an ask at `i`: directly after it, or after a heading's lead-in sentence. */
function answerTo(blocks: readonly Block[], i: number): number | null {
  if (!asks(blocks[i])) return null;
  let at = i + 1;
  const next = blocks[at];
  if (blocks[i]?.kind === "heading" && next?.kind === "paragraph" && next.text.length <= 200 && /[:：]\s*$/.test(next.text)) at++;
  const list = blocks[at];
  return list?.kind === "list" && list.node.type === "list" ? at : null;
}

function followsAsk(blocks: readonly Block[], listIndex: number): boolean {
  return answerTo(blocks, listIndex - 1) === listIndex || answerTo(blocks, listIndex - 2) === listIndex;
}

/** The items of the list at `at` and of lists that directly follow it (a change of bullet marker starts a new list). */
function itemsFrom(blocks: readonly Block[], at: number): string[] {
  const items: string[] = [];
  let end = -1;
  for (let j = at; j < blocks.length; j++) {
    const b = blocks[j];
    if (b === undefined) break;
    if (j > at && b.line <= end) continue; // inside the previous list
    if (b.kind !== "list" || b.node.type !== "list" || (j > at && b.line > end + 2)) break;
    const first = blocks[at]?.node;
    if (first?.type === "list" && b.node.ordered !== first.ordered) break;
    items.push(...listItems(b.node));
    end = b.endLine;
  }
  return items;
}

export function readReportChecklist(blocks: readonly Block[]): string[] {
  for (let i = 0; i < blocks.length; i++) {
    const at = answerTo(blocks, i);
    if (at === null) continue;
    const items = itemsFrom(blocks, at).map(cleanItem).filter((t) => t !== "");
    if (items.length > 0) return items;
  }
  return [];
}
