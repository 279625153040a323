/**
 * A release that opens a new line the Supported Versions table does not list (1.1.0 while the
 * table has 1.0.x) gets one pull request adding the row as supported — and, with
 * `support.lines: N`, marking lines beyond the newest N unsupported. Never a push to the
 * default branch; never when the row exists; once per line.
 */
import semver from "semver";
import { supportOf } from "../core/policy/queries.js";
import { addSupportedRow, lineLabel } from "../core/table-edit.js";
import type { RepoSettings } from "../github/repo-settings.js";
import { type Session } from "./session.js";

export async function keepTableCurrent(s: Session, settings: RepoSettings, version: string): Promise<string | null> {
  const policy = settings.policy;
  const path = settings.policySource;
  // Only a table in the repository's own file (not one inherited from the org's .github).
  if (!policy?.tableFound || !path || path.includes(":") || semver.prerelease(version)) return null;
  if (supportOf(policy.rows, version) !== null) return null;
  const ranged = policy.rows.filter((r) => r.range);
  if (!ranged.length || !ranged.every((r) => semver.gtr(version, r.range!))) return null;
  const label = lineLabel(version, policy.rows);
  const key = `table:${settings.id}:${label}`;
  // Once per line: a pull request already opened for it (merged or not) is not opened again.
  const known = await s.store.intents.get(key);
  if (known?.state === "done") return known.result;
  const { owner, name } = settings;
  const file = await s.read.fileAt(owner, name, path, settings.defaultBranch);
  const text = file.text;
  const change = addSupportedRow(text, policy.rows, label, settings.config.support.lines);
  if (!change) return null;
  const retired = change.retired.length ? ` and marks ${change.retired.join(", ")} as no longer supported (\`support.lines: ${settings.config.support.lines}\`)` : "";
  const o = await s.writeOne({
    type: "open-table-pr",
    key,
    owner,
    repo: name,
    base: settings.defaultBranch,
    path,
    fileSha: file.sha,
    text: change.text,
    branch: `security-policy-bot/supported-versions-${label.replace(/[^A-Za-z0-9.]+/g, "-")}`,
    title: `Security policy: add ${label} to the supported versions`,
    body: `Release ${version} opened the ${label} line, which ${path} does not list yet. This adds it as supported${retired}.\n\nReview the table before merging: the bot labels reports and plans fixes from it.`,
  });
  s.log.info({ repo: settings.id, label, status: o.status }, "table-upkeep pull request");
  return o.status === "done" || o.status === "already" ? o.result : null;
}
