/**
 * Rows that overlap and disagree, found without comparing every pair: intervals are swept in
 * order of their lower bounds while, per support value, a max-heap on upper bounds holds those
 * already seen. The rows that overlap a new interval are exactly the heap entries reaching past
 * its lower bound, a subtree at the heap's root, so the sweep costs O(n log n) plus the pairs
 * it reports. Each pair found is confirmed with `semver.intersects`.
 */
import semver from "semver";
import type { Support } from "./types.js";
import { type Interval, compare, intervalsOf } from "./intervals.js";

/** Does `earlier` (whose lower bound is not above `later`'s) reach `later`? */
function reaches(earlier: Interval, later: Interval): boolean {
  if (earlier.hi === null || later.lo === null) return true;
  const c = compare(earlier.hi, later.lo);
  return c > 0 || (c === 0 && earlier.hi.inclusive && later.lo.inclusive);
}

function compareLow(a: Interval, b: Interval): number {
  if (a.lo === null || b.lo === null) return a.lo === b.lo ? 0 : a.lo === null ? -1 : 1;
  const c = compare(a.lo, b.lo);
  return c !== 0 ? c : a.lo.inclusive === b.lo.inclusive ? 0 : a.lo.inclusive ? -1 : 1;
}

function higherHigh(a: Interval, b: Interval): boolean {
  if (a.hi === null || b.hi === null) return a.hi === null && b.hi !== null;
  const c = compare(a.hi, b.hi);
  return c > 0 || (c === 0 && a.hi.inclusive && !b.hi.inclusive);
}

interface Entry {
  row: number;
  interval: Interval;
}

function heapPush(heap: Entry[], entry: Entry): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as Entry;
    if (!higherHigh(entry.interval, p.interval)) break;
    heap[i] = p;
    heap[parent] = entry;
    i = parent;
  }
}

export interface RangedRow {
  range: string | null;
  supported: Support;
}

/** Index pairs [i, j] (i < j) of rows whose ranges intersect while their support differs, at most `limit`. */
export function overlapPairs(rows: readonly RangedRow[], limit = Infinity): Array<[number, number]> {
  const entries: Entry[] = [];
  rows.forEach((row, i) => {
    if (row.range !== null) for (const interval of intervalsOf(row.range)) entries.push({ row: i, interval });
  });
  entries.sort((a, b) => compareLow(a.interval, b.interval));
  const heaps = new Map<Support, Entry[]>();
  const seen = new Set<string>();
  const pairs: Array<[number, number]> = [];
  for (const entry of entries) {
    const support = (rows[entry.row] as RangedRow).supported;
    for (const [other, heap] of heaps) {
      if (other === support) continue;
      const stack = [0];
      while (stack.length > 0 && pairs.length < limit) {
        const at = stack.pop() as number;
        const node = heap[at];
        if (node === undefined || !reaches(node.interval, entry.interval)) continue;
        stack.push(2 * at + 1, 2 * at + 2);
        const i = Math.min(node.row, entry.row);
        const j = Math.max(node.row, entry.row);
        const key = `${i},${j}`;
        if (i === j || seen.has(key)) continue;
        seen.add(key);
        const a = rows[i]?.range;
        const b = rows[j]?.range;
        if (a && b && safeIntersects(a, b)) pairs.push([i, j]);
      }
      if (pairs.length >= limit) break;
    }
    if (pairs.length >= limit) break;
    const heap = heaps.get(support) ?? [];
    heapPush(heap, entry);
    heaps.set(support, heap);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function safeIntersects(a: string, b: string): boolean {
  try {
    return semver.intersects(a, b);
  } catch {
    return false;
  }
}
