/**
 * What each command does to a report, decided without I/O: a ledger patch, the GitHub writes,
 * and one line for the reply. Commands of one comment are decided in order, each seeing the
 * report as the previous ones left it.
 */
import type { Action } from "../actions.js";
import { affectedLines, mostSpecificRow } from "../affected.js";
import { isoDay, type Calendar } from "../calendar.js";
import { creditsWith } from "../credits.js";
import { describeState, transition, type LifecycleEvent } from "../lifecycle.js";
import type { VersionRow } from "../policy/types.js";
import { deadlines, type Promises } from "../promises.js";
import type { Credit, Report } from "../report.js";
import { labelChanges, newlyDone } from "../report-changes.js";
import { advisoryOf, trackingIssueOf } from "../report-places.js";
import { REPORTER_COMMANDS, type Role } from "./catalog.js";
import { helpText, statusText } from "./info-texts.js";
import type { Command } from "./parse.js";
import { discloseFields, type DisclosePromise } from "../disclosure-deadline.js";
import { decideExtendDisclosure } from "./extend-disclosure.js";
import { encodeReason } from "../owner-choice.js";
import { duplicateLink, rejectNotice, rejectSummary, type OtherReport } from "./reject.js";

export type { Role } from "./catalog.js";

/** The advisory as GitHub last showed it (for fields a PATCH replaces whole). */
export interface AdvisoryState {
  collaborators: string[];
  credits: Credit[];
  state: string;
}

export interface CommandContext {
  rows: readonly VersionRow[];
  steps: readonly string[];
  calendar: Calendar;
  promises: Promises;
  now: number;
  actor: string;
  role: Role;
  advisory: AdvisoryState | null;
  /** The disclosure deadline's promise, for `/received` (a deadline counted from receipt moves with it). */
  disclose?: DisclosePromise | null;
  /** Other reports a command names (`/reject duplicate GHSA-…`), by GHSA id, as the workflow found them. */
  others?: ReadonlyMap<string, OtherReport>;
}

