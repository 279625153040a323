/**
 * The public advisory: drafted once every affected supported line has its fix (or on
 * /draft), published on /publish (or at once with auto_publish), and the aftermath of a
 * publication however it happened — the reporter told, the fixing releases' notes linked
 * (once), the tracking issue closed with the report's timeline.
 */
import { createHash } from "node:crypto";
import type { Action, AdvisoryRef } from "../core/actions.js";
import { advisoryPackage, composeDraft, publishProblems, type AdvisoryNow, type PackageRef } from "../core/advisory-draft.js";
import { businessDaysBetween, isoDay, type Calendar } from "../core/calendar.js";
import { newlyDone } from "../core/report-changes.js";
import { threadTarget, trackingIssueOf } from "../core/report-places.js";
import { transition } from "../core/lifecycle.js";
import type { DraftPreviewMessage, PublishedMessage } from "../core/messages.js";
import { missingFixes } from "../core/releases.js";
import { isOpen, type Report } from "../core/report.js";
import type { RepoSettings } from "../github/repo-settings.js";
import { patchReport } from "./ledger.js";
import { descriptionDigest } from "./original-words.js";
import { type Session, type WriteOptions } from "./session.js";
import { intakeSettings } from "./settings.js";

/** A repository advisory as GitHub answers it (the single GET and the listings share the shape). */
export interface AdvisoryData {
  html_url: string;
  summary: string;
  description: string | null;
  severity: string | null;
  cvss?: { vector_string: string | null } | null;
  cwe_ids?: string[] | null;
  credits?: { login?: string; type?: string }[] | null;
  state: string;
  vulnerabilities?: { package?: { ecosystem?: string | null; name?: string | null } | null; vulnerable_version_range?: string | null }[] | null;
  private_fork?: { name: string; owner: { login: string } } | null;
}

const refOf = (r: Report): AdvisoryRef => ({ owner: r.owner, repo: r.repo, ghsaId: r.ghsaId! });

/** The advisory as GitHub has it: `known` when the caller just listed it (and wrote nothing since), else one GET. */
export async function readAdvisory(s: Session, r: Report, known: AdvisoryData | null = null): Promise<AdvisoryData> {
  if (known) return known;
  return (await s.read.advisory(r.owner, r.repo, r.ghsaId!)) as unknown as AdvisoryData;
}

function now(a: AdvisoryData): AdvisoryNow {
  return {
    summary: a.summary,
    description: a.description,
    severity: a.severity,
    cvss: a.cvss?.vector_string ?? null,
    cweIds: a.cwe_ids ?? [],
    credits: (a.credits ?? []).flatMap((c) => (c.login ? [{ login: c.login, type: c.type ?? "other" }] : [])),
    state: a.state,
  };
}

/** The config's package, else what the manifests named when the settings were read (no extra request). */
export function packageOf(settings: RepoSettings): PackageRef | null {
  return settings.config.package ?? settings.package ?? null;
}

export interface DraftResult {
  ok: boolean;
  text: string;
  /** The draft's preview, when the caller posts it (in its reply to a `/draft`). */
  preview?: DraftPreviewMessage;
}

/**
 * Composes and writes the advisory draft; publishes with auto_publish. The preview goes to
 * the thread as a `draft-preview` (a draft made because every fix is out), or, with
 * `previewByCaller` (a `/draft` command), comes back in the result for the command's one reply.
 */
