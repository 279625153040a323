/** What the bot says about public places: the note on a moved issue, and flags for the security team. */
import type { FlagMessage, MovedMessage } from "../core/messages.js";

export function renderMoved(m: MovedMessage): string {
  const who = m.reporter ? `@${m.reporter}, thank you` : "Thank you";
  const where = m.advisoryUrl
    ? `We have moved it into a private security advisory, where you and the maintainers can continue: ${m.advisoryUrl}`
    : `The maintainers have moved it to a private place and will continue with you privately. If you have more to add, please use private vulnerability reporting: ${m.reportingUrl}`;
  return `${who} for reporting this. To keep the details out of public view until a fix is available, this issue is being handled privately. ${where}\n\nPlease do not post further details here.`;
}

export function renderFlag(m: FlagMessage): string {
  switch (m.variant) {
    case "looks-like-a-report":
      return `🔎 A public issue or comment in ${m.repository} may be a vulnerability report: ${m.url}\n\nSignals: ${m.signals.join(", ") || "—"}. If it is one, a maintainer can move it out of public view with \`/security\` on it (or the \`security\` label).`;
    case "id-named-in-public":
      return `⚠️ ${m.reportId ?? "This report"}, not yet published, is named in public: ${m.url}\n\nNothing was said there. Check whether details of the embargoed report are being disclosed.`;
    case "delete-public-issue":
      return `🧹 This report came from a public issue: ${m.url}. Its text is copied here. An app cannot delete issues: a maintainer with admin rights should delete the public issue (the issue's menu → Delete issue).`;
  }
}
