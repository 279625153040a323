/**
 * Ranges as intervals of versions, with bounds held as plain numbers (semver precedence,
 * prerelease identifiers included), so that long tables compare without semver objects.
 * Common labels (`1.2.x`, `<1.0.0`, `>=1.2.0 <1.4.0`) are read directly; anything else
 * goes through semver's own parser.
 */
import semver from "semver";
import type { Support } from "./types.js";

/** A version bound as plain numbers (semver precedence, prerelease identifiers included). */
export interface Bound {
  major: number;
  minor: number;
  patch: number;
  pre: ReadonlyArray<string | number>;
  inclusive: boolean;
}
export interface Interval {
  lo: Bound | null;
  hi: Bound | null;
}

/** semver's rule: numeric identifiers compare as numbers and sort before alphanumeric ones. */
function compareIdentifiers(x: string | number, y: string | number): number {
  const a = String(x);
  const b = String(y);
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePre(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
    const c = compareIdentifiers(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

export function compare(a: Bound, b: Bound): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre);
}

function higherLow(a: Bound | null, b: Bound): Bound {
  if (a === null) return b;
  const c = compare(a, b);
  return c > 0 || (c === 0 && !a.inclusive) ? a : b;
}

function lowerHigh(a: Bound | null, b: Bound): Bound {
  if (a === null) return b;
  const c = compare(a, b);
  return c < 0 || (c === 0 && !a.inclusive) ? a : b;
}

const FLOOR = [0]; // semver's "-0": below every prerelease of that version
const at = (major: number, minor: number, patch: number, inclusive: boolean, pre: ReadonlyArray<string | number> = []): Bound => ({
  major, minor, patch, pre, inclusive,
});

/** Fast path for the common labels: `1.2.3`, `1.2.x`, `1.x`, `*`; undefined for anything else. */
function simpleInterval(range: string): Interval | undefined {
  if (range === "*") return { lo: null, hi: null };
  const m = /^(\d{1,15})(?:\.(\d{1,15}))?(?:\.(\d{1,15}))?(\.x)?$/.exec(range);
  if (m === null) return undefined;
  const major = Number(m[1]);
  const minor = m[2] === undefined ? null : Number(m[2]);
  const patch = m[3] === undefined ? null : Number(m[3]);
  if (minor !== null && patch !== null && !m[4]) return { lo: at(major, minor, patch, true), hi: at(major, minor, patch, true) };
  if (!m[4] || patch !== null) return undefined;
  if (minor !== null) return { lo: at(major, minor, 0, true), hi: at(major, minor + 1, 0, false, FLOOR) };
  return { lo: at(major, 0, 0, true), hi: at(major + 1, 0, 0, false, FLOOR) };
}

/** Fast path for plain comparator sets (`<1.0.0`, `>=1.2.0 <1.4.0`); undefined for anything else. */
function comparatorInterval(range: string): Interval | undefined {
  let lo: Bound | null = null;
  let hi: Bound | null = null;
  for (const token of range.split(" ")) {
    const m = /^(<=|>=|<|>)(\d{1,15})\.(\d{1,15})\.(\d{1,15})$/.exec(token);
    if (m === null) return undefined;
    const b = at(Number(m[2]), Number(m[3]), Number(m[4]), m[1] === "<=" || m[1] === ">=");
    if (m[1]?.startsWith(">")) lo = higherLow(lo, b);
    else hi = lowerHigh(hi, b);
  }
  return { lo, hi };
}

/** The intervals a range covers (one per `||` alternative), empty ones dropped. */
export function intervalsOf(range: string): Interval[] {
  const simple = simpleInterval(range) ?? comparatorInterval(range);
  if (simple !== undefined) {
    const { lo, hi } = simple;
    if (lo !== null && hi !== null) {
      const c = compare(lo, hi);
      if (c > 0 || (c === 0 && !(lo.inclusive && hi.inclusive))) return [];
    }
    return [simple];
  }
  let parsed: semver.Range;
  try {
    parsed = new semver.Range(range);
  } catch {
    return [];
  }
  const out: Interval[] = [];
  for (const set of parsed.set) {
    let lo: Bound | null = null;
    let hi: Bound | null = null;
    for (const c of set) {
      if (c.value === "") continue; // any version
      const v = c.semver;
      const bound = (inclusive: boolean): Bound => at(v.major, v.minor, v.patch, inclusive, v.prerelease);
      if (c.operator === ">=" || c.operator === ">") lo = higherLow(lo, bound(c.operator === ">="));
      else if (c.operator === "<" || c.operator === "<=") hi = lowerHigh(hi, bound(c.operator === "<="));
      else {
        lo = higherLow(lo, bound(true));
        hi = lowerHigh(hi, bound(true));
      }
    }
    if (lo !== null && hi !== null) {
      const c = compare(lo, hi);
      if (c > 0 || (c === 0 && !(lo.inclusive && hi.inclusive))) continue;
    }
    out.push({ lo, hi });
  }
  return out;
}
