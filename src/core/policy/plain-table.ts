/**
 * Whitespace-aligned plain-text tables:
 *
 *     Version    Status
 *     -------------------------
 *     5.1.x      SUPPORTED
 *     < 4.0      UNSUPPORTED
 *
 * Columns are separated by two or more spaces or a tab. A table needs either a dashed rule
 * under its header or a header that names a version column and a support column. Markdown
 * would read the example as a setext heading and a paragraph, so it is found line by line.
 */
import type { Grid } from "./grid.js";
import { inlineToText } from "./inline.js";
import { namesVersionAndSupport } from "./headers.js";

const COLUMN_GAP = /\s{2,}|\t+/;
const RULE = /^\s*[-=─━_+]{3,}[-=─━_+\s]*$/;
const MAX_LINE = 400;

function cellsOf(line: string): string[] {
  return line.trim().split(COLUMN_GAP).map((c) => c.trim());
}

function plausibleHeader(cells: string[]): boolean {
  return cells.length >= 2 && cells.length <= 8 && cells.every((c) => c.length > 0 && c.length <= 40);
}

export function findPlainTables(lines: string[], skip: Uint8Array, claimed: Uint8Array): Grid[] {
  const grids: Grid[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? "";
    if (skip[i] || claimed[i] || line.length > MAX_LINE || line.includes("|") || line.trim() === "") continue;
    const header = cellsOf(line);
    if (!plausibleHeader(header)) continue;
    let j = i + 1;
    const ruled = RULE.test(lines[j] ?? "");
    if (ruled) j++;
    else if (!namesVersionAndSupport(header)) continue;
    const rows: string[][] = [];
    for (; j < lines.length; j++) {
      const raw = lines[j] ?? "";
      if (skip[j] || claimed[j] || raw.trim() === "" || raw.length > MAX_LINE || raw.includes("|")) break;
      if (RULE.test(raw)) continue;
      const cells = cellsOf(raw);
      if (cells.length < 2) break;
      rows.push(cells.map(inlineToText));
    }
    if (rows.length === 0) continue;
    for (let k = i; k < j; k++) claimed[k] = 1;
    grids.push({ line: i + 1, header: header.map(inlineToText), rows });
    i = j - 1;
  }
  return grids;
}
