import { describe, expect, it } from "@jest/globals";
import { median, reportFigures, windowFigures } from "../../../src/core/figures.js";
import { aReport } from "../../helpers/report.js";

const cal = { timeZone: "UTC", holidays: [] };
const NOW = Date.parse("2026-12-20T12:00:00Z");
// aReport: received Wed 2026-11-25 10:00, ack by Mon 30, respond by Wed 9 Dec.
const base = aReport();

describe("figures", () => {
  it("measures one report's promises", () => {
    const r = { ...base, acknowledgedAt: base.receivedAt + 90 * 60000, respondedAt: Date.parse("2026-12-03T09:00:00Z"), fixedAt: Date.parse("2026-12-10T09:00:00Z") };
    expect(reportFigures(r, cal, NOW)).toEqual({ ackHours: 1.5, ackMet: true, respondDays: 6, respondMet: true, fixDays: 11, publishDays: null });
  });

  it("counts an unanswered report past its deadline as missed, and a paused one as undecided", () => {
    expect(reportFigures(base, cal, NOW)).toMatchObject({ ackMet: false, respondMet: false });
    expect(reportFigures({ ...base, pausedAt: NOW - 1000 }, cal, NOW)).toMatchObject({ respondMet: null });
    expect(reportFigures(base, cal, Date.parse("2026-11-26T00:00:00Z"))).toMatchObject({ ackMet: null, respondMet: null });
  });

  it("leaves the pause out of the response time and moves the deadline by it", () => {
    const paused = { ...base, acknowledgedAt: base.receivedAt, pausedMs: 7 * 86400000, respondedAt: Date.parse("2026-12-15T09:00:00Z") };
    expect(reportFigures(paused, cal, NOW)).toMatchObject({ respondDays: 9, respondMet: true });
  });

  it("summarises the last 90 days", () => {
    const reports = [
      { ...base, id: "a", acknowledgedAt: base.receivedAt + 3600000, respondedAt: base.receivedAt + 2 * 86400000 },
      { ...base, id: "b", acknowledgedAt: base.receivedAt + 3 * 3600000, respondedAt: base.respondBy + 86400000 },
      { ...base, id: "c", acknowledgedAt: base.receivedAt + 2 * 3600000 },
      { ...base, id: "old", receivedAt: Date.parse("2026-01-01T00:00:00Z"), acknowledgedAt: Date.parse("2026-01-10T00:00:00Z") },
    ];
    expect(windowFigures(reports, cal, NOW)).toEqual({
      days: 90,
      reports: 3,
      medianAckHours: 2,
      medianRespondDays: 6.5, // 2 and 11 business days
      medianFixDays: null,
      medianPublishDays: null,
      ackMet: { share: 1, of: 3 },
      respondMet: { share: 1 / 3, of: 3 },
    });
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
