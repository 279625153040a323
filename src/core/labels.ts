/** The labels of PRODUCT.md, with the colour and description the bot creates them with. */
import { isOpen, type Report } from "./report.js";

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export const SECURITY_REPORT = "security-report";
export const SLA_OVERDUE = "sla: overdue";
export const NEEDS_INFO = "needs-info";

const SEVERITY_COLORS: Record<string, string> = { critical: "b60205", high: "d93f0b", medium: "fbca04", low: "0e8a16" };

export function labelSpec(name: string): LabelSpec {
  if (name === SECURITY_REPORT) return { name, color: "b60205", description: "A vulnerability report handled by security-policy-bot" };
  if (name === SLA_OVERDUE) return { name, color: "e11d21", description: "A promise of the security policy was missed" };
  if (name === NEEDS_INFO) return { name, color: "d4c5f9", description: "Waiting for the reporter" };
  if (name.startsWith("affects: ")) return { name, color: "fbca04", description: "A supported release line this report affects" };
  if (name.startsWith("unsupported: ")) return { name, color: "cfd3d7", description: "An unsupported release line this report affects" };
  if (name.startsWith("severity: ")) return { name, color: SEVERITY_COLORS[name.slice(10)] ?? "ededed", description: "Severity of the vulnerability" };
  return { name, color: "ededed", description: "" };
}

/** GitHub limits label names to 50 characters. */
const fit = (s: string): string => (s.length > 50 ? s.slice(0, 50) : s);

/** Escalated for a missed response deadline and still unanswered. */
export function markedOverdue(r: Pick<Report, "state" | "respondedAt" | "reminders">): boolean {
  return isOpen(r.state) && r.respondedAt === null && r.reminders.some((k) => k.startsWith("escalation@"));
}

type Labelled = Pick<Report, "affected" | "unsupported" | "severity" | "state" | "respondedAt" | "reminders" | "pausedAt"> & Partial<Pick<Report, "checklistMissing">>;

/** The labels a report's tracking (or report) issue should carry. */
export function reportLabels(r: Labelled): string[] {
  return [
    SECURITY_REPORT,
    ...r.affected.map((row) => fit(`affects: ${row}`)),
    ...r.unsupported.map((row) => fit(`unsupported: ${row}`)),
    ...(r.severity ? [`severity: ${r.severity}`] : []),
    // Waiting for the reporter: a question asked with /needs-info, or items of the policy's checklist missing.
    ...(r.pausedAt !== null || (isOpen(r.state) && (r.checklistMissing?.length ?? 0) > 0) ? [NEEDS_INFO] : []),
    ...(markedOverdue(r) ? [SLA_OVERDUE] : []),
  ];
}
