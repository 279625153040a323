/** The writes that follow when a report's facts change: labels on the tracking issue, ticked task-list items. */
import type { Action } from "./actions.js";
import { stepStatus } from "./disclosure-steps.js";
import { reportLabels } from "./labels.js";
import type { Report } from "./report.js";
import { trackingIssueOf } from "./report-places.js";

/** Labels to add and remove on the tracking issue when a report's labelled facts change. */
export function labelChanges(before: Report, after: Report): Action[] {
  const issue = trackingIssueOf(after);
  if (!issue) return [];
  const was = new Set(reportLabels(before));
  const now = new Set(reportLabels(after));
  const add = [...now].filter((l) => !was.has(l));
  const remove = [...was].filter((l) => !now.has(l));
  return [
    ...(remove.length ? [{ type: "remove-labels" as const, reportId: after.id, issue, labels: remove }] : []),
    ...(add.length ? [{ type: "add-labels" as const, reportId: after.id, issue, labels: add }] : []),
  ];
}

/** Task-list items that became done between two versions of a report. */
export function newlyDone(before: Report, after: Report, steps: readonly string[]): Action[] {
  const issue = trackingIssueOf(after);
  if (!issue) return [];
  const was = stepStatus(steps, before);
  const done = stepStatus(steps, after)
    .filter((s, i) => s.done && !was[i]!.done)
    .map((s) => s.text);
  return done.length ? [{ type: "tick-tasks", reportId: after.id, issue, steps: done }] : [];
}
