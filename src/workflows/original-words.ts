/**
 * The advisory's description as last seen, by digest in the ledger: recorded at intake and
 * when the bot itself writes the description (a draft), compared by the reconciler whenever
 * the advisory's `updated_at` moves. A change the bot did not make gets one note on the
 * tracking issue (core/original-words.ts); the original stays in the tracking issue.
 */
import { createHash } from "node:crypto";
import { descriptionChange } from "../core/original-words.js";
import type { Report } from "../core/report.js";
import { patchReport } from "./ledger.js";
import type { Session } from "./session.js";

/** The digest of a description as GitHub holds it (line endings as GitHub may normalise them). */
export function descriptionDigest(description: string | null | undefined): string {
  return createHash("sha256").update((description ?? "").replace(/\r\n?/g, "\n").trim()).digest("hex").slice(0, 32);
}

/** At intake: the description as received, unless one is recorded already. */
export async function rememberDescription(s: Session, report: Report, description: string | null): Promise<Report> {
  if (report.descriptionDigest !== null) return report;
  const digest = descriptionDigest(description);
  return patchReport(s.store, report.id, s.clock(), (r) => (r.descriptionDigest === null ? { descriptionDigest: digest } : null));
}

/** What the reconciler lists of an advisory, as far as this needs it. */
export interface ListedForDescription {
  html_url: string;
  description?: string | null;
  updated_at?: string | null;
  collaborating_users?: { login: string }[] | null;
  collaborating_teams?: { slug: string }[] | null;
}

/** Notes a rewritten description on the tracking issue (once per change) and records the new digest. */
export async function watchDescription(s: Session, report: Report, a: ListedForDescription, previousUpdatedAt: string | null, templates: Record<string, string> = {}): Promise<Report> {
  const digest = descriptionDigest(a.description);
  const change = descriptionChange(report, {
    digest,
    empty: !a.description?.trim(),
    updatedAt: a.updated_at ?? new Date(s.clock()).toISOString(),
    previousUpdatedAt,
    htmlUrl: a.html_url,
    collaborators: (a.collaborating_users ?? []).map((u) => u.login),
    teams: (a.collaborating_teams ?? []).map((t) => t.slug),
  });
  if (!change) return report;
  if (change.actions.length) {
    // The note is private (the tracker); the guard refuses it anywhere public.
    await s.write(change.actions, { templates, sensitive: [a.description ?? ""] });
    s.log.info({ report: report.id }, "advisory description rewritten; noted on the tracking issue");
  }
  return patchReport(s.store, report.id, s.clock(), (r) => (r.descriptionDigest === digest ? null : change.patch));
}
