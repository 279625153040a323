/** The acknowledgement: thanks, what happens next in the policy's words, the versions, credit. */
import type { AcknowledgementMessage, VersionsUnread } from "../core/messages.js";
import { listInWords } from "../core/report-quality/checklist.js";
import { code, note, untrusted } from "./untrusted.js";

const list = (labels: string[]): string => labels.map((l) => `**${untrusted(l, 80)}**`).join(", ");

/** The policy file as the reporter and maintainers know it (`SECURITY.md`, `.github/SECURITY.md`). */
const policyFile = (source: string | null): string => code(source ? source.slice(source.indexOf(":") + 1) || "SECURITY.md" : "SECURITY.md");

/** One plain sentence, for everyone in the thread: the supported versions could not be read from the policy. */
export function unreadSentence(u: VersionsUnread): string {
  if (u.reason === "no-policy") {
    return "This repository has no security policy (`SECURITY.md`) we could find, so the supported versions could not be read from it; a maintainer will confirm which release lines need a fix.";
  }
  return `The supported versions could not be read from our security policy (${policyFile(u.source)}), so a maintainer will confirm which release lines need a fix.`;
}

/** The minimal table the bot reads (kept in step with the policy reader by a test). */
export const SUPPORTED_VERSIONS_EXAMPLE = ["## Supported Versions", "", "| Version | Supported          |", "| ------- | ------------------ |", "| 1.0.x   | :white_check_mark: |", "| < 1.0   | :x:                |"].join("\n");

/** For maintainers: why the versions could not be read, and what to do about it (no report text). */
export function versionsHelp(u: VersionsUnread): string[] {
  const why =
    u.reason === "no-policy"
      ? "No `SECURITY.md` was found (looked in `SECURITY.md`, `.github/SECURITY.md`, `docs/SECURITY.md` and the organisation's `.github` repository)."
      : u.reason === "no-table"
        ? `${code(u.source ?? "SECURITY.md")} has no *Supported Versions* table (or list of versions) the bot can read.`
        : `The *Supported Versions* table of ${code(u.source ?? "SECURITY.md")} has no row that is a version or range (${u.labels.slice(0, 5).map((l) => code(l, 40)).join(", ")}${u.labels.length > 5 ? ", …" : ""}), so no report can be matched to it.`;
  return [
    `**The supported versions could not be read.** ${why} Until then, reports are not labelled with the release lines they affect and \`/fixed-in\` has no line to record a fix on.`,
    "",
    `To fix this for every report, ${u.reason === "no-policy" ? "add a `SECURITY.md` with" : "add to it"} a table like this one (one row per release line; :white_check_mark: gets security fixes, :x: does not):`,
    "",
    "```markdown",
    SUPPORTED_VERSIONS_EXAMPLE,
    "```",
    "",
    "For this report, set the affected versions with `/affects <range>` (for example `/affects < 1.0.2`). `security-policy-bot check SECURITY.md` shows how the bot reads a policy.",
  ];
}

/** The collapsed section for maintainers ("" when there is nothing to say to them). */
export function maintainerSection(m: AcknowledgementMessage): string {
  if (!m.versionsUnread && !m.maintainerNotes.length) return "";
  const out = ["<details><summary>Notes for maintainers</summary>", ""];
  if (m.versionsUnread) out.push(...versionsHelp(m.versionsUnread), "");
  if (m.maintainerNotes.length) out.push(...m.maintainerNotes.map((n) => `- ${note(n)}`), "");
  out.push("</details>");
  return out.join("\n");
}

