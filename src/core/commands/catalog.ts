/** The slash-commands of PRODUCT.md: names, arguments and one line of help each. */

export const COMMANDS = {
  help: { args: "", help: "lists the commands" },
  status: { args: "", help: "state, handler, affected lines, deadlines, fixes seen" },
  assign: { args: "@login", help: "sets the primary handler" },
  severity: { args: "critical|high|medium|low", help: "sets the severity on the advisory" },
  cvss: { args: "<vector>", help: "sets the CVSS vector (CVSS:3.1/… or CVSS:4.0/…) on the advisory" },
  affects: { args: "<range>", help: "sets the vulnerable range (e.g. `<= 1.0.1`); labels are recomputed" },
  accept: { args: "", help: "confirms the vulnerability (advisory triage → draft); stops the response clock" },
  reject: { args: "<reason> [note]", help: "closes the report; reason: duplicate GHSA-…, not-a-vulnerability, not-reproducible, working-as-intended, out-of-scope, no-response or withdrawn; tells the reporter" },
  "needs-info": { args: "<question>", help: "asks the reporter; pauses the response clock until they answer" },
  eta: { args: "YYYY-MM-DD", help: "records the expected fix date and tells the reporter; stops the response clock" },
  "fixed-in": { args: "<version>…", help: "the first fixed version on each affected supported line" },
  cve: { args: "", help: "requests a CVE for the advisory" },
  cwe: { args: "CWE-n…", help: "sets the CWE ids" },
  credit: { args: "[@login] [type]", help: "credits the reporter (or @login) in the advisory" },
  "no-credit": { args: "", help: "withdraws the credit (the reporter's own wish)" },
  fork: { args: "", help: "creates the temporary private fork" },
  draft: { args: "", help: "(re)composes the public advisory now" },
  publish: { args: "[--force]", help: "publishes the advisory once every affected supported line has a fixed release" },
  "extend-disclosure": { args: "YYYY-MM-DD <reason>", help: "moves the disclosure deadline to that date; tells the reporter, with the reason" },
  received: { args: "YYYY-MM-DD[THH:MMZ]", help: "(issue reports) the real time of receipt; deadlines follow" },
  security: { args: "", help: "(public issues, maintainers) moves this report to a private place" },
} as const;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** Who runs a command: the reporter may run only REPORTER_COMMANDS. */
export type Role = "maintainer" | "reporter";

/** What the reporter may run in their own report. */
export const REPORTER_COMMANDS: readonly CommandName[] = ["credit", "no-credit", "help"];

/** Advisory credit types GitHub accepts. */
export const CREDIT_TYPES = [
  "analyst", "finder", "reporter", "coordinator", "remediation_developer", "remediation_reviewer", "remediation_verifier", "tool", "sponsor", "other",
] as const;
export type CreditType = (typeof CREDIT_TYPES)[number];

export const isCommandName = (s: string): s is CommandName => Object.hasOwn(COMMANDS, s);

/** The closest known command to a mistyped one (edit distance ≤ 2), for the hint. */
export function closestCommand(name: string): CommandName | null {
  let best: CommandName | null = null;
  let bestD = 3;
  for (const c of COMMAND_NAMES) {
    const d = distance(name, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
