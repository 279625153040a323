/** Messages of a report's end: the fix is out, the advisory draft, the publication and its timeline. */
import type { DraftPreviewMessage, FixReleasedMessage, PublishedMessage } from "../core/messages.js";
import { code } from "./untrusted.js";

export function renderFixReleased(m: FixReleasedMessage): string {
  const who = m.reporter ? `@${m.reporter}, good news: ` : "Good news: ";
  const fixed = m.fixed.map((f) => `${f.line} is fixed in **${f.version}**, released ${f.day}`).join("; ");
  const rest = m.waiting.length ? ` A fix for ${m.waiting.join(", ")} is still being prepared; we will tell you here when it is out.` : " Every supported line affected by your report now has a fix. We will publish the advisory next.";
  return `${who}${fixed}.${rest}`;
}

/** Quoted as a block, so the preview cannot be mistaken for the bot's own words or run as commands. */
const quote = (text: string, max = 6000): string =>
  (text.length > max ? `${text.slice(0, max)}\n…` : text)
    .split("\n")
    .map((l) => `> ${l.replace(/<!--[\s\S]*?-->/g, "")}`)
    .join("\n");

export function renderDraftPreview(m: DraftPreviewMessage): string {
  const out = [
    "📝 The public advisory is drafted (state: draft). This is what it will say:",
    "",
    quote(`**${m.summary}**\n\n${m.description}`),
    "",
    "Affected and patched versions:",
    ...(m.vulnerabilities.length
      ? m.vulnerabilities.map((v) => `- ${code(v.pkg)}: vulnerable ${v.range ? code(v.range) : "—"}, patched ${v.patched ? code(v.patched) : "no fixed version yet"}`)
      : ["- none yet: set the affected versions with `/affects <range>`"]),
  ];
  if (m.problems.length) out.push("", "Before it can be published:", ...m.problems.map((p) => `- ${p}`));
  if (m.waiting.length) out.push("", `Still without a fix release: ${m.waiting.join(", ")}.`);
  out.push("", m.autoPublish ? "The configuration publishes it now (`auto_publish`)." : "Edit it in GitHub if needed, then reply `/publish` to publish it.");
  return out.join("\n");
}

export function renderPublished(m: PublishedMessage): string {
  if (m.audience === "reporter") {
    const who = m.reporter ? `@${m.reporter}, ` : "";
    const credit = m.credited ? " You are credited in it, as you wished." : " As you asked, you are not named in it.";
    return `🎉 ${who}the advisory is published: ${m.advisoryUrl}.${credit} Thank you for reporting this responsibly and for your patience.`;
  }
  return [
    `Published: ${m.advisoryUrl}. Closing this tracking issue. The report's timeline:`,
    "",
    "| Step | Day | Business days after the previous step |",
    "| --- | --- | --- |",
    ...m.timeline.map((t) => `| ${t.step} | ${t.day ?? "—"} | ${t.businessDays ?? "—"} |`),
  ].join("\n");
}
