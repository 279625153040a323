/** The reply to a comment with commands: one line per command, done or refused and why. */
import type { ReplyMessage } from "../core/messages.js";
import { renderDraftPreview } from "./release-messages.js";
import { code } from "./untrusted.js";

/** The reply; a `/draft`'s preview follows the results, in the same comment. */
export function renderReply(m: ReplyMessage): string {
  const out: string[] = [];
  if (m.to) out.push(`@${m.to}`);
  if (m.notice) out.push(m.notice);
  for (const item of m.items) {
    const [first, ...rest] = item.text.split("\n");
    out.push(`- ${item.ok ? "✅" : "❌"} ${code(item.command)} — ${first}`);
    if (rest.length) out.push("", ...rest, "");
  }
  const body = out.join(m.items.length ? "\n" : "\n\n").replace(/\n{3,}/g, "\n\n");
  return m.preview ? `${body}\n\n${renderDraftPreview(m.preview)}` : body;
}

export function replyVars(m: ReplyMessage): Record<string, string> {
  return {
    to: m.to ? `@${m.to}` : "",
    results: m.items.map((i) => `- ${i.ok ? "✅" : "❌"} ${code(i.command)} — ${i.text}`).join("\n"),
    notice: m.notice ?? "",
    preview: m.preview ? renderDraftPreview(m.preview) : "",
  };
}
