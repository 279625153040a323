/**
 * `/affects` on a report with an advisory: the advisory's `vulnerabilities` follow the new
 * range (one entry per affected line, as the draft writes them), so GitHub never keeps a
 * range the maintainers corrected. GitHub replaces the array whole, so the entries are
 * composed from the report and the package the advisory (or the config) names.
 */
import { advisoryPackage, vulnerabilities } from "../core/advisory-draft.js";
import type { Report } from "../core/report.js";
import type { RepoSettings } from "../github/repo-settings.js";
import { packageOf, readAdvisory, type AdvisoryData } from "./advisory.js";
import type { Session } from "./session.js";
import { intakeSettings } from "./settings.js";

/** Writes the advisory's affected ranges from the report; null when done (or nothing to do), else why not. */
export async function writeAffectedRanges(s: Session, report: Report, settings: RepoSettings, known: AdvisoryData | null): Promise<string | null> {
  if (!report.ghsaId || report.vulnerableRange === null) return null;
  const advisory = await readAdvisory(s, report, known);
  const pkg = packageOf(settings) ?? advisoryPackage(advisory.vulnerabilities);
  const wanted = vulnerabilities(report, intakeSettings(settings).policy?.rows ?? [], pkg);
  const ranges = (vs: readonly { vulnerable_version_range?: string | null }[]) => JSON.stringify(vs.map((v) => v.vulnerable_version_range ?? null));
  if (ranges(wanted) === ranges(advisory.vulnerabilities ?? []) && (advisory.vulnerabilities ?? []).length === wanted.length) return null;
  const o = await s.writeOne({ type: "patch-advisory", reportId: report.id, advisory: { owner: report.owner, repo: report.repo, ghsaId: report.ghsaId }, fields: { vulnerabilities: wanted }, what: "affects" }, { templates: settings.config.messages });
  return o.status === "refused" ? `the advisory's ranges were not written: ${o.reason}` : null;
}
