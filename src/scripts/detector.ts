/**
 * `npm run detector [-- FILE]`: the default public-issue detector measured on a labelled set
 * (test/fixtures/public-issues.json by default): precision, recall, and the misses.
 */
import { readFileSync } from "node:fs";
import { Detector } from "../core/detector.js";

interface Labelled {
  title: string;
  body: string;
  report: boolean;
  kind: string;
}

export interface Measure {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  misses: Labelled[];
  falseAlarms: Labelled[];
}

export function measure(set: readonly Labelled[], detector = new Detector({ words: null, patterns: [] })): Measure {
  const m = { tp: 0, fp: 0, fn: 0, tn: 0, misses: [] as Labelled[], falseAlarms: [] as Labelled[] };
  for (const item of set) {
    const flagged = detector.detect(item.title, item.body).flagged;
    if (flagged && item.report) m.tp++;
    else if (flagged) (m.fp++, m.falseAlarms.push(item));
    else if (item.report) (m.fn++, m.misses.push(item));
    else m.tn++;
  }
  return { ...m, precision: m.tp / Math.max(1, m.tp + m.fp), recall: m.tp / Math.max(1, m.tp + m.fn) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? "test/fixtures/public-issues.json";
  const set = JSON.parse(readFileSync(file, "utf8")) as Labelled[];
  // Rules were tuned looking at the even-numbered items; the odd ones are held out.
  for (const [name, part] of [["tuning half", set.filter((_, i) => i % 2 === 0)], ["held-out half", set.filter((_, i) => i % 2 === 1)]] as const) {
    const h = measure(part);
    console.log(`${name}: ${part.length} issues, precision ${(h.precision * 100).toFixed(1)}%, recall ${(h.recall * 100).toFixed(1)}%`);
  }
  const m = measure(set);
  console.log(`${set.length} issues (${set.filter((x) => x.report).length} reports)`);
  console.log(`flagged: ${m.tp + m.fp} — true ${m.tp}, false ${m.fp}; missed reports ${m.fn}`);
  console.log(`precision ${(m.precision * 100).toFixed(1)}%, recall ${(m.recall * 100).toFixed(1)}%`);
  for (const x of m.misses) console.log(`  missed (${x.kind}): ${x.title}`);
  for (const x of m.falseAlarms) console.log(`  false alarm (${x.kind}): ${x.title}`);
}
