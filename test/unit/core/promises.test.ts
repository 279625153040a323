import { describe, expect, it } from "@jest/globals";
import { deadlines, describeDuration, keptPromises } from "../../../src/core/promises.js";
import type { Policy } from "../../../src/core/policy/types.js";

const policy = (acknowledge: Policy["acknowledge"], respond: Policy["respond"]): Policy => ({
  rows: [], tableFound: false, acknowledge, respond, disclosureDays: null, disclosureSteps: [], reportChecklist: [], patchReleases: false, supportNote: null, problems: [],
});

describe("keptPromises", () => {
  it("takes the config over the policy over the defaults", () => {
    const p = policy({ amount: 48, unit: "hours" }, null);
    expect(keptPromises(p, { acknowledge_days: null, respond_days: null })).toEqual({
      acknowledge: { amount: 48, unit: "hours", source: "policy" },
      respond: { amount: 10, unit: "business_days", source: "default" },
    });
    expect(keptPromises(p, { acknowledge_days: 2, respond_days: 5 })).toEqual({
      acknowledge: { amount: 2, unit: "business_days", source: "config" },
      respond: { amount: 5, unit: "business_days", source: "config" },
    });
    expect(keptPromises(null, { acknowledge_days: null, respond_days: null }).acknowledge).toEqual({ amount: 3, unit: "business_days", source: "default" });
  });

  it("describes durations in words", () => {
    expect(describeDuration({ amount: 3, unit: "business_days" })).toBe("3 business days");
    expect(describeDuration({ amount: 1, unit: "weeks" })).toBe("1 week");
  });

  it("computes both deadlines from the receipt", () => {
    const d = deadlines(Date.parse("2026-11-25T10:00:00Z"), keptPromises(null, { acknowledge_days: null, respond_days: null }), { timeZone: "UTC", holidays: [] });
    expect(new Date(d.ackBy).toISOString()).toBe("2026-11-30T23:59:59.999Z");
    expect(new Date(d.respondBy).toISOString()).toBe("2026-12-09T23:59:59.999Z");
  });
});
