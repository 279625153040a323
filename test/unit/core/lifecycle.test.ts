import { describe, expect, it } from "@jest/globals";
import { transition, TRANSITIONS, type LifecycleEvent } from "../../../src/core/lifecycle.js";
import { REPORT_STATES, type ReportState } from "../../../src/core/report.js";

const EVENTS: LifecycleEvent[] = ["acknowledge", "accept", "reject", "close", "reopen", "all-fixed", "draft", "publish", "withdraw"];

// The whole table, written out: every state × every event.
const EXPECTED: Record<ReportState, Partial<Record<LifecycleEvent, ReportState>>> = {
  new: { acknowledge: "triage", accept: "accepted", reject: "rejected", close: "rejected", withdraw: "withdrawn", "all-fixed": "fixed", draft: "drafted", publish: "published" },
  triage: { accept: "accepted", reject: "rejected", close: "rejected", withdraw: "withdrawn", "all-fixed": "fixed", draft: "drafted", publish: "published" },
  accepted: { reject: "rejected", close: "rejected", withdraw: "withdrawn", "all-fixed": "fixed", draft: "drafted", publish: "published" },
  fixed: { reject: "rejected", close: "rejected", withdraw: "withdrawn", draft: "drafted", publish: "published" },
  drafted: { close: "rejected", withdraw: "withdrawn", draft: "drafted", publish: "published" },
  published: { withdraw: "withdrawn" },
  rejected: { reopen: "triage" },
  withdrawn: {},
};

describe("report lifecycle", () => {
  const cases = REPORT_STATES.flatMap((s) => EVENTS.map((e) => [s, e, EXPECTED[s][e] ?? null] as const));
  it.each(cases)("%s --%s--> %s", (state, event, next) => {
    expect(transition(state, event)).toBe(next);
  });

  it("has a row for every state and nothing else", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...REPORT_STATES].sort());
  });

  it("never leaves a closed state except by reopening a rejected report or withdrawing a published one", () => {
    expect(EVENTS.filter((e) => transition("withdrawn", e) !== null)).toEqual([]);
    expect(EVENTS.filter((e) => transition("published", e) !== null)).toEqual(["withdraw"]);
    expect(EVENTS.filter((e) => transition("rejected", e) !== null)).toEqual(["reopen"]);
  });
});
