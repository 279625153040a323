/**
 * The report's states and the events that move it, as one table. A pair missing from the
 * table is a move that is not allowed (a command that asks for it is refused, saying why).
 */
import type { ReportState } from "./report.js";

export type LifecycleEvent =
  | "acknowledge" // the acknowledgement went out
  | "accept" // /accept: confirmed
  | "reject" // /reject: not a vulnerability
  | "close" // closed in GitHub's web UI
  | "reopen" // reopened in the web UI (advisory back to triage)
  | "all-fixed" // every affected supported line has a fix release
  | "draft" // the public advisory was composed
  | "publish" // published (by /publish or in the web UI)
  | "withdraw"; // withdrawn after publication, or abandoned

const OPEN_MOVES = { accept: "accepted", reject: "rejected", close: "rejected", withdraw: "withdrawn", "all-fixed": "fixed", draft: "drafted", publish: "published" } as const;

export const TRANSITIONS = {
  new: { ...OPEN_MOVES, acknowledge: "triage" },
  triage: OPEN_MOVES,
  accepted: { reject: "rejected", close: "rejected", withdraw: "withdrawn", "all-fixed": "fixed", draft: "drafted", publish: "published" },
  fixed: { reject: "rejected", close: "rejected", withdraw: "withdrawn", draft: "drafted", publish: "published" },
  drafted: { close: "rejected", withdraw: "withdrawn", draft: "drafted", publish: "published" },
  published: { withdraw: "withdrawn" },
  rejected: { reopen: "triage" },
  withdrawn: {},
} satisfies Record<ReportState, Partial<Record<LifecycleEvent, ReportState>>>;

/** The state after `event`, or null when the event is not allowed in `state`. */
export function transition(state: ReportState, event: LifecycleEvent): ReportState | null {
  return (TRANSITIONS[state] as Partial<Record<LifecycleEvent, ReportState>>)[event] ?? null;
}

const STATE_WORDS: Record<ReportState, string> = {
  new: "received, not yet acknowledged",
  triage: "acknowledged, awaiting a detailed response",
  accepted: "confirmed, a fix is being prepared",
  fixed: "fixed in every affected supported line",
  drafted: "the public advisory is drafted",
  published: "published",
  rejected: "closed as not a vulnerability",
  withdrawn: "withdrawn",
};

export const describeState = (s: ReportState): string => STATE_WORDS[s];
