import { describe, expect, it } from "@jest/globals";
import { businessDaysBetween, calendarOf, dueDate, isBusinessDay, isKnownTimeZone, isoDay, shiftBusinessDays, type Calendar } from "../../../src/core/calendar.js";

const utc: Calendar = { timeZone: "UTC", holidays: [] };
const berlin: Calendar = { timeZone: "Europe/Berlin", holidays: [] };
const bd = (amount: number) => ({ amount, unit: "business_days" as const });

describe("dueDate in business days", () => {
  it("counts from the next business day after a Friday-evening receipt", () => {
    // Friday 2026-11-27 19:30 UTC → Mon, Tue, Wed → end of Wednesday 2026-12-02.
    const due = dueDate(new Date("2026-11-27T19:30:00Z"), bd(3), utc);
    expect(due.toISOString()).toBe("2026-12-02T23:59:59.999Z");
  });

  it("treats a weekend receipt like a Friday one", () => {
    expect(dueDate(new Date("2026-11-28T10:00:00Z"), bd(3), utc).toISOString()).toBe("2026-12-02T23:59:59.999Z");
  });

  it("skips a configured holiday inside the window", () => {
    // Wednesday 2026-12-23, 3 business days: Thu 24, (Fri 25 holiday), Mon 28, Tue 29.
    const cal: Calendar = { timeZone: "UTC", holidays: ["2026-12-25"] };
    expect(isoDay(dueDate(new Date("2026-12-23T09:00:00Z"), bd(3), cal), cal)).toBe("2026-12-29");
    expect(isoDay(dueDate(new Date("2026-12-23T09:00:00Z"), bd(3), utc), utc)).toBe("2026-12-28");
  });

  it("ends the day in the policy's time zone across a DST change", () => {
    // Europe/Berlin leaves summer time on Sunday 2026-10-25. Received Thursday 22nd 12:00 CEST,
    // 3 business days → Fri 23, Mon 26, Tue 27 → end of Tuesday in Berlin = 22:59:59.999Z (CET, +01:00).
    const due = dueDate(new Date("2026-10-22T10:00:00Z"), bd(3), berlin);
    expect(due.toISOString()).toBe("2026-10-27T22:59:59.999Z");
    // And into summer time (Sunday 2026-03-29): Thu 26 → Fri 27, Mon 30, Tue 31, end in CEST (+02:00).
    expect(dueDate(new Date("2026-03-26T10:00:00Z"), bd(3), berlin).toISOString()).toBe("2026-03-31T21:59:59.999Z");
  });

  it("crosses a year end with its holidays", () => {
    const cal: Calendar = { timeZone: "UTC", holidays: ["2026-12-25", "2027-01-01"] };
    // Received Wed 2026-12-30; 10 business days: Dec 31, (Jan 1 hol), Jan 4..8 (5), Jan 11..14 (4) → Jan 14.
    expect(isoDay(dueDate(new Date("2026-12-30T15:00:00Z"), bd(10), cal), cal)).toBe("2027-01-14");
  });

  it("uses the zone's day, not UTC's, to decide what day the receipt fell on", () => {
    // 23:30 UTC on Friday is already Saturday in Tokyo: the count starts from Monday either way,
    // but 23:30 UTC Thursday is Friday in Tokyo, so Tokyo's first business day after it is Monday.
    const tokyo: Calendar = { timeZone: "Asia/Tokyo", holidays: [] };
    expect(isoDay(dueDate(new Date("2026-11-26T23:30:00Z"), bd(1), tokyo), tokyo)).toBe("2026-11-30");
    expect(isoDay(dueDate(new Date("2026-11-26T23:30:00Z"), bd(1), utc), utc)).toBe("2026-11-27");
  });
});

describe("dueDate in hours, days and weeks", () => {
  const at = new Date("2026-11-27T19:30:00Z");
  it("adds hours exactly", () => {
    expect(dueDate(at, { amount: 48, unit: "hours" }, utc).toISOString()).toBe("2026-11-29T19:30:00.000Z");
  });
  it("ends calendar days and weeks at the end of the day, weekends included", () => {
    expect(dueDate(at, { amount: 2, unit: "days" }, utc).toISOString()).toBe("2026-11-29T23:59:59.999Z");
    expect(dueDate(at, { amount: 1, unit: "weeks" }, utc).toISOString()).toBe("2026-12-04T23:59:59.999Z");
  });
});

describe("helpers", () => {
  it("shifts backwards for reminders", () => {
    // Due end of Wednesday 2026-12-02; 2 business days before → end of Monday 2026-11-30.
    expect(shiftBusinessDays(new Date("2026-12-02T23:59:59.999Z"), -2, utc).toISOString()).toBe("2026-11-30T23:59:59.999Z");
  });
  it("counts business days over long spans and holidays without walking every day", () => {
    const cal: Calendar = { timeZone: "UTC", holidays: ["2026-12-25", "2026-12-26", "2027-01-01"] };
    // 2026-12-21 (Mon) → 2027-01-08 (Fri): 14 weekdays after the 21st, less Fri 25 and Fri 1 (the 26th is a Saturday).
    expect(businessDaysBetween(new Date("2026-12-21T10:00:00Z"), new Date("2027-01-08T10:00:00Z"), cal)).toBe(12);
    expect(businessDaysBetween(new Date("1970-01-01T00:00:00Z"), new Date("2026-11-25T00:00:00Z"), utc)).toBe(14844); // checked with Python's datetime, day by day
  });

  it("counts business days between two instants", () => {
    expect(businessDaysBetween(new Date("2026-11-27T19:30:00Z"), new Date("2026-12-02T08:00:00Z"), utc)).toBe(3);
    expect(businessDaysBetween(new Date("2026-11-27T08:00:00Z"), new Date("2026-11-27T20:00:00Z"), utc)).toBe(0);
    expect(businessDaysBetween(new Date("2026-12-02T08:00:00Z"), new Date("2026-11-27T19:30:00Z"), utc)).toBe(-3);
  });
  it("knows weekends, holidays and time-zone names", () => {
    expect(isBusinessDay(new Date("2026-11-28T12:00:00Z"), utc)).toBe(false);
    expect(isBusinessDay(new Date("2026-12-25T12:00:00Z"), { timeZone: "UTC", holidays: ["2026-12-25"] })).toBe(false);
    expect(isBusinessDay(new Date("2026-12-24T12:00:00Z"), utc)).toBe(true);
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true);
    expect(isKnownTimeZone("+02:00")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("calendarOf", () => {
  it("takes the config's time zone and holidays", () => {
    expect(calendarOf({ sla: { timezone: "Europe/Berlin", holidays: ["2026-12-25"] } })).toEqual({ timeZone: "Europe/Berlin", holidays: ["2026-12-25"] });
  });

  it("counts in UTC when the zone is unknown", () => {
    expect(calendarOf({ sla: { timezone: "Mars/Olympus", holidays: [] } })).toEqual({ timeZone: "UTC", holidays: [] });
  });
});
