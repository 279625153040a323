/**
 * The time promises of a policy, read from its prose (paragraphs, list items, headings and
 * the rows of non-version tables):
 *
 * - acknowledge: "acknowledge receipt within 3 business days", "initial response within 72 hours";
 *   a generic "we will respond within N" counts when no separate acknowledgement is promised.
 * - respond: "more detailed response within 10 business days", triage / assessment / evaluation.
 * - disclosureDays: "90 day disclosure timeline", "disclose … within 60 calendar days of the report".
 *
 * Each amount of time is classified by the words nearest to it: first in its own clause,
 * then in its sentence, then (for a nested list item) in its parent item. Recurring cadences
 * ("updates every 5 business days"), fix and release targets, escalation thresholds ("if you
 * have not received an acknowledgement within 6 days") and minimums ("at least a week ahead")
 * are not promises. A bound ("at the outside", "at most", "up to", "≤") wins over a typical
 * case ("usually within 12 hours"); otherwise the first promise wins, so a translated duplicate
 * counts once.
 */
import type { Duration } from "./types.js";
import { type Amount, findAmounts, hoursOf } from "./durations.js";

export interface Sentence {
  text: string;
  line: number;
  /** For a nested list item: the text of its parent item. */
  parent: string | null;
}

export interface Promises {
  acknowledge: Duration | null;
  respond: Duration | null;
  disclosureDays: number | null;
}

type Kind = "ack" | "respond" | "generic" | "fix" | "disclosure";

const KINDS: Array<[Kind, RegExp]> = [
  ["ack", /acknowledg|receipt|confirm(?:s|ed|ing)?\s+(?:that\s+)?(?:we\s+(?:have\s+)?)?receiv|(?:initial|first)\s+(?:response|reply|contact|answer)|确认收到|收到|受領|受付|접수|подтвер/giu],
  ["respond", /detailed\s+(?:response|reply|answer)|assess|triag|evaluat|analy[sz]|investigat|status\s+update|remediation\s+plan|next\s+steps|\breview|评估|分析|評価|調査|검토|분석/giu],
  ["generic", /\b(?:respond(?:s|ed|ing)?|responses?|repl(?:y|ies|ied)|answer(?:s|ed|ing)?)\b|get\s+back\s+to|hear\s+(?:back\s+)?from|contact\s+you|回复|回覆|答复|响应|回应|応答|返信|회신|응답|연락|ответ/giu],
  ["fix", /\bfix(?:es|ed|ing)?\b|\bpatch(?:es|ed|ing)?\b|\breleas(?:e|es|ed|ing)\b|\bresolv|\bresolution|\bremediat(?:e|es|ed|ing)\b|\bship(?:s|ped|ping)?\b|修复|修正|수정/giu],
  ["disclosure", /disclos|made\s+public|make\s+(?:\S+\s+){0,4}public|go(?:es)?\s+public|publish(?:ed|ing)?\s+(?:the\s+|an?\s+)?(?:security\s+)?advisor|embargo|公开|披露|公開/giu],
];

