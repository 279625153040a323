/**
 * The policy's disclosure process as a task list the bot ticks as it sees each step happen.
 * A step is matched to a milestone by its words; a step the bot cannot observe (a code
 * audit) stays for a maintainer to tick.
 */
import type { Report } from "./report.js";

/** The process of PRODUCT.md's example policy, used when a policy states none. */
export const DEFAULT_STEPS = [
  "Security report is received and is assigned a primary handler",
  "The issue is confirmed and a list of affected software is determined",
  "Code is audited to find any potential similar problems",
  "Fixes are prepared for all releases still under maintenance",
  "Fixes are applied and new releases are deployed",
  "A security advisory is published with details of the vulnerability and the fix",
];

type Milestone = "received" | "confirmed" | "prepared" | "released" | "published";

const MILESTONES: [Milestone, RegExp][] = [
  ["published", /\b(advisor(y|ies)|publish|disclos|announce)/i],
  ["prepared", /\b(prepar|develop|fix(es)? (are|is) (written|made))/i],
  ["released", /\b(releas|deploy|appl(y|ied)|ship|patch)/i],
  ["confirmed", /\b(confirm|verif|reproduc|affected|triag|assess|evaluat)/i],
  ["received", /\b(receiv|assign|acknowledg)/i],
];

export function milestoneOf(step: string): Milestone | null {
  if (/\baudit/i.test(step)) return null;
  return MILESTONES.find(([, re]) => re.test(step))?.[0] ?? null;
}

export function milestoneReached(m: Milestone, r: Pick<Report, "handler" | "state" | "acknowledgedAt" | "affected" | "fixedIn" | "fixes" | "fixedAt" | "publishedAt">): boolean {
  switch (m) {
    case "received":
      return r.handler !== null;
    case "confirmed":
      return ["accepted", "fixed", "drafted", "published"].includes(r.state);
    case "prepared":
      return r.affected.length > 0 && r.affected.every((line) => line in r.fixedIn);
    case "released":
      return r.fixedAt !== null;
    case "published":
      return r.publishedAt !== null;
  }
}

export function stepStatus(steps: readonly string[], r: Parameters<typeof milestoneReached>[1]): { text: string; done: boolean }[] {
  return (steps.length ? steps : DEFAULT_STEPS).map((text) => {
    const m = milestoneOf(text);
    return { text, done: m !== null && milestoneReached(m, r) };
  });
}
