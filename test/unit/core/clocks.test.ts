import { describe, expect, it } from "@jest/globals";
import { deadlineEvents, dueEvents, effectiveRespondBy, isOverdue, nextDueAt, toPost, type ClockSettings } from "../../../src/core/clocks.js";
import { disclosePromise, disclosureDeadline } from "../../../src/core/disclosure-deadline.js";
import { deadlines, keptPromises } from "../../../src/core/promises.js";
import { aReport } from "../../helpers/report.js";

// Received Wednesday 2026-12-16; 10 business days with Christmas (Fri 25th) a holiday:
// Thu 17, Fri 18, Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 holiday), Mon 28, Tue 29, Wed 30, Thu 31 → due end of Thu 2026-12-31.
const settings: ClockSettings = { calendar: { timeZone: "UTC", holidays: ["2026-12-25"] }, remindBeforeDays: 2, updateDays: { critical: 2 }, needsInfoDays: 10 };
const receivedAt = Date.parse("2026-12-16T14:00:00Z");
const { ackBy, respondBy } = deadlines(receivedAt, keptPromises(null, { acknowledge_days: null, respond_days: null }), settings.calendar);
const report = aReport({ state: "triage", receivedAt, ackBy, respondBy, acknowledgedAt: receivedAt + 1000 });
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe("deadline events", () => {
  it("schedules the reminder two business days before a deadline that skips a weekend and a holiday, and the escalation after it", () => {
    expect(iso(respondBy)).toBe("2026-12-31T23:59:59.999Z");
    expect(deadlineEvents(report, settings).map((e) => [e.kind, e.key, iso(e.at)])).toEqual([
      ["reminder", "reminder@2026-12-31", "2026-12-30T00:00:00.000Z"], // end of Tue 29th: two business days are left
      ["escalation", "escalation@2026-12-31", "2027-01-01T00:00:00.000Z"],
    ]);
  });

  it("fires each event once, when its time has come", () => {
    expect(dueEvents(report, settings, Date.parse("2026-12-29T23:00:00Z"))).toEqual([]);
    expect(dueEvents(report, settings, Date.parse("2026-12-30T08:00:00Z")).map((e) => e.kind)).toEqual(["reminder"]);
    const reminded = { ...report, reminders: ["reminder@2026-12-31"] };
    expect(dueEvents(reminded, settings, Date.parse("2026-12-30T08:00:00Z"))).toEqual([]);
    expect(iso(nextDueAt(reminded, settings))).toBe("2027-01-01T00:00:00.000Z");
    expect(dueEvents(reminded, settings, Date.parse("2027-01-01T09:00:00Z")).map((e) => e.kind)).toEqual(["escalation"]);
    expect(isOverdue(reminded, Date.parse("2027-01-01T09:00:00Z"))).toBe(true);
  });

  it("stops the response clock on an answer and pauses it while waiting for the reporter", () => {
    expect(deadlineEvents({ ...report, respondedAt: receivedAt + 5000 }, settings)).toEqual([]);
    expect(deadlineEvents({ ...report, pausedAt: receivedAt + 5000 }, settings).map((e) => e.kind)).toEqual(["needs-info-reminder", "no-response"]);
    // Paused for two days: the deadline (and its reminder) move by two days, with new keys.
    const resumed = { ...report, pausedMs: 2 * 86400000 };
    expect(iso(effectiveRespondBy(resumed))).toBe("2027-01-02T23:59:59.999Z");
    expect(deadlineEvents(resumed, settings).map((e) => e.key)).toEqual(["reminder@2027-01-02", "escalation@2027-01-02"]);
  });

  it("reminds once an ETA passes without a fix, and stops when the fix is out", () => {
    const withEta = { ...report, respondedAt: receivedAt + 5000, eta: "2027-01-15" };
    expect(deadlineEvents(withEta, settings)).toEqual([{ kind: "eta-reminder", key: "eta-reminder@2027-01-15", at: Date.parse("2027-01-16T00:00:00Z") }]);
    expect(deadlineEvents({ ...withEta, fixedAt: Date.parse("2027-01-10T00:00:00Z") }, settings)).toEqual([]);
  });

  it("nudges the handler of a quiet critical report after its cadence", () => {
    const critical = { ...report, respondedAt: receivedAt + 5000, severity: "critical" as const, lastMaintainerAt: Date.parse("2026-12-18T10:00:00Z") };
    expect(deadlineEvents(critical, settings)).toEqual([{ kind: "update-nudge", key: "update-nudge@2026-12-18", at: Date.parse("2026-12-23T00:00:00Z") }]);
    expect(deadlineEvents({ ...critical, severity: "low" }, settings)).toEqual([]);
  });

  it("schedules nothing for a closed report", () => {
    expect(deadlineEvents({ ...report, state: "published" }, settings)).toEqual([]);
    expect(nextDueAt({ ...report, state: "rejected" }, settings)).toBeNull();
  });
});

