/**
 * One entry point from a message (data) to its markdown: the config's template for that
 * kind when there is one, the bot's own wording otherwise. The marker is added by the applier.
 */
import type { Message } from "../core/messages.js";
import { acknowledgementVars, renderAcknowledgement } from "./acknowledgement.js";
import { renderDashboard } from "./dashboard.js";
import { deadlineVars, renderDeadline } from "./deadline.js";
import { renderFlag, renderMoved } from "./public.js";
import { renderDraftPreview, renderFixReleased, renderPublished } from "./release-messages.js";
import { renderReply, replyVars } from "./reply.js";
import { fillTemplate } from "./template.js";
import { renderDescriptionChanged } from "./original-words.js";
import { renderTrackingIssue } from "./tracking-issue.js";

export type Templates = Partial<Record<string, string>>;

export function renderMessage(message: Message, templates: Templates = {}): string {
  switch (message.kind) {
    case "acknowledgement": {
      const t = templates.acknowledgement;
      if (!t) return renderAcknowledgement(message);
      const vars = acknowledgementVars(message);
      // A template without {{ask}} still asks for what the policy's checklist lacks, and one
      // without {{notes}} still tells maintainers what the bot could not read.
      const missing = (name: "ask" | "notes") => (vars[name] && !new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`).test(t) ? `\n\n${vars[name]}` : "");
      return fillTemplate(t, vars) + missing("ask") + missing("notes");
    }
    case "tracking-issue":
      return renderTrackingIssue(message);
    case "description-changed":
      return renderDescriptionChanged(message);
    case "reminder":
    case "escalation":
    case "eta-reminder":
    case "disclosure-reminder":
    case "needs-info-reminder": {
      // A template is for the response and ETA clocks it was written for; the disclosure and needs-info nudges keep their own words.
      const t = ["respond", "overdue", "eta", "update"].includes(message.reason) ? templates[message.kind] : undefined;
      return t ? fillTemplate(t, deadlineVars(message)) : renderDeadline(message);
    }
    case "dashboard":
      return renderDashboard(message);
    case "moved":
      return templates.moved ? fillTemplate(templates.moved, { reporter: message.reporter ? `@${message.reporter}` : "", advisory: message.advisoryUrl ?? "", reporting: message.reportingUrl }) : renderMoved(message);
    case "flag":
      return renderFlag(message);
    case "fix-released":
      return templates["fix-released"] ? fillTemplate(templates["fix-released"], { reporter: message.reporter ? `@${message.reporter}` : "", fixed: message.fixed.map((f) => `${f.line}: ${f.version} (${f.day})`).join(", "), waiting: message.waiting.join(", ") }) : renderFixReleased(message);
    case "draft-preview":
      return renderDraftPreview(message);
    case "published":
      return message.audience === "reporter" && templates.published ? fillTemplate(templates.published, { reporter: message.reporter ? `@${message.reporter}` : "", advisory: message.advisoryUrl }) : renderPublished(message);
    case "reply": {
      const t = templates.reply;
      if (!t) return renderReply(message);
      const vars = replyVars(message);
      // A template without {{preview}} still shows the draft a `/draft` composed.
      return fillTemplate(t, vars) + (vars.preview && !/\{\{\s*preview\s*\}\}/.test(t) ? `\n\n${vars.preview}` : "");
    }
  }
}
