/**
 * A comment → its commands, each either understood (typed arguments) or refused with a
 * message that says what is wrong and what would be right. Pure.
 */
import semver from "semver";
import { normaliseRange } from "../policy/queries.js";
import type { Severity } from "../report.js";
import { closestCommand, COMMANDS, CREDIT_TYPES, isCommandName, type CommandName, type CreditType } from "./catalog.js";
import { extractCommands } from "./extract.js";
import { parseReject, type RejectCommand } from "./reject.js";
import type { ExtendDisclosureCommand } from "./extend-disclosure.js";

export type Command =
  | { name: "help" | "status" | "accept" | "cve" | "no-credit" | "fork" | "draft" | "security" }
  | { name: "assign"; login: string }
  | { name: "severity"; severity: Severity }
  | { name: "cvss"; vector: string }
  | { name: "affects"; range: string; stated: string }
  | RejectCommand
  | ExtendDisclosureCommand
  | { name: "needs-info"; question: string }
  | { name: "eta"; date: string }
  | { name: "fixed-in"; versions: string[] }
  | { name: "cwe"; ids: string[] }
  | { name: "credit"; login: string | null; type: CreditType }
  | { name: "publish"; force: boolean }
  | { name: "received"; date: string; time: string | null };

export type ParsedCommand =
  | { ok: true; line: number; command: Command }
  | { ok: false; line: number; name: string; error: string };

const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
const CVSS3 = /^CVSS:3\.[01]\/AV:[NALP]\/AC:[LH]\/PR:[NLH]\/UI:[NR]\/S:[UC]\/C:[NLH]\/I:[NLH]\/A:[NLH]$/;
const CVSS4 = /^CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN]$/;
const CWE = /^CWE-(\d{1,5})$/i;
const SEVERITIES: readonly string[] = ["critical", "high", "medium", "low"];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

const usage = (name: CommandName): string => `usage: \`/${name}${COMMANDS[name].args ? ` ${COMMANDS[name].args}` : ""}\``;

type Result = Command | string;

function parseArgs(name: CommandName, args: string): Result {
  const words = args.split(/\s+/).filter(Boolean);
  switch (name) {
    case "help":
    case "status":
    case "accept":
    case "cve":
    case "no-credit":
    case "fork":
    case "draft":
    case "security":
      return words.length ? `takes no arguments (${usage(name)})` : { name };
    case "assign": {
      const m = words.length === 1 ? LOGIN.exec(words[0]!) : null;
      return m ? { name, login: m[1]! } : `needs one GitHub login (${usage(name)})`;
    }
    case "severity": {
      const s = words[0]?.toLowerCase();
      return words.length === 1 && s && SEVERITIES.includes(s) ? { name, severity: s as Severity } : `needs one of critical, high, medium, low (${usage(name)})`;
    }
    case "cvss": {
      const v = words[0] ?? "";
      if (words.length === 1 && (CVSS3.test(v) || CVSS4.test(v))) return { name, vector: v };
      return "needs a CVSS base vector such as `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H` or a CVSS:4.0 vector";
    }
    case "affects": {
      const range = args ? normaliseRange(args) : null;
      return range ? { name, range, stated: args } : `needs a version range such as \`<= 1.0.1\` or \`>= 1.0.0, < 1.0.2\` (${usage(name)})`;
    }
    case "reject":
      return parseReject(args);
    case "needs-info":
      return args ? { name, question: args } : `needs a question for the reporter (${usage(name)})`;
    case "extend-disclosure": {
      const reason = words.slice(1).join(" ");
      if (!words[0] || !isIsoDate(words[0])) return `needs a date written YYYY-MM-DD, then the reason the reporter will read (${usage(name)})`;
      return reason ? { name, date: words[0], reason } : `needs a reason after the date, which the reporter will read (${usage(name)})`;
    }
    case "eta":
      return words.length === 1 && isIsoDate(words[0]!) ? { name, date: words[0]! } : `needs a date written YYYY-MM-DD (${usage(name)})`;
    case "fixed-in": {
      if (!words.length) return `needs at least one version, one per affected line (${usage(name)})`;
      const versions = words.map((w) => semver.valid(w.replace(/^v/i, "")));
      const bad = words.filter((_, i) => versions[i] === null);
      return bad.length ? `${bad.map((b) => `\`${b}\``).join(", ")} ${bad.length === 1 ? "is not a version" : "are not versions"} (write them like 1.0.2)` : { name, versions: versions as string[] };
    }
    case "cwe": {
      if (!words.length) return `needs at least one CWE id (${usage(name)})`;
      const bad = words.filter((w) => !CWE.test(w));
      return bad.length ? `${bad.map((b) => `\`${b}\``).join(", ")} ${bad.length === 1 ? "is not a CWE id" : "are not CWE ids"} (write them like CWE-22)` : { name, ids: words.map((w) => w.toUpperCase()) };
    }
    case "credit": {
      // `/credit` credits the reporter (type reporter); `/credit @login [type]` someone else (type other by default).
      let login: string | null = null;
      let type: CreditType | null = null;
      for (const w of words) {
        const m = w.startsWith("@") ? LOGIN.exec(w) : null;
        if (m && login === null) login = m[1]!;
        else if (type === null && (CREDIT_TYPES as readonly string[]).includes(w.toLowerCase())) type = w.toLowerCase() as CreditType;
        else return `does not understand \`${w}\`: give @login and/or a credit type (${CREDIT_TYPES.join(", ")})`;
      }
      return { name, login, type: type ?? (login === null ? "reporter" : "other") };
    }
    case "publish":
      if (words.length === 0) return { name, force: false };
      return words.length === 1 && words[0] === "--force" ? { name, force: true } : `takes only \`--force\` (${usage(name)})`;
    case "received": {
      const m = words.length === 1 ? /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?Z?)?$/.exec(words[0]!) : null;
      return m && isIsoDate(m[1]!) ? { name, date: m[1]!, time: m[2] ?? null } : `needs a date written YYYY-MM-DD, optionally with a time (${usage(name)})`;
    }
  }
}

/** One comment runs at most this many commands; the rest get one line saying so. */
export const MAX_COMMANDS = 20;

export function parseCommands(body: string): ParsedCommand[] {
  const found = extractCommands(body);
  const over = found.slice(MAX_COMMANDS);
  const refused: ParsedCommand[] = over.length
    ? [{ ok: false, line: over[0]!.line, name: over[0]!.name, error: `one comment runs at most ${MAX_COMMANDS} commands: this one and the ${over.length - 1} after it were not run; send them in another comment` }]
    : [];
  return [...found.slice(0, MAX_COMMANDS).map(({ name, args, line }): ParsedCommand => {
    if (!isCommandName(name)) {
      const near = closestCommand(name);
      return { ok: false, line, name, error: `is not a command${near ? ` — did you mean \`/${near}\`?` : ""} (\`/help\` lists them)` };
    }
    const r = parseArgs(name, args);
    return typeof r === "string" ? { ok: false, line, name, error: r } : { ok: true, line, command: r };
  }), ...refused];
}
