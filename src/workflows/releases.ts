/**
 * A release or a tag: read its version (tag_pattern), record it as the fix of every open
 * report it fixes on its line, tell those reports' threads, warn when a security fix ships
 * as a non-patch bump, and draft the advisory once every affected supported line is fixed.
 */
import type { Action, CommentTarget } from "../core/actions.js";
import { isoDay } from "../core/calendar.js";
import { labelChanges, newlyDone } from "../core/report-changes.js";
import { trackingIssueOf } from "../core/report-places.js";
import { transition } from "../core/lifecycle.js";
import { allFixed, linesFixedBy, missingFixes, nonPatchFix, versionFromTag, withFixes, type ReleaseSeen } from "../core/releases.js";
import type { Report } from "../core/report.js";
import { type RepoRef } from "../github/repo-settings.js";
import { draftAdvisory } from "./advisory.js";
import { keepTableCurrent } from "./table-upkeep.js";
import { patchReport } from "./ledger.js";
import { type Session, type WriteOptions } from "./session.js";
import { intakeSettings } from "./settings.js";

export interface ReleaseFacts {
  tag: string;
  /** The release's id (null for a bare tag). */
  releaseId: number | null;
  prerelease: boolean;
  /** When it was published (ms); the tag's push time for a bare tag. */
  at: number;
}

function threadTarget(r: Report): CommentTarget | null {
  if (r.thread.kind === "advisory") return r.ghsaId ? { kind: "advisory", owner: r.owner, repo: r.repo, ghsaId: r.ghsaId } : null;
  return r.thread.number !== null ? { kind: "issue", owner: r.thread.owner, repo: r.thread.repo, number: r.thread.number } : null;
}

export async function onRelease(s: Session, repo: RepoRef, release: ReleaseFacts): Promise<void> {
  const settings = await s.settings(repo);
  const version = versionFromTag(release.tag, settings.config.tag_pattern);
  if (!version) {
    s.log.debug({ repo: repo.id, pattern: settings.config.tag_pattern }, "tag does not name a version; ignored");
    return;
  }
  if (!release.prerelease) await keepTableCurrent(s, settings, version);
  const candidates = await s.store.reports.openInRepo(repo.id);
  const is = intakeSettings(settings);
  const rows = is.policy?.rows ?? [];
  const seen: ReleaseSeen = { version, at: release.at, releaseId: release.releaseId, prerelease: release.prerelease };
  const w: WriteOptions = { templates: settings.config.messages };
  for (const before of candidates) {
    const lines = linesFixedBy(before, rows, seen);
    // A tag seen first and its release later: keep the release's id for linking its notes.
    const sameVersion = Object.entries(before.fixes).filter(([, f]) => f.version === version && f.releaseId === null && release.releaseId !== null);
    const warnLine = is.policy?.patchReleases !== false ? nonPatchFix(before, rows, seen, lines) : null;
    if (!lines.length && !sameVersion.length && !warnLine) {
      // Fixed already, but the draft did not get written (a failure last time): finish it now.
      if (allFixed(before) && before.ghsaId && before.draftedAt === null) await draftAdvisory(s, before, settings);
      continue;
    }

    let after = withFixes(before, lines, seen);
    for (const line of lines) after.fixes[line] = { ...after.fixes[line]!, tag: release.tag };
    for (const [line, f] of sameVersion) after.fixes[line] = { ...f, releaseId: release.releaseId };
    if (allFixed(after) && !allFixed(before)) after = { ...after, state: transition(after.state, "all-fixed") ?? after.state };
    const actions: Action[] = [];
    const thread = threadTarget(after);
    if (lines.length && thread) {
      actions.push({
        type: "comment",
        reportId: after.id,
        target: thread,
        key: `fix-${version}`,
        message: { kind: "fix-released", reporter: after.reporter, fixed: lines.map((line) => ({ line, version, day: isoDay(new Date(release.at), is.calendar) })), waiting: missingFixes(after) },
      });
    }
    actions.push(...newlyDone(before, after, is.policy?.disclosureSteps ?? []), ...labelChanges(before, after));
    const issue = trackingIssueOf(after);
    if (warnLine && issue) {
      actions.push({
        type: "comment",
        reportId: after.id,
        target: { kind: "issue", ...issue },
        key: `non-patch-${version}`,
        message: {
          kind: "reply",
          to: after.handler,
          items: [],
          notice: `⚠️ ${version} was released while ${warnLine} is affected by ${after.id}. Our security policy says security updates are released as patch versions (e.g. ${lineExample(warnLine)}); if ${version} carries this fix, please also release it as a patch on ${warnLine} and record it with \`/fixed-in\`.`,
        },
      });
    }
    await s.write(actions, w);
    const final = after;
    const stored = await patchReport(s.store, before.id, s.clock(), () => ({ fixes: final.fixes, fixedAt: final.fixedAt, state: final.state }));
    s.log.info({ report: before.id, version, lines: lines.length, allFixed: allFixed(stored) }, "release recorded");
    if (allFixed(stored) && stored.ghsaId && stored.draftedAt === null) await draftAdvisory(s, stored, settings);
  }
}

/** "1.0.1" for a line "1.0.x", as the example policy writes it. */
function lineExample(line: string): string {
  const m = /^(\d+)\.(\d+)/.exec(line);
  return m ? `${m[1]}.${m[2]}.1` : "1.0.1";
}
