/** Every kind of action and the executor that performs it: the compiler checks none is missing. */
import type { ExecutorTable } from "../types.js";
import { addCollaborator, createFork, patchAdvisory, requestCve } from "./advisory.js";
import { comment } from "./comment.js";
import { writeDashboard } from "./dashboard.js";
import { setAssignees, tickTasks, updateIssue } from "./issue.js";
import { addLabels, removeLabels } from "./labels.js";
import { createAdvisory, transferIssue } from "./move.js";
import { checkRun, linkRelease, openTablePr } from "./repository.js";
import { shareAdvisory } from "./share-advisory.js";
import { trackingIssue } from "./tracking-issue.js";

export const EXECUTORS = {
  comment,
  "open-tracking-issue": trackingIssue,
  "add-labels": addLabels,
  "remove-labels": removeLabels,
  "set-assignees": setAssignees,
  "add-advisory-collaborator": addCollaborator,
  "share-advisory": shareAdvisory,
  "patch-advisory": patchAdvisory,
  "request-cve": requestCve,
  "create-fork": createFork,
  "update-issue": updateIssue,
  "tick-tasks": tickTasks,
  "write-dashboard": writeDashboard,
  "link-release": linkRelease,
  "check-run": checkRun,
  "open-table-pr": openTablePr,
  "transfer-issue": transferIssue,
  "create-advisory": createAdvisory,
} satisfies ExecutorTable;
