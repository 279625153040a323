/**
 * A table as the readers see it, whatever its source (pipe table, HTML table,
 * whitespace-aligned text, mdast table node): plain-text cells, header first.
 */
import type { Table } from "mdast";
import { nodeText } from "./mdast-text.js";
import { squash } from "./inline.js";

export interface Grid {
  /** 1-based line of the header row in the original text. */
  line: number;
  header: string[];
  rows: string[][];
  /** Its cells stand one to a line (a table that lost its pipes): the rows count, but read as a list's, not a table's. */
  cellPerLine?: boolean;
}

/** A cell of a rule row ("---", ":--:", "—") or an empty cell beside one: a row of only these is no row. */
export const isRuleCell = (cell: string): boolean => /^[\s:|–—-]*$/.test(cell);

/** Two cells that say the same words, emphasis and spacing aside ("**Supported**" and "Supported"). */
export const sameWords = (a: string, b: string): boolean => a.replace(/[*_`\s]+/g, " ").trim().toLowerCase() === b.replace(/[*_`\s]+/g, " ").trim().toLowerCase();

/** A GFM table node (one the line scanner did not claim, e.g. inside a blockquote) as a grid. */
export function gridFromTable(table: Table, line: number): Grid | null {
  const [head, ...body] = table.children;
  if (head === undefined) return null;
  const cells = (row: typeof head): string[] => row.children.map((cell) => squash(nodeText(cell)));
  return { line, header: cells(head), rows: body.map(cells) };
}
