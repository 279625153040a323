/**
 * GFM pipe tables found line by line in the source (header row, delimiter row, body rows
 * until a blank line or a line without a pipe). Reading tables here rather than through
 * micromark keeps a 10 000-row table to milliseconds; fenced code and HTML comments are
 * skipped, blockquote markers and indentation (tables in lists and quotes) are tolerated.
 */
import { type Grid, isRuleCell } from "./grid.js";
import { inlineToText } from "./inline.js";
import { namesVersionAndSupport } from "./headers.js";

const DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
const MAX_LINE = 20_000;
const MAX_CELLS = 64;

function unquote(line: string): string {
  return line.replace(/^(?:[ \t]{0,3}>[ \t]?)+/, "").trim();
}

/** Cells of one pipe row, split on unescaped pipes, outer pipes dropped. */
export function splitPipeRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  if (!s.includes("\\")) return s.split("|", MAX_CELLS).map((x) => x.trim());
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && s[i + 1] === "|") {
      current += "\\|";
      i++;
    } else if (c === "|") {
      cells.push(current);
      current = "";
      if (cells.length >= MAX_CELLS) return cells.map((x) => x.trim());
    } else current += c;
  }
  cells.push(current);
  return cells.map((x) => x.trim());
}

/**
 * A header row glued to the end of the sentence before it ("… the following versions: | Version | Supported |"
 * over its delimiter row): the header is the row's cells after the prose, where they name a version and a support column.
 */
function gluedToProse(cells: string[], head: string, width: number): string[] {
  if (head.startsWith("|") || cells.length !== width + 1 || !namesVersionAndSupport(cells.slice(1))) return cells;
  return cells.slice(1);
}

/**
 * Every pipe table in `lines`. `skip[i]` marks lines not to read (fenced code, comments);
 * the lines of each table found are marked in `claimed`.
 */
export function findPipeTables(lines: string[], skip: Uint8Array, claimed: Uint8Array): Grid[] {
  const grids: Grid[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const headLine = lines[i] ?? "";
    const delimLine = lines[i + 1] ?? "";
    if (skip[i] || skip[i + 1] || claimed[i]) continue;
    if (!delimLine.includes("-") || headLine.length > MAX_LINE || delimLine.length > MAX_LINE) continue;
    const head = unquote(headLine);
    const delim = unquote(delimLine);
    if (head === "" || !DELIMITER.test(delim) || !(head.includes("|") || delim.includes("|"))) continue;
    if (!head.includes("|") && !delim.includes("|")) continue;
    const header = gluedToProse(splitPipeRow(head), head, splitPipeRow(delim).length);
    if (header.length !== splitPipeRow(delim).length) continue;
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length; j++) {
      const raw = lines[j] ?? "";
      if (skip[j] || raw.length > MAX_LINE) break;
      const row = unquote(raw);
      if (row === "" || !row.includes("|")) break;
      rows.push(splitPipeRow(row).map(inlineToText));
    }
    for (let k = i; k < j; k++) claimed[k] = 1;
    grids.push({ line: i + 1, header: header.map(inlineToText), rows });
    i = j - 1;
  }
  return grids;
}

/**
 * Pipe rows GitHub shows as text, though their author meant a table and a reader sees one:
 * written without the delimiter row ("| Version | Supported |" straight above
 * "| 1.2 | :white_check_mark: |"), with a delimiter row of the wrong width, or set inside a code
 * block. Taken only when the first row names a version column and a support column, and at least
 * two rows follow; rule rows are dropped, and a trailing backslash (a hard line break). Rows set one blank line apart
 * are taken the same way.
 */
export function findLoosePipeTables(lines: string[], skip: Uint8Array, claimed: Uint8Array): Grid[] {
  const grids: Grid[] = [];
  const rowOf = (i: number): string[] | null => {
    const raw = lines[i];
    if (raw === undefined || skip[i] || claimed[i] || raw.length > MAX_LINE) return null;
    const row = unquote(raw).replace(/\\$/, "").trim();
    return row.startsWith("|") && row.length > 1 ? splitPipeRow(row).map(inlineToText) : null;
  };
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = rowOf(i);
    if (header === null || header.length < 2) continue;
    if (!namesVersionAndSupport(header)) continue;
    const rows: string[][] = [];
    // Rows set apart by blank lines ("| Version | Supported |", "", "| --- | --- |", "", "| 1.x | ✅ |"), where the header already is: a
    // single blank line may stand between rows, and a row there must name a version or a line (not "| Triage | 10 days |" of the next table).
    const spaced = (lines[i + 1] ?? "").trim() === "" && rowOf(i + 2) !== null;
    let j = i + 1;
    let end = j;
    for (;;) {
      const gap = spaced && (lines[j] ?? "").trim() === "" ? 1 : 0;
      const row = rowOf(j + gap);
      if (row === null || row.length < 2 || (spaced && !row.every(isRuleCell) && !/\d|latest|main|master|stable|current|lts/i.test(row[0] ?? ""))) break;
      if (!row.every(isRuleCell)) rows.push(row);
      j += gap + 1;
      end = j;
    }
    if (rows.length < 2) continue;
    for (let k = i; k < end; k++) claimed[k] = 1;
    grids.push({ line: i + 1, header, rows });
    i = end - 1;
  }
  return grids;
}
