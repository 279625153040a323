/** The texts of /help and /status, the two commands that only tell. */
import { isoDay, type Calendar } from "../calendar.js";
import { reportFigures } from "../figures.js";
import { describeState } from "../lifecycle.js";
import type { Report } from "../report.js";
import { COMMANDS, REPORTER_COMMANDS, type CommandName, type Role } from "./catalog.js";

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const day = (t: number, cal: Calendar) => isoDay(new Date(t), cal);

export function helpText(role: Role): string {
  const names = (Object.keys(COMMANDS) as CommandName[]).filter((n) => role === "maintainer" || REPORTER_COMMANDS.includes(n));
  return ["Commands (one per line, at the start of a line):", ...names.map((n) => `- \`/${n}${COMMANDS[n].args ? ` ${COMMANDS[n].args}` : ""}\` — ${COMMANDS[n].help}`)].join("\n");
}

export function statusText(r: Report, ctx: { calendar: Calendar; now: number }): string {
  const cal = ctx.calendar;
  const lines = [
    `**Status of ${r.id}:** ${describeState(r.state)}.`,
    `- Primary handler: ${r.handler ? `@${r.handler}` : "none"}`,
    `- Severity: ${r.severity ?? "not set"}${r.cvss ? ` (${code(r.cvss)})` : ""}`,
    `- Affected: ${r.vulnerableRange ? code(r.vulnerableRange) : "not stated"} → supported ${r.affected.length ? r.affected.join(", ") : "none"}${r.unsupported.length ? `; unsupported ${r.unsupported.join(", ")}` : ""}`,
    `- Received ${day(r.receivedAt, cal)}; acknowledged ${r.acknowledgedAt ? day(r.acknowledgedAt, cal) + (r.ackLate ? " (late)" : "") : `— due by ${day(r.ackBy, cal)}`}`,
    `- Detailed response: ${r.respondedAt ? `given ${day(r.respondedAt, cal)}` : r.pausedAt ? `clock paused since ${day(r.pausedAt, cal)} (waiting for the reporter)` : `due by ${day(r.respondBy, cal)}${ctx.now > r.respondBy ? " — overdue" : ""}`}`,
  ];
  if (r.discloseBy !== null) {
    const from = { policy: "the policy's promise", config: "the config's `sla.disclose_days`", extended: "moved with `/extend-disclosure`" }[r.discloseSource ?? "policy"];
    lines.push(`- Disclosure deadline: ${day(r.discloseBy, cal)} (${from})${r.publishedAt === null && ctx.now > r.discloseBy ? " — passed" : ""}`);
  }
  if (r.outcome) lines.push(`- Outcome: ${r.outcome}${r.duplicateOf ? ` of ${r.duplicateOf}` : ""}`);
  if (r.eta) lines.push(`- Expected fix: ${r.eta}${r.fixedAt ? "" : ctx.now > Date.parse(`${r.eta}T23:59:59Z`) ? " — passed" : ""}`);
  const fixes = r.affected.map((line) => `${line}: ${r.fixes[line] ? `released ${r.fixes[line]!.version}` : r.fixedIn[line] ? `fix in ${r.fixedIn[line]} (not released yet)` : "no fix yet"}`);
  if (fixes.length) lines.push(`- Fixes: ${fixes.join("; ")}`);
  lines.push(`- Credit for the reporter: ${r.credit ? "yes" : "declined"}`);
  const f = reportFigures(r, cal, ctx.now);
  const kept = (met: boolean | null) => (met === null ? "" : met ? " — promise kept" : " — promise missed");
  const figures = [
    f.ackHours !== null ? `acknowledged after ${f.ackHours < 1 ? `${Math.round(f.ackHours * 60)} minutes` : `${Math.round(f.ackHours * 10) / 10} hours`}${kept(f.ackMet)}` : null,
    f.respondDays !== null ? `answered after ${f.respondDays} business days${kept(f.respondMet)}` : f.respondMet === false ? "no detailed response yet — promise missed" : null,
    f.fixDays !== null ? `fixed after ${f.fixDays} business days` : null,
    f.publishDays !== null ? `published after ${f.publishDays} business days` : null,
  ].filter((x): x is string => x !== null);
  if (figures.length) lines.push(`- So far: ${figures.join("; ")}.`);
  return lines.join("\n");
}
