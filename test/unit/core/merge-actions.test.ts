import { describe, expect, it } from "@jest/globals";
import type { Action } from "../../../src/core/actions.js";
import { mergeActions } from "../../../src/core/merge-actions.js";

const advisory = { owner: "acme", repo: "x", ghsaId: "GHSA-a" };
const issue = { owner: "acme", repo: "t", number: 7 };

describe("mergeActions", () => {
  it("makes one PATCH of an advisory, one tick and one label set from several commands", () => {
    const actions: Action[] = [
      { type: "patch-advisory", reportId: "r", advisory, fields: { state: "draft" }, what: "accept" },
      { type: "tick-tasks", reportId: "r", issue, steps: ["a"] },
      { type: "patch-advisory", reportId: "r", advisory, fields: { severity: "high", cvss_vector_string: null }, what: "severity" },
      { type: "add-labels", reportId: "r", issue, labels: ["severity: high"] },
      { type: "tick-tasks", reportId: "r", issue, steps: ["b", "a"] },
      { type: "add-labels", reportId: "r", issue, labels: ["affects: 1.0.x"] },
      { type: "request-cve", reportId: "r", advisory },
    ];
    expect(mergeActions(actions)).toEqual([
      { type: "patch-advisory", reportId: "r", advisory, fields: { state: "draft", severity: "high", cvss_vector_string: null }, what: "accept+severity" },
      { type: "tick-tasks", reportId: "r", issue, steps: ["a", "b"] },
      { type: "add-labels", reportId: "r", issue, labels: ["severity: high", "affects: 1.0.x"] },
      { type: "request-cve", reportId: "r", advisory },
    ]);
  });

  it("lets a later severity clear an earlier CVSS vector and the other way round", () => {
    const a: Action[] = [
      { type: "patch-advisory", reportId: "r", advisory, fields: { cvss_vector_string: "CVSS:3.1/x", severity: null }, what: "cvss" },
      { type: "patch-advisory", reportId: "r", advisory, fields: { severity: "low", cvss_vector_string: null }, what: "severity" },
    ];
    expect(mergeActions(a)).toEqual([{ type: "patch-advisory", reportId: "r", advisory, fields: { severity: "low", cvss_vector_string: null }, what: "cvss+severity" }]);
  });

  it("ends each label as the last command said (the two sets never share a label, so their order is free), and drops a set left empty", () => {
    const add = (labels: string[]): Action => ({ type: "add-labels", reportId: "r", issue, labels });
    const remove = (labels: string[]): Action => ({ type: "remove-labels", reportId: "r", issue, labels });
    // /severity high, then /severity low: high is gone, low is there.
    expect(mergeActions([add(["severity: high"]), remove(["severity: high"]), add(["severity: low"])])).toEqual([add(["severity: low"]), remove(["severity: high"])]);
    // added, removed, added again: there.
    expect(mergeActions([add(["x"]), remove(["x"]), add(["x"])])).toEqual([add(["x"])]);
    // removed then added: there; added then removed: gone.
    expect(mergeActions([remove(["x"]), add(["x"])])).toEqual([add(["x"])]);
    expect(mergeActions([add(["x", "y"]), remove(["x"])])).toEqual([add(["y"]), remove(["x"])]);
  });
});
