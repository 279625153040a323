/**
 * Supported versions written as a bullet list when the policy has no table:
 *
 *   - 2.x: supported              - `1.x` — security fixes only
 *   - ✅ 3.0 and above             - Versions older than 1.0 are not supported
 *
 * Only lists in a section about versions or support (by heading, or by the sentence that
 * introduces them) are read, and only when most of their items name a version and a support
 * status. Labels are the version expression found in the item, so they match the prose loosely.
 */
import type { VersionRow } from "./types.js";
import type { Block } from "./markdown.js";
import { listItems } from "./mdast-text.js";
import { readSupportCell } from "./support-cell.js";
import { labelToRange } from "./version-range.js";

const SECTION = /version|support|maintain|release|バージョン|サポート|支持|版本|soport|versi|поддерж|верси/i;
const INTRO = /supported\s+versions|versions?\s+(?:are|is)\s+(?:currently\s+)?supported|receive\s+security|security\s+(?:updates|fixes)\s+(?:for|are)/i;

const LABEL = new RegExp(
  "(?:(?:older|newer|earlier|later)\\s+than\\s+|before\\s+|prior\\s+to\\s+|since\\s+|from\\s+|below\\s+|above\\s+)?" +
    "(?:(?:<=|>=|<|>|=|≤|≥|~|\\^)\\s*)?v?\\d+(?:\\.(?:\\d+|x|\\*))*(?:\\s*\\(LTS\\)|\\s+LTS)?" +
    "(?:\\s*\\+|\\s+(?:and|or)\\s+(?:above|below|later|newer|older|earlier|higher|lower))?" +
    "|\\b(?:latest|main|master|stable|current)(?:\\s+(?:release|version|branch))?\\b",
  "i",
);

function rowOf(item: string): VersionRow | null {
  if (item.length > 200) return null;
  const m = LABEL.exec(item);
  if (!m) return null;
  const label = m[0].trim();
  const rest = (item.slice(0, m.index) + " " + item.slice(m.index + m[0].length))
    .replace(/^[\s:—–\-()]+|[\s:—–\-().]+$/g, "")
    .replace(/^(?:versions?|releases?)\s+/i, "")
    .replace(/^(?:is|are)\s+/i, "");
  const supported = readSupportCell(rest === "" ? item : rest);
  if (supported === null) return null;
  return { label, supported, range: labelToRange(label) };
}

export function readVersionBullets(blocks: readonly Block[]): VersionRow[] {
  let inSection = false;
  let sectionDepth = 0;
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.kind === "heading") {
      if (SECTION.test(block.text)) {
        inSection = true;
        sectionDepth = block.depth;
      } else if (block.depth <= sectionDepth) inSection = false;
    }
    const introduced = previous?.kind === "paragraph" && INTRO.test(previous.text);
    if (block.kind === "list" && block.node.type === "list" && (inSection || introduced)) {
      const items = listItems(block.node);
      const rows = items.map(rowOf).filter((r): r is VersionRow => r !== null);
      if (rows.length > 0 && rows.length * 2 >= items.length) return rows;
    }
    previous = block;
  }
  return [];
}
