/**
 * The policy's own checklist ("please include: a description, steps to reproduce, …")
 * checked against a report's text. Each item is read for what it asks (a description, steps
 * to reproduce, a proof of concept, the impact, a mitigation, versions, the component, …);
 * a report covers it by a heading or label line, by the words people use for it, or by
 * evidence (a code block or a script for a proof of concept, version numbers for versions,
 * an "an attacker can …" statement for impact). Items the policy marks optional ("if known",
 * "(optional)", "if any") are checked but never asked for. Pure.
 */
import { readReportText, type ReportShape } from "./report-text.js";
import { mentions } from "./mentions.js";

export type ItemKind =
  | "description"
  | "steps"
  | "poc"
  | "impact"
  | "mitigation"
  | "versions"
  | "component"
  | "environment"
  | "logs"
  | "severity"
  | "cve"
  | "contact"
  | "title";

export interface ChecklistItem {
  /** The item in the policy's words. */
  text: string;
  kinds: ItemKind[];
  /** "all": every kind must be covered ("a description and its impact"); "any": one is enough ("steps or a PoC"). */
  needs: "all" | "any";
  optional: boolean;
}

export type CoveredBy = "heading" | "words" | "evidence" | "form";

export interface ItemVerdict {
  item: ChecklistItem;
  covered: boolean;
  /** How it was found (for maintainers), null when not. */
  by: CoveredBy | null;
}

/** How an item names each kind. */
const ITEM_WORDS: [ItemKind, RegExp][] = [
  ["steps", /\b(steps?|reproduc\w*|repro|verification|verify)\b/i],
  ["poc", /\b(proof[- ]of[- ]concept|poc|exploit\w*|scripts?|payloads?)\b/i],
  ["impact", /\b(impact|consequences?|what an attacker)\b/i],
  ["mitigation", /\b(mitigations?|workarounds?|fix(es)?|remediation|patch(es)?|recommendations?)\b/i],
  ["versions", /\b(versions?|commit( hash)?|releases?)\b/i],
  ["component", /\b(components?|packages?|modules?|files?|functions?|endpoints?|directives?|location|source code|code paths?)\b/i],
  ["environment", /\b(environment|browser|operating system|os|platform|configuration|setup)\b/i],
  ["logs", /\b(logs?|stack ?traces?|tracebacks?|screenshots?|output)\b/i],
  ["severity", /\b(severity|cvss|risk|assessment)\b/i],
  ["cve", /\bcve\b/i],
  ["contact", /\b(contact|e-?mail|your name)\b/i],
  ["title", /\b(title|subject)\b/i],
  ["description", /\b(descri\w*|overview|summary|details?|explanation|what (the|happens))\b/i],
];

const OPTIONAL = /\b(if (known|any|possible|available|applicable|relevant)|where (relevant|applicable|possible)|optional(ly)?|any known)\b/i;
/** A parenthesis holding only an optional marker: "(optional)", "(if any)". */
const MARKER_ONLY = /^\(\s*(if (known|any|possible|available|applicable|relevant)|optional|where relevant)\s*\)$/i;

/** What a checklist item asks for. */
export function readItem(text: string): ChecklistItem {
  // "Steps to reproduce (proof-of-concept if possible)": the parenthesis qualifies a part, not the item.
  const parens = text.match(/\([^)]*\)/g) ?? [];
  const main = parens.reduce((t, p) => t.replace(p, MARKER_ONLY.test(p) ? p : " "), text).split(" / ")[0]!;
  const kinds = ITEM_WORDS.filter(([, re]) => re.test(main)).map(([k]) => k);
  // "Steps to reproduce or a working PoC" → either; "Version affected" names versions, not a description.
  const any = /\bor\b/i.test(main) && kinds.length > 1 && !/\band\b/i.test(main);
  const distinct = kinds.includes("description") && kinds.length > 1 && !/\bdescri/i.test(main) ? kinds.filter((k) => k !== "description") : kinds;
  return { text, kinds: distinct, needs: any ? "any" : "all", optional: OPTIONAL.test(main) };
}

