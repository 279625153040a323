/**
 * Does a public issue or comment read like a vulnerability report? A scored word list:
 * words that name a class of vulnerability or the act of disclosing one weigh most; loose
 * words ("security", "bypass") count only next to others; the title counts double; "not a
 * security issue" counts against. Configurable: `public_issues.words` replaces the phrase
 * list, `public_issues.patterns` adds regular expressions. Pure.
 */

export interface DetectorSettings {
  /** Phrases that each suggest a report (replace the built-in strong phrases when set). */
  words: readonly string[] | null;
  /** Extra regular expressions (case-insensitive), each as strong as a phrase. */
  patterns: readonly string[];
}

export interface Detection {
  flagged: boolean;
  score: number;
  /** The signal families that fired (never text from the issue). */
  signals: string[];
}

/** Phrases that name a vulnerability class or the disclosure of one. */
export const DEFAULT_PHRASES = [
  "vulnerability", "vulnerabilities", "security issue", "security bug", "security flaw", "security hole", "security problem", "exploit", "exploitable",
  "remote code execution", "arbitrary code execution", "code execution", "rce", "sql injection", "sqli", "command injection", "code injection", "xss",
  "cross-site scripting", "cross site scripting", "csrf", "cross-site request forgery", "ssrf", "server-side request forgery", "path traversal",
  "directory traversal", "privilege escalation", "authentication bypass", "auth bypass", "authorization bypass", "prototype pollution",
  "insecure deserialization", "unsafe deserialization", "buffer overflow", "heap overflow", "stack overflow attack", "use-after-free", "use after free",
  "xxe", "open redirect", "redos", "denial of service", "session fixation", "account takeover", "credential leak", "token leak", "leaks the token",
  "leaks credentials", "secret exposure", "proof of concept", "poc", "cvss", "responsible disclosure", "coordinated disclosure", "security advisory",
  "bug bounty", "attacker can", "an attacker", "malicious user", "unauthenticated user", "unauthenticated attacker", "zero-day", "0day",
] as const;

/** Loose words: a report uses them, so do ordinary bugs. */
const LOOSE = ["security", "attacker", "malicious", "bypass", "injection", "leak", "leaks", "sensitive", "arbitrary", "unauthorized", "unauthenticated", "crafted", "payload"];

const NEGATIONS = /\b(not|isn't|is not|no|nothing)\s+(a\s+)?(security|vulnerability|exploit)/i;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phraseRe = (p: string): RegExp => new RegExp(`(^|[^a-z0-9])${escape(p.toLowerCase())}($|[^a-z0-9])`, "i");

const CVE = /\bCVE-\d{4}-\d{4,}\b/i;
const GHSA = /\bGHSA(-[23456789cfghjmpqrvwx]{4}){3}\b/i;

export class Detector {
  private readonly phrases: { text: string; re: RegExp }[];
  private readonly patterns: RegExp[];
  private readonly loose: RegExp[];

  constructor(settings: DetectorSettings) {
    this.phrases = (settings.words ?? DEFAULT_PHRASES).map((text) => ({ text, re: phraseRe(text) }));
    this.patterns = settings.patterns.flatMap((p) => {
      try {
        return [new RegExp(p, "i")];
      } catch {
        return [];
      }
    });
    this.loose = LOOSE.map(phraseRe);
  }

  detect(title: string, body: string): Detection {
    const text = `${title}\n${body}`.slice(0, 20000);
    const signals = new Set<string>();
    let score = 0;
    for (const { re } of this.phrases) {
      if (re.test(title)) {
        score += 4;
        signals.add("vulnerability wording in the title");
      } else if (re.test(body)) {
        score += 2;
        signals.add("vulnerability wording");
      }
    }
    for (const re of this.patterns) if (re.test(text)) (score += 3), signals.add("a configured pattern");
    if (CVE.test(text) || GHSA.test(text)) (score += 3), signals.add("an advisory id");
    const loose = this.loose.filter((re) => re.test(text)).length;
    if (loose >= 2) (score += loose - 1), signals.add("security vocabulary");
    if (NEGATIONS.test(text)) score -= 3;
    return { flagged: score >= 4, score, signals: [...signals] };
  }
}

/** The GHSA and CVE ids a text names (for the embargo watch). */
export function advisoryIds(text: string): { ghsa: string[]; cve: string[] } {
  const ghsa = [...text.matchAll(/\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/gi)].map((m) => m[0].toUpperCase().replace(/^GHSA/, "GHSA").replace(/(GHSA)(-.*)/, (_, a: string, b: string) => a + b.toLowerCase()));
  const cve = [...text.matchAll(/\bCVE-\d{4}-\d{4,}\b/gi)].map((m) => m[0].toUpperCase());
  return { ghsa: [...new Set(ghsa)], cve: [...new Set(cve)] };
}