export async function draftAdvisory(s: Session, report: Report, settings: RepoSettings, known: AdvisoryData | null = null, previewByCaller = false): Promise<DraftResult> {
  if (!report.ghsaId) return { ok: false, text: "needs an advisory: this report has none" };
  if (!isOpen(report.state)) return { ok: false, text: `the report is ${report.state}` };
  const is = intakeSettings(settings);
  const rows = is.policy?.rows ?? [];
  const advisory = await readAdvisory(s, report, known);
  const releaseUrls: Record<string, string> = {};
  for (const [line, fix] of Object.entries(report.fixes)) releaseUrls[line] = `${s.webBase}/${report.owner}/${report.repo}/releases/tag/${encodeURIComponent(fix.tag ?? `v${fix.version}`)}`;
  // The package: the config's or the manifests', else the one the advisory names (the reporter's form).
  const pkg = packageOf(settings) ?? advisoryPackage(advisory.vulnerabilities);
  const draft = composeDraft({ report, rows, pkg, current: now(advisory), releaseUrls });
  const w: WriteOptions = { templates: settings.config.messages };
  const waiting = missingFixes(report);
  const preview: DraftPreviewMessage = {
    kind: "draft-preview",
    summary: draft.fields.summary ?? advisory.summary,
    description: draft.fields.description ?? "",
    vulnerabilities: (draft.fields.vulnerabilities ?? []).map((v) => ({ range: v.vulnerable_version_range, patched: v.patched_versions, pkg: `${v.package.ecosystem}/${v.package.name ?? "?"}` })),
    problems: draft.problems,
    waiting,
    autoPublish: settings.config.auto_publish && !draft.problems.length && !waiting.length,
  };
  const key = `draft@${createHash("sha256").update(JSON.stringify(draft.fields)).digest("hex").slice(0, 12)}`;
  const target = threadTarget(report);
  const actions: Action[] = [{ type: "patch-advisory", reportId: report.id, advisory: refOf(report), fields: draft.fields, what: "draft" }];
  if (target && !previewByCaller) actions.push({ type: "comment", reportId: report.id, target, key, message: preview });
  await s.write(actions, w);
  const drafted = await patchReport(s.store, report.id, s.clock(), (r) => {
    const next = transition(r.state, "draft");
    // The bot's own description is not someone rewriting the reporter's words (see original-words.ts).
    const written = draft.fields.description !== undefined ? { descriptionDigest: descriptionDigest(draft.fields.description) } : {};
    return { state: next ?? r.state, draftedAt: s.clock(), advisoryState: draft.fields.state ?? r.advisoryState, ...written };
  });
  s.log.info({ report: report.id, problems: draft.problems.length, waiting: waiting.length }, "advisory drafted");
  const shown = previewByCaller ? { preview } : {};
  if (preview.autoPublish) {
    const published = await publishAdvisory(s, drafted, settings, false);
    return { ok: true, text: `advisory drafted and, with auto_publish, ${published.ok ? "published" : `not published: ${published.text}`}.`, ...shown };
  }
  // The preview below the reply says what publishing still needs; without it, the reply does.
  if (previewByCaller) return { ok: true, text: "advisory drafted; the preview is below.", ...shown };
  return { ok: true, text: `advisory drafted${draft.problems.length ? `; before publishing: ${draft.problems.join("; ")}` : ""}. The preview is in the thread; \`/publish\` publishes it.` };
}

/** Publishes after the checks GitHub would refuse with a 422 (and the policy's) pass; refuses with the reasons otherwise. */
export async function publishAdvisory(s: Session, report: Report, settings: RepoSettings, force: boolean, known: AdvisoryData | null = null): Promise<DraftResult> {
  if (!report.ghsaId) return { ok: false, text: "needs an advisory: this report has none" };
  const advisory = await readAdvisory(s, report, known);
  if (report.state === "published" || advisory.state === "published") {
    // Published already (perhaps by a run that failed before its aftermath): finish what is missing.
    await afterPublication(s, report, settings, advisory.html_url);
    return { ok: true, text: "already published." };
  }
  const fork = advisory.private_fork;
  const openForkPulls = fork ? await s.read.openPullCount(fork.owner.login, fork.name) : 0;
  const problems = publishProblems(report, { severity: advisory.severity, cvss: advisory.cvss?.vector_string ?? null, description: advisory.description, vulnerabilities: advisory.vulnerabilities ?? [], openForkPulls }, force);
  if (problems.length) return { ok: false, text: `not published: ${problems.join("; ")}.` };
  const w: WriteOptions = { templates: settings.config.messages };
  await s.write([{ type: "patch-advisory", reportId: report.id, advisory: refOf(report), fields: { state: "published" }, what: "publish" }], w);
  await afterPublication(s, report, settings, advisory.html_url);
  return { ok: true, text: `published: ${advisory.html_url}${force && missingFixes(report).length ? ` (forced; still without a fix release: ${missingFixes(report).join(", ")})` : ""}.` };
}