const HEADINGS: Record<ItemKind, RegExp> = {
  description: /\b(descri\w*|summary|overview|details?|vulnerability|issue|problem|explanation)\b/i,
  steps: /\b(steps?|reproduc\w*|repro|how to|walkthrough)\b/i,
  poc: /\b(proof[- ]of[- ]concept|poc|exploit|payload)\b/i,
  impact: /\b(impact|consequences?|risk|severity)\b/i,
  mitigation: /\b(mitigations?|workarounds?|remediation|fix(es)?|recommendations?|suggested|patch)\b/i,
  versions: /\b(versions?|affected releases?)\b/i,
  component: /\b(components?|affected (code|files?|modules?)|location|where)\b/i,
  environment: /\b(environment|setup|configuration|platform)\b/i,
  logs: /\b(logs?|stack ?traces?|output|traceback)\b/i,
  severity: /\b(severity|cvss)\b/i,
  cve: /\bcve\b/i,
  contact: /\bcontact\b/i,
  title: /\btitle\b/i,
};

const WORDS: Partial<Record<ItemKind, RegExp>> = {
  impact: /\b(an? (remote |unauthenticated |authenticated |local |malicious )?(attacker|user|adversary) (can|could|may|might|is able to|would be able to)|(attackers?|adversary|anyone|any (logged-in )?user)\b[^.]{0,80}\b(can|could|may|is able to|would be able to)\b|allows? (an? )?(remote |unauthenticated |malicious )?(attackers?|users?)|lets? (an? )?attackers?|leads? to|results? in|resulting in|enables? (an? )?attackers?|impact|(remote )?code execution|\brce\b|privilege escalation|account takeover|take over|information disclosure|denial of service|arbitrary (file|code|command)|session hijack\w*|(giving|grants?|gain\w*) (\w+ ){0,3}access)\b/i,
  mitigation: /\b(workarounds?|mitigat\w+|as a fix|to fix (this|it)|suggested fix|fix(?=:)|the fix (would|is|could)|suggest\w*|(i|we) (would )?(recommend|suggest)|use [^.\n]{1,60} instead|should (validate|sanitize|sanitise|escape|check|reject|normali[sz]e|use|verify|limit)|upgrade to|until a fix|disable [\w-]+|patch(ed)? (by|with))\b/i,
  environment: /\b(chrome|firefox|safari|edge|linux|windows|macos|ubuntu|debian|alpine|docker|kubernetes|node(\.js)? v?\d|python \d|java \d|go 1\.\d|on (an? )?(default|fresh) (install|configuration))\b/i,
  logs: /\b(stack ?trace|traceback|exception|error log|log (output|excerpt|line)|panic:)\b/i,
  severity: /\b(critical|high|medium|moderate|low)[ -]severity\b|\bseverity:|\bcvss\b/i,
  cve: /\bcve-\d{4}-\d{4,}\b/i,
};

const REPRO_WORDS = /\b(steps to reproduce|to reproduce|reproduc(tion|e) steps|repro steps|how to reproduce|reproduce (it|this|the (issue|bug|vulnerability)) (by|with)|run the following|send the following|then (run|send|open|visit|navigate))\b/i;
const POC_WORDS = /\b(proof[- ]of[- ]concept|poc|exploit)\b/i;
const COMMAND_LINE = /(^|\n)\s*(\$ |curl |wget |python3? |node |npm |npx |go run |java |ruby |php |bash |sh |\.\/|GET \/|POST \/|PUT \/|DELETE \/|<script|import |require\(|fetch\(|http:\/\/|https:\/\/)/i;
const SHARED_POC = /\b(gist\.github\.com|pastebin\.com|github\.com\/[^/\s]+\/[^/\s]+\/(blob|tree)|user-attachments|\.zip\b|\.py\b|\.sh\b|\.html\b)/i;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[a-z]{2,}/i.test(w)).length;
}

function headed(shape: ReportShape, kind: ItemKind): boolean {
  return shape.sections.some((s) => HEADINGS[kind].test(s.title) && s.body.trim().length > 0);
}