export interface Decided {
  ok: boolean;
  /** One line of the reply (markdown), or several for /help and /status. */
  text: string;
  report: Report;
  actions: Action[];
  /** What the reporter must be told in their thread (when the command was run elsewhere). */
  toReporter?: string;
  /** A step that needs GitHub's current advisory: run by the workflow after the other commands. */
  workflow?: { name: "draft" } | { name: "publish"; force: boolean } | { name: "affects" };
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const day = (t: number, cal: Calendar) => isoDay(new Date(t), cal);

function move(r: Report, event: LifecycleEvent): Report | string {
  const next = transition(r.state, event);
  return next ? { ...r, state: next } : `not possible now: the report is ${describeState(r.state)}`;
}

/** Decides one command. `r` is the report as the previous commands of the comment left it. */
export function decideCommand(r: Report, cmd: Command, ctx: CommandContext): Decided {
  const fail = (text: string): Decided => ({ ok: false, text, report: r, actions: [] });
  if (ctx.role === "reporter" && !REPORTER_COMMANDS.includes(cmd.name)) return fail("only maintainers can run this; you can use `/credit` and `/no-credit`");
  const advisory = advisoryOf(r);
  const done = (text: string, next: Report, actions: Action[] = []): Decided => ({ ok: true, text, report: next, actions });

  switch (cmd.name) {
    case "help":
      return done(helpText(ctx.role), r);
    case "status":
      return done(statusText(r, ctx), r);
    case "assign": {
      if (r.handler?.toLowerCase() === cmd.login.toLowerCase()) return done(`@${cmd.login} is already the primary handler.`, r);
      const next = { ...r, handler: cmd.login, handlerReason: encodeReason({ by: "assigned", actor: ctx.actor }) };
      const issue = trackingIssueOf(r);
      return done(`@${cmd.login} is now the primary handler.`, next, [
        ...(issue ? [{ type: "update-issue" as const, reportId: r.id, issue, assignees: [cmd.login] }] : []),
        ...(advisory && ctx.advisory ? [{ type: "add-advisory-collaborator" as const, reportId: r.id, advisory, login: cmd.login, current: ctx.advisory.collaborators }] : []),
        ...newlyDone(r, next, ctx.steps),
      ]);
    }
    case "severity": {
      // GitHub takes a severity or a CVSS vector, never both in one PATCH ("You must choose between
      // setting this field or `cvss_vector_string`"): each command sends its own field alone.
      const next = { ...r, severity: cmd.severity, cvss: null };
      return done(`severity set to **${cmd.severity}**.`, next, [
        ...(advisory ? [{ type: "patch-advisory" as const, reportId: r.id, advisory, fields: { severity: cmd.severity }, what: "severity" }] : []),
        ...labelChanges(r, next),
      ]);
    }
    case "cvss": {
      if (!advisory) return fail("needs an advisory: this report has none");
      const next = { ...r, cvss: cmd.vector };
      return done(`CVSS vector set to ${code(cmd.vector)}; GitHub computes the severity from it.`, next, [
        { type: "patch-advisory", reportId: r.id, advisory, fields: { cvss_vector_string: cmd.vector }, what: "cvss" },
      ]);
    }
    case "affects": {
      const lines = affectedLines(ctx.rows, [cmd.stated]);
      const next = { ...r, vulnerableRange: lines.range, affected: lines.affected, unsupported: lines.unsupported };
      const desc = `${lines.affected.length ? `supported lines ${lines.affected.join(", ")}` : "no supported line"}${lines.unsupported.length ? `; unsupported ${lines.unsupported.join(", ")}` : ""}`;
      const decided = done(`affected versions set to ${code(lines.range ?? cmd.stated)}: ${desc}.`, next, [...labelChanges(r, next), ...newlyDone(r, next, ctx.steps)]);
      // The advisory's own ranges follow (a step that reads the advisory's package first).
      return advisory ? { ...decided, workflow: { name: "affects" } } : decided;
    }
    case "accept": {
      const moved = move(r, "accept");
      if (typeof moved === "string") return fail(moved);
      const next: Report = { ...moved, respondedAt: r.respondedAt ?? ctx.now, pausedAt: null, pausedMs: r.pausedAt ? r.pausedMs + (ctx.now - r.pausedAt) : r.pausedMs };
      const toDraft = advisory && ctx.advisory?.state === "triage";
      return done(`accepted as a vulnerability${toDraft ? "; the advisory moved from triage to draft" : ""}. The response clock has stopped.`, next, [
        ...(toDraft ? [{ type: "patch-advisory" as const, reportId: r.id, advisory: advisory!, fields: { state: "draft" as const }, what: "accept" }] : []),
        ...labelChanges(r, next),
        ...newlyDone(r, next, ctx.steps),
      ]);
    }
    case "reject": {
      if (cmd.duplicateOf && cmd.duplicateOf.toLowerCase() === r.ghsaId?.toLowerCase()) return fail("a report cannot duplicate itself");
      const other = cmd.duplicateOf ? ctx.others?.get(cmd.duplicateOf) : undefined;
      if (cmd.duplicateOf && !other) return fail(`there is no advisory ${cmd.duplicateOf} in ${r.owner}/${r.repo}`);
      const moved = move(r, "reject");
      if (typeof moved === "string") return fail(moved);
      const next: Report = { ...moved, respondedAt: r.respondedAt ?? ctx.now, closedAt: ctx.now, pausedAt: null, nextDueAt: null, outcome: cmd.reason, duplicateOf: cmd.duplicateOf };
      const issue = trackingIssueOf(r);
      return {
        ...done(rejectSummary(cmd), next, [
          ...(advisory ? [{ type: "patch-advisory" as const, reportId: r.id, advisory, fields: { state: "closed" as const }, what: "reject" }] : []),
          ...(issue ? [{ type: "update-issue" as const, reportId: r.id, issue, state: "closed" as const, stateReason: "not_planned" as const }] : []),
          ...(other ? duplicateLink(r, other) : []),
          ...newlyDone(r, next, ctx.steps),
        ]),
        toReporter: rejectNotice(cmd),
      };
    }
    case "needs-info": {
      if (r.respondedAt !== null) return fail("the detailed response was already given; just ask in the thread");
      const next: Report = { ...r, pausedAt: r.pausedAt ?? ctx.now };
      const who = r.reporter ? `@${r.reporter}` : "the reporter";
      return {
        ...done(`asked ${who}: ${cmd.question} (the response clock is paused until they answer)`, next, labelChanges(r, next)),
        toReporter: `We need a little more information to evaluate your report: ${cmd.question}\n\nCould you answer here? Our response deadline is paused until you do.`,
      };
    }
    case "eta": {
      const next: Report = { ...r, eta: cmd.date, respondedAt: r.respondedAt ?? ctx.now, pausedAt: null, pausedMs: r.pausedAt ? r.pausedMs + (ctx.now - r.pausedAt) : r.pausedMs };
      const past = Date.parse(`${cmd.date}T23:59:59Z`) < ctx.now;
      return {
        ...done(`expected fix date set to **${cmd.date}**${past ? " (a date already past — set a new one with `/eta`)" : ""}. The response clock has stopped.`, next, labelChanges(r, next)),
        toReporter: `Thank you for your patience. We have confirmed the report and expect to release a fix by **${cmd.date}**. We will tell you here when it is out.`,
      };
    }
    case "fixed-in": {
      const fixedIn = { ...r.fixedIn };
      const said: string[] = [];
      for (const v of cmd.versions) {
        const row = mostSpecificRow(ctx.rows, v);
        if (!row) return fail(`${code(v)} is on no release line of the policy`);
        if (row.supported === false) return fail(`${code(v)} is on ${code(row.label)}, which the policy does not support`);
        fixedIn[row.label] = v;
        said.push(`${row.label} → ${v}`);
      }
      const next = { ...r, fixedIn, affected: [...new Set([...r.affected, ...Object.keys(fixedIn)])] };
      const missing = next.affected.filter((l) => !(l in fixedIn));
      return done(`fixed versions: ${said.join(", ")}.${missing.length ? ` Still without a fixed version: ${missing.join(", ")}.` : ""}`, next, [...labelChanges(r, next), ...newlyDone(r, next, ctx.steps)]);
    }
    case "cve":
      if (!advisory) return fail("needs an advisory: this report has none");
      return done("a CVE was requested for this advisory; GitHub reviews the request.", r, [{ type: "request-cve", reportId: r.id, advisory }]);
    case "cwe": {
      const next = { ...r, cweIds: cmd.ids };
      return done(`CWE set to ${cmd.ids.join(", ")}.`, next, advisory ? [{ type: "patch-advisory", reportId: r.id, advisory, fields: { cwe_ids: cmd.ids }, what: "cwe" }] : []);
    }
    case "credit": {
      const login = cmd.login ?? r.reporter;
      if (!login) return fail("there is no reporter login to credit; use `/credit @login`");
      if (ctx.role === "reporter" && login.toLowerCase() !== ctx.actor.toLowerCase()) return fail("you can only change your own credit");
      const isReporter = login.toLowerCase() === r.reporter?.toLowerCase();
      const credits = creditsWith(ctx.advisory?.credits ?? r.credits, { add: { login, type: cmd.type } });
      const next: Report = { ...r, credit: isReporter ? true : r.credit, credits };
      return done(`@${login} will be credited (${cmd.type}) in the published advisory.`, next, advisory ? [{ type: "patch-advisory", reportId: r.id, advisory, fields: { credits }, what: "credit" }] : []);
    }
    case "no-credit": {
      if (!r.reporter) return fail("this report has no reporter login");
      const credits = creditsWith(ctx.advisory?.credits ?? r.credits, { remove: r.reporter });
      const next: Report = { ...r, credit: false, credits };
      return done(`@${r.reporter} will not be named in the published advisory.`, next, advisory ? [{ type: "patch-advisory", reportId: r.id, advisory, fields: { credits }, what: "no-credit" }] : []);
    }
    case "fork":
      if (!advisory) return fail("needs an advisory: this report has none");
      return done("a temporary private fork is being created; its link follows when GitHub has made it.", r, [{ type: "create-fork", reportId: r.id, advisory }]);
    case "draft":
      if (!advisory) return fail("needs an advisory: this report has none");
      return { ...done("composing the advisory…", r), workflow: { name: "draft" } };
    case "publish":
      if (!advisory) return fail("needs an advisory: this report has none");
      return { ...done("publishing…", r), workflow: { name: "publish", force: cmd.force } };
    case "extend-disclosure": {
      const d = decideExtendDisclosure(r, cmd, ctx.calendar, ctx.now);
      return d.ok ? { ...done(d.text, d.report), toReporter: d.toReporter } : fail(d.text);
    }
    case "received": {
      if (r.source === "advisory") return fail("only for reports that arrived as issues: an advisory's receipt is its creation time");
      const at = receivedInstant(cmd.date, cmd.time, ctx.calendar);
      const { ackBy, respondBy } = deadlines(at, ctx.promises, ctx.calendar);
      // A disclosure deadline counted from receipt moves with it; one a maintainer set stays.
      const next: Report = { ...r, receivedAt: at, ackBy, respondBy, ...(r.discloseSource === "extended" ? {} : discloseFields(at, ctx.disclose ?? null, ctx.calendar)) };
      return done(`received ${cmd.date}${cmd.time ? ` ${cmd.time} UTC` : ""}: acknowledge by ${day(ackBy, ctx.calendar)}, respond by ${day(respondBy, ctx.calendar)}.`, next);
    }
    case "security":
      return fail("works on public issues only (it moves them to a private place); this report is private already");
  }
}

/** Midday of a date in the policy's zone when no time is given (so the day is right in every zone), else the UTC time. */
function receivedInstant(date: string, time: string | null, cal: Calendar): number {
  if (time) return Date.parse(`${date}T${time}:00Z`);
  const noonUtc = Date.parse(`${date}T12:00:00Z`);
  return isoDay(new Date(noonUtc), cal) === date ? noonUtc : Date.parse(`${date}T00:00:00Z`);
}
