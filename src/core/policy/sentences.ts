/**
 * The policy's prose cut into sentences for the promise and patch-release readers:
 * headings, paragraphs (lines re-joined, so a sentence wrapped across lines is whole; a lead that
 * gives a time and no step, "Within 48 hours you will receive:", read with its list's first item) and
 * the rows of tables that are not version tables ("Acknowledge report | 48 hours"), with the header
 * as the row's context ("Severity | Response time" over "Critical | 24 hours"). A row that starts with
 * a time has its steps in the header ("Acknowledgement | Assessment" over "2 days | 10 days"): each of
 * its cells is read with its column's header; unless its other cells are the step ("48h | Acknowledgement"
 * under "Deadline | Action"), when the row is read as the step and its time.
 */
import type { Block } from "./markdown.js";
import type { Grid } from "./grid.js";
import type { Sentence } from "./promises.js";
import { decodeEntities, HTML_COMMENT, squash, stripHtml } from "./inline.js";
import { findAmounts } from "./durations.js";
import { listItems } from "./mdast-text.js";
import { kindOf, SEVERITY_NAMES } from "./promise-words.js";

/** A lead that promises what arrives ("you will receive:", "you can expect:", "expect:"). */
const WHAT_ARRIVES = /\b(?:you(?:'ll|\s+will|\s+can|\s+should)\s+(?:\S+\s+)?(?:receive|get|expect|hear)|expect|receive)\b[^:]*:$/i;

/** A label of a few words ending a sentence of its own ("Embargo.", "Initial response."). */
const LEAD_IN = /^(?:\S+\s+){0,3}\S+[.:]$/u;
/** Words of a statement, not of a label ("We acknowledge every report.", "No public disclosure."). */
const STATEMENT = /\b(?:we|you|i|they|it|please|do|does|don't|not|no|never|will|can|may|must|should|is|are|be|thanks?)\b/i;

/**
 * "**Embargo.** The default window is 90 days from the report.": a paragraph that opens with a bold
 * label naming a step (a noun phrase, no statement) names that step for its other sentences.
 */
function leadIn(block: Block, first: string): boolean {
  const opening = block.node.type === "paragraph" ? block.node.children[0] : undefined;
  return (
    opening?.type === "strong" &&
    LEAD_IN.test(first) &&
    !STATEMENT.test(first) &&
    findAmounts(first).length === 0 &&
    kindOf(first, "before") !== null
  );
}

/**
 * "**Public disclosure**: coordinated, after the fix is released. Maximum 90 days from the initial report.": a bold label
 * before a colon or dash names the step for the paragraph's later sentences too. The label, or undefined.
 */
function labelLead(block: Block, first: string): string | undefined {
  const opening = block.node.type === "paragraph" ? block.node.children[0] : undefined;
  const label = /^(\S+(?:\s+\S+){0,3}?)\s*[:—–]\s+\S/u.exec(first)?.[1];
  if (opening?.type !== "strong" || label === undefined || STATEMENT.test(label) || findAmounts(label).length > 0) return undefined;
  return kindOf(label, "before") !== null ? label : undefined;
}

/** A sentence that is a time and its hedges alone ("Maximum 90 days from the initial report.", "Typically 2 business days."): the words before its first amount. */
const BARE_TIME_BEFORE = /^[\W_]*(?:(?:typically|usually|normally|generally|target|goal|maximum|max\.?|at\s+most|at\s+the\s+latest|no\s+later\s+than|up\s+to|within|in|about|around|approximately|roughly|please\s+allow|allow|expect)[\W_]*)*$/i;
function bareTime(text: string): boolean {
  const first = findAmounts(text)[0];
  return first !== undefined && BARE_TIME_BEFORE.test(text.slice(0, first.index));
}

/** The last word of a step's name (acknowledgement, confirmation, response, reply, triage, assessment, analysis, review, evaluation, fix), or its noun "of the report". */
const STEP_NOUN_LAST = /(?:acknowledge?ments?|confirmation|receipt|responses?|repl(?:y|ies)|triage|assessments?|analysis|review|evaluation|validation|investigation|fix(?:es)?|patch(?:es)?|resolution|remediation|disclosure|update)(?:\s+of\s+(?:the\s+|your\s+)?(?:reports?|submissions?|issues?|vulnerabilit(?:y|ies)|findings?))?[\W_]*$/i;
/** "Within 24 hours", "Within 1-5 business days": a time and its hedges, and nothing after it but a full stop. */
function timeAlone(text: string): boolean {
  const last = findAmounts(text).pop();
  return last !== undefined && bareTime(text) && /^[\s.*_]*$/.test(text.slice(last.end));
}

/** A paragraph of a few words naming a step and nothing else ("Initial Acknowledgment", "Triage and Analysis"), or undefined. */
function labelAbove(block: Block | undefined): string | undefined {
  if (block?.kind !== "paragraph" || block.parentItem !== null) return undefined;
  const text = squash(block.text);
  if (!/^(?:\S+\s+){0,4}\S+$/u.test(text) || /[.!?:]$/.test(text) || STATEMENT.test(text) || findAmounts(text).length > 0) return undefined;
  // (A step's name ends in its noun: "Initial Acknowledgment", "Triage and Analysis"; not "Triage meeting", "… Report Publication".)
  return kindOf(text, "before") !== null && STEP_NOUN_LAST.test(text) ? text : undefined;
}

/** A row labelled by severity ("Critical", "**High**", "P1"): a tier, whose other cells describe it. */
const SEVERITY_LABEL = new RegExp(`^[\\W_]*(?:${SEVERITY_NAMES})(?![\\p{L}])`, "iu");

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

/** The last sentence of a paragraph, cut at any sentence end ("… end of life. The following versions receive updates:"). */
export function lastSentence(text: string): string {
  return text.trim().split(/(?<=[.!?])\s+/u).pop() ?? "";
}

/** Where HTML ends a paragraph, an item or a heading: its block-level tags. */
const HTML_BREAK = /<\/?(?:p|li|ul|ol|div|section|article|header|footer|h[1-6]|br|hr|blockquote|details|summary|dl|dt|dd)\b[^<>]{0,500}>/i;

/**
 * The prose of a policy written in HTML ("<li><strong>Response Time:</strong> Initial reply within 3 business days.</li>"):
 * each paragraph, item and heading as text; comments (a template left out of the page), tables (read as tables) and
 * preformatted text (as a fenced block) give none.
 */
function htmlProse(raw: string): string[] {
  return raw
    .replace(HTML_COMMENT, " ")
    .replace(/<table\b[\s\S]*?(?:<\/table>|$)/gi, " ")
    .replace(/<pre\b[\s\S]*?(?:<\/pre>|$)/gi, " ")
    .split(HTML_BREAK)
    .map((piece) => squash(decodeEntities(stripHtml(piece))))
    .filter((piece) => piece !== "");
}

export function collectSentences(blocks: readonly Block[], tables: readonly Grid[]): Sentence[] {
  const out: Sentence[] = [];
  let heading: string | undefined;
  blocks.forEach((block, b) => {
    if (block.kind === "heading") heading = squash(block.text).slice(0, MAX_SENTENCE);
    if (block.kind === "html" && block.node.type === "html" && out.length < MAX_SENTENCES) {
      for (const piece of htmlProse(block.node.value.slice(0, 100_000))) for (const text of splitSentences(piece)) out.push({ text, line: block.line, parent: null });
      return;
    }
    if ((block.kind !== "heading" && block.kind !== "paragraph") || out.length >= MAX_SENTENCES) return;
    const parent = block.parentItem === null ? null : squash(block.parentItem).slice(0, MAX_SENTENCE);
    const texts = splitSentences(block.text);
    const last = texts[texts.length - 1];
    const next = blocks[b + 1];
    // "Within 48 hours you will receive: - Confirmation of receipt - …": a time whose step is the list's first item.
    if (last !== undefined && WHAT_ARRIVES.test(last) && next?.kind === "list" && next.node.type === "list" && findAmounts(last).length > 0 && kindOf(last, "before") === null) {
      const first = listItems(next.node)[0];
      if (first !== undefined) texts[texts.length - 1] = squash(`${last} ${first}`).slice(0, MAX_SENTENCE);
    }
    // "**Embargo.** The default window is 90 days from the report.": a short lead-in names the step for the rest of its paragraph.
    const short = block.kind === "paragraph" && texts.length > 1 && leadIn(block, texts[0] ?? "") ? texts[0] : undefined;
    const label = block.kind === "paragraph" && texts.length > 1 && short === undefined ? labelLead(block, texts[0] ?? "") : undefined;
    // (A label before a colon names the step only for a later sentence that is a time and its hedges alone: "Maximum 90 days from
    // the initial report.", "Typically 2 business days.", not "Reports without activity are closed after 30 days.")
    const governs = (text: string, i: number): boolean => i > 0 && parent === null && (short !== undefined || (label !== undefined && bareTime(text)));
    const lead = short ?? label;
    // "Initial Acknowledgment" then "Within 24 hours", each a paragraph of its own (a process table that lost its pipes): the time's step is the label above it.
    const above = block.kind === "paragraph" && parent === null && texts.length === 1 && timeAlone(texts[0] ?? "") ? labelAbove(blocks[b - 1]) : undefined;
    texts.forEach((text, i) => out.push({ text, line: block.line, parent: above ?? (lead !== undefined && governs(text, i) ? lead : parent), ...(block.kind === "paragraph" && heading !== undefined ? { heading } : {}) }));
  });
  for (const grid of tables) {
    const header = squash(grid.header.filter((c) => c.trim() !== "").join(": ")).slice(0, MAX_SENTENCE);
    const timedCells = (row: readonly string[]): number[] =>
      row.map((cell, c) => (c > 0 && cell.trim() !== "" && findAmounts(cell.slice(0, MAX_SENTENCE)).length > 0 ? c : -1)).filter((c) => c !== -1);
    // Times in several columns of a row ("Severity | Initial response | Fix target" over "High | 48 hours | 14 days"):
    // each time is read with its row's words and its own column's header, each column's rows as one list.
    const perColumn = grid.header.filter((h) => h.trim() !== "").length > 2 && grid.rows.slice(0, MAX_GRID_ROWS).some((row) => timedCells(row).length >= 2);
    grid.rows.slice(0, MAX_GRID_ROWS).forEach((row, i) => {
      const line = grid.line + 2 + i;
      const first = row.find((c) => c.trim() !== "");
      if (first !== undefined && findAmounts(first.slice(0, MAX_SENTENCE)).length > 0) {
        // "48h | Acknowledgement of receipt" under "Deadline | Action": a time, then the step it is for.
        const rest = row.filter((c) => c.trim() !== "").slice(1);
        if (rest.length > 0 && rest.every((c) => findAmounts(c.slice(0, MAX_SENTENCE)).length === 0)) {
          out.push({ text: squash(`${rest.join(": ")}: ${first}`).slice(0, MAX_SENTENCE), line, parent: header === "" ? null : header });
          return;
        }
        row.forEach((cell, c) => {
          const text = squash(`${grid.header[c] ?? ""}: ${cell}`).slice(0, MAX_SENTENCE);
          if (cell.trim() !== "") out.push({ text, line, parent: null });
        });
        return;
      }
      const timed = timedCells(row);
      // One time in the row, under a header that names its step ("Severity | CVSS | Response Time | Examples"): read with that
      // header and the cells before it, not with the examples after it ("DoS, information disclosure").
      const single = timed.length === 1 && kindOf(grid.header[timed[0]!] ?? "", "after") !== null && kindOf(row.slice(0, timed[0]).join(" "), "before") === null;
      if ((perColumn || single) && timed.length > 0) {
        for (const c of timed) {
          // The row's words before this column: its label and its step, not another column's note.
          // (A long description beside the label, "Critical | Active exploitation; credential leak | 24 hours", is left out: its words are not the step.)
          const tierRow = SEVERITY_LABEL.test(row[0] ?? "");
          const words = row.filter((cell, k) => k < c && !timed.includes(k) && cell.trim() !== "" && (k === 0 || !tierRow || (cell.length <= 60 && !/[;.]/.test(cell)))).join(" ");
          const column = squash(`${header} | ${grid.header[c] ?? ""}`).slice(0, MAX_SENTENCE);
          out.push({ text: squash(`${words}: ${grid.header[c] ?? ""}: ${row[c]}`).slice(0, MAX_SENTENCE), line, parent: column });
        }
        return;
      }
      const text = squash(row.filter((c) => c.trim() !== "").join(": "));
      if (text !== "") out.push({ text: text.slice(0, MAX_SENTENCE), line, parent: header === "" ? null : header });
    });
  }
  return out.sort((a, b) => a.line - b.line).slice(0, MAX_SENTENCES);
}
