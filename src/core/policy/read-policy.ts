/**
 * readPolicy: a SECURITY.md as the bot understands it. Pure and total: any string gives a
 * Policy (never an exception), in time roughly linear in its length.
 */
import type { Policy, VersionRow } from "./types.js";
import type { Grid } from "./grid.js";
import { definitionsIn } from "./definitions.js";
import { loadDocument } from "./document.js";
import type { Block } from "./markdown.js";
import { readDisclosureSteps, readReportChecklist } from "./lists.js";
import { readPatchReleases, readSupportNote } from "./notes.js";
import { namesVersionsSection } from "./headers.js";
import { findProblems } from "./problems.js";
import { readPromises } from "./promises.js";
import { collectSentences, lastSentence } from "./sentences.js";
import { readLegend, readLegendGrid } from "./legend.js";
import { legendKey } from "./support-cell.js";
import { readVersionBullets } from "./version-bullets.js";
import { readSupportGrid } from "./version-table.js";

/** The text of the last heading above `line`, or null. */
function headingAbove(blocks: readonly Block[], line: number): string | null {
  let text: string | null = null;
  for (const b of blocks) {
    if (b.line >= line) break;
    if (b.kind === "heading") text = b.text;
  }
  return text;
}

/** "These versions no longer receive any patches": prose that says the lines of the table below have ended. */
const ENDED = /\b(?:no\s+longer\s+(?:receive|get|supported|maintained)|(?:are|is)\s+(?:now\s+)?(?:unsupported|end[\s-]+of[\s-]+life|eol)|(?:have|has)\s+reached\s+(?:their\s+|its\s+)?end)/i;

/**
 * The prose between the last heading and `line`: whether a paragraph there says the lines below have ended, and the
 * last sentence of the paragraph just before the table ("The following versions are not supported:"), if one is.
 */
function proseBefore(blocks: readonly Block[], line: number): { ended: boolean; lead: string | null } {
  let ended = false;
  let lead: string | null = null;
  for (const b of blocks) {
    if (b.line >= line) break;
    if (b.kind === "heading") ended = false;
    else if (b.kind === "paragraph" && ENDED.test(b.text)) ended = true;
    lead = b.kind === "paragraph" ? lastSentence(b.text) : null;
  }
  return { ended, lead };
}

/** A heading naming a language ("### English", "### 简体中文"): its table is a translated copy, not another subject's. */
const LANGUAGE = /^\W*(?:english|简体中文|繁體中文|中文|日本語|한국어|русский|español|deutsch|français|português|italiano|türkçe|polski|nederlands|tiếng\s+việt|bahasa(?:\s+\p{L}+)?)\W*$/iu;

/** The language section a line sits in ("## Türkçe" › "#### Desteklenen Sürümler"): the nearest enclosing heading that names a language, or null. */
function languageSection(blocks: readonly Block[], line: number): string | null {
  let depth = 7;
  let found: string | null = null;
  for (const b of blocks) {
    if (b.line >= line) break;
    if (b.kind !== "heading") continue;
    if (LANGUAGE.test(b.text)) {
      found = b.text;
      depth = b.depth;
    } else if (b.depth <= depth) found = null;
  }
  return found;
}

/**
 * The sub-heading a table sits under inside a versions section ("## Supported Versions" › "### R4"),
 * which names the table's own subject (a product, a release train); null for a table anywhere else.
 */
function subjectHeading(blocks: readonly Block[], line: number): { text: string; section: number } | null {
  const above = blocks.filter((b) => b.kind === "heading" && b.line < line);
  const own = above[above.length - 1];
  if (own === undefined || namesVersionsSection(own.text) || LANGUAGE.test(own.text)) return null;
  for (let i = above.length - 2; i >= 0; i--) {
    const h = above[i] as Block;
    if (h.depth < own.depth) return namesVersionsSection(h.text) ? { text: own.text, section: h.line } : null;
  }
  return null;
}

/**
 * Rows of every support table in file order. A translated copy of a table, or a table whose rows
 * an earlier one all gave, is listed once; otherwise every row counts, also a label another table
 * gives too (Laravel 8.0 and PHP 8.0; a release table and a beta table that both end "< 1.2") or
 * one label in several release phases, and tables with the same rows under sub-headings of one
 * versions section that name different things (one table per product).
 */
