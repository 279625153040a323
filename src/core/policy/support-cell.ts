/**
 * A support cell as a careful reader states it: true, false or "partial" (security fixes
 * only, best effort, :warning:), or null when the cell says nothing about support.
 * Dates are read in the file's own framing ("Until 2023-12-31" is true); today's date is
 * never consulted.
 */
import type { Support } from "./types.js";

const CHECKS = [
  "✅", "✔", "☑", "✓", "🟢", "🆗", "👍",
  ":white_check_mark:", ":heavy_check_mark:", ":ballot_box_with_check:", ":green_circle:",
  ":check:", ":ok:", ":+1:", ":thumbsup:",
];
const CROSSES = [
  "❌", "✖", "✗", "✘", "❎", "⛔", "🚫", "🔴", "🛑", "👎",
  ":x:", ":heavy_multiplication_x:", ":no_entry:", ":no_entry_sign:", ":negative_squared_cross_mark:",
  ":red_circle:", ":-1:", ":thumbsdown:", ":stop_sign:", ":octagonal_sign:",
];
const WARNINGS = [
  "⚠", "🟡", "🟠", "⏳", "⌛",
  ":warning:", ":yellow_circle:", ":orange_circle:", ":hourglass:", ":hourglass_flowing_sand:",
];

/** Word boundaries that also work for Cyrillic, accented and CJK-adjacent words. */
const w = (words: string): string => `(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`;

const NEGATIVE = new RegExp(
  [
    "not\\s+(?:yet\\s+)?(?:supported|maintained|released)",
    "unsupported", "no\\s+longer", "end[\\s-]*of[\\s-]*(?:life|support)", w("eo[ls]"), "deprecated",
    "discontinued", "obsolete", "outdated", "retired", "archived", "expired", "abandoned", "unmaintained",
    "out\\s+of\\s+support", w("no\\s+support"), "please\\s+(?:update|upgrade)", "upgrade\\s+to", "update\\s+to",
    "will\\s+be\\s+released", "unreleased", w("planned"), "upcoming", "coming\\s+soon",
    "不再支持", "不支持", "停止支持", "停止维护", "終了", "サポート外", "非対応", "미지원", "지원\\s*종료",
    "no\\s+soportad", "sin\\s+soporte", "obsolet", "не\\s+поддерж", "устарел", "nicht\\s+(?:mehr\\s+)?unterstützt",
    "non\\s+support", "non\\s+pris",
  ].join("|"),
  "iu",
);

const PARTIAL = new RegExp(
  [
    "security[\\s-]+(?:(?:fixes|patches|updates)\\s+)?only", "only\\s+security", "^security\\s+(?:fixes|patches|updates)$",
    "critical\\s+(?:security\\s+)?(?:fixes|patches|updates)", "best[\\s-]+effort", "minimal", w("limited"), "partial",
    w("maintenance"), "bug[\\s-]*fix(?:es)?", "possibly", "conditional",
    "仅.{0,4}安全", "部分", "限定", "セキュリティ(?:修正|アップデート)のみ", "solo\\s+(?:parches\\s+de\\s+)?seguridad",
    "частичн", "только\\s+(?:исправления\\s+)?безопасност",
  ].join("|"),
  "iu",
);

const POSITIVE = new RegExp(
  [
    w("yes|y|lts|active|current|latest|stable|recommended|full|true|ok|sí|si|ja|oui|да|是"), "supported", w("support"), "maintained",
    "feature\\s+updates", w("until|till|through"), "soportad", "поддерживается", "支持", "サポート", "対応", "지원",
    "unterstützt", "supporté",
  ].join("|"),
  "iu",
);

const NEGATIVE_WORD = new RegExp(w("no|n|none|never|false|nein|non|нет|否|无|なし|아니오|아니요"), "iu");

const DATE = new RegExp(
  [
    "\\b(?:19|20)\\d{2}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?\\b",
    "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b",
    "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(?:19|20)\\d{2}\\b",
    "\\b(?:19|20)\\d{2}\\s*[hq][1-4]\\b", "\\b[hq][1-4]\\s*(?:19|20)\\d{2}\\b",
  ].join("|"),
  "i",
);

const SYMBOL = /:[a-z0-9_+-]{1,40}:|\p{Extended_Pictographic}/gu;

export interface CellContext {
  /** A bare date in this cell means "supported until then" (the column is headed "Security fixes until", "EOL"…). */
  datesMeanSupported?: boolean;
  /** Meanings of other symbols, from a legend in the policy (":date: Will be released soon"). */
  legend?: ReadonlyMap<string, Support>;
}

function firstSymbol(text: string): Support | null {
  let best: Support | null = null;
  let at = Infinity;
  const look = (symbols: string[], meaning: Support): void => {
    for (const s of symbols) {
      const i = text.indexOf(s);
      if (i !== -1 && i < at) {
        at = i;
        best = meaning;
      }
    }
  };
  look(CHECKS, true);
  look(CROSSES, false);
  look(WARNINGS, "partial");
  return best;
}

/** Reads one support cell. */
export function readSupportCell(cell: string, context: CellContext = {}): Support | null {
  const text = cell.replace(/\uFE0F/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  if (text === "" || text.length > 120 || /^[-–—?.\s/]*$/.test(text)) return null;
  if (NEGATIVE.test(text)) return false;
  const symbol = firstSymbol(text);
  if (symbol === false) return false;
  if (PARTIAL.test(text)) return "partial";
  if (symbol !== null) return symbol;
  if (POSITIVE.test(text)) return true;
  if (NEGATIVE_WORD.test(text)) return false;
  if (context.datesMeanSupported && DATE.test(text)) return true;
  if (context.legend !== undefined && context.legend.size > 0) {
    for (const m of text.matchAll(SYMBOL)) {
      const meaning = context.legend.get(m[0]);
      if (meaning !== undefined) return meaning;
    }
  }
  return null;
}

const LEGEND_ENTRY = /^\s*((?::[a-z0-9_+-]{1,40}:)+|\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200D]*)\s*[:=\-–—]?\s*(\S.{0,80}?)\s*$/u;

/**
 * Symbol meanings from legend lines such as ":date: Will be released soon" or
 * ":heavy_check_mark: Supported / :x: Unsupported". Only symbols whose meaning reads as support are kept.
 */
export function readLegend(lines: readonly string[]): Map<string, Support> {
  const legend = new Map<string, Support>();
  for (const raw of lines) {
    if (raw.length > 400 || raw.includes("|") || !/[:\p{Extended_Pictographic}]/u.test(raw)) continue;
    for (const segment of raw.replace(/\uFE0F/g, "").split(/\s+\/\s*|\s*,\s+/)) {
      const m = LEGEND_ENTRY.exec(segment);
      if (!m?.[1] || !m[2]) continue;
      const meaning = readSupportCell(m[2]);
      const symbol = m[1].toLowerCase();
      if (meaning !== null && !legend.has(symbol)) legend.set(symbol, meaning);
    }
  }
  return legend;
}
