/**
 * Does a public issue or comment read like a vulnerability report? Signal families, each
 * counted once and weighed: a vulnerability class named (XSS, path traversal …), disclosure
 * wording ("security issue", "report privately"), an attacker's impact ("other users'
 * invoices", "without the password"), an exploitation technique in the text (`../`,
 * `__proto__`, a live secret key, a SQL error echoing input), an advisory id, and loose
 * security vocabulary. The title counts extra. Dependency bumps, scanner output, feature
 * requests and "not a security issue" count against. Configurable: `public_issues.words`
 * replaces the class and disclosure phrases, `public_issues.patterns` adds expressions. Pure.
 */

export interface DetectorSettings {
  /** Phrases that each suggest a report (replace the built-in class and disclosure phrases when set). */
  words: readonly string[] | null;
  /** Extra regular expressions (case-insensitive). */
  patterns: readonly string[];
}

export interface Detection {
  /** Worth a look by the security team (a flag is a link in the tracker: cheap when wrong, costly when missed). */
  flagged: boolean;
  /** Sure enough to move the issue out of public view without a maintainer (`public_issues.move`). */
  confident: boolean;
  score: number;
  /** The signal families that fired (never text from the issue). */
  signals: string[];
}

/** Names of vulnerability classes. */
export const CLASS_PHRASES = [
  "remote code execution", "arbitrary code execution", "code execution", "rce", "sql injection", "sqli", "command injection", "code injection",
  "os command injection", "xss", "cross-site scripting", "cross site scripting", "csrf", "cross-site request forgery", "ssrf", "server-side request forgery",
  "path traversal", "directory traversal", "zip slip", "privilege escalation", "authentication bypass", "auth bypass", "authorization bypass", "idor",
  "insecure direct object reference", "prototype pollution", "insecure deserialization", "unsafe deserialization", "deserialization", "buffer overflow",
  "heap overflow", "use-after-free", "use after free", "xxe", "xml external entity", "open redirect", "redos", "denial of service", "dos attack",
  "session fixation", "account takeover", "sandbox escape", "timing attack", "clickjacking", "request smuggling", "credential leak", "token leak",
];

/** Wording of someone disclosing, or wanting to disclose, a vulnerability. */
export const DISCLOSURE_PHRASES = [
  "security vulnerability", "security issue", "security bug", "security flaw", "security hole", "security problem", "vulnerability in", "vulnerable to",
  "responsible disclosure", "coordinated disclosure", "bug bounty", "cvss", "proof of concept", "report a security", "report security", "security contact",
  "contact you privately", "privately report", "report privately", "private contact", "disclose privately", "zero-day", "0day",
];

const word = (p: string): RegExp => new RegExp(`(^|[^a-z0-9])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z0-9])`, "i");

