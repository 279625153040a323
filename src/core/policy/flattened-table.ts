/**
 * Supported-versions tables that lost their pipes, as when a rendered page is copied back into
 * the file. Either each cell is a line of its own (blank lines between or not):
 *
 *     Version
 *     Supported
 *     5.1.x
 *     :white_check_mark:
 *     < 4.0
 *     :x:
 *
 * with or without the header line(s) (without, only under a heading about versions, each row a
 * version and a bare mark); or each row is one line whose mark stands between its label and its
 * words, under a header line that names the version and the support:
 *
 *     Version Support Status
 *     5.1.x ✔️ Actively supported
 *     < 4.0 ❌ Unsupported
 *
 * Markdown reads either as paragraphs, so they are found line by line, like plain-text tables.
 */
import type { Grid } from "./grid.js";
import { inlineToText } from "./inline.js";
import { isVersionHeader, namesVersionAndSupport, namesVersionsSection } from "./headers.js";
import { readSupportCell } from "./support-cell.js";
import { looksLikeVersion } from "./version-table.js";

/** A line short enough to be one cell of a table, and not a heading, a list item, a quote or a table row. */
const isCellLine = (line: string): boolean => {
  const t = line.trim();
  return t !== "" && t.length <= 40 && !t.includes("|") && !/^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/.test(t);
};

/** One mark, as an emoji or a GitHub shortcode (":white_check_mark:", "✔️", "❌"). */
const MARK = String.raw`(?::[a-z0-9_+-]+:|[\p{Extended_Pictographic}✓✔✗✘×☑]\uFE0F?)`;
/** A cell of marks alone. */
const BARE_MARK = new RegExp(`^${MARK}(?:\\s*${MARK})*$`, "u");
/** A row's line: a label, then a mark, then the mark's words. */
const LABEL_MARK_WORDS = new RegExp(`^(.+?)\\s+(${MARK}.*)$`, "u");

/** A bare mark that says whether a line is supported. */
const isSupportMark = (cell: string): boolean => BARE_MARK.test(cell) && readSupportCell(cell) !== null;

/** Header cells: the first names the versions, another the support, and none is itself a version. */
const isHeader = (cells: readonly string[]): boolean => namesVersionAndSupport(cells) && isVersionHeader(cells[0] ?? "") && !cells.some(looksLikeVersion);

/** A cell that names a version by number ("2.x", "< 4.0"; not "current"): a row's first cell, never a later one. */
const numbered = (cell: string): boolean => /\d/.test(cell) && looksLikeVersion(cell);

/** Rows of `width` cells from `cells`, each opening with a version, as long as they last. */
function rowsOf(cells: readonly string[], width: number, headerless: boolean): string[][] {
  const rows: string[][] = [];
  for (let g = 0; g + width <= cells.length; g += width) {
    const row = cells.slice(g, g + width);
    if (!looksLikeVersion(row[0] ?? "") || row.slice(1).some(numbered)) break;
    if (headerless && !isSupportMark(row[1] ?? "")) break;
    rows.push(row);
  }
  return rows;
}

/** The table in a run of one-cell lines (`at` their line indexes), or null. */
function cellTable(cells: readonly string[], at: readonly number[], underVersions: boolean): { grid: Grid; from: number; to: number } | null {
  for (let s = 0; s < cells.length; s++) {
    for (let width = 4; width >= 2; width--) {
      const header = cells.slice(s, s + width);
      if (header.length < width || !isHeader(header)) continue;
      const rows = rowsOf(cells.slice(s + width), width, false);
      if (rows.length === 0) continue;
      return { grid: { line: (at[s] ?? 0) + 1, header, rows }, from: at[s] ?? 0, to: at[s + width * (rows.length + 1) - 1] ?? 0 };
    }
    // No header: version and bare mark, row after row, under a heading about versions.
    const rows = underVersions ? rowsOf(cells.slice(s), 2, true) : [];
    if (rows.length >= 2) return { grid: { line: (at[s] ?? 0) + 1, header: ["Version", "Supported"], rows }, from: at[s] ?? 0, to: at[s + 2 * rows.length - 1] ?? 0 };
  }
  return null;
}

/** A header line of words ("Version Support Status"): the first word names the versions, the rest the support. */
function headerWords(line: string): string[] | null {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || line.trim().length > 40) return null;
  const header = [words[0] ?? "", words.slice(1).join(" ")];
  return isHeader(header) ? header : null;
}

/** Rows of "label mark words" lines after a header line of words, blank lines between allowed. */
function markRows(lines: readonly string[], from: number, skip: Uint8Array, claimed: Uint8Array): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let end = from;
  for (let j = from; j < lines.length; j++) {
    const line = (lines[j] ?? "").trim();
    if (line === "") continue;
    const m = skip[j] || claimed[j] ? null : LABEL_MARK_WORDS.exec(line);
    if (!m?.[1] || !m[2] || !looksLikeVersion(m[1]) || readSupportCell(m[2]) === null) break;
    rows.push([m[1], m[2]]);
    end = j;
  }
  return { rows, end };
}

/**
 * Finds pipeless tables in `lines` that no other finder claimed; `headingAt(i)` is the heading above line i. Claims
 * their lines, so the prose does not read them again.
 */
export function findFlattenedTables(lines: string[], skip: Uint8Array, claimed: Uint8Array, headingAt: (i: number) => string): Grid[] {
  const grids: Grid[] = [];
  const free = (i: number): boolean => !skip[i] && !claimed[i];
  for (let i = 0; i < lines.length; i++) {
    if (!free(i) || !isCellLine(lines[i] ?? "")) continue;
    const header = headerWords(lines[i] ?? "");
    if (header !== null) {
      const { rows, end } = markRows(lines, i + 1, skip, claimed);
      if (rows.length >= 2) {
        grids.push({ line: i + 1, header, rows: rows.map((r) => r.map(inlineToText)) });
        claimed.fill(1, i, end + 1);
        i = end;
        continue;
      }
    }
    // A run of one-cell lines, blank lines between allowed.
    const at: number[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? "";
      if (line.trim() === "") continue;
      // (A header line of words starts a table of its own; a run is cut at 200 cells, to stay linear.)
      if (!free(j) || !isCellLine(line) || (j > i && headerWords(line) !== null) || at.length === 200) break;
      at.push(j);
    }
    const found = at.length >= 4 ? cellTable(at.map((k) => (lines[k] ?? "").trim()), at, namesVersionsSection(headingAt(i))) : null;
    if (found !== null) {
      grids.push({ ...found.grid, cellPerLine: true, header: found.grid.header.map(inlineToText), rows: found.grid.rows.map((r) => r.map(inlineToText)) });
      claimed.fill(1, found.from, found.to + 1);
    }
    i = Math.max(i, j - 1);
  }
  return grids;
}
