/**
 * Keeping the Supported Versions table current: a new release line becomes a row, written
 * in the table's own style (label form, cell text, newest-first or oldest-first), and with
 * `support.lines: N` the lines beyond the newest N are marked unsupported. Works on the
 * markdown text line by line, touching only the table's rows. Pure.
 */
import semver from "semver";
import type { VersionRow } from "./policy/types.js";

/** A label for the line of `version` in the style of the table's existing labels (1.0.x, 1.x, 22.7, v2). */
export function lineLabel(version: string, rows: readonly VersionRow[]): string {
  const v = semver.parse(version)!;
  const sample = rows.find((r) => r.range && r.supported !== false && /\d/.test(r.label))?.label ?? "1.0.x";
  const prefix = /^v/i.test(sample) ? sample[0] : "";
  const bare = sample.replace(/^v/i, "");
  const wildcard = /\.(x|X|\*)$/.exec(bare)?.[1] ?? "";
  const parts = bare.replace(/\.(x|X|\*)$/, "").split(".").length;
  const base = parts >= 2 ? `${v.major}.${v.minor}` : `${v.major}`;
  return `${prefix}${base}${wildcard ? `.${wildcard}` : ""}`;
}

interface TableLines {
  /** Line indexes of the data rows, in order. */
  rows: number[];
  labelColumn: number;
  supportColumn: number;
}

const cells = (line: string): string[] => {
  const t = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return t.split("|");
};
const strip = (cell: string): string => cell.replace(/`|\*\*|__/g, "").trim();

/** Finds the pipe table whose rows carry these labels. */
function findTable(lines: readonly string[], rows: readonly VersionRow[]): TableLines | null {
  const labels = new Set(rows.map((r) => r.label));
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/\|/.test(lines[i]!) || !/^\s*\|?\s*:?-{2,}/.test(lines[i + 1]!)) continue;
    const data: number[] = [];
    for (let j = i + 2; j < lines.length && /\|/.test(lines[j]!) && lines[j]!.trim() !== ""; j++) data.push(j);
    const first = data[0] === undefined ? null : cells(lines[data[0]]!);
    if (!first) continue;
    const labelColumn = first.findIndex((c) => labels.has(strip(c)));
    if (labelColumn < 0 || !data.every((j) => labels.has(strip(cells(lines[j]!)[labelColumn] ?? "")))) continue;
    const header = cells(lines[i]!).map((c) => strip(c).toLowerCase());
    let supportColumn = header.findIndex((h) => /support|status|security|maintained/.test(h));
    if (supportColumn < 0 || supportColumn === labelColumn) supportColumn = labelColumn === 0 ? 1 : 0;
    return { rows: data, labelColumn, supportColumn };
  }
  return null;
}

/** Replaces one cell of a table line, keeping its padding where the new text fits. */
function setCell(line: string, column: number, text: string): string {
  const lead = /^\s*\|?/.exec(line)![0];
  const trail = /\|?\s*$/.exec(line)![0];
  const parts = line.slice(lead.length, line.length - trail.length).split("|");
  const old = parts[column] ?? "";
  const width = old.length - 2;
  parts[column] = ` ${text}${" ".repeat(Math.max(0, width - text.length))} `;
  return lead + parts.join("|") + trail;
}

export interface TableChange {
  text: string;
  added: string;
  /** Labels newly marked unsupported (support.lines). */
  retired: string[];
}

/**
 * Adds a supported row for `label` to the table of `rows` in `markdown`; with `keepLines`,
 * marks supported lines beyond the newest `keepLines` unsupported. Null when the table
 * cannot be found or the row exists.
 */
export function addSupportedRow(markdown: string, rows: readonly VersionRow[], label: string, keepLines: number | null): TableChange | null {
  if (rows.some((r) => r.label === label)) return null;
  const eol = markdown.includes("\r\n") ? "\r\n" : "\n";
  const lines = markdown.split(/\r?\n/);
  const table = findTable(lines, rows);
  if (!table) return null;
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  const rowOf = (j: number) => byLabel.get(strip(cells(lines[j]!)[table.labelColumn] ?? ""));
  const supportedLine = table.rows.find((j) => rowOf(j)?.supported === true) ?? table.rows[0]!;
  const unsupportedCell = table.rows.map((j) => rowOf(j)?.supported === false ? strip(cells(lines[j]!)[table.supportColumn] ?? "") : null).find((c) => c) ?? ":x:";
  const newLine = setCell(lines[supportedLine]!, table.labelColumn, label);
  // Newest first when the first row's line is above the last's.
  const low = (j: number) => {
    const r = rowOf(j);
    return r?.range ? (semver.minVersion(r.range)?.version ?? "0.0.0") : "0.0.0";
  };
  const descending = semver.gte(low(table.rows[0]!), low(table.rows[table.rows.length - 1]!));
  const at = descending ? table.rows[0]! : table.rows[table.rows.length - 1]! + 1;
  const retired: string[] = [];
  if (keepLines !== null) {
    const supported = table.rows
      .filter((j) => rowOf(j)?.supported === true && rowOf(j)?.range)
      .sort((a, b) => semver.rcompare(low(a), low(b)));
    // The new line is the newest; keep the next keepLines − 1.
    for (const j of supported.slice(Math.max(0, keepLines - 1))) {
      lines[j] = setCell(lines[j]!, table.supportColumn, unsupportedCell);
      retired.push(rowOf(j)!.label);
    }
  }
  lines.splice(at, 0, newLine);
  return { text: lines.join(eol), added: label, retired };
}
