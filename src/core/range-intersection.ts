/**
 * The versions two semver ranges share, as a range (semver answers whether two ranges
 * intersect, not what they share). Each `||` alternative of one is paired with each of the
 * other; a pair keeps its tightest lower and upper bounds, and is dropped when they cross.
 */
import semver from "semver";

type Bound = { version: string; inclusive: boolean } | null;

const tighter = (a: Bound, b: Bound, lower: boolean): Bound => {
  if (!a || !b) return a ?? b;
  const c = semver.compare(a.version, b.version);
  if (c !== 0) return (lower ? c > 0 : c < 0) ? a : b;
  return a.inclusive ? b : a;
};

function bounds(comparators: readonly semver.Comparator[]): { low: Bound; high: Bound } | null {
  let low: Bound = null;
  let high: Bound = null;
  for (const c of comparators) {
    if (c.value === "") continue; // any version
    const v = c.semver.version;
    if (c.operator === ">=" || c.operator === ">") low = tighter(low, { version: v, inclusive: c.operator === ">=" }, true);
    else if (c.operator === "<=" || c.operator === "<") high = tighter(high, { version: v, inclusive: c.operator === "<=" }, false);
    else {
      low = tighter(low, { version: v, inclusive: true }, true);
      high = tighter(high, { version: v, inclusive: true }, false);
    }
  }
  if (low && high) {
    const c = semver.compare(low.version, high.version);
    if (c > 0 || (c === 0 && !(low.inclusive && high.inclusive))) return null;
  }
  return { low, high };
}

/** The intersection of two ranges (semver syntax), or null when they share no version. */
export function intersectRanges(a: string, b: string): string | null {
  const out: string[] = [];
  for (const x of new semver.Range(a).set) {
    for (const y of new semver.Range(b).set) {
      const bd = bounds([...x, ...y]);
      if (!bd) continue;
      const parts = [bd.low ? `${bd.low.inclusive ? ">=" : ">"}${bd.low.version}` : "", bd.high ? `${bd.high.inclusive ? "<=" : "<"}${bd.high.version}` : ""].filter(Boolean);
      out.push(parts.length ? parts.join(" ") : "*");
    }
  }
  return out.length ? [...new Set(out)].join(" || ") : null;
}