/** "the initial disclosure" and "your disclosure" mean the report itself. */
const REPORT_AS_DISCLOSURE = /\b(?:the\s+initial|your|initial|responsible|coordinated)\s+disclosures?\b/gi;
const ESCALATION = /\b(?:if|when|should|in\s+case)\b[^.]{0,100}\b(?:not|n't|no|never|fail)\b[^.]{0,60}(?:receiv|hear|heard|\bget\b|\bgot\b|respon|acknowledg|repl)/i;
const CADENCE = /\b(?:every|each|per)\s*(?:other\s*)?$/i;
const MINIMUM = /\bat\s+least\s*$/i;
const AHEAD = /^\s*(?:ahead|in\s+advance|before|prior|after\s+(?:the\s+)?(?:fix|patch|release))/i;
const POST_PATCH = /^\s*(?:after|following|once|from)\s+(?:the\s+|a\s+)?(?:fix|patch|release|publication)|post-(?:patch|release|fix)/i;
const BOUND_BEFORE = /(?:up\s+to|at\s+most|no\s+later\s+than|not\s+exceed(?:ing)?|maximum(?:\s+of)?|max\.?|≤|<=)\s*[(\s]*$/i;
const BOUND_AFTER = /^\W*(?:at\s+the\s+(?:very\s+)?(?:outside|most|latest)|at\s+most|max(?:imum)?)\b/i;
const TYPICAL = /\b(?:usually|typically|in\s+most\s+cases|most\s+(?:probably|likely)|often|normally|on\s+average|faster|sooner|quicker)\b/i;
/** "90 days to ship a fix before public disclosure": the time before disclosure is a disclosure window. */
const BEFORE_DISCLOSURE = /\bbefore\s+(?:\S+\s+){0,2}(?:disclos|going\s+public|making\s+\S+\s+public)/i;
const CLAUSE_END = /[,;，；。.!?]|\s(?:and|but|then)\s/u;

/** The kind of the keyword nearest to the amount: last in text before it, first in text after it. */
function kindOf(text: string, side: "before" | "after"): Kind | null {
  const cleaned = text.replace(REPORT_AS_DISCLOSURE, " ");
  let best: Kind | null = null;
  let bestAt = side === "before" ? -1 : Infinity;
  let hasAck = false;
  for (const [kind, pattern] of KINDS) {
    pattern.lastIndex = 0;
    for (const m of cleaned.matchAll(pattern)) {
      if (kind === "ack") hasAck = true;
      const at = side === "before" ? m.index + m[0].length : m.index;
      // On a tie ("more detailed response") the earlier-listed kind wins.
      if (side === "before" ? at > bestAt : at < bestAt) {
        best = kind;
        bestAt = at;
      }
    }
  }
  // "acknowledged and analyzed within 5 days": an acknowledgement named in the clause wins.
  if (hasAck && (best === "respond" || best === "generic")) return "ack";
  return best;
}

function clauseBefore(text: string): string {
  const parts = text.split(/[,;，；。!?]|\.\s|\sbut\s/u);
  return parts[parts.length - 1] ?? text;
}

function clauseAfter(text: string): string {
  const cut = text.search(CLAUSE_END);
  return cut === -1 ? text : text.slice(0, cut);
}

interface Candidate {
  kind: "ack" | "respond" | "generic";
  duration: Duration;
  /** 2: a bound ("at most", "up to", "≤"); 1: plain; 0: a typical case ("usually within"). */
  rank: number;
}

function classify(sentence: Sentence, amounts: Amount[], k: number): { kind: Kind | null; before: string; after: string } {
  const a = amounts[k] as Amount;
  const before = sentence.text.slice(amounts[k - 1]?.end ?? 0, a.index);
  const after = sentence.text.slice(a.end, amounts[k + 1]?.index ?? sentence.text.length);
  const kind =
    kindOf(clauseBefore(before), "before") ??
    kindOf(clauseAfter(after), "after") ??
    kindOf(before, "before") ??
    kindOf(after, "after") ??
    (sentence.parent !== null ? kindOf(sentence.parent, "before") : null);
  if ((kind === "fix" || kind === null) && BEFORE_DISCLOSURE.test(after)) return { kind: "disclosure", before, after };
  return { kind, before, after };
}

export function readPromises(sentences: readonly Sentence[]): Promises {
  const candidates: Candidate[] = [];
  const disclosures: number[] = [];
  for (const sentence of sentences) {
    const amounts = findAmounts(sentence.text);
    for (let k = 0; k < amounts.length; k++) {
      const a = amounts[k] as Amount;
      const { kind, before, after } = classify(sentence, amounts, k);
      if (kind === "disclosure") {
        if (POST_PATCH.test(after) || a.unit === "hours") continue;
        disclosures.push(Math.ceil(a.unit === "days" ? a.amount : hoursOf(a.amount, a.unit) / 24));
        continue;
      }
      if (kind !== "ack" && kind !== "respond" && kind !== "generic") continue;
      if (a.unit === "months" || CADENCE.test(before) || MINIMUM.test(before) || AHEAD.test(after)) continue;
      if (ESCALATION.test(sentence.text.slice(0, a.index))) continue;
      const rank = BOUND_BEFORE.test(before) || BOUND_AFTER.test(after) ? 2 : TYPICAL.test(before) ? 0 : 1;
      candidates.push({ kind, duration: { amount: a.amount, unit: a.unit }, rank });
    }
  }
  // The highest-ranked promise of a kind; the first in the file among equals.
  const best = (kind: Candidate["kind"], filter: (c: Candidate) => boolean = () => true): Duration | null => {
    let chosen: Candidate | null = null;
    for (const c of candidates) {
      if (c.kind !== kind || !filter(c)) continue;
      if (chosen === null || c.rank > chosen.rank) chosen = c;
    }
    return chosen?.duration ?? null;
  };
  const explicitAck = best("ack");
  const acknowledge = explicitAck ?? best("generic");
  let respond = best("respond");
  if (respond === null && explicitAck !== null) {
    // "We acknowledge within 2 days … we aim to respond within 7 days": the later generic reply.
    const ackHours = hoursOf(explicitAck.amount, explicitAck.unit);
    respond = best("generic", (c) => hoursOf(c.duration.amount, c.duration.unit) > ackHours);
  }
  return { acknowledge, respond, disclosureDays: disclosures.length > 0 ? Math.max(...disclosures) : null };
}
