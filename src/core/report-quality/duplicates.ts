/**
 * Likely duplicates of a new report among the repository's other reports: the similarity of
 * their words (summary and description, without the vocabulary every report shares) and of
 * the files, functions and endpoints they name. Pure.
 */
import { mentions } from "./mentions.js";

export interface Candidate {
  ghsaId: string;
  url: string;
  state: string;
  text: string;
}

export interface LikelyDuplicate {
  ghsaId: string;
  url: string;
  state: string;
  /** 0–1. */
  similarity: number;
  /** Files, functions and endpoints both name. */
  shared: string[];
}

/** Scores from this are shown; below it, reports are only alike in the way all reports are. */
export const DUPLICATE_AT = 0.25;

const STOP = new Set(
  (
    "the and for that this with from are was were been being have has had not but can could would should will may might must into onto over under about above after before " +
    "than then them they their there these those what when where which while who whom whose why how all any each few more most other some such only own same very just also " +
    "its it's you your our ours his her she him one two via use used using uses like get gets got make makes made does did done here out upon within without " +
    // what every security report says
    "vulnerability vulnerabilities vulnerable security issue issues report reported reporting attacker attackers attack exploit exploited exploitation allows allow allowed " +
    "lead leads result results impact affected affects affect version versions user users malicious remote arbitrary possible potential application server code data request " +
    "requests input crafted specially send sends sent access found discovered please thanks thank fix fixed patch steps reproduce poc proof concept description summary"
  ).split(" "),
);

function stem(w: string): string {
  return w.replace(/(ing|ed|es|s)$/, "").slice(0, 12);
}

function terms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.toLowerCase().replace(/https?:\/\/\S+/g, " ").match(/[a-z][a-z0-9_]{2,}/g) ?? []) {
    if (STOP.has(w)) continue;
    const t = stem(w);
    out.set(t, (out.get(t) ?? 0) + 1);
  }
  return out;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [t, n] of a) dot += n * (b.get(t) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0));
  const d = norm(a) * norm(b);
  return d ? dot / d : 0;
}

function named(text: string): Set<string> {
  const m = mentions(text);
  return new Set([...m.paths.map((p) => p.split("/").pop()!), ...m.functions.map((f) => f.split(".").pop()!), ...m.endpoints.map((e) => e.replace(/^[A-Z]+ /, ""))].map((s) => s.toLowerCase()));
}

export function similarity(a: string, b: string): { score: number; shared: string[] } {
  const words = cosine(terms(a), terms(b));
  const na = named(a);
  const nb = named(b);
  const shared = [...na].filter((x) => nb.has(x));
  if (na.size === 0 || nb.size === 0) return { score: words, shared };
  const overlap = shared.length / new Set([...na, ...nb]).size;
  return { score: 0.6 * words + 0.4 * overlap, shared };
}

/** The candidates alike enough to be the same finding, most alike first (at most five). */
export function likelyDuplicates(text: string, candidates: readonly Candidate[]): LikelyDuplicate[] {
  return candidates
    .map((c) => ({ c, s: similarity(text, c.text) }))
    .filter(({ s }) => s.score >= DUPLICATE_AT)
    .sort((x, y) => y.s.score - x.s.score)
    .slice(0, 5)
    .map(({ c, s }) => ({ ghsaId: c.ghsaId, url: c.url, state: c.state, similarity: Math.round(s.score * 100) / 100, shared: s.shared }));
}
