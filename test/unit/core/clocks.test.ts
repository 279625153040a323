import { describe, expect, it } from "@jest/globals";
import { deadlineEvents, dueEvents, effectiveRespondBy, isOverdue, nextDueAt, type ClockSettings } from "../../../src/core/clocks.js";
import { deadlines, keptPromises } from "../../../src/core/promises.js";
import { aReport } from "../../helpers/report.js";

// Received Wednesday 2026-12-16; 10 business days with Christmas (Fri 25th) a holiday:
// Thu 17, Fri 18, Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 holiday), Mon 28, Tue 29, Wed 30, Thu 31 → due end of Thu 2026-12-31.
const settings: ClockSettings = { calendar: { timeZone: "UTC", holidays: ["2026-12-25"] }, remindBeforeDays: 2, updateDays: { critical: 2 } };
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
    expect(deadlineEvents({ ...report, pausedAt: receivedAt + 5000 }, settings)).toEqual([]);
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