/** Whether (and how) the report covers one kind. */
function covers(shape: ReportShape, kind: ItemKind, form: { fromAdvisory: boolean }): CoveredBy | null {
  if (headed(shape, kind)) return "heading";
  switch (kind) {
    case "description":
      return wordCount(shape.prose) >= 25 ? "words" : null;
    case "steps":
      if (shape.orderedItems >= 2) return "evidence";
      return REPRO_WORDS.test(shape.plain) && (shape.listItems.length >= 2 || shape.code.length > 0) ? "words" : null;
    case "poc":
      // A code block in a report is nearly always the exploit; a command in a list item is one too.
      if (shape.blocks > 0 || shape.code.some((c) => COMMAND_LINE.test(c)) || shape.listItems.some((i) => COMMAND_LINE.test(i))) return "evidence";
      if (shape.links.some((l) => SHARED_POC.test(l))) return "evidence";
      return POC_WORDS.test(shape.plain) && shape.code.length > 0 ? "words" : null;
    case "versions":
      return mentions(shape.plain).versions.length > 0 || /\bcommit [0-9a-f]{7,40}\b/i.test(shape.plain) ? "evidence" : null;
    case "component": {
      const m = mentions(shape.plain);
      return m.paths.length + m.functions.length + m.endpoints.length > 0 ? "evidence" : null;
    }
    case "contact":
      return form.fromAdvisory ? "form" : /@|\bemail\b/i.test(shape.plain) ? "words" : null;
    case "title":
      return "form";
    default: {
      const re = WORDS[kind];
      return re && re.test(shape.prose) ? "words" : null;
    }
  }
}

/** Content words of an item the bot has no kind for, to look for in the report. */
function keyWords(text: string): string[] {
  const stop = new Set(["the", "and", "any", "your", "with", "from", "that", "this", "what", "which", "where", "when", "have", "please", "include", "including", "known", "relevant", "possible", "information", "about", "other", "such", "well", "also"]);
  return [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])].filter((w) => !stop.has(w));
}

/** Each item of the policy's checklist, covered or not by the report's text. */
export function checkReport(text: string, checklist: readonly string[], form: { fromAdvisory: boolean } = { fromAdvisory: true }): ItemVerdict[] {
  const shape = readReportText(text);
  return checklist.map((raw) => {
    const item = readItem(raw);
    if (item.kinds.length === 0) {
      const words = keyWords(raw);
      const inHeading = shape.sections.some((s) => words.some((w) => s.title.toLowerCase().includes(w)));
      const found = words.filter((w) => shape.plain.includes(w)).length;
      const by: CoveredBy | null = inHeading ? "heading" : words.length && found * 2 >= words.length ? "words" : null;
      return { item, covered: by !== null, by };
    }
    const found = item.kinds.map((k) => covers(shape, k, form));
    const covered = item.needs === "any" ? found.some((f) => f !== null) : found.every((f) => f !== null);
    return { item, covered, by: covered ? (found.find((f) => f !== null) ?? null) : null };
  });
}

/** The items the reporter is asked for: missing and not optional. */
export function missingItems(verdicts: readonly ItemVerdict[]): ChecklistItem[] {
  return verdicts.filter((v) => !v.covered && !v.item.optional).map((v) => v.item);
}

/** How to ask for one kind, in plain words. */
const ASK: Record<ItemKind, string> = {
  description: "a description of the vulnerability",
  steps: "steps to reproduce",
  poc: "a proof of concept (code, a request or a script)",
  impact: "the impact: what an attacker can do with it",
  mitigation: "any mitigation or workaround you know of",
  versions: "the versions affected",
  component: "the affected component (a file, function or endpoint)",
  environment: "the environment it happens in",
  logs: "relevant logs or stack traces (with secrets removed)",
  severity: "your assessment of the severity",
  cve: "the CVE id, if there is one",
  contact: "how to reach you",
  title: "a title",
};

/** The words asking for one item: a known kind in plain words, else the policy's own. */
export function askFor(item: ChecklistItem): string {
  if (item.kinds.length === 1) return ASK[item.kinds[0]!];
  const own = item.text.split(" / ")[0]!.replace(/\s*\([^)]*\)\s*/g, " ").replace(/[.:;]+$/, "").trim();
  return /^[A-Z][a-z]/.test(own) ? own[0]!.toLowerCase() + own.slice(1) : own;
}

/** "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
