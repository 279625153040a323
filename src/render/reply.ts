/** The reply to a comment with commands: one line per command, done or refused and why. */
import type { ReplyMessage } from "../core/messages.js";
import { code } from "./untrusted.js";

export function renderReply(m: ReplyMessage): string {
  const out: string[] = [];
  if (m.to) out.push(`@${m.to}`);
  if (m.notice) out.push(m.notice);
  for (const item of m.items) {
    const [first, ...rest] = item.text.split("\n");
    out.push(`- ${item.ok ? "✅" : "❌"} ${code(item.command)} — ${first}`);
    if (rest.length) out.push("", ...rest, "");
  }
  return out.join(m.items.length ? "\n" : "\n\n").replace(/\n{3,}/g, "\n\n");
}

export function replyVars(m: ReplyMessage): Record<string, string> {
  return { to: m.to ? `@${m.to}` : "", results: m.items.map((i) => `- ${i.ok ? "✅" : "❌"} ${code(i.command)} — ${i.text}`).join("\n"), notice: m.notice ?? "" };
}
