/**
 * Supported versions written as a bullet list when the policy has no table:
 *
 *   - 2.x: supported              - `1.x` — security fixes only
 *   - ✅ 3.0 and above             - Versions older than 1.0 are not supported
 *
 * Only lists in a section about versions or support (by heading, or by the sentence that
 * introduces them) are read, and only when most of their items name a version and a support
 * status. Labels are the version expression found in the item, so they match the prose loosely.
 * Under a heading that calls them supported ("Supported Versions"), or after a sentence that
 * does, an item naming a version and no status is a supported one: being listed there says so.
 */
import type { Support, VersionRow } from "./types.js";
import type { Block } from "./markdown.js";
import { listItems } from "./mdast-text.js";
import { readSupportCell } from "./support-cell.js";
import { IS_A_LINE, labelToRange } from "./version-range.js";
import { isSupportedHeading, namesVersionsSection } from "./headers.js";
import { lastSentence } from "./sentences.js";

/** "If a hypothetical vulnerability was introduced in 2.10.0, we would create the following releases:": an example, not a support list. */
const EXAMPLE_INTRO = /\b(?:hypothetical(?:ly)?|for\s+(?:example|instance)|e\.g\.|suppose|imagine)\b(?:[^.!?]|\.(?=\S))*:\s*$/i;
/**
 * "To pick up a security fix:", "How to upgrade:": the list below is steps to take, not lines (a purpose alone, a few words; not
 * "In order to enable a healthy ecosystem, we will support the following versions:").
 */
const STEPS_INTRO = /^\s*(?:how\s+)?to\s+(?:update|upgrade|install|pick\s+up|apply|migrate|verify|check|run|use|download|stay)\b(?:\s+[^\s:,;]+){0,6}\s*:\s*$/iu;
const INTRO = /supported\s+versions|supported\s+(?:targets|releases|branches|lines|series)\s*:\s*$|versions?\s+(?:are|is)\s+(?:currently\s+)?supported|receive\s+security|security\s+(?:updates|fixes)\s+(?:for|are)/i;

const LABEL = new RegExp(
  "(?:(?:older|newer|earlier|later)\\s+than\\s+|before\\s+|prior\\s+to\\s+|since\\s+|from\\s+|below\\s+|above\\s+)?" +
    "(?:(?:<=|>=|<|>|=|≤|≥|~|\\^)\\s*)?v?\\d+(?:\\.(?:\\d+|x|\\*))*(?:\\s*\\(LTS\\)|\\s+LTS)?" +
    "(?:\\s*\\+|\\s+(?:and|or)\\s+(?:above|below|later|newer|older|earlier|higher|lower))?" +
    // Lines named in words: "the most recent minor release", "the latest minor release from the last major version", "all versions",
    // "last previously released version", "any upcoming pre-release versions".
    "|\\b(?:the\\s+)?(?:most\\s+recent|latest|current(?:ly)?|newest|last|previous(?:ly)?|prior|older|oldest|earlier)\\s+(?:(?:major|minor|patch|stable|lts|feature|released|previously|pre-?release)\\s+)*(?:release|version|line|branch|series)s?" +
    "(?:\\s+(?:from|of|in)\\s+the\\s+(?:last|previous|prior|current)\\s+(?:major|minor)(?:\\s+(?:release|version|line|series))?)?" +
    // "the latest released version of jQuery UI": the product it is a line of, named with a capital.
    "(?:\\s+of\\s+([a-z][\\w.+-]*(?:\\s+[a-z][\\w.+-]*){0,2}))?\\b" +
    "|\\ball\\s+(?:other\\s+|older\\s+|previous\\s+)?(?:versions|releases)\\b" +
    "|\\bupcoming\\s+pre-?release\\s+(?:versions?|releases?|builds?)\\b" +
    "|\\b(?:the\\s+)?other\\s+(?:git[\\s-]*)?(?:versions|releases|branches)\\b" +
    // "the master development branch", "the develop branch", "the two most recent release series", "long-term support releases".
    "|\\b(?:the\\s+)?(?:master|main|default|develop|development|dev|trunk)\\s+(?:development\\s+)?branch\\b" +
    "|\\b(?:the\\s+)?(?:two|three|four|\\d)\\s+most\\s+recent\\s+(?:\\S+\\s+){0,2}?(?:release\\s+)?(?:series|releases|versions|lines)\\b" +
    "|\\blong[-\\s]term\\s+support\\s+(?:releases|versions|series)\\b|\\b(?:active\\s+lts\\s+(?:branch(?:es)?|releases?|versions?|lines?|series)|lts\\s+branch(?:es)?)\\b" +
    // "Releases within the past 12 months", "versions published in the last two years".
    "|\\b(?:releases|versions)\\s+(?:(?:made|published|released)\\s+)?(?:within|in|from|during)\\s+the\\s+(?:past|last|previous)\\s+(?:\\d{1,2}|two|three|four|six|twelve|eighteen)\\s+(?:months|years)\\b" +
    // "`devel` branch serves for …": an item that opens with a branch's name.
    "|^[\\w.*/-]{1,30}\\s+branch\\b" +
    "|\\b(?:latest|main|master|stable|current)(?:\\s+(?:release|version|branch))?\\b(?!-)" +
    // In German, French, Spanish, Portuguese: "Aktuelle Version", "Letzte Hauptversion", "Dernière version", "Versión actual", "Última versão".
    "|(?<![\\wÀ-ÿ])(?:(?:aktuelle|neueste|letzte|vorherige)\\s+(?:haupt|neben)?(?:version|release)|(?:derni[èe]re|[úu]ltima|ultima)\\s+(?:version|versión|versão|release)|(?:version|versión|versão)\\s+(?:actuelle|actual|atual|anterior|pr[ée]c[ée]dente|estable|est[áa]vel|stable))(?![\\wÀ-ÿ])",
  "i",
);