describe("issue 18: the disclosure deadline, unanswered questions, reminders for deadlines already past", () => {
  it("the disclosure deadline: config wins (0 turns it off), else the policy's days, else none", () => {
    expect(disclosePromise({ disclosureDays: 90 }, { disclose_days: null })).toEqual({ days: 90, source: "policy" });
    expect(disclosePromise({ disclosureDays: 90 }, { disclose_days: 30 })).toEqual({ days: 30, source: "config" });
    expect(disclosePromise({ disclosureDays: 90 }, { disclose_days: 0 })).toBeNull();
    expect(disclosePromise(null, { disclose_days: null })).toBeNull();
  });

  it("reminds 14 and 7 days before the disclosure day and escalates on the day, in the policy's zone", () => {
    const cal = { timeZone: "Europe/Berlin", holidays: [] };
    const by = disclosureDeadline(receivedAt, 90, cal); // 2026-12-16 + 90 days = 2027-03-16, end of day in Berlin
    expect(iso(by)).toBe("2027-03-16T22:59:59.999Z");
    const r = aReport({ ...report, respondedAt: receivedAt + 1, discloseBy: by, discloseSource: "policy" });
    expect(deadlineEvents(r, { ...settings, calendar: cal }).map((e) => [e.kind, e.key, iso(e.at)])).toEqual([
      ["disclosure-reminder", "disclose-14@2027-03-16", "2027-03-01T23:00:00.000Z"],
      ["disclosure-reminder", "disclose-7@2027-03-16", "2027-03-08T23:00:00.000Z"],
      ["disclosure-escalation", "disclose@2027-03-16", "2027-03-15T23:00:00.000Z"],
    ]);
    // Published (closed): no disclosure events.
    expect(deadlineEvents({ ...r, state: "published" }, settings)).toEqual([]);
  });

  it("posts only the latest step when several are due at once (the bot was down, or the deadline was already past)", () => {
    const r = aReport({ ...report, respondedAt: receivedAt + 1, discloseBy: disclosureDeadline(receivedAt, 90, settings.calendar) });
    const late = Date.parse("2027-03-17T09:00:00Z");
    expect(toPost(dueEvents(r, settings, late), late).map((e) => e.key)).toEqual(["disclose@2027-03-16"]);
    const sevenDaysBefore = Date.parse("2027-03-10T09:00:00Z");
    expect(toPost(dueEvents(r, settings, sevenDaysBefore), sevenDaysBefore).map((e) => e.key)).toEqual(["disclose-7@2027-03-16"]);
    // The response deadline: a reminder found due after the deadline is left to the escalation.
    const overdue = Date.parse("2027-01-04T09:00:00Z");
    expect(toPost(dueEvents(report, settings, overdue), overdue).map((e) => e.kind)).toEqual(["escalation"]);
    const inTime = Date.parse("2026-12-30T09:00:00Z");
    expect(toPost(dueEvents(report, settings, inTime), inTime).map((e) => e.kind)).toEqual(["reminder"]);
  });

  it("a question unanswered for 10 business days from its own time: one reminder to the reporter, then after as many again a note to the handler", () => {
    // Asked Thu 2026-12-17; 10 business days (the 25th a holiday) end with Fri 2027-01-01, 20 with Fri 2027-01-15.
    const asked = Date.parse("2026-12-17T16:00:00Z");
    const r = aReport({ ...report, pausedAt: asked });
    expect(deadlineEvents(r, settings).filter((e) => e.kind === "needs-info-reminder" || e.kind === "no-response").map((e) => [e.kind, iso(e.at)])).toEqual([
      ["needs-info-reminder", "2027-01-02T00:00:00.000Z"],
      ["no-response", "2027-01-16T00:00:00.000Z"],
    ]);
    // Answered (the pause ended): nothing.
    expect(deadlineEvents({ ...r, pausedAt: null }, settings).filter((e) => e.kind === "needs-info-reminder")).toEqual([]);
    expect(deadlineEvents(r, { ...settings, needsInfoDays: 0 }).filter((e) => e.kind === "needs-info-reminder")).toEqual([]);
  });
});
