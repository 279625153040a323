/**
 * Who is given the advisory at intake: the configured `collaborators` (teams and users) and the
 * primary handler, and, with `handler_credit`, the handler's credit. One write that adds them to
 * what the advisory has when it is written (GitHub replaces each array whole, so the writer reads
 * the advisory first and never drops anyone). Pure.
 */
import type { Action, AdvisoryRef } from "./actions.js";
import type { Report } from "./report.js";

export interface ShareSettings {
  collaborators: { teams: readonly string[]; users: readonly string[] };
  /** A GitHub credit type for the handler (`coordinator`), or null. */
  handlerCredit: string | null;
}

export const NO_SHARE: ShareSettings = { collaborators: { teams: [], users: [] }, handlerCredit: null };

/** Whether the config asks for anything beyond giving the handler access. */
export const sharing = (s: ShareSettings): boolean => s.collaborators.teams.length > 0 || s.collaborators.users.length > 0 || s.handlerCredit !== null;

/**
 * Team slugs for the advisory of a repository owned by `owner`: `security` and `acme/security`
 * name the same team in acme; a team of another organisation cannot collaborate there and is left out.
 */
export function teamSlugs(teams: readonly string[], owner: string): string[] {
  const out: string[] = [];
  for (const t of teams) {
    const [org, slug] = t.includes("/") ? (t.split("/") as [string, string]) : [owner, t];
    if (org.toLowerCase() === owner.toLowerCase() && !out.some((x) => x.toLowerCase() === slug.toLowerCase())) out.push(slug);
  }
  return out;
}

/** The share-advisory action of a report's intake, or null when the config asks for nothing (the handler then gets add-advisory-collaborator). */
export function shareAction(report: Report, settings: ShareSettings): Action | null {
  // The advisory, not the thread: where its comments API is missing the thread is the tracking issue, the advisory is still there.
  if (!sharing(settings) || !report.ghsaId) return null;
  const advisory: AdvisoryRef = { owner: report.owner, repo: report.repo, ghsaId: report.ghsaId };
  const users: string[] = [];
  for (const u of settings.collaborators.users) if (!users.some((x) => x.toLowerCase() === u.toLowerCase())) users.push(u);
  return {
    type: "share-advisory",
    reportId: report.id,
    advisory,
    users,
    teams: teamSlugs(settings.collaborators.teams, report.owner),
    handler: report.handler,
    credit: report.handler && settings.handlerCredit ? { login: report.handler, type: settings.handlerCredit } : null,
  };
}
