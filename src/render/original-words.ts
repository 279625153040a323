/**
 * The reporter's words kept in the tracking issue (a collapsed section, shown as text, never
 * rendered: no mention pings, no link or image loads, no HTML, no forged marker), the note
 * when the advisory's description is rewritten later, and why the handler was chosen.
 */
import type { DescriptionChangedMessage } from "../core/original-words.js";
import { decodeReason } from "../core/owner-choice.js";
import { code } from "./untrusted.js";

/** Text shown verbatim in a fenced block: a fence longer than any backtick run inside it, and no `<!--` that could forge a marker. */
export function verbatim(text: string): string {
  const safe = text.replace(/\r\n?/g, "\n").replace(/<!--/g, "<\u200b!--");
  const longest = Math.max(2, ...[...safe.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${safe}\n${fence}`;
}

/** Cuts text to `max` characters, on a line break when there is one near, saying how much was left out. */
function cut(text: string, max: number): { text: string; note: string | null } {
  if (text.length <= max) return { text, note: null };
  const at = text.lastIndexOf("\n", max);
  const end = at > max * 0.9 ? at : max;
  return { text: text.slice(0, end), note: `Cut to fit GitHub's limit on an issue body (65 536 characters): ${(text.length - end).toLocaleString("en")} of ${text.length.toLocaleString("en")} characters are left out here; the advisory's edit history on GitHub has the whole text.` };
}

/**
 * The collapsed section with the report's summary and description as received, in at most
 * `room` characters (what is left of GitHub's limit after the rest of the issue).
 */
export function renderOriginal(o: { summary: string; description: string | null }, room: number): string[] {
  const head = ["<details>", "<summary>The report as received (the reporter's own words; kept if the advisory is edited later)</summary>", ""];
  const tail = ["", "</details>"];
  const summary = verbatim(o.summary.slice(0, 1024));
  const fixed = [...head, "**Summary**", "", summary, "", "**Description**", "", ...tail].join("\n").length + 400;
  const description = o.description?.trim() ? cut(o.description, Math.max(0, room - fixed)) : null;
  const body = description ? [verbatim(description.text), ...(description.note ? ["", `_${description.note}_`] : [])] : ["_None was given._"];
  return [...head, "**Summary**", "", summary, "", "**Description**", "", ...body, ...tail];
}

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function renderDescriptionChanged(m: DescriptionChangedMessage): string {
  const span = m.after ? `between ${when(m.after)} and ${when(m.by)}` : `by ${when(m.by)}`;
  // Named, not mentioned: a note is no reason to notify them.
  const who = [...m.collaborators.map((c) => code(`@${c}`)), ...m.teams.map((t) => `team ${code(t)}`)];
  return [
    `The description of [${m.reportId}](${m.advisoryUrl}) was ${m.emptied ? "removed" : "rewritten"} ${span} (the advisory's \`updated_at\` as GitHub reports it).`,
    "",
    `GitHub does not say who edits an advisory: its API and webhooks name no editor. Those who can are the repository's admins and security managers${who.length ? ` and the advisory's collaborators (${who.join(", ")})` : ""}; the advisory's edit history on GitHub, which they can see, shows who.`,
    "",
    "The report as first received stays in the collapsed section of this issue's description.",
  ].join("\n");
}

/** Why the handler was chosen, after their name: "— owns `src/upload.ts` in CODEOWNERS (…)". Empty when not known. */
export function handlerReasonWords(raw: string | null | undefined): string {
  const r = decodeReason(raw ?? null);
  if (!r) return "";
  if (r.by === "codeowners") {
    const via = r.owner.includes("/") ? `as a member of ${code(r.owner)}, which owns` : "owns";
    return ` — ${via} ${code(r.path)} in CODEOWNERS (${code(r.file)}, line ${r.line})`;
  }
  if (r.by === "assigned") return ` — assigned with \`/assign\` by ${code(r.actor)}`;
  const why = { "no-file": "the repository has no CODEOWNERS file", "no-rule": "no CODEOWNERS line owns the files the report names", "no-handler": "none of the configured handlers owns the files the report names in CODEOWNERS" };
  return ` — round-robin (fewest open reports)${r.codeowners ? `; ${why[r.codeowners]}` : ""}`;
}
