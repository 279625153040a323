/**
 * The policy's prose cut into sentences for the promise and patch-release readers:
 * headings, paragraphs (lines re-joined, so a sentence wrapped across lines is whole) and
 * the rows of tables that are not version tables ("Acknowledge report | 48 hours").
 */
import type { Block } from "./markdown.js";
import type { Grid } from "./grid.js";
import type { Sentence } from "./promises.js";
import { squash } from "./inline.js";

const MAX_SENTENCES = 5_000;
const MAX_SENTENCE = 2_000;
const MAX_GRID_ROWS = 200;

/** Splits at sentence ends: ". " before a capital (not "e.g. they"), and after CJK full stops. */
export function splitSentences(text: string): string[] {
  return squash(text)
    .split(/(?<=[.!?])\s+(?=[^\p{Ll}\d])|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => (s.length > MAX_SENTENCE ? s.slice(0, MAX_SENTENCE) : s));
}

export function collectSentences(blocks: readonly Block[], tables: readonly Grid[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind !== "heading" && block.kind !== "paragraph") continue;
    const parent = block.parentItem === null ? null : squash(block.parentItem).slice(0, MAX_SENTENCE);
    for (const text of splitSentences(block.text)) out.push({ text, line: block.line, parent });
    if (out.length >= MAX_SENTENCES) break;
  }
  for (const grid of tables) {
    grid.rows.slice(0, MAX_GRID_ROWS).forEach((row, i) => {
      const text = squash(row.filter((c) => c.trim() !== "").join(": "));
      if (text !== "") out.push({ text: text.slice(0, MAX_SENTENCE), line: grid.line + 2 + i, parent: null });
    });
  }
  return out.sort((a, b) => a.line - b.line).slice(0, MAX_SENTENCES);
}