/** `listed`: the support an item has by being listed (true under a "Supported Versions" heading), when it states none. */
/** A Japanese or Korean item about old branches or versions: its topic (before は / 은 / 는) is the label. */
const TOPIC = /^([^\s、。，,:：]{1,30}?(?:ブランチ|バージョン|リリース|フォーク|版|브랜치|버전|릴리스)[^\s、。は은는]{0,20})\s*(?:は|은|는)\s*(.+)$/u;

const VERSIONS_HEADING = /version|versi|vers[õã]|верси|バージョン|版本|버전/i;

/** A "but" clause in which the maintainers still may fix the line: "we will examine them case by case", "fixes may be provided on request". */
const SOFTENING = /case[\s-]+by[\s-]+case|\b(?:we|us|the\s+team|maintainers)\b[^.]{0,40}\b(?:consider|examine|review|evaluate|provide|backport|patch|fix)|\b(?:fix|fixes|patch|patches)\b[^.]{0,40}\bon\s+request\b/i;
/** "…but bug fix pull requests are welcome", "…but we can help you migrate": no fixes from the maintainers. */
const NOT_SOFTENING = /welcome|contribut|pull\s+request|\bhelp\s+you\b|upgrad|migrat|\bbranch\b/i;

/** "jQuery Mobile is no longer supported": a product named as the item's subject (a capital inside the name, not just a sentence's first letter), then its support. */
const SUBJECT = /^([A-Za-z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})\s+(?:is|are)\s+((?:(?:no\s+longer|not|still|fully|currently|actively|only)\s+)*(?:supported|maintained|unsupported|deprecated|end[\s-]of[\s-]life)\b.*)$/;
const NOT_A_NAME = /^(?:all|any|every\w*|other|older|newer|previous|this|these|that|those|the|it|we|our|only|no|none|nothing|support|security|which)$/i;

function namedSubject(item: string): VersionRow | null {
  const m = SUBJECT.exec(item.trim());
  if (!m?.[1] || !m[2] || NOT_A_NAME.test(m[1].split(/\s+/)[0] ?? "") || !/.[A-Z]/.test(m[1])) return null;
  const supported = readSupportCell(m[2]);
  return supported === null ? null : { label: m[1], supported, range: null };
}

/**
 * A word-named line with the product it is "of": a name, each word written with a capital after the
 * first ("the latest release of jQuery UI"), not "of each major release".
 */
function withProduct(match: string, product: string): string {
  const [first = "", ...others] = product.split(/\s+/);
  const prefix = match.slice(0, match.length - product.length).replace(/\s+of\s+$/i, "");
  if (!/[A-Z]/.test(first)) return prefix;
  const capitals = others.findIndex((w) => !/^[A-Z]/.test(w));
  return [prefix, "of", first, ...others.slice(0, capitals === -1 ? others.length : capitals)].join(" ");
}

