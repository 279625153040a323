/**
 * Prose facts around the table: the supported-versions section's own words (supportNote)
 * and whether security fixes ship as patch releases (patchReleases).
 */
import type { Block } from "./markdown.js";
import type { Sentence } from "./promises.js";
import { squash } from "./inline.js";

const SUPPORT_SECTION =
  /support(?:ed)?\s+(?:\S+\s+)?versions?|versions?\s+(?:support|policy)|supported|サポート|支持|版本|soportad|поддерж|\bversions?\b/i;
/** GitHub's template placeholder, which says nothing about this project. */
const PLACEHOLDER =
  /use this section to tell people about which versions of (?:your|our|the|this) project are\s+currently being supported with security updates\.?/gi;
const MAX_NOTE = 1_000;

/**
 * The heading of the supported-versions section: for a table, the outermost heading that
 * encloses it and names versions or support (else its nearest heading); without a table,
 * the first heading that names them.
 */
function sectionStart(blocks: readonly Block[], tableLine: number | null): number {
  if (tableLine === null) return blocks.findIndex((b) => b.kind === "heading" && SUPPORT_SECTION.test(b.text));
  const chain: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b === undefined || b.line > tableLine) break;
    if (b.kind !== "heading") continue;
    while (chain.length > 0 && (blocks[chain[chain.length - 1] ?? 0]?.depth ?? 0) >= b.depth) chain.pop();
    chain.push(i);
  }
  return chain.find((i) => SUPPORT_SECTION.test(blocks[i]?.text ?? "")) ?? chain[chain.length - 1] ?? -1;
}

/** The prose of the supported-versions section without its tables; null when there is none. */
export function readSupportNote(blocks: readonly Block[], firstTableLine: number | null): string | null {
  const start = sectionStart(blocks, firstTableLine);
  if (start === -1) return null;
  const depth = blocks[start]?.depth ?? 0;
  const parts: string[] = [];
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b === undefined || (b.kind === "heading" && b.depth <= depth)) break;
    if (b.kind !== "paragraph") continue;
    const text = squash(b.text.replace(PLACEHOLDER, " "));
    // "Latest:" or "Live support status:" only introduces a table.
    if (text === "" || (text.length <= 40 && /[:：]$/.test(text))) continue;
    parts.push(text);
  }
  const note = squash(parts.join(" "));
  if (note === "") return null;
  return note.length > MAX_NOTE ? `${note.slice(0, MAX_NOTE - 1)}…` : note;
}

const PATCH =
  /\bpatch(?:-level)?\s+(?:versions?|releases?|bumps?)\b|\b(?:released?|shipped|published|issued|delivered|comes?)\s+as\s+(?:a\s+|new\s+)?patch(?:es)?\b/i;
const DENIED = /\b(?:no|not|never|without)\b[^.]{0,40}\bpatch/i;

/** Does the policy say fixes ship as patch versions ("Security updates will be released as patch versions")? */
export function readPatchReleases(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => PATCH.test(s.text) && !DENIED.test(s.text));
}
