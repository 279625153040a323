/** The credits of an advisory. */
import type { Credit } from "./report.js";

/** The credits the advisory should carry: what it has, with the reporter added or removed. */
export function creditsWith(current: Credit[], change: { add?: Credit; remove?: string }): Credit[] {
  const rest = current.filter((c) => c.login.toLowerCase() !== (change.add?.login ?? change.remove ?? "").toLowerCase());
  return change.add ? [...rest, change.add] : rest;
}