/** "(upcoming release)", "next version": what a branch carries. */
const NEXT_RELEASE_NOTE = /^\(?\s*(?:the\s+)?(?:upcoming|next|future)\s+(?:release|version)s?\s*\)?$/i;
/** An item that opens with a support mark ("✅ …", "⏳ …", ":x: …"). */
const MARK = /^\s*(\p{Extended_Pictographic}\uFE0F?|:[a-z0-9_+-]+:|[✓✔✗✘×])/u;
/** Words a number counts after ("Step 1", "Tier 2", "Issue 42"): no product's name. */
const COUNTING = /^(?:step|phase|stage|tier|level|issue|item|part|round|top|type|day|week|month|year|version|release|no|number|rank|priority|p)$/i;
const opensWithMark = (item: string): boolean => {
  const first = MARK.exec(item)?.[1];
  return first !== undefined && readSupportCell(first) !== null;
};

/** "**Supported**: 4.x, 3.x": one status, then several versions after the colon. */
const STATUS_THEN_VERSIONS = /^\s*([^:：]{1,40}?)\s*[:：]\s*((?:v?\d+(?:\.(?:\d+|x|\*))*\+?)(?:\s*(?:,|and|&)\s*v?\d+(?:\.(?:\d+|x|\*))*\+?)+)\s*\.?\s*$/i;

