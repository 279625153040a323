/**
 * Several commands of one comment (or steps of one event) may each ask for a change to the
 * same thing: merge them so GitHub sees one write per thing — one PATCH of the advisory, one
 * tick of the task list, one label set. Order is kept (by each thing's first appearance), and
 * the result leaves GitHub as the actions one after another would have: a label added after
 * it was removed (or removed after it was added) ends as the last one said.
 */
import type { Action } from "./actions.js";

const keyOf = (a: Action): string | null => {
  switch (a.type) {
    case "patch-advisory":
      return `advisory:${a.advisory.owner}/${a.advisory.repo}/${a.advisory.ghsaId}`;
    case "tick-tasks":
      return `tasks:${a.issue.owner}/${a.issue.repo}#${a.issue.number}`;
    case "add-labels":
      return `add:${a.issue.owner}/${a.issue.repo}#${a.issue.number}`;
    case "remove-labels":
      return `remove:${a.issue.owner}/${a.issue.repo}#${a.issue.number}`;
    default:
      return null;
  }
};

export function mergeActions(actions: readonly Action[]): Action[] {
  const out: Action[] = [];
  const at = new Map<string, number>();
  for (const a of actions) {
    if (a.type === "add-labels" || a.type === "remove-labels") {
      // The opposite set of the same issue forgets these labels: the later word wins.
      const opposite = at.get(`${a.type === "add-labels" ? "remove" : "add"}:${a.issue.owner}/${a.issue.repo}#${a.issue.number}`);
      const other = opposite === undefined ? undefined : out[opposite];
      if (other && (other.type === "add-labels" || other.type === "remove-labels")) out[opposite!] = { ...other, labels: other.labels.filter((l) => !a.labels.includes(l)) };
    }
    const key = keyOf(a);
    const i = key === null ? undefined : at.get(key);
    if (i === undefined) {
      if (key !== null) at.set(key, out.length);
      out.push(a);
      continue;
    }
    const prev = out[i]!;
    if (prev.type === "patch-advisory" && a.type === "patch-advisory") {
      // A later field wins; a severity and a CVSS vector exclude each other (GitHub refuses a PATCH
      // that sets both), so the later of the two replaces the earlier.
      const earlier = { ...prev.fields };
      if (a.fields.severity !== undefined) delete earlier.cvss_vector_string;
      if (a.fields.cvss_vector_string !== undefined) delete earlier.severity;
      const fields = { ...earlier, ...a.fields };
      out[i] = { ...prev, fields, what: `${prev.what}+${a.what}` };
    } else if (prev.type === "tick-tasks" && a.type === "tick-tasks") out[i] = { ...prev, steps: [...new Set([...prev.steps, ...a.steps])], ...((a.close ?? prev.close) ? { close: a.close ?? prev.close } : {}) };
    else if (prev.type === "add-labels" && a.type === "add-labels") out[i] = { ...prev, labels: [...new Set([...prev.labels, ...a.labels])] };
    else if (prev.type === "remove-labels" && a.type === "remove-labels") out[i] = { ...prev, labels: [...new Set([...prev.labels, ...a.labels])] };
  }
  return out.filter((a) => !((a.type === "add-labels" || a.type === "remove-labels") && a.labels.length === 0));
}
