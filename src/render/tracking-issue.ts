/** The tracking issue in the private tracker: links, dates, versions, the task list, notes. */
import type { TrackingIssueMessage } from "../core/messages.js";
import type { ReportCheck } from "../core/report-quality/facts.js";
import { handlerReasonWords, renderOriginal } from "./original-words.js";
import { code, GITHUB_BODY_LIMIT, note, untrusted } from "./untrusted.js";

export function trackingIssueTitle(reportId: string, repository: string): string {
  return `${reportId} · ${repository}`;
}

const BY: Record<string, string> = { heading: "a heading", words: "its words", evidence: "evidence", form: "the report form" };

/** The report check: for maintainers only (this issue is private; the reporter's thread never shows it). */
export function renderCheck(c: ReportCheck): string[] {
  const out = ["### Report check", "", "_For maintainers; the reporter does not see this._"];
  if (c.checklist.length) {
    out.push("", "What the policy asks a report to include:");
    for (const i of c.checklist) out.push(`- ${i.covered ? "✅" : i.optional ? "➖" : "❌"} ${untrusted(i.item, 200)}${i.covered && i.by ? ` (found by ${BY[i.by] ?? i.by})` : i.optional && !i.covered ? " (optional, not given)" : ""}`);
    if (c.checklist.some((i) => !i.covered && !i.optional)) out.push("", "The reporter was asked for the missing items; the `needs-info` label stays until their answer covers them.");
  }
  const named = c.versions.length + c.paths.length + c.functions.length + c.endpoints.length;
  if (named === 0) out.push("", "The report names no version, no file, no function and no endpoint.");
  if (c.versions.length) {
    out.push("", "Versions it names:");
    for (const v of c.versions) {
      const tag = v.tagged === null ? (c.tagsRead ? "" : "tags not checked") : v.tagged ? "a tag exists" : "no such tag among the latest 100";
      const line = v.line === null ? "on no line of the policy" : `line ${code(v.line)}, ${v.supported ? "supported" : "not supported"}`;
      out.push(`- ${code(v.version)}: ${[tag, line].filter(Boolean).join("; ")}`);
    }
  }
  if (c.paths.length) {
    out.push("", "Files it names, on the default branch:");
    for (const p of c.paths) out.push(`- ${code(p.path)}: ${p.exists === null ? "not checked" : p.exists ? "exists" : "not found"}`);
  }
  if (c.functions.length) out.push("", `Functions it names: ${c.functions.map((f) => code(f)).join(", ")}`);
  if (c.endpoints.length) out.push("", `Endpoints it names: ${c.endpoints.map((e) => code(e)).join(", ")}`);
  if (c.duplicates === null) out.push("", "Likely duplicates: the repository's other advisories could not be listed.");
  else if (c.duplicates.length) {
    out.push("", "Likely duplicates among the repository's open and recent reports:");
    for (const d of c.duplicates) out.push(`- [${d.ghsaId}](${d.url}) (${d.state}), similarity ${d.similarity.toFixed(2)}${d.shared.length ? `; both name ${d.shared.map((s) => code(s)).join(", ")}` : ""}`);
  } else out.push("", "Likely duplicates: none among the repository's open and recent reports.");
  return out;
}

export function renderTrackingIssue(m: TrackingIssueMessage): string {
  const link = m.advisoryUrl ? `[${m.reportId}](${m.advisoryUrl})` : `[${m.reportId}](${m.threadUrl})`;
  const versions =
    m.range === null
      ? "not stated yet"
      : `${code(m.range)} → affects ${m.affected.length ? m.affected.map((a) => code(a)).join(", ") : "no supported line"}${m.unsupported.length ? `; unsupported: ${m.unsupported.map((a) => code(a)).join(", ")}` : ""}`;
  const out = [
    `Vulnerability report ${link} in **${m.repository}**. Discuss with the reporter in [its thread](${m.threadUrl}); keep internal notes here.`,
    "",
    `| | |`,
    `| --- | --- |`,
    `| Summary | ${m.summary ? untrusted(m.summary, 300).replace(/\|/g, "\\|").replace(/\n/g, " ") : "—"} |`,
    `| Severity | ${m.severity ?? "not set"} |`,
    `| Primary handler | ${m.handler ? `@${m.handler}${handlerReasonWords(m.handlerReason).replace(/\|/g, "\\|")}` : "none — configure \`handlers\` or use \`/assign\`"} |`,
    `| Received | ${m.received} |`,
    `| Acknowledge by | ${m.acknowledgeBy} |`,
    `| Respond by | ${m.respondBy} |`,
    `| Affected versions | ${versions.replace(/\|/g, "\\|")} |`,
    "",
    "### Disclosure process",
    ...m.steps.map((s) => `- [${s.done ? "x" : " "}] ${untrusted(s.text, 300)}`),
  ];
  if (m.check) out.push("", ...renderCheck(m.check));
  if (m.notes.length) out.push("", "### Notes", ...m.notes.map((n) => `- ${note(n)}`));
  const last = ["", "Commands work here too: `/help` lists them."];
  // The reporter's words last, in what GitHub's limit leaves (the marker is added after).
  if (m.original) out.push("", ...renderOriginal(m.original, GITHUB_BODY_LIMIT - [...out, ...last].join("\n").length - 300));
  out.push(...last);
  return out.join("\n");
}