/** An item's rows: one, or one per version where an item gives a status and then several versions. */
function rowsOf(whole: string, listed: Support | null, bySubject = false): VersionRow[] {
  const several = STATUS_THEN_VERSIONS.exec(whole.replace(/[*_`]/g, ""));
  // Only a bare status before the colon ("Supported: 4.x, 3.x", not "Minimum supported Python: 3.9, 3.10").
  const status = several?.[1] && BARE_STATUS.test(several[1]) ? readSupportCell(several[1]) : null;
  if (several?.[2] && status !== null) {
    return several[2].split(/\s*(?:,|\band\b|&)\s*/).filter((v) => v !== "").map((label) => ({ label, supported: status, range: labelToRange(label) }));
  }
  const row = rowOf(whole, listed, bySubject);
  return row === null ? [] : [row];
}

/** `bySubject`: also read an item whose subject is a product's name, as the list's other items are lines. */
function rowOf(whole: string, listed: Support | null, bySubject = false): VersionRow | null {
  // "~~1.x~~": a line struck out of the list is no longer supported.
  const struck = /^~~([^~]+)~~\s*$/.exec(whole.trim());
  if (struck?.[1]) {
    const row = rowOf(struck[1], listed, bySubject);
    return row === null ? null : { ...row, supported: false };
  }
  // An item's first sentence says what it lists; what follows explains it ("For example, …"), and so
  // does a clause after "but" ("`devel` is supported, but branches `devel-*` are not").
  const sentence = whole.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? whole;
  const [item = whole] = sentence.split(/,\s*but\s|;\s/u);
  const but = /,\s*but\s(.*)$/u.exec(sentence)?.[1] ?? "";
  if (item.length > 200) return null;
  const topic = TOPIC.exec(item.trim());
  if (topic?.[1] && topic[2] && !LABEL.test(topic[1])) {
    const supported = readSupportCell(topic[2]);
    return supported === null ? null : { label: topic[1], supported, range: null };
  }
  const m = LABEL.exec(item);
  if (!m) return bySubject ? namedSubject(item) : null;
  // A line named deep inside a long sentence ("it is recommended to … stay up-to-date with the latest releases") is advice, not a listed line.
  if (m.index > 60 && item.length > 100) return null;
  // A bare number inside a sentence ("no more recent than 9 versions old") is a count, not a version.
  // (After a mark and a product's name, "✅ Debian 12 (bookworm)", it is that product's version.)
  const before = item.slice(0, m.index).trim();
  const name = before.replace(MARK, "").trim();
  const productBefore = opensWithMark(before) && /\s$/.test(item.slice(0, m.index)) && /^\p{Lu}[\w.+-]*$/u.test(name) && !COUNTING.test(name);
  if (/^\d+$/.test(m[0].trim()) && before !== "" && !productBefore) return null;
  const named = m[1] === undefined ? m[0] : withProduct(m[0], m[1]);
  const label = named.trim();
  const rest = (item.slice(0, m.index) + " " + item.slice(m.index + named.length))
    .replace(/^[\s:—–\-()]+|[\s:—–\-().]+$/g, "")
    .replace(/^(?:versions?|releases?)\s+/i, "")
    .replace(/^(?:is|are)\s+/i, "");
  // "… if a vulnerability is found provided upgrading is hard": support on conditions is partial.
  // ("Active LTS branches (if applicable)": only if there are any, no condition on their support.)
  // ("…, provided as backports when feasible": fixes where they can be made, no promise; not advice, "please upgrade when possible".)
  const whenFeasible = /\b(?:provided|backport\w*|fix\w*|patch\w*|support\w*|maintain\w*)\s+(?:\S+\s+){0,2}?(?:where|when|if)\s+(?:possible|feasible|practical)\b/i.test(rest) && !/\b(?:upgrad\w*|migrat\w*|recommend\w*|stay\w*|move|keep|updat\w*|apply\w*|install\w*)\b[^.;,]*\b(?:where|when|if)\s+(?:possible|feasible|practical)\b/i.test(rest);
  const conditional = /^(?:only\s+)?(?:if|provided|unless|when|where)\b(?!\s+(?:applicable|any)\b)/i.test(rest);
  // Being listed says "supported" only of an item that says nothing else ("0.23.0 was released in 2024" is history).
  // (Not in brackets: "the latest commit on master (published as "edge" on the website)" is a line, not its history.)
  const says = /\b(?:was|were|released|published|shipped|introduced)\b|\b(?:19|20)\d{2}\b/i.test(rest.replace(/\([^()]*\)/g, " "));
  // Under a lead that limits the whole list ("Security fixes are provided on a best-effort basis for:"), an item that is
  // only a name ("The latest release") has the lead's support.
  // "`main` (upcoming release)": a branch said to carry the next release, not a line not yet released.
  const branchNote = IS_A_LINE.test(label) && NEXT_RELEASE_NOTE.test(rest);
  const own = branchNote ? null : rest === "" ? (listed === "partial" ? null : readSupportCell(item)) : readSupportCell(rest);
  const read = (conditional || (whenFeasible && own !== false) ? "partial" : own) ?? (says ? null : listed);
  // "Earlier versions are not supported by default, but we will examine them case by case": a no the clause softens
  // (a clause naming another line, "but branches devel-* are not", is about that line).
  const supported = read === false && SOFTENING.test(but) && !LABEL.test(but) && !NOT_SOFTENING.test(but) ? "partial" : read;
  if (supported === null) return null;
  return { label, supported, range: labelToRange(label) };
}

/**
 * A status that stands alone as a heading or a lead: "Unsupported", "End of life", "**No longer supported:**",
 * "Maintenance releases", "Supported versions" (not "Supported Node.js versions" or "Supported platforms").
 */
const BARE_STATUS = /^[\W_]*(?:(?:currently\s+|still\s+)?(?:supported|unsupported|not\s+supported|no\s+longer\s+supported|maintained|unmaintained|deprecated|end[\s-]of[\s-]life|eol|legacy|active|maintenance|security[\s-]+(?:fixes\s+)?only|best[\s-]+effort))(?:\s+(?:versions?|releases?|branches|lines|series))?[\W_]*$/i;

/**
 * The support a list's lead gives its items: "… on a best-effort basis for:" (partial: best effort, security or critical fixes
 * only), "**No longer supported:**" (a bare status). Null for any other lead ("please update to one of the releases below:").
 */
function leadOf(paragraph: string): Support | null {
  const last = lastSentence(paragraph);
  if (!/:\s*$/.test(last)) return null;
  if (BARE_STATUS.test(last)) return readSupportCell(last.replace(/[*_:]/g, " "));
  return /best[\s-]+effort|security[\s-]+(?:fixes\s+|patches\s+|updates\s+)?only|critical\b[^.:]{0,30}\bonly/i.test(last) && readSupportCell(last) === "partial" ? "partial" : null;
}

export function readVersionBullets(blocks: readonly Block[]): VersionRow[] {
  let inSection = false;
  let sectionDepth = 0;
  let supportedSection = false;
  let previous: Block | undefined;
  let heading = "";
  // Once a list is read: the lists after it that a sub-heading or lead gives a status ("### Unsupported", "**No longer supported:**").
  let found: VersionRow[] | null = null;
  let foundDepth = 0;
  let status: Support | null = null;
  let lastLead = "";
  for (const block of blocks) {
    if (found !== null) {
      if (block.kind === "heading") {
        // A heading at the section's level or above ends it; below it, only a bare status ("### Unsupported") names the next list.
        if (foundDepth === 0 || block.depth <= foundDepth) return found;
        status = BARE_STATUS.test(block.text) ? readSupportCell(block.text) : null;
      } else if (block.kind === "paragraph") {
        lastLead = block.text;
        status = leadOf(block.text) ?? (/:\s*$/.test(block.text) ? null : status);
      } else if (block.kind === "list" && block.node.type === "list" && status !== null) {
        const listed = status;
        // Only versions by number there ("- 1.x"): an item of prose under "For unsupported branches:" is advice, not a line.
        found.push(...listItems(block.node).flatMap((item) => rowsOf(item, listed)).filter((r) => r.range !== null));
      } else if (block.kind === "list" && block.node.type === "list" && foundDepth > 0) {
        // Another list in the section whose every item opens with a mark ("- ✅ Debian 12 (bookworm) - Full support"): each mark says its line's support,
        // where the lead names support or most items say it in words too (not a CI status, a roadmap or steps with marks).
        const items = listItems(block.node);
        const sayItself = items.filter((item) => readSupportCell(item.replace(MARK, "").replace(/^[^-—–:]*[-—–:]/, "")) !== null).length;
        const aboutSupport = /support|maintain/i.test(lastLead) || sayItself * 2 >= items.length;
        const rows = aboutSupport && items.every(opensWithMark) ? items.flatMap((item) => rowsOf(item, null)).filter((r) => r.range !== null) : [];
        if (rows.length === items.length) found.push(...rows);
      }
      continue;
    }
    if (block.kind === "heading") {
      // "### Supported" under "## Supported Versions": a status inside the section, not a section of its own.
      if (inSection && block.depth > sectionDepth && BARE_STATUS.test(block.text)) supportedSection = readSupportCell(block.text) !== false;
      else if (namesVersionsSection(block.text)) {
        heading = block.text;
        inSection = true;
        sectionDepth = block.depth;
        // (Not a heading that is only a no: "Unsupported versions".)
        supportedSection = isSupportedHeading(block.text) && !(BARE_STATUS.test(block.text) && readSupportCell(block.text) === false);
      } else if (block.depth <= sectionDepth) inSection = supportedSection = false;
    }
    const introduced = previous?.kind === "paragraph" && INTRO.test(previous.text);
    // A list after "For example, …:" or "To upgrade:" is an example or steps, not lines.
    const notLines = previous?.kind === "paragraph" && (EXAMPLE_INTRO.test(previous.text) || STEPS_INTRO.test(lastSentence(previous.text)));
    if (block.kind === "list" && block.node.type === "list" && (inSection || introduced) && !notLines) {
      const items = listItems(block.node);
      const lead = previous?.kind === "paragraph" ? leadOf(previous.text) : null;
      const listed = lead === "partial" || lead === false ? lead : (inSection && supportedSection) || introduced ? true : null;
      const lines = items.map((item) => rowsOf(item, listed));
      // "jQuery Mobile is no longer supported" beside lines named as such, under a heading about versions.
      const products = lines.some((r) => r.length > 0) && inSection && VERSIONS_HEADING.test(heading);
      const perItem = products ? items.map((item) => rowsOf(item, listed, true)) : lines;
      const rows = perItem.flat();
      const itemsRead = perItem.filter((r) => r.length > 0).length;
      // A single item of prose that mentions a version ("Supported versions: the latest release and …") is no list of versions
      // ("Version 3.2 and later" is one, as is "最新の `main`", the latest main, its modifier first).
      const prose = items.length === 1 && rows.length === 1 && !(items[0] ?? "").replace(/^[\s`*_]+/, "").replace(/^(?:versions?|currently)\s+/i, "").replace(/^(?:最新|現在|現行|当前|최신)(?:の|的)?\s*[`*_]*/u, "").toLowerCase().startsWith(rows[0]!.label.toLowerCase());
      if (rows.length > 0 && itemsRead * 2 >= items.length && !prose) {
        found = rows;
        foundDepth = inSection ? sectionDepth : 0;
        status = null;
      }
    }
    previous = block;
  }
  return found ?? [];
}
