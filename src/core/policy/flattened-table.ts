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
 * with or without the header line(s) (without, only under a heading about supported versions, each
 * row a version and a bare mark); or each row is one line whose mark stands between its label and its
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
import { isSupportedHeading, isVersionHeader, LINE_WORD, namesVersionAndSupport, namesVersionsSection, SUPPORT_HEADER } from "./headers.js";
import { readSupportCell } from "./support-cell.js";
import { BARE_VERSION_HEADER, looksLikeVersion } from "./version-table.js";

/** A line short enough to be one cell of a table, and not a heading, a list item, a quote or a table row. */
const isCellLine = (line: string): boolean => {
  const t = line.trim();
  return t !== "" && t.length <= 40 && !t.includes("|") && !/^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/.test(t);
};

/** One mark, as an emoji or a GitHub shortcode (":white_check_mark:", "✔️", "❌"). */
const MARK = String.raw`(?::[a-z0-9_+-]+:|[\p{Extended_Pictographic}✓✔✗✘×☑]\uFE0F?)`;
/** A cell of marks alone. */
const BARE_MARK = new RegExp(`^${MARK}(?:\\s*${MARK})*$`, "u");
/** A row's line: a label (of up to 60 characters, so a long line costs no backtracking), then a mark, then the mark's words. */
const LABEL_MARK_WORDS = new RegExp(`^(\\S(?:[^\\n]{0,58}\\S)?)\\s+(${MARK}.*)$`, "u");

/** A bare mark that says whether a line is supported. */
const isSupportMark = (cell: string): boolean => BARE_MARK.test(cell) && readSupportCell(cell) !== null;

/** Header cells: the first names the versions, another the support, and none is itself a version, a number or a mark. */
const isHeader = (cells: readonly string[]): boolean => namesVersionAndSupport(cells) && isVersionHeader(cells[0] ?? "") && !cells.some((c) => looksLikeVersion(c) || /\d/.test(c) || BARE_MARK.test(c));

/** A cell that names a version by number ("2.x", "< 4.0"; not "current"): a row's first cell, never a later one. */
const numbered = (cell: string): boolean => /\d/.test(cell) && looksLikeVersion(cell);

/** A column of dates or ends ("Until", "End of life", "Release date"). */
const DATES = /until|end|eol|date|datum|fecha|日期|日付|released/i;

/** A row's first cell: a version, or a line named in words with its number or a line's word ("Current Major (6.x)", "`main` branch"). */
const opensRow = (cell: string): boolean => looksLikeVersion(cell) || (cell.length <= 60 && (/\d/.test(cell) || LINE_WORD.test(cell)));

/**
 * Rows of the header's width from `cells`, as long as they last: each opens with a version or a line, says its support in the
 * support column (a bare mark where there is no header), and names no other version in its other cells.
 */
function rowsOf(cells: readonly string[], header: readonly string[] | null): string[][] {
  const width = header?.length ?? 2;
  const support = header === null ? 1 : header.findIndex((h, i) => i > 0 && SUPPORT_HEADER.test(h));
  const rows: string[][] = [];
  for (let g = 0; g + width <= cells.length; g += width) {
    const row = cells.slice(g, g + width);
    const mark = row[support] ?? "";
    // (A number is no misplaced version in a column of dates or ends: "Until | 2026-01".)
    const misplaced = row.some((c, k) => k > 0 && k !== support && numbered(c) && !DATES.test(header?.[k] ?? ""));
    // A first cell in words of its own ("Older") opens a row where its support is a bare mark.
    // (Without a header only a version opens a row: "Python 3.12" or "Step 1" beside a mark is something else's.)
    const opens = header === null ? looksLikeVersion(row[0] ?? "") : opensRow(row[0] ?? "") || ((row[0] ?? "").split(/\s+/).length <= 4 && isSupportMark(mark));
    if (!opens || misplaced || mark.length > 60 || readSupportCell(mark) === null) break;
    if (header === null && !isSupportMark(mark)) break;
    rows.push(row);
  }
  return rows;
}

/** Up to 200 lines after `from` that may be cells (not blank, a heading, a list item or a table row), with their indexes. */
function cellsAfter(lines: readonly string[], from: number, free: (i: number) => boolean): { cells: string[]; at: number[] } {
  const cells: string[] = [];
  const at: number[] = [];
  for (let j = from; j < lines.length && cells.length < 200; j++) {
    const line = (lines[j] ?? "").trim();
    if (line === "") continue;
    if (!free(j) || line.length > 300 || line.includes("|") || !isCellLine(line.slice(0, 40))) break;
    cells.push(line);
    at.push(j);
  }
  return { cells, at };
}

