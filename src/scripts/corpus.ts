/**
 * Measures the policy reader against the SECURITY.md corpus:
 *
 *   npm run corpus -- ../shared/corpus/security-md
 *
 * Reads index.json and each NNN.md, runs readPolicy, and prints per file whether the rows
 * (label + supported, in order) and the promises (acknowledge, respond, disclosure) match the
 * human reading, what differs, then the totals. Labels of bulleted-list policies (table_found
 * false with rows) match loosely, as CONVENTIONS.txt says. Always exits 0: it is a measurement.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeEntities } from "../core/policy/inline.js";
import { readPolicy } from "../core/policy/read-policy.js";
import type { Duration, Policy, Support } from "../core/policy/types.js";

interface ExpectedRow {
  label: string;
  supported: Support;
}
interface Entry {
  id: string;
  repo?: string;
  expected: {
    table_found: boolean;
    rows: ExpectedRow[];
    ack: Duration | null;
    response: Duration | null;
    disclosure_days: number | null;
  };
  notes?: string;
}

/** A label as it reads: entities decoded, without markdown's code and emphasis marks, image and link targets, HTML line breaks or backslash escapes ("v0.6.0 \\~ v0.6.1"). */
const plain = (label: string): string =>
  decodeEntities(label)
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1")
    // An image reads as its alt text, a link as its text (a badge is an image inside a link); an HTML line break as a space.
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/`|\*\*/g, "")
    // Emphasis around the label or a word of it ("The latest *stable* release"), not a glob's star ("1.*").
    .replace(/^\*(.+)\*$/, "$1")
    .replace(/(^|[\s(])([*_])([^*_\s](?:[^*_]*[^*_\s])?)\2(?=$|[\s).,:;])/g, "$1$3")
    .replace(/\s+/g, " ")
    .trim();
const loose = (label: string): string => label.toLowerCase().replace(/[^a-z0-9.<>=*]+/g, "");

function sameLabel(expected: string, got: string, looseMatch: boolean): boolean {
  if (expected === got || plain(expected) === got) return true;
  if (!looseMatch) return false;
  const a = loose(plain(expected));
  const b = loose(got);
  return a !== "" && b !== "" && (a.includes(b) || b.includes(a));
}

function sameDuration(a: Duration | null, b: Duration | null): boolean {
  return a === null || b === null ? a === b : a.amount === b.amount && a.unit === b.unit;
}

const show = (d: Duration | null): string => (d === null ? "none" : `${d.amount} ${d.unit}`);

/** Rows matched in order: each expected row against the next got row with the same label. */
function compareRows(expected: ExpectedRow[], got: Policy["rows"], looseMatch: boolean) {
  const diffs: string[] = [];
  let right = 0;
  let cursor = 0;
  const used = new Set<number>();
  for (const e of expected) {
    let found = -1;
    for (let k = cursor; k < got.length; k++) {
      if (sameLabel(e.label, got[k]?.label ?? "", looseMatch)) {
        found = k;
        break;
      }
    }
    if (found === -1) {
      diffs.push(`missing row '${e.label}' (${String(e.supported)})`);
      continue;
    }
    used.add(found);
    cursor = found + 1;
    const g = got[found];
    if (g?.supported === e.supported) right++;
    else diffs.push(`row '${e.label}': expected ${String(e.supported)}, got ${String(g?.supported)}`);
  }
  got.forEach((g, k) => {
    if (!used.has(k)) diffs.push(`extra row '${g.label}' (${String(g.supported)})`);
  });
  const extra = got.length - used.size;
  const exact = diffs.length === 0 && expected.length === got.length;
  return { right, total: expected.length + extra, exact, diffs };
}

interface Tally {
  files: number;
  exact: number;
  rowsRight: number;
  rowsTotal: number;
  tableFiles: number;
  tableFilesExact: number;
  promisesRight: number;
  tablesRight: number;
}

const emptyTally = (): Tally => ({ files: 0, exact: 0, rowsRight: 0, rowsTotal: 0, tableFiles: 0, tableFilesExact: 0, promisesRight: 0, tablesRight: 0 });

/** One file's reading against its labels, as the tallies count it. */
interface Verdict {
  rowsRight: number;
  rowsTotal: number;
  tableFile: boolean;
  tableFileExact: boolean;
  promisesRight: number;
  tableRight: boolean;
  exact: boolean;
}

function add(t: Tally, v: Verdict): void {
  t.files++;
  t.rowsRight += v.rowsRight;
  t.rowsTotal += v.rowsTotal;
  if (v.tableFile) t.tableFiles++;
  if (v.tableFileExact) t.tableFilesExact++;
  t.promisesRight += v.promisesRight;
  if (v.tableRight) t.tablesRight++;
  if (v.exact) t.exact++;
}

/** A set's figures on all its files, and on the files whose labeller marked no reading "DOUBT" (defensible either way). */
interface SetTally {
  all: Tally;
  undisputed: Tally;
}

/** Whether the labeller found a reading of this file defensible either way (CONVENTIONS.txt: "DOUBT" in the notes). */
const doubted = (entry: Entry): boolean => JSON.stringify(entry).includes("DOUBT");

/** The set whose files' misreadings stay unseen, so that its figures stay blind. */
const HELD_OUT = "held-out";

/** Reads one corpus folder, prints each file's verdict, and adds it to the tally of its set. */
function measure(dir: string, tallies: Map<string, SetTally>, fallbackSet: string, quiet: boolean, only: string | null, showHeldOut: boolean): number {
  let entries: (Entry & { set?: string })[];
  try {
    entries = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as (Entry & { set?: string })[];
  } catch (error) {
    console.log(`Cannot read ${join(dir, "index.json")}: ${(error as Error).message}`);
    return 0;
  }
  let slowest = 0;
  for (const entry of entries) {
    let text: string;
    try {
      text = readFileSync(join(dir, `${entry.id}.md`), "utf8");
    } catch {
      console.log(`${entry.id}  (file missing)`);
      continue;
    }
    const set = entry.set ?? fallbackSet;
    if (only !== null && set !== only) continue;
    const started = performance.now();
    const policy = readPolicy(text);
    slowest = Math.max(slowest, performance.now() - started);
    const e = entry.expected;
    const looseMatch = !e.table_found && e.rows.length > 0;
    const rows = compareRows(e.rows, policy.rows, looseMatch);
    const diffs = [...rows.diffs];
    const promiseChecks: Array<[string, boolean, string, string]> = [
      ["ack", sameDuration(e.ack, policy.acknowledge), show(e.ack), show(policy.acknowledge)],
      ["response", sameDuration(e.response, policy.respond), show(e.response), show(policy.respond)],
      ["disclosure", e.disclosure_days === policy.disclosureDays, String(e.disclosure_days ?? "none"), String(policy.disclosureDays ?? "none")],
    ];
    for (const [name, ok, want, got] of promiseChecks) if (!ok) diffs.push(`${name}: expected ${want}, got ${got}`);
    const promisesOk = promiseChecks.every(([, ok]) => ok);
    const tableRight = e.table_found === policy.tableFound;
    if (!tableRight) diffs.push(`table_found: expected ${String(e.table_found)}, got ${String(policy.tableFound)}`);
    const exact = rows.exact && promisesOk;
    const verdict: Verdict = {
      rowsRight: rows.right,
      rowsTotal: rows.total,
      tableFile: e.table_found,
      tableFileExact: e.table_found && rows.exact && policy.tableFound,
      promisesRight: promiseChecks.filter(([, ok]) => ok).length,
      tableRight,
      exact,
    };
    const t = tallies.get(set) ?? { all: emptyTally(), undisputed: emptyTally() };
    tallies.set(set, t);
    add(t.all, verdict);
    if (!doubted(entry)) add(t.undisputed, verdict);
    // The held-out set's misreadings stay unseen, so that its figures stay blind.
    if (quiet || (set === HELD_OUT && !showHeldOut)) continue;
    console.log(`${entry.id}  ${exact ? "OK  " : "DIFF"} rows ${rows.exact ? "ok" : "differ"}, promises ${promisesOk ? "ok" : "differ"}  [${set}] (${entry.repo ?? ""})`);
    for (const d of diffs) console.log(`      - ${d}`);
  }
  return slowest;
}

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

function report(heading: string, t: Tally): void {
  console.log("");
  console.log(heading);
  console.log(`  rows exact (label and supported):      ${t.rowsRight}/${t.rowsTotal} = ${pct(t.rowsRight, t.rowsTotal)}`);
  console.log(`  table files exact (every row right):   ${t.tableFilesExact}/${t.tableFiles} = ${pct(t.tableFilesExact, t.tableFiles)}`);
  console.log(`  promises (ack, response, disclosure):  ${t.promisesRight}/${t.files * 3} = ${pct(t.promisesRight, t.files * 3)}`);
  console.log(`  files exact (rows and promises):       ${t.exact}/${t.files} = ${pct(t.exact, t.files)}`);
  console.log(`  table_found right:                     ${t.tablesRight}/${t.files} = ${pct(t.tablesRight, t.files)}`);
}

/**
 * `npm run corpus [-- DIR…] [--quiet] [--set NAME] [--show-held-out]`: each folder's files (of one set), then the figures
 * per set; the files of the set named "held-out" only with --show-held-out. Without
 * folders: the project's own corpus (test/corpus/security-md: the sets tuned on, and a held-out set
 * when one is kept) and the first corpus beside the checkout (../shared/corpus).
 */
function main(): void {
  const args = process.argv.slice(2);
  const quiet = args.includes("--quiet");
  const showHeldOut = args.includes("--show-held-out");
  const setAt = args.indexOf("--set");
  const only = setAt === -1 ? null : (args[setAt + 1] ?? null);
  const given = args.filter((a, i) => !a.startsWith("--") && (setAt === -1 || i !== setAt + 1));
  const dirs = given.length ? given.map((d) => [d, d] as const) : ([["test/corpus/security-md", "added"], ["../shared/corpus/security-md", "first corpus (tuned on)"]] as const);
  const tallies = new Map<string, SetTally>();
  let slowest = 0;
  for (const [dir, set] of dirs) slowest = Math.max(slowest, measure(dir, tallies, set, quiet, only, showHeldOut));
  for (const [set, t] of tallies) {
    report(`${set}: ${t.all.files} files`, t.all);
    // Only where some labels are marked doubtful: the same figures without those files.
    if (t.undisputed.files < t.all.files) report(`${set}, the ${t.undisputed.files} files with no reading marked "DOUBT":`, t.undisputed);
  }
  console.log("");
  console.log(`slowest file: ${slowest.toFixed(1)} ms`);
}

try {
  main();
} catch (error) {
  console.log(`corpus measurement failed: ${(error as Error).message}`);
}
process.exitCode = 0;