function readTables(grids: readonly Grid[], lines: readonly string[], blocks: readonly Block[]) {
  const prose = collectSentences(blocks, []).map((s) => s.text);
  const legend = readLegend(lines);
  for (const grid of grids) for (const [code, meaning] of readLegendGrid(grid)) if (!legend.has(code)) legend.set(code, meaning);
  // The prose's own definitions of the words in the tables ("Life Support … do not receive security fixes").
  const cells = grids.flatMap((g) => g.rows.slice(0, 200).flatMap((r) => r.slice(1)));
  for (const [word, meaning] of definitionsIn(cells, prose)) if (!legend.has(legendKey(word))) legend.set(legendKey(word), meaning);
  const rows: VersionRow[] = [];
  const unreadable: string[] = [];
  const others: Grid[] = [];
  type Subject = ReturnType<typeof subjectHeading>;
  const shapes: { supports: string; digits: string; subject: Subject; language: string | null }[] = [];
  const seen = new Map<string, Subject[]>();
  let firstLine: number | null = null;
  let fromTable = false;
  for (const grid of grids) {
    const { ended, lead } = proseBefore(blocks, grid.line);
    const reading = readSupportGrid(grid, legend, headingAbove(blocks, grid.line), ended, lead);
    if (reading === null || reading.rows.length === 0) {
      others.push(grid);
      continue;
    }
    firstLine ??= grid.line;
    // (A pipe table is a table even where a pipeless copy above it gave the same rows first.)
    fromTable ||= grid.cellPerLine !== true;
    unreadable.push(...reading.unreadable);
    // Tables under sub-headings of one versions section that name different things ("### R4" and "### STU3",
    // "### `next-drupal`" and "### `next` Drupal module") are different things' tables, even with the same rows.
    const subject = subjectHeading(blocks, grid.line);
    const copies = (earlier: Subject): boolean => !(earlier !== null && subject !== null && earlier.section === subject.section && earlier.text !== subject.text);
    // A translated copy of an earlier table (same rows, same support, labels alike but for words,
    // lookalike letters or a decimal comma) counts once.
    const shape = { supports: reading.rows.map((r) => String(r.supported)).join(","), digits: reading.rows.map((r) => r.label.replace(/(\d),(\d)/g, "$1.$2").replace(/[^\d.]/g, "")).join("|"), subject, language: languageSection(blocks, grid.line) };
    // In another language's section ("## English" … "## Türkçe"), the same support row for row is the copy even where a label was retyped.
    // (Most rows keep their version: tables of other versions under "### Deutsch" and "### Français" are each market's own.)
    const translated = (x: typeof shape): boolean => {
      if (x.language === null || shape.language === null || x.language === shape.language) return false;
      const mine = shape.digits.split("|");
      const same = x.digits.split("|").filter((d, i) => d === mine[i]).length;
      return 2 * same >= mine.length;
    };
    if (shapes.some((x) => x.supports === shape.supports && (x.digits === shape.digits || translated(x)) && copies(x.subject))) continue;
    shapes.push(shape);
    // A table every row of which an earlier table gave (a shortened copy) adds nothing.
    const keys = reading.rows.map((r) => `${r.label}\u0000${String(r.supported)}`);
    if (keys.every((k) => (seen.get(k) ?? []).some(copies))) continue;
    for (const k of keys) seen.set(k, [...(seen.get(k) ?? []), subject]);
    for (const { cell: _cell, ...row } of reading.rows) rows.push(row);
  }
  // A label read in one row (or table) and unreadable in another is not "ignored": it is shown as read.
  const read = new Set(rows.map((r) => r.label));
  return { rows, fromTable, unreadable: unreadable.filter((label) => !read.has(label)), others, firstLine };
}

function read(markdown: string): Policy {
  const doc = loadDocument(markdown);
  const tables = readTables(doc.grids, doc.lines, doc.blocks);
  // Rows of a table that lost its pipes are a list's: read, but no table to keep current.
  const tableFound = tables.fromTable;
  const rows = tables.rows.length > 0 ? tables.rows : readVersionBullets(doc.blocks);
  const sentences = collectSentences(doc.blocks, tables.others);
  const { acknowledge, respond, disclosureDays } = readPromises(sentences);
  return {
    rows,
    tableFound,
    acknowledge,
    respond,
    disclosureDays,
    disclosureSteps: readDisclosureSteps(doc.blocks),
    reportChecklist: readReportChecklist(doc.blocks),
    patchReleases: readPatchReleases(sentences),
    supportNote: readSupportNote(doc.blocks, tables.firstLine),
    problems: findProblems({ rows, unreadable: tables.unreadable, acknowledge, truncated: doc.truncated }),
  };
}

/** Reads a SECURITY.md. Never throws: what cannot be read is reported in `problems`. */
export function readPolicy(markdown: string): Policy {
  try {
    return read(typeof markdown === "string" ? markdown : "");
  } catch {
    return {
      rows: [],
      tableFound: false,
      acknowledge: null,
      respond: null,
      disclosureDays: null,
      disclosureSteps: [],
      reportChecklist: [],
      patchReleases: false,
      supportNote: null,
      problems: ["The policy could not be read."],
    };
  }
}
