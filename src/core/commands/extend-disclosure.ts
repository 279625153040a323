/** `/extend-disclosure YYYY-MM-DD <reason>`: moves the disclosure deadline and tells the reporter why. */
import { isoDay, type Calendar } from "../calendar.js";
import { endOfDate } from "../disclosure-deadline.js";
import type { Report } from "../report.js";

export interface ExtendDisclosureCommand {
  name: "extend-disclosure";
  date: string;
  reason: string;
}

export type ExtendDecision = { ok: false; text: string } | { ok: true; text: string; report: Report; toReporter: string };

export function decideExtendDisclosure(r: Report, cmd: ExtendDisclosureCommand, cal: Calendar, now: number): ExtendDecision {
  const by = endOfDate(cmd.date, cal);
  if (by <= now) return { ok: false, text: `${cmd.date} has passed; the new disclosure date must be today or later` };
  const before = r.discloseBy === null ? null : isoDay(new Date(r.discloseBy), cal);
  if (before === cmd.date) return { ok: false, text: `the disclosure deadline is already ${cmd.date}` };
  return {
    ok: true,
    text: `disclosure deadline ${before ? `moved from ${before} ` : "set "}to **${cmd.date}**; the reporter has been told, with your reason.`,
    report: { ...r, discloseBy: by, discloseSource: "extended" },
    toReporter: `We have ${before ? "moved" : "set"} the planned public disclosure of this report ${before ? `from ${before} ` : ""}to **${cmd.date}**. The reason: ${cmd.reason}\n\nThank you for bearing with us; we will keep you informed here.`,
  };
}
