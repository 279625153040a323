/**
 * What a policy's own prose says its table's words mean. A lifecycle table often names its
 * phases ("Bugfix Support", "Life Support") and defines them in a sentence nearby: "Security
 * issues are fixed for versions … in the Bugfix Support phase", "Versions in the Life Support
 * phase … do not receive bug or security fixes". Such a definition wins over what the words
 * would mean on their own (a "Life Support" cell says "support" and means none).
 */
import type { Support } from "./types.js";

/** The sentence denies security fixes to what it names. */
const DENY =
  /\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never|no\s+longer|will\s+not|won['’]t)\s+(?:\w+\s+){0,2}(?:receive|get|include|be\s+given)\b[^.!?]*\b(?:security|fix(?:es)?|patch(?:es)?)\b|\bno\s+(?:\w+\s+){0,2}security\s+(?:fixes|patches|updates)\b/i;
/** The sentence grants security fixes to what it names. */
const AFFIRM =
  /\bsecurity\s+(?:issues|vulnerabilities|bugs|problems|flaws)\s+(?:are|will\s+be|get)\s+(?:fixed|patched|addressed)\b|\b(?:receive|get)s?\s+(?:[\w,]+\s+){0,5}security\s+(?:fixes|patches|updates)\b/i;

/** The sentence grants security fixes only ("It receives security fixes only"), or only to an old line or the gravest issues ("no longer actively maintained for new features but receives security updates for critical vulnerabilities"): a limited support. */
const ONLY_SECURITY = /\bno\s+longer\s+(?:actively\s+)?(?:maintained|developed)\b[^.!?;]*\bbut\s+(?:still\s+)?(?:receive|get)s?\s+(?:\w+\s+){0,3}(?:security|fixes|patches|updates)\b|\b(?:receive|get)s?\s+(?:\w+\s+){0,3}security\s+(?:fixes|patches|updates)\s+(?:only\s+)?for\s+critical(?:\s+(?:and|or|&)\s+high)?(?:[\s-]+severity)?\s+(?:security\s+)?(?:vulnerabilities|issues|bugs|flaws)\b|(?<!\bnot\s)\bonly\s+(?:\w+\s+){0,2}security\s+(?:fixes|patches|updates)\b|\b(?:receive|get)s?\s+(?:\w+\s+){0,3}security\s+(?:fixes|patches|updates)\s+only\b|\b(?:receive|get)s?\s+only\s+(?:\w+\s+){0,2}security\s+(?:fixes|patches|updates)\b/i;

const NO_LONGER = /\bno\s+longer\s+(?:actively\s+)?(?:maintained|developed)\b/gi;

const MARKS_ONLY = /^(?::[\w+-]+:|\p{Extended_Pictographic}|\uFE0F|\s)+$/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The normal form cells and sentences are compared in. */
export const definitionKey = (cell: string): string => cell.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Meanings the prose gives to these cell values: for each value of at least two words or six
 * letters (never a mark or a yes/no), the first sentence naming it whole that denies or grants
 * security fixes.
 */
export function definitionsIn(cells: readonly string[], sentences: readonly string[]): Map<string, Support> {
  const defined = new Map<string, Support>();
  const keys = new Set(cells.map(definitionKey));
  for (const key of keys) {
    // A mark (":white_check_mark:", "✅") means what marks mean, whatever the prose near it says.
    if (MARKS_ONLY.test(key)) continue;
    if (defined.has(key) || !/\p{L}/u.test(key) || (key.length < 6 && !key.includes(" ")) || key.length > 60) continue;
    const named = new RegExp(`(?<![\\p{L}\\p{N}])${escape(key)}(?![\\p{L}\\p{N}])`, "iu");
    // The clause naming the word, else its whole sentence where the word is the first of the table's it names ("Versions marked
    // Supported receive all fixes; versions marked Legacy are no longer developed but …"; "Versions in the Extended Care phase only get
    // compatibility changes; they do not receive … fixes"), and a word named only as "no longer maintained" is not defined by it.
    const first = (s: string): boolean => named.exec(s)?.index === Math.min(...[...keys].map((k) => s.toLowerCase().indexOf(k)).filter((i) => i >= 0));
    // (Not where another clause names another of the table's words: "Stable … all fixes; Legacy … security fixes only".)
    // (A clause that says "they" is about the word named before it: "Legacy lines are frozen; unlike Stable lines, they receive …".)
    const another = (s: string): boolean => s.split(/;\s*/).some((c) => !named.test(c) && !/\b(?:they|it|these|those|them)\b/i.test(c) && [...keys].some((k) => k !== key && k.length >= 6 && c.toLowerCase().includes(k)));
    // ("unlike Stable lines, they …": the word set against the one defined.)
    const contrasted = new RegExp(`\\b(?:unlike|except|as\\s+opposed\\s+to|other\\s+than)\\s+(?:\\S+\\s+){0,2}?${escape(key)}`, "iu");
    const readings = sentences.flatMap((s) => [...s.split(/;\s*/).filter((c) => c !== s), ...(first(s) && !another(s) ? [s] : [])]);
    for (const sentence of readings) {
      if (!named.test(sentence.replace(NO_LONGER, " ")) || contrasted.test(sentence)) continue;
      if (DENY.test(sentence)) defined.set(key, false);
      else if (ONLY_SECURITY.test(sentence)) defined.set(key, "partial");
      else if (AFFIRM.test(sentence)) defined.set(key, true);
      if (defined.has(key)) break;
    }
  }
  return defined;
}
