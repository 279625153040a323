/**
 * A policy's own legend of marks: what its symbols and codes mean, from legend lines (":rocket: Supported /
 * :snail: Security fixes only", a bulleted list "- 💚 **Supported**") or a two-column legend table. Used by
 * the table reader (read-policy.ts) to read cells with marks of the policy's own.
 */
import type { Support } from "./types.js";
import { legendKey, readSupportCell } from "./support-cell.js";
import { COMPONENTS_HEADER, namesSupport, namesSupportedVersion } from "./headers.js";

/**
 * Symbol meanings from a legend table ("| L | **LTS:** Long term supported. |"): two columns, the
 * first short codes that are not versions, the second read as support. A table is a legend only
 * when at least two of its rows are such pairs and none names a version.
 */
export function readLegendGrid(grid: { header: readonly string[]; rows: readonly (readonly string[])[] }): Map<string, Support> {
  const legend = new Map<string, Support>();
  const width = Math.max(grid.header.length, ...grid.rows.map((r) => r.length));
  // ("Component | Supported version" over "Server | latest", "Package | Supported" over "core | Yes" name lines, they define no codes.)
  const namesLines = COMPONENTS_HEADER.test(grid.header[0] ?? "") && grid.header.some((h, i) => i > 0 && (namesSupportedVersion(h) || namesSupport(h)));
  if (width === 3 && grid.rows.length >= 2 && !namesLines) return markedLegend(grid.header, grid.rows);
  if (width !== 2 || grid.rows.length < 2 || namesLines) return legend;
  for (const [code = "", meaning = ""] of grid.rows) {
    const key = legendKey(code);
    if (key === "" || key.length > 12 || /\d/.test(key)) return new Map();
    // "**Partially (Old):** Partially supported due to deprecated …": the entry's title says it first.
    const title = /^\s*(?:\*\*|__)?([^:*]{1,40}?)(?:\*\*|__)?\s*:/.exec(meaning)?.[1];
    const support = (title ? readSupportCell(title) : null) ?? readSupportCell(meaning);
    if (support !== null && !legend.has(key)) legend.set(key, support);
  }
  return legend.size >= 2 ? legend : new Map();
}

/** A legend table's header: "Legend", "Meaning", "Description", "Symbol", "Notes". */
const LEGEND_HEADER = /legend|meaning|description|symbol|icon|emoji|\bkey\b|\bnotes?\b/i;
/** A tick or a cross: a mark of support, never a legend's own symbol. */
const TICK_OR_CROSS = /[✅✔☑✓❌✖✗✘×❎🚫⛔]|:(?:x|white_check_mark|heavy_check_mark|ballot_box_with_check|heavy_multiplication_x|negative_squared_cross_mark|no_entry(?:_sign)?):/u;
/** A cell of symbols only ("✔️", "🟢", ":x:"), no words. */
const SYMBOLS_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|:[a-z0-9_+-]+:|[✓✔✗✘×\u200D])+$/u;

/** A legend's own symbol: symbols only, short, no tick or cross. */
const isCode = (c: string): boolean => SYMBOLS_ONLY.test(c) && c.length <= 12 && !TICK_OR_CROSS.test(c);

/**
 * "| ✔️ | 🟢 | Long Term Support |", "| ❌ | 🔴 | End of Life |" under "Support | Legend | Description": a three-column legend whose
 * one column is a bare mark of support, another the symbol it gives (each once, itself no tick or cross) and the third words;
 * the symbol means what its mark says (not a table of features, "| Linux | ✅ | ✅ |", nor of words, "| 2.x | Current | No |").
 */
