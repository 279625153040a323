/**
 * micromark is thorough but takes quadratic time on some hostile shapes: thousands of nested
 * quotes or list markers at a line's start, long runs of brackets. A line is shown to it
 * tamed, keeping what the line is (a quote stays a quote, a list item a list item, a
 * paragraph line a paragraph line) at a bounded cost: nesting beyond five levels is cut to
 * five, and brackets after a line's 32nd become letters. Line breaks are never touched, so
 * line numbers stay those of the text as written. Pure.
 */

/** Six or more levels of `>` or list markers at a line's start (five keep the meaning). */
const DEEP_NESTING = /^(?:[ \t]{0,3}(?:>|[-*+][ \t]+|\d{1,9}[.)][ \t]+)[ \t]?){6,}/;
const BRACKETS_KEPT = 32;

/** The line as the parser is shown it: same kind of block, bounded cost. */
export function tameLine(line: string): string {
  let s = line;
  const deep = DEEP_NESTING.exec(s);
  if (deep) {
    const markers = deep[0].match(/>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g) ?? [];
    s = `${markers.slice(0, 5).join(" ")} ${s.slice(deep[0].length)}`;
  }
  let brackets = 0;
  return s.replace(/[[\]]/g, (b) => (++brackets > BRACKETS_KEPT ? "x" : b));
}