/** A header cell that is only "Supported" ("Status", "Support status"), as BARE_VERSION_HEADER is only "Version". */
const BARE_SUPPORT = /^[\W_]*(?:supported|support(?:ed)?\s+status|status|supported\?|soportad[ao]|suportad[ao]|支持|サポート|지원)[\W_]*$/iu;
/** A heading of the policy itself ("Security", "Security Policy", "セキュリティ"). */
const SECURITY_HEADING = /(?:^|[\s#])(?:security|sécurité|seguridad|segurança|sicherheit|безопасность|安全|セキュリティ|보안)(?:\s+(?:policy|richtlinie|политика))?\W*$/iu;

/** A heading about another product's versions ("Supported Python Versions", "Node.js versions"): its table lists what the project runs on. */
const OTHER_PRODUCT = /\b(?:python|node(?:\.?js)?|go(?:lang)?|java|jdk|jre|php|ruby|\.net|dotnet|rust|kotlin|swift|android|ios|browsers?|os|platforms?|kubernetes|k8s|ubuntu|debian|windows|macos|linux)\b[^\n]{0,20}\bversions?\b/i;

/** Up to three non-blank lines before line i, nearest first. */
function linesBefore(lines: readonly string[], i: number): string[] {
  const before: string[] = [];
  for (let j = i - 1; j >= 0 && before.length < 3; j--) if ((lines[j] ?? "").trim() !== "") before.push(lines[j] ?? "");
  return before;
}

/** Where a table stands: whether a header fits the text above it (see `fits` below), and whether the heading names the project's supported versions. */
interface Context {
  fits: (i: number, header: readonly string[]) => boolean;
  supportedVersions: (i: number) => boolean;
}

/** The table that starts in a run of one-cell lines (`at` their line indexes), or null. */
function cellTable(lines: readonly string[], run: readonly number[], context: Context, free: (i: number) => boolean): { grid: Grid; from: number; to: number } | null {
  const cells = run.map((k) => (lines[k] ?? "").trim());
  for (let s = 0; s < cells.length; s++) {
    for (let width = 4; width >= 2; width--) {
      const header = cells.slice(s, s + width);
      if (header.length < width || !isHeader(header) || !context.fits(run[s] ?? 0, header)) continue;
      const body = cellsAfter(lines, (run[s + width - 1] ?? 0) + 1, free);
      const rows = rowsOf(body.cells, header);
      if (rows.length === 0) continue;
      return { grid: { line: (run[s] ?? 0) + 1, header, rows }, from: run[s] ?? 0, to: body.at[width * rows.length - 1] ?? 0 };
    }
    // No header: version and bare mark, row after row, under a heading about supported versions.
    const rows = context.supportedVersions(run[s] ?? 0) ? rowsOf(cells.slice(s), null) : [];
    if (rows.length >= 2) return { grid: { line: (run[s] ?? 0) + 1, header: ["Version", "Supported"], rows }, from: run[s] ?? 0, to: run[s + 2 * rows.length - 1] ?? 0 };
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
    const m = skip[j] || claimed[j] || line.length > 300 ? null : LABEL_MARK_WORDS.exec(line);
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
  const context: Context = {
    // Under a heading about versions, or after a line about them (a heading that lost its marks too: "Supported Versions"); or headed
    // in a table's own words ("Version | Supported") under the policy's own title, not a heading about something else ("Requirements", "Poem").
    fits: (i, header) => {
      const heading = headingAt(i);
      if (OTHER_PRODUCT.test(heading)) return false;
      if (namesVersionsSection(heading) || linesBefore(lines, i).some((l) => !/^\s{0,3}#/.test(l) && namesVersionsSection(l))) return true;
      return BARE_VERSION_HEADER.test(header[0] ?? "") && header.slice(1).some((h) => BARE_SUPPORT.test(h)) && (heading === "" || SECURITY_HEADING.test(heading));
    },
    supportedVersions: (i) => isSupportedHeading(headingAt(i)) && namesVersionsSection(headingAt(i)) && !OTHER_PRODUCT.test(headingAt(i)),
  };
  // (A policy has a table or two; past 20, the rest of a long file of short lines is left to the prose, so reading stays fast.)
  for (let i = 0; i < lines.length && grids.length < 20; i++) {
    if (!free(i) || !isCellLine(lines[i] ?? "")) continue;
    const header = headerWords(lines[i] ?? "");
    if (header !== null && context.fits(i, header)) {
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
    const found = at.length >= 2 ? cellTable(lines, at, context, free) : null;
    if (found !== null) {
      grids.push({ ...found.grid, cellPerLine: true, header: found.grid.header.map(inlineToText), rows: found.grid.rows.map((r) => r.map(inlineToText)) });
      claimed.fill(1, found.from, found.to + 1);
      // (The rest of the run may hold another table.)
      i = found.to;
      continue;
    }
    i = Math.max(i, j - 1);
  }
  return grids;
}
