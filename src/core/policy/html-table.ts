/** HTML `<table>`s anywhere outside fenced code and HTML comments: rows from `<tr>`, cells from `<td>`/`<th>`. */
import type { Grid } from "./grid.js";
import { HTML_COMMENT, inlineToText } from "./inline.js";

const MAX_ROWS = 20_000;

function cellsOf(row: string): string[] {
  const cells: string[] = [];
  const pieces = row.split(/<t[hd]\b/i).slice(1);
  for (const piece of pieces) {
    const open = piece.indexOf(">");
    let body = open === -1 ? "" : piece.slice(open + 1);
    const close = body.search(/<\/t[hdr]\b/i);
    if (close !== -1) body = body.slice(0, close);
    cells.push(inlineToText(body));
  }
  return cells;
}

export function findHtmlTables(lines: string[], skip: Uint8Array): Grid[] {
  // A commented-out row or table (a template's sample, a line withdrawn) is not read; blanked, so lines keep their numbers.
  const text = lines
    .map((l, i) => (skip[i] ? "" : l))
    .join("\n")
    .replace(HTML_COMMENT, (comment) => comment.replace(/[^\n]/g, " "));
  const lower = text.toLowerCase();
  const grids: Grid[] = [];
  let from = 0;
  let line = 1;
  let counted = 0;
  for (;;) {
    const start = lower.indexOf("<table", from);
    if (start === -1) break;
    let end = lower.indexOf("</table", start);
    if (end === -1) end = lower.length;
    for (let k = counted; k < start; k++) if (text.charCodeAt(k) === 10) line++;
    counted = start;
    const rows = text.slice(start, end).split(/<tr\b/i).slice(1, MAX_ROWS).map(cellsOf).filter((r) => r.length > 0);
    const [header, ...body] = rows;
    if (header !== undefined) grids.push({ line, header, rows: body });
    from = end + 1;
  }
  return grids;
}