function markedLegend(header: readonly string[], rows: readonly (readonly string[])[]): Map<string, Support> {
  if (!header.some((h) => LEGEND_HEADER.test(h))) return new Map();
  const column = (i: number): string[] => rows.map((r) => legendKey(r[i] ?? ""));
  for (let mark = 0; mark < 3; mark++) {
    const marks = column(mark).map((m) => (SYMBOLS_ONLY.test(m) ? readSupportCell(m) : null));
    if (marks.some((m) => m === null)) continue;
    for (let code = 0; code < 3; code++) {
      const codes = column(code);
      const words = column(3 - mark - code);
      if (code === mark || !codes.every(isCode) || new Set(codes).size !== codes.length || !words.every((w) => /\p{L}/u.test(w))) continue;
      return new Map(codes.map((c, i) => [c, marks[i] as Support]));
    }
  }
  return new Map();
}

const LEGEND_ENTRY = /^\s*([-*+]\s+)?((?::[a-z0-9_+-]{1,40}:)+|\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200D]*)\s*[:=\-–—]?\s*(\S.{0,80}?)\s*$/u;

/**
 * Symbol meanings from legend lines such as ":date: Will be released soon" or
 * ":heavy_check_mark: Supported / :x: Unsupported". Only symbols whose meaning reads as support are kept.
 */
export function readLegend(lines: readonly string[]): Map<string, Support> {
  const legend = new Map<string, Support>();
  const deprecated: string[] = [];
  let noes = 0;
  const entries = lines.flatMap((raw) => {
    if (raw.length > 400 || raw.includes("|") || !/[:\p{Extended_Pictographic}]/u.test(raw)) return [];
    return raw
      .replace(/\uFE0F/g, "")
      .split(/\s+\/\s*|\s*,\s+/)
      .map((segment) => LEGEND_ENTRY.exec(segment))
      .filter((m): m is RegExpExecArray => m !== null);
  });
  // A bulleted legend ("- 💚 **Supported**") gives several marks of its own, each once, in a word or two; a checklist
  // ("- ✅ Code scanning enabled") repeats its mark, and a bullet "✅ Security patches" says what a line gets, not what ✅ means.
  const bulleted = new Map<string, number>();
  for (const m of entries) if (m[1] && m[2]) bulleted.set(legendKey(m[2]), (bulleted.get(legendKey(m[2])) ?? 0) + 1);
  const ownMarks = [...bulleted].filter(([mark, n]) => n === 1 && readSupportCell(mark) === null).length;
  for (const [, bullet, mark, said] of entries) {
    // A mark inside wrapped prose ("… with a\n:white_check_mark: next to them. No other versions …") defines nothing.
    if (!mark || !said || /[.!?]\s+\p{Lu}/u.test(said)) continue;
    const symbol = legendKey(mark);
    if (bullet && (ownMarks < 2 || bulleted.get(symbol) !== 1 || said.split(/\s+/).length > 3 || readSupportCell(mark) !== null)) continue;
    const meaning = readSupportCell(said);
    if (meaning === null || legend.has(symbol)) continue;
    legend.set(symbol, meaning);
    if (meaning === false) noes++;
    if (DEPRECATED_ALONE.test(said)) deprecated.push(symbol);
  }
  // "💚 Supported / 💛 Deprecated / ❤️ Not Supported": a tier of its own between yes and no is partly supported
  // (not where there are more tiers of no, or the policy says deprecated lines get no fixes).
  const deprecatedEnded = lines.some((l) => DEPRECATED_ENDED.test(l));
  if (deprecated.length === 1 && noes === 2 && legend.size === 3 && [...legend.values()].includes(true) && !deprecatedEnded) legend.set(deprecated[0] as string, "partial");
  return legend;
}

/** "Deprecated versions are not patched", "deprecated releases no longer receive security updates". */
const DEPRECATED_ENDED = /\bdeprecated\s+(?:versions?|releases?|lines?|branches|series)\b[^.]{0,40}?\b(?:not|no\s+longer|never|won't|don't|do\s+not)\b/i;
/** A legend entry that says only "Deprecated". */
const DEPRECATED_ALONE = /^[\s*_]*deprecated[\s*_.]*$/i;
