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
    case "disclosure": {
      if (m.kind === "disclosure-reminder") {
        return `🗓️ ${mention(m.handler)}: the disclosure deadline of ${report} (${m.repository}) is **${m.discloseBy}**, in ${m.daysLeft} days. Publish the advisory by then (\`/publish\` once the fixes are released), or agree a later date with the reporter and record it with \`/extend-disclosure YYYY-MM-DD <reason>\` (the reporter is told).`;
      }
      const who = [mention(m.handler), ...m.teams.map((t) => `@${t}`)].join(" ");
      return `🚨 ${who}: the disclosure deadline of ${report} (${m.repository}) is **today, ${m.discloseBy}**, and the advisory is not published. Publish it, or agree a later date with the reporter and record it with \`/extend-disclosure YYYY-MM-DD <reason>\`.`;
    }
    case "needs-info":
      return `${m.reporter ? `Hi @${m.reporter}, ` : "Hello, "}a gentle reminder: on ${m.askedOn} we asked a question about your report (see above). We would still like to hear from you, whenever you can: your answer helps us assess and fix the issue. Thank you!`;
    case "no-response":
      return `🔕 ${mention(m.handler)}: the question asked on ${m.askedOn} in ${report} (${m.repository}) is still unanswered, after a reminder to the reporter. If you cannot go on without it, you may close the report with \`/reject no-response\` (the reporter is told kindly and can reopen the conversation by answering). Nothing closes by itself.`;
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
