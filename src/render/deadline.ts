/** Nudges to maintainers when a promise of the policy is about to be, or has been, missed. */
import type { DeadlineMessage } from "../core/messages.js";

const mention = (login: string | null): string => (login ? `@${login}` : "Maintainers");

export function renderDeadline(m: DeadlineMessage): string {
  const report = m.threadUrl ? `[${m.reportId}](${m.threadUrl})` : m.reportId;
  switch (m.reason) {
    case "respond":
      return `⏰ ${mention(m.handler)}: the detailed response to ${report} (${m.repository}) is due by **${m.respondBy}**. Answer the reporter, or use \`/accept\`, \`/reject <reason>\`, \`/eta YYYY-MM-DD\` or \`/needs-info <question>\` — each stops the clock.`;
    case "overdue": {
      const who = [mention(m.handler), ...m.teams.map((t) => `@${t}`)].join(" ");
      return `🚨 ${who}: the detailed response to ${report} (${m.repository}) was due by **${m.respondBy}** and has not been given; our security policy promised it. The report is labelled \`sla: overdue\` until it is answered. Please answer the reporter, or use \`/accept\`, \`/reject <reason>\` or \`/eta YYYY-MM-DD\`.`;
    }
    case "eta":
      return `📅 ${mention(m.handler)}: the expected fix date of ${report} (${m.repository}), **${m.eta}**, has passed without a fix release. Set a new date with \`/eta YYYY-MM-DD\` (the reporter is told), or record the fix with \`/fixed-in <version>\`.`;
    case "update":
      return `💬 ${mention(m.handler)}: ${report} (${m.repository}, ${m.severity}) has had no maintainer comment for ${m.quietDays} business days. A short update keeps the reporter informed.`;
  }
}

export function deadlineVars(m: DeadlineMessage): Record<string, string> {
  return {
    handler: mention(m.handler),
    teams: m.teams.map((t) => `@${t}`).join(" "),
    report: m.reportId,
    repository: m.repository,
    link: m.threadUrl ?? "",
    respond_by: m.respondBy ?? "",
    eta: m.eta ?? "",
    severity: m.severity ?? "",
  };
}