export function versionsParagraph(m: AcknowledgementMessage): string {
  const unread = m.versionsUnread ? ` ${unreadSentence(m.versionsUnread)}` : "";
  if (m.range === null) {
    return `**Affected versions:** not stated yet. If you know which versions are affected, please add them to the report's *Affected versions* field or tell us here; otherwise we will work them out.${unread}`;
  }
  const given = `The affected versions you gave (${code(m.range)})`;
  if (m.noTable) {
    return `**Affected versions:** ${given} are noted.${unread || " Our policy does not list which versions receive security fixes, so a maintainer will confirm which release lines need a fix."}`;
  }
  const note = m.supportNote ? ` ${untrusted(m.supportNote, 600)}` : "";
  if (m.affected.length === 0 && m.unsupported.length === 0) {
    return `**Affected versions:** ${given} are not on any line our policy lists. A maintainer will confirm which versions are affected.`;
  }
  const parts: string[] = [];
  if (m.affected.length) parts.push(`- Supported, and will get a fix: ${list(m.affected)}.`);
  if (m.unsupported.length) parts.push(`- No longer supported: ${list(m.unsupported)}. These versions do not receive security fixes.${note}`);
  if (m.affected.length === 0) {
    const lines = m.supportedLines.length ? `Security fixes are made for ${list(m.supportedLines)}.` : "Our policy lists no version that currently receives security fixes.";
    parts.push(`- ${lines} We will still look at your report: if the problem also affects a supported version, we will fix it there.`);
  }
  return `**Affected versions:** ${given} touch these release lines of our policy:\n${parts.join("\n")}`;
}

/** The kind request for what the policy's checklist asks and the report lacks ("" when nothing is missing). */
export function askParagraph(m: AcknowledgementMessage): string {
  if (!m.askFor.length) return "";
  return `**One request:** our policy asks reports to include a few things, and we could not find all of them in yours. Could you add ${listInWords(m.askFor.map((a) => untrusted(a, 200)))}? Reply here with what you have; it helps us confirm the problem sooner. (If it is already in your report and we missed it, there is nothing more to do.)`;
}

export function renderAcknowledgement(m: AcknowledgementMessage): string {
  const who = m.reporter ? `, @${m.reporter}` : "";
  const out: string[] = [
    `Thank you for your report${who}. This confirms that we have received it${m.late ? " — and we are sorry this confirmation comes late" : ""}.`,
    "",
    `**What happens next:** a maintainer ${m.handlerAssigned === false ? "will be assigned" : "has been assigned"} as the primary handler of your report. Our security policy promises a more detailed response within ${m.respondPromise}: you will hear from us by **${m.respondBy}** with our evaluation and the expected resolution timeline. We will tell you here when the vulnerability has been fixed.`,
    "",
    versionsParagraph(m),
  ];
  if (m.askFor.length) out.push("", askParagraph(m));
  if (m.steps.length) {
    out.push("", "How we handle reports, from our policy:", ...m.steps.map((s, i) => `${i + 1}. ${untrusted(s, 300)}`));
  }
  out.push(
    "",
    m.credit
      ? "**Credit:** we will publicly acknowledge your report in the advisory once it is fixed. If you would rather not be named, reply `/no-credit` (and `/credit` if you change your mind)."
      : "**Credit:** you asked not to be named; reply `/credit` if you change your mind.",
    "",
    "Please keep the details private until the advisory is published.",
  );
  const section = maintainerSection(m);
  if (section) out.push("", section);
  return out.join("\n");
}

export function acknowledgementVars(m: AcknowledgementMessage): Record<string, string> {
  return {
    reporter: m.reporter ? `@${m.reporter}` : "",
    respond_by: m.respondBy,
    respond_within: m.respondPromise,
    affected: m.affected.join(", ") || "none",
    unsupported: m.unsupported.join(", ") || "none",
    supported_lines: m.supportedLines.join(", ") || "none",
    range: m.range ?? "not stated yet",
    versions: versionsParagraph(m),
    steps: m.steps.map((s, i) => `${i + 1}. ${untrusted(s, 300)}`).join("\n"),
    credit: m.credit ? "yes" : "no",
    ask: askParagraph(m),
    notes: maintainerSection(m),
  };
}