function timeline(r: Report, cal: Calendar): PublishedMessage["timeline"] {
  const steps: [string, number | null][] = [
    ["Received", r.receivedAt],
    ["Acknowledged", r.acknowledgedAt],
    ["Detailed response", r.respondedAt],
    ["Fixed (releases out)", r.fixedAt],
    ["Published", r.publishedAt],
  ];
  let previous: number | null = null;
  return steps.map(([step, at]) => {
    const row = { step, day: at === null ? null : isoDay(new Date(at), cal), businessDays: at !== null && previous !== null ? businessDaysBetween(new Date(previous), new Date(at), cal) : null };
    if (at !== null) previous = at;
    return row;
  });
}

/** Everything that follows a publication, by /publish or in the web UI. Safe to run again. */
export async function afterPublication(s: Session, report: Report, settings: RepoSettings, advisoryUrl: string, publishedAt?: number): Promise<Report> {
  const at = publishedAt ?? s.clock();
  const r = await patchReport(s.store, report.id, s.clock(), (cur) => {
    if (cur.state === "published") return cur.publishedAt ? null : { publishedAt: at };
    const next = transition(cur.state, "publish");
    return next ? { state: next, advisoryState: "published", publishedAt: cur.publishedAt ?? at, closedAt: cur.closedAt ?? at, nextDueAt: null } : null;
  });
  // Once per report: the steps below are each idempotent (for a crash midway), and the whole is claimed.
  const key = `${r.id}/after-publication`;
  const claim = await s.store.intents.claim({ key, kind: "after-publication", reportId: r.id, holder: s.instanceId, now: s.clock(), staleAfterMs: s.claimTimeoutMs });
  if (claim.status !== "claimed") return r;
  const is = intakeSettings(settings);
  const w: WriteOptions = { templates: settings.config.messages };
  const thread = threadTarget(r);
  const base = { kind: "published" as const, reporter: r.reporter, advisoryUrl, credited: r.credit, timeline: timeline(r, is.calendar) };
  if (thread) await s.writeOne({ type: "comment", reportId: r.id, target: thread, key: "reporter", message: { ...base, audience: "reporter" } }, w);
  const releases = new Set(Object.values(r.fixes).map((f) => f.releaseId).filter((id): id is number => id !== null));
  await s.write([...releases].map((releaseId) => ({ type: "link-release" as const, reportId: r.id, owner: r.owner, repo: r.repo, releaseId, ghsaId: r.ghsaId!, advisoryUrl })), w);
  const issue = trackingIssueOf(r);
  if (issue) {
    // The last task ticked and the issue closed in one PATCH, after the timeline. Also when the tracking
    // issue is the thread (no advisory comments API): the reporter's note above is not the timeline.
    const done = newlyDone({ ...r, publishedAt: null }, r, is.policy?.disclosureSteps ?? []).flatMap((t) => (t.type === "tick-tasks" ? t.steps : []));
    await s.write([
      { type: "comment", reportId: r.id, target: { kind: "issue", ...issue }, key: "timeline", message: { ...base, audience: "maintainers" } },
      { type: "tick-tasks", reportId: r.id, issue, steps: done, close: "completed" },
    ], w);
  }
  await s.store.intents.settle(key, advisoryUrl, s.clock());
  s.log.info({ report: r.id }, "advisory published; reporter told, releases linked, tracking issue closed");
  return r;
}

