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
 *
 * One amount can govern two steps: "acknowledge within 48 hours and provide … the next steps" is
 * the response promise too (unless the policy promises the response in a step of its own); one
 * reply that brings the evaluation ("reply within 3 days with our evaluation") is the response only
 * beside an acknowledgement or a sooner reply of its own. Severity tiers of one promise ("Critical —
 * 7 days; Low — 30 days", a nested list or a Severity | Time table) count as the largest tier, the
 * bound that holds for every report. Keywords are English, French, Spanish, Portuguese, German, Russian, Chinese,
 * Japanese and Korean; an estimate ("on the order of 14 days") is not a disclosure deadline.
 */
import { advanceNotice, leadOverPrivateSteps, PUBLISH_RELEASE, LIST_NAMES_STEP, ADVISORY_AFTER, ADVISORY_BEFORE, DEADLINE_ANYWAY, POST_FIX_HEADING, AFTER_FIX_CJK, ALLOW_ALONE, ALLOW_AFTER, longerThan, OTHERS_PRACTICE, PLAN_WITHIN, REPORTER_CONDITION, AFTER_YOU_REPORTED, KEEP_UNTIL_FIX_OR, PASSED_ALONE, WHICHEVER_LATER, AFTER_FIX_ELSEWHERE, AFTER_THIS_PERIOD, DISCLOSURE_HEADING, EITHER_FIRST, standardWindow, typicalWholeWait, TIME_ALONE, BRACKET_CLOSES, timelineDisclosure, DISCLOSE_BEFORE_OR_DEADLINE, FOR_DISCLOSURE_BEFORE, NOTICE, FOR_USERS, USERS_HAVE, EMBARGO_FOR_USERS, TO_TRIAGE_AND_FIX, ESTIMATE, DELAY, LABEL_ONLY, secrecyUntilWeHad, WHICHEVER, WHICHEVER_FIRST, PUBLIC_ADVISORY, PASSED, FREE_TO_DISCLOSE, OTHER_STEP_AFTER_SECRECY, SECRECY, KEEP_CONFIDENTIAL, KEEP_UNTIL_PUBLIC, ALLOW_TIME_TO_FIX, ALLOW_TIMEFRAME, TO_FIX_AFTER_BRACKET, WAIT_PERIOD, AFTER_FIXING, DISCLOSURE_TIMELINE_HEADING } from "./disclosure-cues.js";
import type { Duration } from "./types.js";
import { type Amount, durationHours, findAmounts, LOOK_BACK, NOT_A } from "./durations.js";
import { THIRD_PARTY_TIME, clauseNamesDisclosure, confirmStep, FOR_CONFIRMED_ONLY, stepHead, REPORT_CLOSED, BARE_WITHIN, SEVERITY_NAMES, INVESTIGATE_AND_FIX, OR_BEFORE, disclosureFromReceipt, FIX_AND_DISCLOSURE, SHARED_STEP_OWN_TIME, withoutUpdatesWhile, KOREAN_CONFIRM_STEP, PARALLEL_AMOUNT, FROM_FIRST_CONTACT, kindOf, withoutTriageStart, mentions, otherStepNear, OUTER_BOUND, reviewOnly, type Kind } from "./promise-words.js";

export interface Sentence {
  text: string;
  line: number;
  /** For a nested list item: the text of its parent item. */
  parent: string | null;
  /** The heading the sentence stands under, if any. */
  heading?: string;
}

export interface Promises {
  acknowledge: Duration | null;
  respond: Duration | null;
  disclosureDays: number | null;
}

const ESCALATION = /\b(?:if|when|should|in\s+case)\b[^.]{0,100}(?:(?:\bnot\b|n't\b|\bno\b|\bnever\b|\bfail\b)[^.]{0,60}(?:receiv|hear|heard|\bget\b|\bgot\b|respon|acknowledg|repl)|\b(?:heard|received|got|get|hear)\s+nothing\b[^,;]*$)/i;
/** "updates every 7 days", and in other languages ("a cada 7 dias", "tous les 7 jours", "alle 7 Tage", "ogni 7 giorni", "每 7 天"). */
const CADENCE = /(?:(?<!\p{L})(?:every|each|per|elke|iedere|her|cada|chaque|tous\s+les|toutes\s+les|(?<!(?:dalle|entro|fino|verso|tra)\s+(?:\d+\s+)?)alle|jede[nm]?|ogni|setiap|tiap|каждые|каждую|каждый|la\s+fiecare|кожні|кожен|кожного|кожну|každých|každé|každý|každou|hver|hvert|varje|כל|كل)|每)\s*(?:other\s*)?$/iu;
/** A sentence or heading about going public: where a time asked for "to fix" is the wait before disclosure. */
const DISCLOSURE_CONTEXT = /disclos|\bpublic|embargo|publish/i;
/** "an update at least once a week": how often, as "every" says it. */
const ONCE = /\b(?:once|twice)\s*$/i;
const A_UNIT = /^(?:an?|one)\b/i;
/** "at least a week ahead" is a minimum; "within at least 5 days" (sic) is still a bound. */
const MINIMUM = /(?<!\bwithin\s+)\bat\s+least\s*$/i;
const AHEAD = /^\s*(?:ahead|in\s+advance|before|prior|after\s+(?:the\s+)?(?:fix|patch|release)|of\s+(?:any|each|every)\s+change|of\s+(?:releasing|publishing|shipping)\b)/i;
/** "up to 90 days for a full coordinated public disclosure after a patch has been rolled out", "30-day disclosure after patch release": a window after the fix. */
const DISCLOSURE_AFTER_FIX = /^\s*(?:for\s+(?:\S+\s+){0,4}?|-?(?:days?[\s-]+)?(?:(?:coordinated|public|responsible|full)\s+)?)disclosure\s+(?:after|following|once)\s+(?:the\s+|a\s+)?(?:fix|patch|release)\b(?!\s+of\s+(?:the\s+|your\s+)?(?:report|submission|notification))/i;
const POST_PATCH = /^\s*(?:days?\s+)?of\s+(?:the\s+|a\s+)?(?:fix|patch|release)(?:es)?\s+(?:becoming|being|is|was|has)\b|^\s*(?:days?\s+)?of\s+(?:the\s+|a\s+)?(?:fix|patch|release|patched\s+(?:version|release)|(?:fix|patch|security)\s+release)\s*(?:[.,;)]|$)|^[\s-]*(?:days?\s+)?(?:embargo|(?:disclosure\s+|grace\s+|waiting\s+)?(?:window|period|delay|timeline|deadline))\s+(?:after|following|once|from)\s+(?:the\s+|a\s+)?(?:patch(?:ed)?\s+|fix\s+|security\s+)?(?:fix|patch|release)|^[\s-]*(?:days?[\s-]+)?(?:pre-?notification|advance\s+notice|notice)\s+(?:period|window)\b|^\s*(?:after|following|once|from)\s+(?:the\s+|a\s+)?(?:next\s+|first\s+)?(?:official\s+|public\s+|stable\s+)?(?:fix|patch|release|publication)|post-(?:patch|release|fix)|^[\s-]*(?:days?[\s-]+)?(?:grace\s+)?(?:window|period|embargo)\b[^.;)]{0,40}?(?:\bfor\s+users\b|\bto\s+(?:update|upgrade)\b|\b(?:counted|starting)\s+from\s+(?:the\s+)?(?:fix|patch|release))|^\s*(?:of|after|following)\s+(?:the\s+)?(?:disabling|fixing|patching|releasing|mitigating|deploying|shipping)\b/iu;
const BOUND_BEFORE = /(?:up\s+to|at\s+most|no\s+later\s+than|not\s+exceed(?:ing)?|maximum(?:\s+of)?|max\.?|≤|<=|em\s+at[ée]|hasta|jusqu'?à|bis\s+zu|не\s+более)\s*[(\s]*$/iu;
const BOUND_AFTER = /^[^\p{L}\d]*(?:at\s+the\s+(?:very\s+)?(?:outside|most|latest)|at\s+most|max(?:imum)?|or\s+(?:less|fewer|sooner)|ou\s+(?:moins|menos)|o\s+menos|oder\s+weniger|или\s+(?:менее|меньше))(?![\p{L}])/iu;
const TYPICAL = /\b(?:usually|typically|in\s+most\s+cases|most\s+(?:probably|likely)|often|normally|on\s+average|faster|sooner|quicker)\b/i;
/** "90 days to ship a fix before public disclosure": the time before disclosure is a disclosure window. */
const BEFORE_DISCLOSURE = /\bbefore\s+(?:\S+\s+){0,2}(?:disclos|going\s+public|(?:is|are|being|be)\s+made\s+public|making\s+\S+\s+public|public\s+(?:exposure|release|announcement)|tell(?:ing)?\s+(?:anyone|anybody|others|the\s+public))/i;
const CLAUSE_END = /[,;，；。.!?]|\s(?:and|but|then)\s/u;

function clauseBefore(text: string): string {
  const parts = text.split(/[,;，；。!?]|\.\s|\sbut\s/u);
  return parts[parts.length - 1] ?? text;
}

function clauseAfter(text: string): string {
  const cut = text.search(CLAUSE_END);
  return cut === -1 ? text : text.slice(0, cut);
}

/** A time counted from the report or from our first contact ("… days from the initial report", "… from first response"). */
const countsFromReport = (after: string): boolean => FROM_REPORT.test(after) || FROM_FIRST_CONTACT.test(after);

interface Candidate {
  kind: "ack" | "respond" | "generic";
  duration: Duration;
  /** 2: a bound ("at most", "up to", "≤"); 1: plain; 0: a typical case ("usually within"). */
  rank: number;
  /** A response read from a step that shares the acknowledgement's amount ("acknowledge within 3 days and send our evaluation"). */
  shared: boolean;
  /** A step named only as a review ("we will review reports within 5 business days"). */
  review?: boolean;
  /** Shared by a generic reply that brings it ("respond within 3 days with our evaluation"): the response only beside a first contact of its own. */
  replyWith?: boolean;
}

/**
 * "Critical — within 7 days; High: 14 days", "- Low: 30 days": a severity level labels the amount.
 * The label must be followed by a colon, dash, bar or closing parenthesis; it may carry its examples in brackets ("Critical (RCE, auth bypass): 24 h").
 */
const TIER_LABEL = new RegExp(`(?:^|[\\s;,.(|*_：；，、（])(?:${SEVERITY_NAMES})(?:\\s*(?:/|and|or|&)\\s*(?:${SEVERITY_NAMES}))*(?:[\\s-]+(?:severity|priority|risk|impact|issues?|vulnerabilit(?:y|ies)|bugs?|findings?|reports?)|漏洞|问题|問題|脆弱性)?[*_]*(?:\\s*[(（][^()（）]{1,80}[)）])?\\s*[:：—–|)）-]`, "iu");

/**
 * The step after the amount that shares it: "within 3 days with our evaluation", "within 48 hours and
 * provide an initial response outlining the next steps", ", including a detailed plan". Not when
 * that step has its own time ("… and triage within 9 days", "… and review as soon as possible": SHARED_STEP_OWN_TIME).
 */
const SHARING = /^[^;；。.!?]*?(?:(?<!\b(?:work|working|coordinate|coordinating|collaborate|collaborating|cooperate|cooperating|engage|partner)\s+)\bwith\b|\bincluding\b|\bincludes?\b|\balong\s+with\b|\bat\s+which\s+point\b|\band\s+(?:will\s+|to\s+)?(?:provide|send|give|share|deliver|offer|include)\b|[，,]\s*(?:并且|並且|并|並|同时|同時))([^;；。!?]*?)(?:[;；。!?]|\.(?:\s|$)|$)/i;

function sharesResponse(text: string, a: Amount, next: Amount | undefined, generic: boolean): false | "step" | "reply-with" {
  const tail = text.slice(a.end);
  const m = SHARING.exec(tail);
  if (m === null) return false;
  const stepEnd = m.index + m[0].length;
  if (next !== undefined && next.index - a.end < stepEnd) return false;
  const step = m[1] ?? "";
  if (SHARED_STEP_OWN_TIME.test(step) || FOR_CONFIRMED_ONLY.test(stepHead(step)) || !mentions("respond", withoutUpdatesWhile(step))) return false;
  // "We will respond to your report within 3 days with our evaluation": one reply that brings the evaluation (see replyWith).
  const replyWith = generic && step !== "" && /\bwith\s*$/i.test(m[0].slice(0, m[0].lastIndexOf(step))) && !mentions("ack", step);
  return replyWith ? "reply-with" : "step";
}

/** "get back to you within a week with:" and a list of what comes: the list's items are the step. */
const LIST_LEAD = /^[^.;!?]*\b(?:with|including|includes?|providing)\s*:\s*$/i;

function listSharesResponse(sentences: readonly Sentence[], s: number, a: Amount): boolean {
  const sentence = sentences[s];
  if (sentence === undefined || !LIST_LEAD.test(sentence.text.slice(a.end))) return false;
  // The items on the lines right below the lead.
  const items: string[] = [];
  for (let i = s + 1, line = sentence.line + 1; i < sentences.length && items.length < 8; i++) {
    const next = sentences[i]!;
    if (next.line > line) break;
    items.push(next.text);
    line = next.line + 1;
  }
  return items.some((t) => !SHARED_STEP_OWN_TIME.test(t) && findAmounts(t).length === 0 && mentions("respond", withoutUpdatesWhile(t)));
}

/** "…, or within 90 days": an amount given as the other branch of what came before. */
const OR_WITHIN = ",?\\s+or\\s+(?:within|in|after)\\s*$";
/** "we coordinate disclosure after a fix is available, or within 90 days": the other branch of the disclosure. */
const DISCLOSE_OR_WITHIN = new RegExp(`\\b(?:disclos\\w*|publish\\w*|made\\s+public)\\b[^.;!?]{0,60}\\bafter\\b[^.;!?]{0,60}${OR_WITHIN}`, "i");
const ALTERNATIVE_BRANCH = new RegExp(OR_WITHIN, "i");

/** "disclosure after the fix is released; typically a 90-day embargo": a wait after the fix, not a deadline from the report. */
const AFTER_FIX = /\b(?:after|once|when)\s+(?:(?:the\s+|a\s+)?(?:fix|patch|release)(?:es)?(?:\s+(?:is|are|has\s+been|have\s+been))?\s+(?:released|available|published|shipped|out|ready|merged|deployed|landed)|(?:it\s+is\s+|it's\s+)?(?:fixed|patched|resolved))\b[^.!?]{0,70}$|\bafter\s+(?:the\s+)?(?:fix|patch)\b[^.!?]{0,20}$/i;
/** "… or after 90 days from the initial report": counted from the report, a deadline whatever came before. */
const FROM_REPORT = /^\s*(?:days?\s+)?(?:from|of|after|since)\s+(?:receiving\s+)?(?:the\s+|your\s+)?(?:initial\s+|original\s+|first\s+)?(?:report|receipt|submission|notification)/i;
/** "Notify customers with the advisory (embargo window: 30 days)": a private notice once the fix is built, the embargo counted from it. */
const NOTIFY_CUSTOMERS = /\bnotif(?:y|ies|ied|ying|ication)\s+(?:\S+\s+){0,4}?(?:customers|users|subscribers|clients)\b[^.;!?]{0,60}\bembargo\b[^.;!?]{0,20}$/i;
/** "The issue will then be embargoed for three (3) days": an embargo that follows an earlier step (owners notified of the fix), not one counted from the report. */
const THEN_EMBARGOED = /\bthen\s+(?:be\s+)?(?:embargoed|kept\s+(?:private|under\s+embargo))\s+for\s*$/i;
/** The step an embargo "then" follows: owners notified, a fix or an update made ready. */
const EARLIER_STEP = /\b(?:notif\w*|fix(?:ed|es)?|patch(?:ed|es)?|releas\w*|upgrad\w*|updat\w*)\b/i;
/** "up to 30 days to review your report - which is what we would consider the responsible disclosure period": the time is named the disclosure period as well. */
const NAMED_DISCLOSURE_PERIOD = /^[^.;!?]{0,80}?(?<!\b(?:after|in|from|by|during|of|before|until)\s)\b(?:which|this|that)\s+(?:is|would\s+be|(?:is\s+)?what\s+we\s+(?:would\s+)?(?:consider|call))\s+(?:to\s+be\s+)?(?:our|the|a)\s+(?:(?:responsible|coordinated)\s+)?disclosure\s+(?:period|window|deadline|timeline)\b/i;
/** "if the reporter does not disclose within one day": a condition, not a promise. */
const CONDITION = /\b(?:if|unless|should|in\s+case)\b[^.;!?]{0,80}\b(?:not|n't|no|never|fails?)\b[^.;!?]{0,60}$/i;

const DISCLOSURE_NOUN = /^[\s-]*(?:responsible[\s-]+|coordinated[\s-]+|public[\s-]+)?disclosure\b|^\s*\(\s*(?:responsible\s+|coordinated\s+|public\s+)?disclosure\s+(?:window|period|deadline)\s*\)/i;
const ACKNOWLEDGING = /^\s*,?\s*(?:acknowledging|confirming\s+(?:receipt|that))/i;
const OTHER_PERIOD = /^[\s-]*(?:\p{L}+\s+)?(?:period|window|cycle|trial)\b/iu;
/**
 * "completed within 1-14 days of disclosure": counted from the disclosure, not a deadline for it; but
 * "publication within 90 days of disclosure" counts from the report, which the reporter disclosed to us.
 */
const PUBLISH_BEFORE = /\b(?:publication|publish\w*|public\s+disclosure|made\s+public)\s+(?:\S+\s+){0,2}$/i;
const FROM_DISCLOSURE = /^\s*(?:days?\s+)?(?:of|from|after|since|following)\s+(?:the\s+)?(?:initial\s+|private\s+|public\s+)?disclosure\b/i;
/** "60 days after internal disclosure": counted from the maintainers' own step, never from the report. */
const FROM_INTERNAL_DISCLOSURE = /^\s*(?:days?\s+)?(?:of|from|after|since|following)\s+(?:the\s+)?internal\s+disclosure\b/i;
/** "up to 90 days for the issue to be confirmed and fixed before disclosing it publicly": the time until disclosure. */
const FIXED_BEFORE_DISCLOSURE = new RegExp(`^\\s*(?:for|to)\\b[^.;!?]{0,60}\\b(?:be|been|being|get|gets)\\s+(?:\\S+\\s+){0,3}?(?:fixed|patched|resolved)\\s+${BEFORE_DISCLOSURE.source}`, "i");

const RELEASE_BEFORE_DISCLOSURE = new RegExp(`^\\s*to\\b(?:(?!\\band\\s+(?:then\\s+)?(?:we|i)\\b|,\\s*(?:and\\s+)?(?:then|we|i)\\b)[^.;!?]){0,60}\\b(?:release|ship|publish|deploy|apply|develop|prepare|implement|provide|issue)\\s+(?:a\\s+|the\\s+)?(?:fix|patch)(?:es)?\\s+${BEFORE_DISCLOSURE.source}`, "i");

function classify(sentence: Sentence, amounts: Amount[], k: number): { kind: Kind | null; before: string; after: string; fromParent: boolean } {
  const a = amounts[k] as Amount;
  const before = sentence.text.slice(amounts[k - 1]?.end ?? 0, a.index);
  // "within 90 days after the triage date, … made public": the date counted from names no step.
  const after = withoutTriageStart(sentence.text.slice(a.end, amounts[k + 1]?.index ?? sentence.text.length).replace(/^\s*(?:after|from|since)\s+(?:the\s+)?\S+\s+date\b/i, ""), before);
  if (KOREAN_CONFIRM_STEP.test(before) && BARE_WITHIN.test(after)) return { kind: "ack", before, after, fromParent: false };
  // "the 90-day-disclosure window": the amount's own noun names it, whatever verb comes before.
  if (DISCLOSURE_NOUN.test(after) || disclosureFromReceipt(before, after) || typicalWholeWait(before, after)) return { kind: "disclosure", before, after, fromParent: false };
  // "a response within 24 hours acknowledging the issue was received": the reply is the acknowledgement.
  // "5 business days for an initial response and 30 days for a fix": a second amount of a list names its own step after it.
  // "14 days for critical findings and 30 days for high-severity findings": a tier of the amount before, when its own words name no step.
  const forPhrase = k > 0 && PARALLEL_AMOUNT.test(before) ? /^\s*for\s[^,;.!?]*/i.exec(after)?.[0] : undefined;
  // (Tiers of a reply are read as tiers further on: "up to 24 hours for Discord and up to 1 week for email".)
  const previousKind = forPhrase === undefined ? null : classify(sentence, amounts, k - 1).kind;
  const ownStep = forPhrase === undefined ? null : kindOf(forPhrase, "after") ?? (previousKind === "fix" || previousKind === "disclosure" ? previousKind : null);
  // "an initial assessment (severity, applicability, fix path) within 10 days": a bracket lists what the step covers, not another step.
  const kindOutsideBrackets = kindOf(clauseBefore(before.replace(/\([^()]*\)/g, " ")), "before");
  const beforeKind = ownStep ?? (kindOutsideBrackets !== null && kindOutsideBrackets !== "generic" ? kindOutsideBrackets : kindOf(clauseBefore(before), "before"));
  // ("90 days for us to investigate and release a fix": the time is for the fix, the investigation only its first step.)
  const clause = beforeKind === "generic" && ACKNOWLEDGING.test(after) ? "ack" : (beforeKind ?? (INVESTIGATE_AND_FIX.test(after) ? "fix" : kindOf(clauseAfter(after), "after")));
  // "a 30-day comment period": the amount measures a period its own clause names, which is no promise.
  const own = clause ?? (OTHER_PERIOD.test(after) ? null : kindOf(before, "before") ?? kindOf(after, "after"));
  const kind = own ?? (sentence.parent !== null ? kindOf(sentence.parent, "before") : null);
  const fromParent = own === null && kind !== null;
  if ((kind === "fix" || kind === null) && ((beforeKind === null && FIX_AND_DISCLOSURE.test(after)) || BEFORE_DISCLOSURE.test(after) || FOR_DISCLOSURE_BEFORE.test(after) || DISCLOSE_OR_WITHIN.test(before) || (DISCLOSE_BEFORE_OR_DEADLINE.test(before) && BRACKET_CLOSES.test(after)))) return { kind: "disclosure", before, after, fromParent: false };
  // The step named only after the amount is a fix the disclosure waits for ("… for the issue(s) to be confirmed and fixed before disclosing them",
  // "at least 90 days to investigate, implement, and release a fix before any public disclosure").
  if (beforeKind === null && kind !== "disclosure" && (FIXED_BEFORE_DISCLOSURE.test(after) || RELEASE_BEFORE_DISCLOSURE.test(after))) return { kind: "disclosure", before, after, fromParent: false };
  // "Keep confidential any information … for up to 90 calendar days": how long the reporter keeps it private.
  // Only where no other step names the time ("keep it confidential and allow us up to 5 days to acknowledge" is the acknowledgement).
  const fromFix = /^\s*(?:days?\s+)?(?:of|after|following|from)\s+(?:the\s+|a\s+)?(?:fix|patch|release)/i.test(after);
  const askedToFix = ALLOW_TIMEFRAME.test(before) && TO_FIX_AFTER_BRACKET.test(after) && DISCLOSURE_CONTEXT.test(`${sentence.heading ?? ""} ${sentence.text}`);
  if ((kind === null || kind === "fix" || (kind === "respond" && askedToFix && TO_TRIAGE_AND_FIX.test(after))) && !fromFix && (KEEP_UNTIL_PUBLIC.test(before) || (KEEP_UNTIL_FIX_OR.test(before) && (countsFromReport(after) || AFTER_YOU_REPORTED.test(after) || WHICHEVER_FIRST.test(after) || PASSED_ALONE.test(after)) && !WHICHEVER_LATER.test(after)) || ALLOW_TIME_TO_FIX.test(before) || secrecyUntilWeHad(before, after) || askedToFix)) return { kind: "disclosure", before, after, fromParent: false };
  // "If we have not released a fix within 90 days, you are free to disclose the issue": the reporter's right, a deadline.
  if ((kind === null || kind === "fix") && (FREE_TO_DISCLOSE.test(after) || AFTER_THIS_PERIOD.test(after))) return { kind: "disclosure", before, after, fromParent: false };
  // ("… confidential for 90 days from your first report, or until a fix is released, whichever is sooner": the fix named after it is the other bound.)
  if ((kind === null || (kind === "fix" && (countsFromReport(after) || WHICHEVER_FIRST.test(after)) && !WHICHEVER_LATER.test(after) && !REPORT_CLOSED.test(after))) && KEEP_CONFIDENTIAL.test(before) && !OTHER_STEP_AFTER_SECRECY.test(before.slice(before.search(SECRECY)))) return { kind: "disclosure", before, after, fromParent: false };
  // "After the fix is released (or after 90 days from the initial report), it may be disclosed": a deadline counted from the report.
  // "… disclosed when the fix is released or 90 days have passed, whichever comes first": a deadline however the fix goes.
  if (kind !== "disclosure" && (FROM_REPORT.test(after) || PASSED.test(after)) && (mentions("disclosure", sentence.text) || ADVISORY_AFTER.test(after) || (FROM_REPORT.test(after) && ADVISORY_BEFORE.test(before)) || (PUBLIC_ADVISORY.test(before) && (WHICHEVER.test(after) || OR_BEFORE.test(before))))) return { kind: "disclosure", before, after, fromParent: false };
  // "### Disclosure Timeline" over "- Standard: 90 days after initial report": the heading names the step the time is for.
  // (Not a lead whose list names the step: "Within 1 week of the report, we will either:".)
  if (kind === null && FROM_REPORT.test(after) && sentence.text.length <= 80 && !LIST_NAMES_STEP.test(sentence.text) && sentence.heading !== undefined && (DISCLOSURE_TIMELINE_HEADING.test(sentence.heading) || (DISCLOSURE_HEADING.test(sentence.heading) && TIME_ALONE.test(sentence.text)))) return { kind: "disclosure", before, after, fromParent: false };
  // Under "Coordinated Disclosure": "We aim to publish within 90 days of the report": publishing, counted from the report, is going public.
  if (kind === null && FROM_REPORT.test(after) && PUBLISH_BEFORE.test(before) && !PUBLISH_RELEASE.test(before) && DISCLOSURE_HEADING.test(sentence.heading ?? "")) return { kind: "disclosure", before, after, fromParent: false };
  // Under "Coordinated disclosure", after a label only: "Default: 90 days from first response, or 30 days after a fix ships, whichever is sooner".
  if (kind === null && countsFromReport(after) && LABEL_ONLY.test(before) && WHICHEVER.test(sentence.text) && DISCLOSURE_HEADING.test(sentence.heading ?? "")) return { kind: "disclosure", before, after, fromParent: false };
  // Under "Responsible Disclosure", an item that only asks for time ("Allow 30-90 days depending on complexity"): the time before going public.
  if (kind === null && ALLOW_ALONE.test(before) && ALLOW_AFTER.test(after) && DISCLOSURE_HEADING.test(sentence.heading ?? "")) return { kind: "disclosure", before, after, fromParent: false };
  // "Public advisory: when the fix ships, or at 90 days — whichever comes first": the step is named before the time.
  if (kind !== "disclosure" && WHICHEVER_FIRST.test(after) && (mentions("disclosure", before) || PUBLIC_ADVISORY.test(before))) return { kind: "disclosure", before, after, fromParent: false };
  return { kind, before, after, fromParent };
}

/** Between two amounts: "… for issues reported on Discord and up to …", "… on weekdays, or within …". */
const ALTERNATIVE = /^\s*(?:for|on|via|through|by|in|during|outside)\s[^.;!?]{0,80}?(?:(?:,|\s)\s*(?:and|or|but)\s+(?:up\s+to|within|in|at\s+most)?|,\s*(?:up\s+to|within|in|at\s+most))\s*$/i;

/** "provide an initial response within": a first reply, which may come after the acknowledgement. */
const FIRST_CONTACT = /\b(?:initial|first)\s+(?:response|reply|answer)\b[^.;!?]{0,30}$/i;

/** "After 24-48 hours, if you don't get a reply, write again": the time is when to follow up, not a promise. */
const FOLLOW_UP_AFTER = /\bafter\s*$/i;
/** "If two weeks pass and no human has replied, …": when to assume the report was lost, not a promise. */
const IF_BEFORE = /\b(?:if|when|once|should)\s+(?:more\s+than\s+|over\s+)?$/i;
const PASS_NOT_HEARD = /^\s*(?:ha(?:s|ve)\s+)?(?:pass(?:es|ed)?|elapse[sd]?|go(?:es|ne)?\s+by)\b[^.;!?]{0,60}(?:\bnot\b|n't\b|\bno\b|\bnobody\b|\bnever\b|\bwithout\b)[^.;!?]{0,40}(?:receiv|hear|heard|\bget\b|\bgot\b|respon|repl|acknowledg)/i;
/** "Reports are closed after 30 days without an answer from the reporter": the reporter's silence, not our promise. */
const REPORTER_SILENT = /^[\s,)]*(?:without|with\s+no)\s+(?:an?\s+|any\s+)?(?:answer|reply|response|word|feedback)\s+from\s+(?:the\s+)?(?:reporter|submitter|you)\b/i;
const IF_NOT_HEARD = /^[\s,)]*(?:if|when|and)\b[^.;!?]{0,60}(?:\bnot\b|n't\b|\bno\b|\bnever\b)[^.;!?]{0,40}(?:receiv|hear|heard|\bget\b|\bgot\b|respon|repl)/i;

interface Item extends Candidate {
  /** Same key: tiers of one promise ("Critical — 7 days; Low — 30 days"), read as the largest. */
  tier: string | null;
  /** The amount's own kind; null for a tier that names only the time (it takes its tier's kind). */
  own: Kind | null;
  /** The sentence it was read in (index). */
  sentence?: number;
  /** An acknowledgement worded as a first reply ("initial response"), not as receipt acknowledged. */
  firstContact?: boolean;
  /** An acknowledgement named with a later step ("acknowledged and analyzed within 5 days"). */
  combined?: boolean;
  /** Where its amount stands in its sentence. */
  at?: number;
}

/** An amount in whole days, as disclosure windows are counted. */
const daysOf = (a: Amount): number => Math.ceil(a.unit === "days" ? a.amount : durationHours(a) / 24);

export function readPromises(sentences: readonly Sentence[]): Promises {
  const items: Item[] = [];
  const disclosures: number[] = [];
  sentences.forEach((sentence, s) => {
    const amounts = findAmounts(sentence.text).filter((a) => !LOOK_BACK.test(sentence.text.slice(0, a.index)) && !NOT_A.test(sentence.text.slice(0, a.index)));
    for (let k = 0; k < amounts.length; k++) {
      const a = amounts[k] as Amount;
      const { kind: read, before, after, fromParent } = classify(sentence, amounts, k);
      const kind = k === 0 && confirmStep(sentences.slice(Math.max(0, s - 3), s), sentence) ? "ack" : read;
      if (kind === "disclosure") {
        const fromReport = countsFromReport(after);
        // "… after a fix is available, or within 90 days": the alternative is a deadline of its own.
        const alternative = ALTERNATIVE_BRANCH.test(before);
        if (!fromReport && !EITHER_FIRST.test(after) && !(OR_BEFORE.test(before) && WHICHEVER_FIRST.test(after)) && !standardWindow(before, after) && (POST_PATCH.test(after) || AFTER_FIX_ELSEWHERE.test(after) || AFTER_FIX_CJK.test(before) || DISCLOSURE_AFTER_FIX.test(after) || (AFTER_FIX.test(before) && !alternative))) continue;
        if ((FROM_DISCLOSURE.test(after) && !PUBLISH_BEFORE.test(before)) || FROM_INTERNAL_DISCLOSURE.test(after) || OTHERS_PRACTICE.test(before) || (PLAN_WITHIN.test(before) && !fromReport) || ESTIMATE.test(before) || (DELAY.test(before) && !DISCLOSE_BEFORE_OR_DEADLINE.test(before)) || ((CONDITION.test(before) || (REPORTER_CONDITION.test(before) && !fromReport)) && !FREE_TO_DISCLOSE.test(after)) || a.unit === "hours" || FOR_USERS.test(after) || EMBARGO_FOR_USERS.test(after) || (USERS_HAVE.test(before) && !fromReport) || (!fromReport && NOTIFY_CUSTOMERS.test(before)) || (!fromReport && THEN_EMBARGOED.test(before) && EARLIER_STEP.test(`${sentences[s - 1]?.text ?? ""} ${before}`))) continue;
        // A time to chase the maintainers whose own clause names no disclosure (clauseNamesDisclosure).
        // "a 30-day waiting period before full disclosure": a wait, as DELAY reads one named before the time.
        if ((ESCALATION.test(before) && !clauseNamesDisclosure(before, after)) || CADENCE.test(before) || longerThan(before) || NOTICE.test(after) || advanceNotice(before, after) || leadOverPrivateSteps(sentences, s) || (!fromReport && POST_FIX_HEADING.test(sentence.heading ?? "") && !DEADLINE_ANYWAY.test(sentence.text)) || (WAIT_PERIOD.test(after) && !fromReport && !/\breport/i.test(after) && AFTER_FIXING.test(sentences.slice(Math.max(0, s - 6), s).map((x) => x.text).join(" ")))) continue;
        disclosures.push(daysOf(a));
        continue;
      }
      if (a.unit !== "hours" && NAMED_DISCLOSURE_PERIOD.test(after)) disclosures.push(daysOf(a));
      // Tiers of one promise: amounts labelled by severity, or list items under one lead that name only a time
      // ("Expect a response in these times: - 1 hour - 2 days"), read as the largest.
      let tier = TIER_LABEL.test(clauseBefore(before)) || TIER_LABEL.test(before.split(/[;；]/u).pop() ?? "")
        ? (sentence.parent !== null && k === 0 ? `p:${sentence.parent}` : `s:${s}`)
        : fromParent ? `p:${sentence.parent}` : null;
      // "High severity: response within 2 days. Low severity: response within 10 days.": tiers in sentences one after another.
      if (tier === `s:${s}` && k === 0) {
        for (let j = items.length - 1; j >= 0 && (items[j]?.sentence ?? s - 1) >= s - 1; j--) {
          const it = items[j]!;
          if (it.sentence === s - 1 && it.tier !== null && it.own === kind) {
            tier = it.tier;
            break;
          }
        }
      }
      if (kind !== null && kind !== "ack" && kind !== "respond" && kind !== "generic") {
        if (tier !== null) items.push({ kind: "generic", own: kind, tier, duration: { amount: 0, unit: "hours" }, rank: 0, shared: false, sentence: s });
        continue;
      }
      // "up to 24 hours for Discord and up to 1 week for email": another case of the amount before, read
      // with it as tiers (the largest holds for every report).
      const previous = items[items.length - 1];
      if (kind === null && tier === null && a.unit !== "months" && k > 0 && previous?.sentence === s && previous.at === amounts[k - 1]?.index && previous.own !== null && (ALTERNATIVE.test(before) || (OUTER_BOUND.test(before) && /^[\s*_)]*(?:[.;!]|$)/.test(after)) || (/^\s*,\s*$/.test(before) && BOUND_AFTER.test(after)))) {
        previous.tier ??= `alt:${s}:${k}`;
        items.push({ ...previous, duration: { amount: a.amount, unit: a.unit }, at: a.index });
        continue;
      }
      if (kind === null && tier === null) continue;
      if (a.unit === "months" || CADENCE.test(before) || (ONCE.test(before) && A_UNIT.test(sentence.text.slice(a.index))) || MINIMUM.test(before) || AHEAD.test(after)) continue;
      // "… or c) taken more than 30 days to reply, you may disclose": a time past which something else happens, not a promise; nor a time
      // another organisation quotes for its own step ("GitHub quotes up to three working days to review the request").
      if (longerThan(before) || THIRD_PARTY_TIME.test(before)) continue;
      if (ESCALATION.test(sentence.text.slice(0, a.index)) || (FOLLOW_UP_AFTER.test(before) && (IF_NOT_HEARD.test(after) || REPORTER_SILENT.test(after))) || (IF_BEFORE.test(before) && PASS_NOT_HEARD.test(after))) continue;
      const rank = BOUND_BEFORE.test(before) || BOUND_AFTER.test(after) ? 2 : TYPICAL.test(before) ? 0 : 1;
      const duration = { amount: a.amount, unit: a.unit };
      // "acknowledge within 72 hours and provide an initial response with our plans within 3 days":
      // a second, longer first-contact time after an acknowledgement in the same sentence is the response.
      // So is an "initial response" promised anywhere after an acknowledgement in so many words, and longer.
      const firstContact = kind === "ack" && FIRST_CONTACT.test(before);
      const longer = (it: Item): boolean => it.kind === "ack" && it.tier === null && durationHours(a) > durationHours(it.duration);
      const later = kind === "ack" && tier === null && items.some((it) => longer(it) && (it.sentence === s || (firstContact && it.firstContact === false)));
      const combined = kind === "ack" && !later && mentions("respond", clauseBefore(before));
      const review = kind === "respond" && tier === null && reviewOnly(`${before} ${after}`);
      items.push({ kind: later ? "respond" : (kind ?? "generic"), own: later ? "respond" : kind, tier, duration, rank, shared: false, sentence: s, firstContact, combined, review, at: a.index });
      const sharing = (kind === "ack" || kind === "generic") && tier === null && (sharesResponse(sentence.text, a, amounts[k + 1], kind === "generic") || (listSharesResponse(sentences, s, a) ? "step" : false));
      if (sharing !== false) {
        items.push({ kind: "respond", own: "respond", tier: null, duration, rank, shared: true, replyWith: sharing === "reply-with" });
      }
    }
  });
  // "A response within 24 hours acknowledging receipt … Each report is acknowledged and analyzed within
  // 5 working days": where receipt is acknowledged sooner on its own, the longer combined step is the response.
  for (const item of items) {
    if (!item.combined) continue;
    const hours = durationHours(item.duration);
    if (items.some((it) => it.kind === "ack" && !it.combined && it.tier === null && durationHours(it.duration) < hours)) {
      item.kind = "respond";
      item.own = "respond";
    }
  }
  const candidates = resolveTiers(items);
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
  let acknowledge = explicitAck ?? best("generic");
  // A step of its own wins over one that shares the acknowledgement's amount.
  // A reply that brings the evaluation is the response beside a first contact of its own (an acknowledgement, or a sooner reply).
  const contactBefore = (c: Candidate): boolean => explicitAck !== null || (acknowledge !== null && durationHours(acknowledge) < durationHours(c.duration));
  let respond = best("respond", (c) => !c.shared) ?? best("respond", (c) => c.replyWith !== true || contactBefore(c));
  // "We will review reports within 5 business days", and no other reply promised: the review is the first human contact.
  // Not where a reply or an acknowledgement is promised in other words, even with no time ("We acknowledge all reports").
  if (acknowledge === null && respond !== null && candidates.every((c) => c.kind !== "respond" || c.review === true) && !items.some((it) => it.review === true && otherStepNear(sentences, it.sentence ?? -1))) {
    acknowledge = respond;
    respond = null;
  }
  if (respond === null && explicitAck !== null) {
    // "We acknowledge within 2 days … we aim to respond within 7 days": the later generic reply.
    const ackHours = durationHours(explicitAck);
    respond = best("generic", (c) => durationHours(c.duration) > ackHours);
  }
  return { acknowledge, respond, disclosureDays: disclosures.length > 0 ? Math.max(...disclosures) : timelineDisclosure(sentences) };
}

/**
 * Severity tiers of one promise count once, as the bound that holds for every report (the largest),
 * at the place of the first tier. A tier that names only the time takes the kind of the first tier
 * that names one ("Triage: Critical — 2 days; Low — 20 days"); tiers of a fix target are dropped.
 */
function resolveTiers(items: readonly Item[]): Candidate[] {
  const tierKind = new Map<string, Kind>();
  for (const item of items) if (item.tier !== null && item.own !== null && !tierKind.has(item.tier)) tierKind.set(item.tier, item.own);
  const out: Candidate[] = [];
  const merged = new Map<string, Candidate>();
  for (const item of items) {
    const kind = item.own ?? (item.tier !== null ? tierKind.get(item.tier) : undefined) ?? null;
    if (kind !== "ack" && kind !== "respond" && kind !== "generic") continue;
    if (item.tier === null) {
      out.push({ kind, duration: item.duration, rank: item.rank, shared: item.shared, review: item.review === true, replyWith: item.replyWith === true });
      continue;
    }
    const key = `${item.tier}\u0000${kind}`;
    const seen = merged.get(key);
    if (seen === undefined) {
      const c: Candidate = { kind, duration: item.duration, rank: item.rank, shared: false };
      merged.set(key, c);
      out.push(c);
    } else if (durationHours(item.duration) > durationHours(seen.duration)) {
      seen.duration = item.duration;
    }
  }
  return out;
}
