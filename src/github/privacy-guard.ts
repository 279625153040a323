/**
 * The promise "nothing public", as one decision every write passes through.
 *
 * Advisory threads and private repositories may carry report content. A write to a public
 * repository (an issue, a comment, a release, a check run) is allowed only for the few
 * kinds of message that are written without report content — and even then it is refused
 * when its text contains a fragment of anything sensitive (the report's summary and
 * description, the reporter's comments, an unpublished GHSA or CVE id).
 */

/** Message kinds that may go to a public place; all are rendered from templates, not report text. */
export const PUBLIC_KINDS: ReadonlySet<string> = new Set(["moved", "refusal", "policy-warning", "check-run", "release-note", "table-upkeep"]);

export interface WriteToGuard {
  /** Whether the target repository is public (advisory threads are never public). */
  targetPublic: boolean;
  /** The message kind or write type. */
  kind: string;
  /** Every piece of text the write would send. */
  text: string;
  /** Texts that must not appear in public (summary, description, reporter comments, ids under embargo). */
  sensitive: readonly string[];
}

export type GuardDecision = { allowed: true } | { allowed: false; reason: string };

const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** The pieces of a sensitive text worth looking for: ids whole, prose by sentence and line (≥ 12 characters). */
export function sensitiveFragments(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const n = normalise(t);
    if (!n) continue;
    if (/^(ghsa-[\w-]+|cve-\d{4}-\d+)$/.test(n)) {
      out.add(n);
      continue;
    }
    if (n.length >= 12) out.add(n.slice(0, 200));
    for (const piece of t.split(/(?<=[.!?])\s+|\n+/)) {
      const p = normalise(piece);
      if (p.length >= 12) out.add(p.slice(0, 200));
    }
  }
  return [...out];
}

export function guardWrite(w: WriteToGuard): GuardDecision {
  if (!w.targetPublic) return { allowed: true };
  if (!PUBLIC_KINDS.has(w.kind)) return { allowed: false, reason: `a ${w.kind} may only be written to a private place` };
  const text = normalise(w.text);
  const leaked = sensitiveFragments(w.sensitive).find((f) => text.includes(f));
  if (leaked !== undefined) return { allowed: false, reason: `the ${w.kind} would repeat report content in public` };
  return { allowed: true };
}