/** What an attacker gets: other people's data, access without credentials, code running. */
const IMPACT = [
  /\b(an? |the )?(attacker|malicious (user|actor|site|page)|victim)s?\b/i,
  /\b(other|another|someone else'?s?|different) (users?|people|person|accounts?|customers?|tenants?)('s?|’s)?\b.{0,60}\b(invoices?|data|files?|accounts?|profiles?|messages?|records?|posts?)/i,
  /\b(see|read|access|view|download|delete|modify|change|edit|enter|log ?in to)\b.{0,40}\b(other|another|someone else'?s?) (users?|people|person|accounts?|customers?)/i,
  /\bwithout (any )?(auth(entication)?|authori[sz]ation|login|logging in|being logged in|know(ing)? the password|a password|credentials|permission)/i,
  /\b(no|unauthenticated|anonymous) (auth|user|attacker|access) (needed|required)?/i,
  /\b(runs?|ran|execut(es|ed|ing)|gets? executed)\b.{0,30}\b(code|commands?|the curl|arbitrary|shell|scripts?)\b/i,
  /\barbitrary (code|commands?|files?|urls?|sql)\b/i,
  /\b(forge|steal|exfiltrat\w*|impersonat\w*|hijack\w*|phishing)\b/i,
  /\b(read|only|scope)[- ]?only\b.{0,40}\b(can|could|able to) (delete|write|modify|change)\b/i,
  /\bcan (delete|modify|overwrite|read) (any|all|other)\b/i,
];

/** Signs of an exploitation technique in the text itself. */
const TECHNIQUE = [
  /(\.\.[/\\]){2,}/,
  /169\.254\.169\.254|metadata\.google\.internal/i,
  /__proto__|constructor\.prototype|constructor\.constructor/,
  /\balg["']?\s*[:=]\s*["']?none\b|\balg=none\b/i,
  /javascript:|<script\b|onerror\s*=/i,
  /'\s*or\s+'?1'?\s*=\s*'?1|union\s+select|syntax error at or near/i,
  /\bpickle\.loads?\b|\bunserialize\(|\byaml\.load\(|\bObjectInputStream\b|\beval\(/i,
  /<!ENTITY\b|\bSYSTEM\s+"file:/i,
  /\$\{IFS\}|\$\(\s*(curl|wget|id|whoami)/i,
  /\bconstant[- ]time\b|\btiming\b.{0,20}\b(attack|side|leak)/i,
  /\bMath\.random\b.{0,80}\b(token|secret|password|reset)|\bpredictable\b.{0,30}\b(tokens?|ids?|secrets?|passwords?)/i,
  /catastrophic backtracking|zip bomb|decompression bomb/i,
  /\b(sk_live_|AKIA[0-9A-Z]{12,}|ghp_[A-Za-z0-9]{10,}|xox[bp]-|-----BEGIN (RSA |EC )?PRIVATE KEY)/,
  /\b(tokens?|api keys?|passwords?|secrets?|credentials|bearer)\b.{0,60}\b(in|to|into) (the )?(logs?|log files?|error pages?)\b/i,
  /\bleak(s|ed|ing)?\b.{0,40}\b(env|environment|passwords?|secrets?|tokens?|keys?|credentials|cookies?)/i,
  /\b(committed|pushed|published|exposed)\b.{0,60}\b(secret|private|live|api|access) (keys?|tokens?)|\b(secret|private|live|api|access) (keys?|tokens?)\b.{0,40}\b(committed|exposed|in the repo|in git history)/i,
  /["']?(role|is_?admin)["']?\s*[:=]\s*["']?(admin|true)/i,
  /\baddJavascriptInterface\b|\bsetAllowFileAccess\b/,
];

const ADVISORY_ID = /\b(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})\b/i;

const LOOSE = ["security", "secure", "attacker", "malicious", "bypass", "injection", "leak", "leaks", "sensitive", "arbitrary", "unauthorized", "unauthenticated", "crafted", "payload", "exploit", "exploitable", "vulnerable", "poc", "untrusted"].map(word);

const AGAINST: [RegExp, number, "title" | "text"][] = [
  [/^\s*(bump|chore\(deps|build\(deps|fix\(deps|deps?:|update dependency|\[security\] update|upgrade \S+ (from|to))/i, 6, "title"],
  [/\b(dependabot|renovate(bot)?)\b/i, 2, "text"],
  [/\b(npm audit|yarn audit|snyk|trivy|hadolint|grype|sonar\w*|scanner|false positive|not exploitable|dev ?dependenc\w*)\b/i, 3, "text"],
  [/^\s*(add|adding|support|feature|feat|request|proposal|rfc|idea|allow|enable|implement|how (do|can|to) (i|we|you)? ?(configure|enable|set|use|add)|is there a way)\b/i, 3, "title"],
  [/\b(not|isn't|is not|no|nothing)\s+(a\s+)?(security|vulnerab\w*|exploit\w*)\b/i, 3, "text"],
];

/**
 * Thresholds, chosen on the labelled set in test/fixtures/public-issues.json (npm run detector):
 * flagging favours recall, since a missed public report costs far more than a glance at an
 * ordinary issue; moving without a maintainer needs several independent signals.
 */
export const FLAG_AT = 2;
export const MOVE_AT = 6;

/** Several expressions as one (an alternation per flag set), so text that matches none is rejected in one pass. */
function anyOf(res: readonly RegExp[]): RegExp[] {
  const groups = new Map<string, string[]>();
  for (const re of res) groups.set(re.flags, [...(groups.get(re.flags) ?? []), `(?:${re.source})`]);
  return [...groups].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
}
const test = (res: readonly RegExp[], text: string): boolean => res.some((re) => re.test(text));
const IMPACT_ANY = anyOf(IMPACT);
const TECHNIQUE_ANY = anyOf(TECHNIQUE);

export class Detector {
  private readonly phrases: { re: RegExp; family: string }[];
  private readonly anyPhrase: RegExp[];
  private readonly patterns: RegExp[];

  constructor(settings: DetectorSettings) {
    this.phrases = settings.words
      ? settings.words.map((w) => ({ re: word(w.toLowerCase()), family: "vulnerability wording" }))
      : [...CLASS_PHRASES.map((w) => ({ re: word(w), family: "a vulnerability class" })), ...DISCLOSURE_PHRASES.map((w) => ({ re: word(w), family: "disclosure wording" }))];
    this.anyPhrase = anyOf(this.phrases.map((p) => p.re));
    this.patterns = settings.patterns.flatMap((p) => {
      try {
        return [new RegExp(p, "i")];
      } catch {
        return [];
      }
    });
  }

  detect(title: string, body: string): Detection {
    const text = `${title}\n${body}`.slice(0, 20000);
    const families = new Map<string, number>();
    const hit = (family: string, weight: number, inTitle: boolean) => families.set(family, Math.max(families.get(family) ?? 0, weight + (inTitle ? 2 : 0)));
    if (test(this.anyPhrase, text)) for (const p of this.phrases) if (p.re.test(text)) hit(p.family, 3, p.re.test(title));
    for (const re of this.patterns) if (re.test(text)) hit("a configured pattern", 3, re.test(title));
    if (test(IMPACT_ANY, text)) hit("an attacker's impact", 2, test(IMPACT_ANY, title));
    if (test(TECHNIQUE_ANY, text)) hit("an exploitation technique", 2, test(TECHNIQUE_ANY, title));
    if (ADVISORY_ID.test(text)) hit("an advisory id", 3, false);
    const loose = LOOSE.filter((re) => re.test(text)).length;
    if (loose >= 2) hit("security vocabulary", Math.min(3, loose - 1), false);
    let score = [...families.values()].reduce((a, b) => a + b, 0);
    for (const [re, weight, where] of AGAINST) if (re.test(where === "title" ? title : text)) score -= weight;
    return { flagged: score >= FLAG_AT, confident: score >= MOVE_AT, score, signals: [...families.keys()] };
  }
}

/** The GHSA and CVE ids a text names (for the embargo watch), normalised. */
export function advisoryIds(text: string): { ghsa: string[]; cve: string[] } {
  const ghsa = [...text.matchAll(/\bGHSA((?:-[23456789cfghjmpqrvwx]{4}){3})\b/gi)].map((m) => `GHSA${m[1]!.toLowerCase()}`);
  const cve = [...text.matchAll(/\bCVE-\d{4}-\d{4,}\b/gi)].map((m) => m[0].toUpperCase());
  return { ghsa: [...new Set(ghsa)], cve: [...new Set(cve)] };
}
