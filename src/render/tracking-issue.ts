/** The tracking issue in the private tracker: links, dates, versions, the task list, notes. */
import type { TrackingIssueMessage } from "../core/messages.js";
import { code, note, untrusted } from "./untrusted.js";

export function trackingIssueTitle(reportId: string, repository: string): string {
  return `${reportId} · ${repository}`;
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
    `| Primary handler | ${m.handler ? `@${m.handler}` : "none — configure \`handlers\` or use \`/assign\`"} |`,
    `| Received | ${m.received} |`,
    `| Acknowledge by | ${m.acknowledgeBy} |`,
    `| Respond by | ${m.respondBy} |`,
    `| Affected versions | ${versions.replace(/\|/g, "\\|")} |`,
    "",
    "### Disclosure process",
    ...m.steps.map((s) => `- [${s.done ? "x" : " "}] ${untrusted(s.text, 300)}`),
  ];
  if (m.notes.length) out.push("", "### Notes", ...m.notes.map((n) => `- ${note(n)}`));
  out.push("", "Commands work here too: `/help` lists them.");
  return out.join("\n");
}
