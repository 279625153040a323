import { describe, expect, it } from "@jest/globals";
import { DEFAULT_STEPS, milestoneOf, stepStatus } from "../../../src/core/disclosure-steps.js";
import { aReport } from "../../helpers/report.js";

describe("disclosure steps", () => {
  it("maps the example policy's six steps to milestones, leaving the audit to people", () => {
    expect(DEFAULT_STEPS.map(milestoneOf)).toEqual(["received", "confirmed", null, "prepared", "released", "published"]);
  });

  it("ticks what has happened", () => {
    const fresh = aReport({ handler: "alice" });
    expect(stepStatus([], fresh).map((s) => s.done)).toEqual([true, false, false, false, false, false]);
    expect(stepStatus([], aReport({ handler: null })).map((s) => s.done)).toEqual([false, false, false, false, false, false]);
    const fixed = aReport({ handler: "alice", acknowledgedAt: 1, state: "fixed", affected: ["1.0.x"], fixedIn: { "1.0.x": "1.0.2" }, fixedAt: 5 });
    expect(stepStatus([], fixed).map((s) => s.done)).toEqual([true, true, false, true, true, false]);
    expect(stepStatus([], aReport({ handler: "a", acknowledgedAt: 1, state: "published", publishedAt: 9, fixedAt: 5, affected: [] })).map((s) => s.done)).toEqual([true, true, false, false, true, true]);
  });

  it("reads other policies' wording", () => {
    expect(milestoneOf("Triage within 7 business days")).toBe("confirmed");
    expect(milestoneOf("We release a patched version")).toBe("released");
    expect(milestoneOf("Coordinate the disclosure")).toBe("published");
    expect(milestoneOf("Thank the reporter")).toBeNull();
  });
});
