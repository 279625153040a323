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
      { type: "patch-advisory", reportId: "r", advisory, fields: { severity: "high" }, what: "severity" },
      { type: "add-labels", reportId: "r", issue, labels: ["severity: high"] },
      { type: "tick-tasks", reportId: "r", issue, steps: ["b", "a"] },
      { type: "add-labels", reportId: "r", issue, labels: ["affects: 1.0.x"] },
      { type: "request-cve", reportId: "r", advisory },
    ];
    expect(mergeActions(actions)).toEqual([
      { type: "patch-advisory", reportId: "r", advisory, fields: { state: "draft", severity: "high" }, what: "accept+severity" },
      { type: "tick-tasks", reportId: "r", issue, steps: ["a", "b"] },
      { type: "add-labels", reportId: "r", issue, labels: ["severity: high", "affects: 1.0.x"] },
      { type: "request-cve", reportId: "r", advisory },
    ]);
  });

  it("lets a later severity replace an earlier CVSS vector and the other way round: never both in one PATCH", () => {
    const cvss: Action = { type: "patch-advisory", reportId: "r", advisory, fields: { cvss_vector_string: "CVSS:3.1/x" }, what: "cvss" };
    const low: Action = { type: "patch-advisory", reportId: "r", advisory, fields: { severity: "low" }, what: "severity" };
    const cwe: Action = { type: "patch-advisory", reportId: "r", advisory, fields: { cwe_ids: ["CWE-22"] }, what: "cwe" };
    expect(mergeActions([cvss, cwe, low])).toEqual([{ type: "patch-advisory", reportId: "r", advisory, fields: { cwe_ids: ["CWE-22"], severity: "low" }, what: "cvss+cwe+severity" }]);
    expect(mergeActions([low, cvss])).toEqual([{ type: "patch-advisory", reportId: "r", advisory, fields: { cvss_vector_string: "CVSS:3.1/x" }, what: "severity+cvss" }]);
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
