/**
 * Cues of a disclosure deadline, and of times that only look like one: what the reporter is asked to keep
 * private and until when, notice given to users, a wait after the fix, a heading that names the disclosure's
 * timeline. Used by the promise reader (promises.ts).
 */

const ADVANCE_NOTICE = /^[\s*_]*before\s+(?:\S+\s+){0,3}?disclosure\b[\s,]*(?:we\s+(?:will\s+|may\s+|shall\s+)?)?(?:send|give|provide|issue)\s+(?:\S+\s+){0,2}?(?:advance|prior|early)\s+(?:notification|notice|warning)/i;
/** "one week before full public disclosure, we will send advance notification of the issue to …": a lead time of a notice, counted back from disclosure (not "allow us 90 days before disclosure, we will give advance notice …"). */
export const advanceNotice = (before: string, after: string): boolean => ADVANCE_NOTICE.test(after) && !/\b(?:allow|give|grant|wait|request|ask|need|require)\s+(?:us\s+|you\s+|for\s+)?(?:(?:a\s+minimum\s+of|at\s+least|up\s+to|about|approximately|roughly|an?\s+(?:embargo|period|window)\s+of)\s+)?$|\bhold\s+off\s+(?:for\s+)?$|\bembargo\s+of\s+$/i.test(before);
/** "7-day notice to users before public disclosure": a notice given ahead of a disclosure, not a deadline for it. */
export const NOTICE = /^[\s-]*(?:day\s+|days'?\s+)?(?:advance\s+|prior\s+)?(?:notice|heads[\s-]up|warning|notification)\s+to\s+(?:our\s+|the\s+|all\s+)?(?:users|customers|downstream|community|vendors|distributors|packagers)\b/i;
/** "If we have not disclosed it within 90 days, you are free to disclose it": the reporter's right after the time, a deadline. */
export const FREE_TO_DISCLOSE = /\b(?:you|the\s+reporter|reporters?|researchers?)\s+(?:(?:are|is|will\s+be)\s+free\s+to\s+|may\s+(?:then\s+)?(?:publicly\s+)?)(?:disclose|publish)/i;
/** "… confidential and allow us up to 5 days to acknowledge": another step named between the secrecy and the time. */
export const OTHER_STEP_AFTER_SECRECY = /\b(?:allow|give|wait|take|expect|acknowledg\w*|respond\w*|response|repl(?:y|ies)|answer)\b/i;
/** The word asking for secrecy ("confidential", "private", "under embargo"). */
export const SECRECY = /confidential|private|secret|under\s+embargo/i;
export const KEEP_CONFIDENTIAL = new RegExp(
  `\\bkeep\\s+(?:\\S+\\s+){0,3}?(?:${SECRECY.source})\\b[^.;!?]{0,80}?\\b(?:for|up\\s+to)\\s+(?:up\\s+to\\s+|at\\s+least\\s+)?$|` +
    `\\bkeep\\s+(?:\\S+\\s+){0,3}?(?:${SECRECY.source})\\b[^.;!?]{0,80}\\bperiod\\s+for\\s+(?:responsible\\s+|coordinated\\s+)?disclosure\\s+of\\s+$`,
  "i",
);

/**
 * "Keep information … confidential … until we resolved the issue with a public announcement (typically within 90 days)";
 * "Allow us reasonable time to fix (90 days)": how long the reporter is asked to wait before going public.
 */
export const KEEP_UNTIL_PUBLIC = new RegExp(
  `\\bkeep\\b[^.;!?]{0,80}?(?:${SECRECY.source})\\b[^.;!?]{0,40}?\\buntil\\b[^.;!?]{0,100}?\\b(?:public|announcement|advisory|disclos\\w*)\\b[^.;!?]{0,40}?\\b(?:within|in|after)\\s+$`,
  "i",
);
/** "Please keep the details private until the fix is released, or for 90 days after your report": secrecy until the fix or a time, the time a deadline. */
export const KEEP_UNTIL_FIX_OR = new RegExp(`\\bkeep\\b[^.;!?]{0,80}?(?:${SECRECY.source})\\b[^.;!?]{0,40}?\\buntil\\b[^.;!?]{0,80}?\\b(?:fix(?:ed)?|patch(?:ed)?|released?|resolved)\\b[^.;!?]{0,30}?,?\\s*or\\s+(?:for\\s+|until\\s+|up\\s+to\\s+)?$`, "i");
/** The hedge that may open a bracket around an amount: "(typically 90 days)", "(usually within 14 days)". */
const BRACKET_HEDGE = String.raw`\(\s*(?:(?:typically|usually|generally|normally|by\s+default|about|around|approximately|roughly|up\s+to|at\s+least)\s+)?(?:within\s+)?$`;
/** "Give us a reasonable timeframe (typically 90 days) to patch the issue": the time asked for, in brackets before its purpose. */
export const ALLOW_TIMEFRAME = new RegExp(String.raw`\b(?:allow|give|grant)\s+(?:us|the\s+(?:team|maintainers?))\s+(?:\S+\s+){0,3}?(?:time|time\s*frame|period|window)\s*${BRACKET_HEDGE}`, "i");
/** The fix as what a time is for ("fix", "resolve the issue"), not the report's handling ("address your report"). */
const FIX_VERB = String.raw`(?:fix|patch|remediate|resolve|address)\b(?!\s+(?:your|the|this|each|a)\s+(?:report|submission|finding)s?\b)`;
const FIRST_STEP = String.raw`(?:investigate|triage|assess|confirm|review)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)`;
/** "…) to patch", "…) to triage and fix": what the time asked for is for, ending in the fix. */
export const TO_FIX_AFTER_BRACKET = new RegExp(String.raw`^[\s*_]*\)\s*to\s+(?:${FIRST_STEP})?${FIX_VERB}`, "i");
/** "…) to triage and fix": a first step and then the fix itself (not "to review and address your report"). */
export const TO_TRIAGE_AND_FIX = new RegExp(String.raw`^[\s*_]*\)\s*to\s+${FIRST_STEP}${FIX_VERB}`, "i");
/** "Keep information … confidential between us until we've had 120 days to resolve the issue": the secrecy asked for is the window… */
const KEEP_UNTIL_WE_HAD = /\b(?:confidential|private|secret)\b[^.;!?]{0,80}?\buntil\s+(?:we(?:'ve|’ve|\s+have)|the\s+(?:team|maintainers?)\s+(?:has|have))\s+had\s+$/i;
/** …when the time is for the fix, or counted from the report… */
const WE_HAD_FOR = /^\s*(?:to\s+(?:(?:investigate|triage|assess|review|confirm|work\s+on|ship|release|prepare|develop|publish)\s+(?:(?:and|,)\s+)?)?(?:(?:a|the)\s+)?(?:fix|patch|remediate|resolve|address)\b|[,.;:)]|$|or\b|of\s+(?:your|the)\s+(?:report|submission)\b|(?:from|after|since)\s+(?:the\s+|your\s+)?(?:date|report|receipt|submission|initial|first))/i;
/** …not from a later start ("30 days since the fix release", "until users have had 30 days"). */
const WE_HAD_LATER = /\b(?:after|since|following|once)\b[^.;!?]{0,30}\b(?:fix|patch|releas|version|publish|ship)|\b(?:users|customers|distributions?|packagers)\s+(?:have|has)\s+had\b/i;
export function secrecyUntilWeHad(before: string, after: string): boolean {
  return KEEP_UNTIL_WE_HAD.test(before) && WE_HAD_FOR.test(after) && !WE_HAD_LATER.test(after);
}
export const ALLOW_TIME_TO_FIX = /\b(?:allow|give|grant)\s+(?:us|the\s+(?:team|maintainers?))\s+(?:\S+\s+){0,3}?time\s+to\s+(?:fix|patch|remediate|resolve|address)(?:\s+(?:it|the\s+(?:issue|vulnerability|problem)))?\s*(?:\(\s*|of\s+|,\s*(?:up\s+to\s+|at\s+least\s+)?)$/i;

/** "a 30-day waiting period before full disclosure", in a list led by "After fixing a vulnerability:": a wait after the fix. */
export const WAIT_PERIOD = /^[\s*_-]*(?:days?\s+)?(?:waiting|wait|grace|cool(?:ing)?[\s-]*off)\s+period/i;
export const AFTER_FIXING = /\b(?:after|once|following)\s+(?:fixing|patching|releasing|the\s+fix|a\s+fix|the\s+patch|a\s+patch|the\s+release|we\s+(?:have\s+)?(?:fixed|patched|released))\b/i;

/** A heading for the disclosure's time itself ("Disclosure Timeline", "Embargo period"), not a policy's title ("Disclosure Policy"). */
export const DISCLOSURE_TIMELINE_HEADING = /disclos\w*\s+(?:timeline|deadline|window|period|schedule|timeframe|time\s*frame)|embargo/i;
/** "패치 배포 후 30일", "修复发布后 30 天", "パッチ公開後 30 日": counted from the fix (Korean, Chinese and Japanese put "after" first). */
export const AFTER_FIX_CJK = /(?:패치|수정|修复|修復|补丁|補丁|パッチ|修正)(?:가|이)?\s*(?:배포|릴리스|공개|发布|發布|公开|公開|リリース)?(?:된|한|되고)?\s*(?:후|이후|后|後|以后|以後|之后|之後)\s*(?:최대|最多|最長)?\s*$/u;
/** "a patch within 30 days, after this period the report will be disclosed": the time is the wait before going public. */
export const AFTER_THIS_PERIOD = /^[^.!?]{0,20}?\b(?:after\s+(?:this|that|the)\s+(?:period|deadline|window)|once\s+(?:this|that)\s+(?:period|time)\s+(?:has\s+)?(?:passed|elapsed))\b[^.;!?]{0,40}?(?:\b(?:report|issue|vulnerabilit\w*|details|findings?|bug)\s+(?:\S+\s+){0,3}?(?:disclosed|made\s+public|published|publicly\s+(?:disclosed|released))|\b(?:you|reporters?|researchers?)\s+(?:may|can|are\s+free\s+to)\s+(?:publicly\s+)?(?:disclose|publish))/i;
/** "Allow up to 90 days for coordinated disclosure before public discussion": the time named as the disclosure's, before anything goes public. */
export const FOR_DISCLOSURE_BEFORE = /^\s*(?:days?\s+)?for\s+(?:coordinated\s+|responsible\s+)?disclosure\s+before\b/i;

/** "No public disclosure before a fix is released or an agreed deadline (90 days by default)", "… or a mutually agreed delay has elapsed (by default: 90 days …)", in French too: the deadline's default is the window. */
export const DISCLOSE_BEFORE_OR_DEADLINE = /\b(?:disclos\w*|divulg\w*|publish\w*|made\s+public)\b[^.;!?]{0,30}\b(?:before|until|avant|jusqu)\b[^.;!?]{0,60}\b(?:or|ou)\s+(?:jusqu['’]à\s+ce\s+que\s+|qu['’]\s*|que\s+)?(?:an?\s+|the\s+|une?\s+|l[ea]\s+)?(?:(?:mutually\s+)?agreed(?:[\s-]upon)?\s+)?(?:deadline|date|timeline|time\s*frame|delay|period|window|délai|période)(?:\s+(?:mutuellement\s+)?convenu\w*)?(?:\s+(?:has\s+)?(?:elapsed|passed|expired)|\s+(?:se\s+)?(?:soit|est)\s+écoulé\w*)?\s*\(\s*(?:by\s+default\s*:?\s*|default(?:\s+of|:)?\s*|par\s+défaut\s*:?\s*|typically\s+|usually\s+)?$/i;
/** …and the bracket holds only the amount ("(90 days by default)"), not a time for something else ("(1 week for notifying downstream)"). */
export const BRACKET_CLOSES = /^\s*(?:by\s+default|(?:from|after|since)\s+(?:the\s+|your\s+)?(?:initial\s+)?report|(?:à\s+compter\s+du|après\s+le|depuis\s+le)\s+rapport(?:\s+initial)?)?\s*\)/i;

/** "- Day 0: report received … - Day 30+: public disclosure": a timeline counted in days from the report, whose public disclosure step's day is the window. */
const DAY_ZERO_REPORT = /^\W*day\s+0\b[^.;!?]{0,40}?\b(?:report(?!er)\w*|received)/i;
const DAY_ZERO_OTHER = /\b(?:fix|patch|releas|submi|incident)/i;
const DAY_OF_DISCLOSURE = /^\W*day\s+(\d+)\s*\+?[\s*_]*[:—–-]\s*(?:(?:(?:full|the|coordinated|responsible)\s+){0,2}(?:public(?:ly)?\s+(?:disclosure|advisory|disclosed)\b|disclosure\s+deadline\b)|full\s+(?:coordinated\s+|public\s+)?disclosure\b|(?:coordinated|responsible)\s+disclosure\s*(?:\.?\s*$|\([^)]*\b(?:publish\w*|public|advisory)\b|,\s*unless\b))/i;
/** A step that is not the public disclosure: to someone, a plan or a draft, under embargo. */
const NOT_PUBLIC_STEP = /\b(?:to|plan|draft|drafted|privately|embargo|board|committee)\b|\bafter\s+(?:the\s+|a\s+)?(?:fix|patch)/i;
/**
 * A lead or heading that says what follows is an example: opening with the word, or naming an example timeline or scenario
 * (not "for instance, an RCE" inside the policy's own lead, nor a project named "sample-app").
 */
const EXAMPLE = /^\W*(?:an?\s+)?(?:examples?|samples?|hypothetical|illustrative|illustration|for\s+(?:instance|example))\b|\b(?:example|sample|hypothetical|illustrative)\s+(?:\w+\s+)?(?:timeline|schedule|scenario|case)\b|\btimeline\s+(?:example|illustration)\b/i;

export function timelineDisclosure(sentences: ReadonlyArray<{ text: string; line: number; heading?: string }>): number | null {
  // Each timeline from a report's day 0, under its heading up to the next day 0; tiers of timelines ("Critical: … Other: …") give the largest.
  const windows: number[] = [];
  sentences.forEach((start, zero) => {
    if (!DAY_ZERO_REPORT.test(start.text) || DAY_ZERO_OTHER.test(start.text)) return;
    // "**Example Timeline for Critical Vulnerability:**" over it: an illustration, not the policy's own deadline.
    const lead = sentences[zero - 1];
    // (The lead right above the list: not one a code block stands between.)
    const leadSaysExample = lead !== undefined && lead.heading === start.heading && start.line - lead.line <= 3 && /:\W*$/.test(lead.text) && EXAMPLE.test(lead.text);
    if (EXAMPLE.test(start.heading ?? "") || leadSaysExample) return;
    const days: { day: string; public: boolean }[] = [];
    for (let i = zero + 1; i < sentences.length && sentences[i]!.heading === start.heading && !/^\W*day\s+0\b(?!\s*[-–—]\s*\d)/i.test(sentences[i]!.text); i++) {
      const day = NOT_PUBLIC_STEP.test(sentences[i]!.text) ? undefined : DAY_OF_DISCLOSURE.exec(sentences[i]!.text)?.[1];
      if (day !== undefined) days.push({ day, public: /\bpublic/i.test(sentences[i]!.text) });
    }
    // Several: the one step that says "public" ("Day 7: Coordinated disclosure." … "Day 90: Public disclosure").
    const publicDays = days.filter((d) => d.public);
    const day = days.length === 1 ? days[0] : publicDays.length === 1 ? publicDays[0] : undefined;
    if (day !== undefined) windows.push(Number(day.day));
  });
  return windows.length > 0 ? Math.max(...windows) : null;
}

/**
 * "90 días después del fix", "90 jours après le correctif", "90 Tage nach dem Fix", "após a correção": counted from the fix, in
 * Spanish, Portuguese, French or German.
 */
export const AFTER_FIX_ELSEWHERE = new RegExp(
  [
    String.raw`^\s*(?:(?:d[íi]as|dias|jours|tage[n]?)\s+)?(?:despu[ée]s\s+(?:del|de\s+la|de\s+los)|ap[óo]s\s+(?:o|a|os)|apr[èe]s\s+(?:le|la|les|l')|nach\s+(?:dem|der|den))\s*(?:fix|parche|correcci[óo]n|arreglo|patch|corre[çc][ãa]o|correctif|behebung|lanzamiento|lan[çc]amento|publicaci[óo]n\s+del\s+(?:fix|parche)|publica[çc][ãa]o\s+d[oa]\s+(?:fix|patch|corre[çc][ãa]o)|publication\s+du\s+correctif|ver[öo]ffentlichung\s+des\s+(?:fix|patch)\w*)`,
    String.raw`^\s*(?:après|apr[eè]s)\s+(?:la\s+|le\s+)?(?:r[ée]solution|correction|correctif|publication\s+du\s+correctif)`,
    String.raw`^\s*(?:despu[ée]s\s+de|tras)\s+(?:la\s+|el\s+)?(?:correcci[oó]n|soluci[oó]n|parche)`,
    String.raw`^\s*ap[oó]s\s+(?:a\s+|o\s+)?(?:corre[çc][ãa]o|resolu[çc][ãa]o|patch)`,
    String.raw`^\s*nach\s+(?:der\s+|dem\s+)?(?:Behebung|Korrektur|Fix|Patch)`,
  ].join("|"),
  "iu",
);
/** "… after the fix is available or the report is received, whichever comes first", "… o del reporte, lo que ocurra primero": the report bounds it too (only where the other bound is the report). */
export const EITHER_FIRST = /^(?=[^.!?]*\b(?:report(?!er)\w*|receipt|submission|reporte|informe|signalement|meldung|eingang|relato)\b)[^.!?]*(?:whichever\s+(?:comes\s+|is\s+|happens\s+)?(?:first|earlier|sooner)|lo\s+que\s+(?:ocurra|suceda)\s+primero|\bo\s+(?:del|de\s+la)\s+(?:reporte|informe|notificaci[óo]n)|\bor\s+(?:the\s+)?report(?!er))/i;
/** "### Disclosure Policy" over "- Typically 90 days after initial report": a heading about disclosure alone names the step of a time counted from the report. */
export const DISCLOSURE_HEADING = /^\W*(?:(?:vulnerability|coordinated|responsible|public)\s+)?disclosure(?:\s+(?:policy|process|timeline))?\W*$/i;
/** …where the item is that time and nothing else ("Typically 90 days after initial report (adjustable)"), not another step's ("Bounty paid 30 days after the report"). */
export const TIME_ALONE = /^\W*(?:(?:typically|usually|generally|normally|at\s+most|no\s+later\s+than|up\s+to|about|around|approximately)\s+)+\d+[\s-]*(?:calendar\s+)?(?:days?|weeks?|months?)\s+(?:after|from|of)\s+(?:the\s+|your\s+)?(?:initial\s+|original\s+|first\s+)?report\w*(?:\s*\([^)]{0,30}\))?(?:,?\s*in\s+coordination\s+with\s+you)?[\s.;]*$/i;
/** "(standard 90-day responsible disclosure window)", in a bracket: the window itself, counted from the report, whatever the sentence says of the fix. */
const STANDARD_BEFORE = /\(\s*(?:the\s+)?(?:standard|usual|typical|default)\s+(?:\S+\s+)?$/i;
const WINDOW_AFTER = /^[\s-]*(?:day\s+)?(?:responsible\s+|coordinated\s+)?disclosure\s+(?:window|period|deadline)\s*\)/i;
/** "Public disclosure after the fix is available (typically 90 days)": the bracket gives the usual whole wait, from the report… */
const DISCLOSED_AFTER_FIX_TYPICALLY = /\bdisclos\w*\s+(?:after|once|when)\s+(?:the\s+|a\s+)?(?:fix|patch)(?:es)?\s+(?:is\s+|are\s+|has\s+been\s+)?(?:available|deployed|released|shipped|published|out)\s*\(\s*(?:typically|usually|generally|normally)\s+$/i;
/** …when the bracket closes on the amount and no wait for users follows ("(typically 3 days), so users can update first"). */
const CLOSES_WITHOUT_USERS = /^[\s*_]*\)(?![^.;!?]{0,20}\b(?:so|to\s+(?:let|allow|give))\b[^.;!?]{0,40}\b(?:users|customers|everyone)\b)/i;
export function typicalWholeWait(before: string, after: string): boolean {
  return DISCLOSED_AFTER_FIX_TYPICALLY.test(before.slice(-120)) && CLOSES_WITHOUT_USERS.test(after);
}
export function standardWindow(before: string, after: string): boolean {
  return (STANDARD_BEFORE.test(before.slice(-30)) && WINDOW_AFTER.test(after.slice(0, 60))) || typicalWholeWait(before, after);
}

/**
 * "90 days for users to update before disclosure", "embargoed for 30 days to give users an opportunity to
 * upgrade": counted from the fix, which users must have first.
 */
export const FOR_USERS = /^\s*(?:\S+\s+)?(?:for|to\s+(?:give|allow|let)|giving|allowing|letting)\s+(?:(?:the\s+|our\s+)?(?:users|customers|everyone|people|downstream\s+\S+))\b[^.;!?]{0,40}?\b(?:update|upgrade|patch|apply|install)/i;
/** "Users then have 14 days to upgrade": time the users are given after the fix… */
const USERS_THEN_HAVE = String.raw`\b(?:users|customers|everyone|downstream\s+\S+)\s+(?:then\s+|will\s+|would\s+)?(?:have|get|receive|are\s+given)\s*$`;
/** …"after users have had time to update their installs (typically 30 days)"… */
const USERS_HAD_TIME = String.raw`\b(?:users|customers|everyone)\s+(?:have\s+had|had|have|get|got|are\s+given)\s+(?:\S+\s+){0,2}?(?:time|chance|opportunity)\s+to\s+(?:update|upgrade|patch|apply|install)\w*(?:\s+[^\s(]+){0,3}?\s*${BRACKET_HEDGE}`;
/** …"after most users have upgraded (usually 30 days)". */
const USERS_UPGRADED = String.raw`\bafter\s+(?:most\s+|all\s+)?(?:users|customers)\s+(?:have\s+)?(?:upgraded|updated|patched)\s*${BRACKET_HEDGE}`;
export const USERS_HAVE = new RegExp(`${USERS_THEN_HAVE}|${USERS_HAD_TIME}|${USERS_UPGRADED}`, "i");
/** "a 7-day embargo so users can update": a wait for users after the fix. */
export const EMBARGO_FOR_USERS = /^\s*(?:embargo|wait(?:ing)?(?:\s+period)?|grace\s+period|delay)\b[^.;!?]{0,20}?\bso(?:\s+that)?\s+(?:the\s+|our\s+)?(?:users|customers|everyone|people)\b[^.;!?]{0,40}?\b(?:update|upgrade|patch|apply|install)/i;

/** "on the order of 14 business days": an estimate, not a deadline. */
export const ESTIMATE = /\bon\s+the\s+order\s+of\s*$/i;
/** "delay detailed disclosure from 2 to 8 weeks", "a waiting period (2 to 8 weeks)": a wait before disclosure, not a deadline. */
export const DELAY = /\b(?:delay(?:s|ed|ing)?|postpone[sd]?|wait(?:ing)?\s+period|grace\s+period|cool(?:ing)?[\s-]+off)\b[^.;!?]{0,60}$/i;
/** Only a label before the amount ("Default:", "**Standard**:"). */
export const LABEL_ONLY = /^[\s*_]*(?:(?:by\s+)?default|standard|typically|usually|normally)?[\s*_]*[:：]?\s*$/i;
/** "… or 30 days after a fix ships, whichever is sooner": a bound that holds whatever else happens. */
export const WHICHEVER = /\bwhichever\b/i;
/** "…, whichever is later": a least wait, not a bound. */
export const WHICHEVER_LATER = /\bwhichever\s+(?:comes|is|happens|occurs)\s+(?:later|last|longer)\b/i;
/** "when the fix ships, or at 90 days — whichever comes first": the time bounds the step whatever the fix does. */
export const WHICHEVER_FIRST = /^\s*(?:(?:days?\s+)?(?:after|from|since|of|following)\s+(?:the\s+|our\s+)?(?:initial\s+)?(?:report|receipt|submission|notification|acknowledge?ment)\w*\s*)?(?:[—–,-]\s*)?whichever\s+(?:comes|is|happens|occurs)\s+(?:first|sooner|earlier)\b/i;
/** "Public advisory" as the name of a step (the disclosure). */
export const PUBLIC_ADVISORY = /\bpublic\s+advisor(?:y|ies)\b/i;
/** "90 days have passed", "after 90 days have elapsed". */
export const PASSED = /^\s*(?:ha(?:s|ve)\s+)?(?:passed|elapsed|gone\s+by)\b/i;
/** "… or 60 days after you reported it", "… after we receive it": counted from the report, in a request for secrecy. */
export const AFTER_YOU_REPORTED = /^\s*(?:days?\s+)?(?:after|since|from)\s+(?:you\s+(?:first\s+)?report(?:ed)?\b|we\s+(?:first\s+)?receive[ds]?\s+(?:it|your\s+report|the\s+report)\b)/i;
/** "…until 90 days have passed." with nothing after: passed since the report. */
export const PASSED_ALONE = /^\s*(?:ha(?:s|ve)\s+)?(?:passed|elapsed|gone\s+by)\s*(?:[.,;!]|$)/i;

/** "we do not expect to need the usual 90 days most companies ask for", "Unlike the 90 days many vendors request": another's practice, which the project says it does not follow. */
export const OTHERS_PRACTICE = /\b(?:not|n't)\s+(?:\S+\s+)?(?:expect\s+to\s+)?need\s+(?:the\s+)?(?:usual|typical|standard|customary)\s*$|\bunlike\s+(?:the\s+)?$/i;

/** "If the reporter doesn't respond or can't integrate the fix, it will be made public after 30 days": a wait on the reporter, not a deadline. */
export const REPORTER_CONDITION = /\b(?:if|unless|should|in\s+case)\s+(?:the\s+)?(?:reporter|researcher|submitter|finder)\b[^.;!?]{0,80}(?:\b(?:not|no|never)\b|n't\b)[^.;!?]{0,60}$/i;

/** "A fix and disclosure timeline within 30 days", "we will send you a disclosure timeline within 10 days": a plan for the disclosure given by then, not the disclosure (unless counted from the report). */
export const PLAN_WITHIN = /(?:\bfix\s+(?:and|&)\s+|\b(?:provid|send|giv|shar|propos|offer|communicat|deliver|agree)\w*\b[^.;!?]{0,30}?)disclosure\s+(?:timeline|plan|schedule)\s+(?:within|in|no\s+later\s+than)\s*$/i;

/** An item that only asks for time: "Allow 30-90 days", "Please give us up to 90 days". */
export const ALLOW_ALONE = /^[\s*_]*(?:please\s+)?(?:allow|give\s+us|grant\s+us)\s+(?:us\s+)?(?:up\s+to\s+)?$/i;
/** What may follow such a time: a hedge or the fix it is for ("depending on complexity"), not another step ("before following up", "between reminders"). */
export const ALLOW_AFTER = /^[\s*_]*(?:days?|weeks?|months?)?\s*(?:,?\s*depending\s+on\s+[^.;!?]*|for\s+(?:us\s+to\s+)?(?:fix|patch|resolve|address|remediate|investigate)[^.;!?]*|before\s+(?:any\s+)?(?:public\s+)?disclos[^.;!?]*)?[.;!]?\s*$/i;

/** "won't accept an embargo longer than 19 days": a limit someone else sets, not a deadline. */
const LONGER_THAN = /\b(?:longer|more)\s+than\s*$/i;
const NO_LONGER_THAN = /(?:\b(?:no|not|never|without|rarely|seldom)|n't)\s+(?:\S+\s+){0,2}(?:longer|more)\s+than\s*$/i;
/** "longer than 90 days" (not "no longer than"): a least wait, no deadline. */
export const longerThan = (before: string): boolean => LONGER_THAN.test(before) && !NO_LONGER_THAN.test(before);
/**
 * "At 90 days from the report an advisory is published", "Advisories are published within 90 days of the report": the advisory's own
 * time, counted from the report, is the disclosure (not "a fix within 30 days of the report, and an advisory is published with it").
 */
export const ADVISORY_AFTER = /^\s*(?:days?\s+)?(?:from|of|after)\s+(?:receiving\s+)?(?:the\s+|your\s+)?(?:initial\s+|original\s+|first\s+)?(?:report|submission|receipt)\s*(?:\([^()]{0,20}\)\s*)?,?\s+(?:(?:an?|the)\s+)?(?:(?:public|github|security)\s+){0,3}advisor(?:y|ies)\s+(?:is|are|will\s+be|gets?)\s+(?:publicly\s+)?published\b(?!\s+(?:after|once|when|following|with\s+the\s+(?:next\s+)?release)\b)/i;
export const ADVISORY_BEFORE = /\badvisor(?:y|ies)\s+(?:is|are|will\s+be|gets?)\s+published\s+(?:\S+\s+){0,3}?(?:within|in|after|no\s+later\s+than)\s*$/i;
/** "### 5. Disclosure (after the fix)", "披露（修复后）": a heading that puts what it holds after the fix. */
export const POST_FIX_HEADING = /\b(?:after|post)[\s-]+(?:the\s+|a\s+)?(?:fix|patch)(?:es)?\b|(?:修复|修復|补丁|補丁|パッチ|수정|패치)(?:发布|發布|公開|リリース|배포)?\s*(?:后|後|후)/iu;
/** A deadline that holds whatever the fix does ("if we cannot ship a fix within 90 days", "regardless of a fix", "never exceeds"), or one counted from the report in other languages. */
export const DEADLINE_ANYWAY = /\bfix\s+or\s+(?:no\s+fix|not)\b|\beven\s+(?:when|if)\s+(?:un(?:patched|fixed)|no\s+fix)|\b(?:after|from|since)\s+(?:we\s+received|receiving|receipt\s+of)\s+(?:your|the)\s+report|\b(?:if|unless)\b[^.;!?]{0,40}\b(?:no|not|cannot|can't|hasn't|haven't)\b[^.;!?]{0,30}\b(?:fix|patch)|regardless\s+of\s+(?:whether\s+)?(?:a\s+|the\s+)?(?:fix|patch)|never\s+exceeds?|no\s+later\s+than\s+\d+\s+days|\bafter\s+(?:it\s+was|they\s+were|you)\s+reported|无论|無論|不论|不論|仍未|未修复|未修復|수정\s*여부와\s*관계없이|보고(?:일)?(?:로부터|\s*후)|报告(?:之日)?(?:起|后)|報告(?:から|後)|自报告/iu;
/** "Within 1 week of the report, we will either:": a lead whose list of alternatives names the step the time is for. */
export const LIST_NAMES_STEP = /\beither\s*[:：]\s*$/i;
/** "We publish updates within 14 days": what is published is a release, not the disclosure. */
export const PUBLISH_RELEASE = /\bpublish\w*\s+(?:\S+\s+)?(?:updates?|fix(?:es)?|patch(?:es)?|releases?|versions?)\b/i;
/** A step that goes public: an advisory, publication, disclosure (not one that only plans it: "propose a disclosure date"). */
const GOES_PUBLIC = /disclos|publish|advisor|\bpublic|公开|公開|披露|공개|公表/iu;
const PLANS_ONLY = /\b(?:propos|agree|plan|coordinat|discuss)/i;

/** "Within 5 days of the report, we will:" over steps none of which goes public ("confirm the vulnerability", "agree an embargo date"): the list names what the time is for. */
export function leadOverPrivateSteps(sentences: ReadonlyArray<{ text: string; line: number }>, s: number): boolean {
  const lead = sentences[s];
  if (lead === undefined || !/[:：]\s*$/u.test(lead.text) || GOES_PUBLIC.test(lead.text)) return false;
  return !sentences.slice(s + 1, s + 5).some((x) => x.line > lead.line && GOES_PUBLIC.test(x.text) && !PLANS_ONLY.test(x.text));
}
