/**
 * The primary handler of a new report, chosen once: when the report names files, among the
 * configured handlers who own them in the repository's CODEOWNERS (one read per place GitHub
 * looks, and one per owning team, at most five), else round-robin by load. Both the handler
 * and why are kept in the ledger in one conditional update, so a redelivery or a second
 * instance never chooses again. A read that fails leaves the choice to round-robin.
 */
import { parseCodeowners } from "../core/codeowners.js";
import { chooseByOwnership, encodeReason, teamKey, teamsToRead, type OwnershipFacts } from "../core/owner-choice.js";
import { mentions } from "../core/report-quality/mentions.js";
import type { Report } from "../core/report.js";
import { patchReport } from "./ledger.js";
import type { Session } from "./session.js";

async function ownership(s: Session, report: Report, paths: readonly string[]): Promise<OwnershipFacts> {
  const teamMembers = new Map<string, readonly string[] | null>();
  const found = await s.read.codeowners(report.owner, report.repo);
  if (!found) return { file: null, teamMembers };
  const owners = parseCodeowners(found.text);
  if (owners.problems.length) s.log.debug({ report: report.id, file: found.path, problems: owners.problems.length }, "CODEOWNERS has lines GitHub skips");
  for (const team of teamsToRead(owners, paths)) teamMembers.set(teamKey(team), await s.read.teamMembers(team.org, team.slug));
  return { file: { path: found.path, owners }, teamMembers };
}

/** Gives the report its primary handler (unless it has one) and records why. `text`: the report's words, for the files it names. */
export async function ensureHandler(s: Session, report: Report, handlers: readonly string[], text: string): Promise<Report> {
  if (report.handler || handlers.length === 0) return report;
  const counts = await s.store.reports.openCountByHandler(report.installationId);
  const paths = mentions(text).paths;
  let facts: OwnershipFacts = { file: null, teamMembers: new Map() };
  if (paths.length) {
    try {
      facts = await ownership(s, report, paths);
    } catch (error) {
      s.log.warn({ err: error, report: report.id }, "CODEOWNERS could not be read; the handler is chosen round-robin");
    }
  }
  const choice = chooseByOwnership(handlers, counts, paths, facts);
  return patchReport(s.store, report.id, s.clock(), (r) => (r.handler ? null : { handler: choice.handler, handlerReason: encodeReason(choice.reason) }));
}
