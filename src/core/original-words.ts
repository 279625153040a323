/**
 * The reporter's words are kept: the tracking issue holds the report's summary and description
 * as received, and when someone later rewrites the advisory's description (the reconciler sees
 * the advisory's `updated_at` move and its description's digest change) the tracking issue
 * gets a note saying so and when. GitHub does not say who edited an advisory (neither the REST
 * object nor a webhook names an editor: `repository_advisory` has only `reported` and
 * `published`), so the note says when, as GitHub dates it, and who can have made the change.
 * Pure: the digest is computed by the caller.
 */
import type { Action } from "./actions.js";
import { trackingIssueOf } from "./report-places.js";
import type { Report } from "./report.js";

export interface DescriptionChangedMessage {
  kind: "description-changed";
  reportId: string;
  advisoryUrl: string;
  /** The advisory's `updated_at` when the bot last saw the description unchanged (null: not known) and when it saw it changed (ISO, GitHub's times). */
  after: string | null;
  by: string;
  /** Who can edit the advisory, as far as GitHub says: its collaborating users and teams (admins and security managers can too). */
  collaborators: string[];
  teams: string[];
  /** The description is now empty. */
  emptied: boolean;
}

export interface DescriptionSeen {
  /** Digest of the description GitHub has now. */
  digest: string;
  empty: boolean;
  /** The advisory's updated_at now, and as last seen by the reconciler. */
  updatedAt: string;
  previousUpdatedAt: string | null;
  htmlUrl: string;
  collaborators: string[];
  teams: string[];
}

/**
 * What a changed description calls for: the ledger's digest brought up to date and, when it
 * differs from the one recorded (the report's words were rewritten), a note on the tracking
 * issue, once per change (its key names the digests before and after). Null: nothing changed.
 */
export function descriptionChange(report: Report, seen: DescriptionSeen): { patch: Partial<Report>; actions: Action[] } | null {
  if (report.descriptionDigest === seen.digest) return null;
  if (report.descriptionDigest === null) return { patch: { descriptionDigest: seen.digest }, actions: [] };
  const issue = trackingIssueOf(report);
  const message: DescriptionChangedMessage = {
    kind: "description-changed",
    reportId: report.id,
    advisoryUrl: seen.htmlUrl,
    after: seen.previousUpdatedAt,
    by: seen.updatedAt,
    collaborators: seen.collaborators,
    teams: seen.teams,
    emptied: seen.empty,
  };
  const key = `description-${report.descriptionDigest.slice(0, 10)}-${seen.digest.slice(0, 10)}`;
  const actions: Action[] = issue ? [{ type: "comment", reportId: report.id, target: { kind: "issue", ...issue }, key, message }] : [];
  return { patch: { descriptionDigest: seen.digest }, actions };
}
