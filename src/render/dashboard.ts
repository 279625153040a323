/** The security dashboard issue (one per tracker), like Renovate's Dependency Dashboard. */
import type { DashboardMessage } from "../core/dashboard.js";

export const DASHBOARD_TITLE = "Security dashboard";

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const pct = (x: { share: number | null; of: number }): string => (x.share === null ? "—" : `${Math.round(x.share * 100)}% of ${x.of}`);
const num = (x: number | null, unit: string): string => (x === null ? "—" : `${x} ${unit}`);
/** Hours as people say them: minutes under an hour. */
export const hoursText = (h: number | null): string => (h === null ? "—" : h < 1 ? `${Math.round(h * 60)} minutes` : `${Math.round(h * 10) / 10} hours`);

export function renderDashboard(m: DashboardMessage): string {
  const out = [
    `Open vulnerability reports tracked in ${m.tracker}, overdue first. Kept up to date by security-policy-bot; edits here are overwritten — comment in each report's tracking issue instead.`,
    "",
  ];
  if (m.open.length === 0) out.push("No open reports. 🎉");
  else {
    out.push("| Report | Repository | Severity | Handler | State | Received | Respond by | ETA | Affected | Fixed in |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const r of m.open) {
      const respond = r.respondBy === null ? (r.paused ? "paused (needs info)" : "answered") : r.overdue ? `**${r.respondBy} — overdue**` : r.respondBy;
      out.push(
        `| ${r.overdue ? "🚨 " : ""}${r.url ? `[${r.id}](${r.url})` : r.id} | ${r.repository} | ${r.severity ?? "—"} | ${r.handler ?? "—"} | ${cell(r.state)} | ${r.received} | ${respond} | ${r.eta ?? "—"} | ${cell(r.affected.join(", ") || "—")} | ${cell(r.fixed.join(", ") || "—")} |`,
      );
    }
  }
  const f = m.figures;
  out.push(
    "",
    `### Last ${f.days} days (${f.reports} ${f.reports === 1 ? "report" : "reports"})`,
    "",
    "| | median time | promise kept |",
    "| --- | --- | --- |",
    `| Acknowledgement | ${hoursText(f.medianAckHours)} | ${pct(f.ackMet)} |`,
    `| Detailed response | ${num(f.medianRespondDays, "business days")} | ${pct(f.respondMet)} |`,
    `| Fix released | ${num(f.medianFixDays, "business days")} | |`,
    `| Advisory published | ${num(f.medianPublishDays, "business days")} | |`,
  );
  if (m.noCommentsApi.length) {
    out.push("", `The advisory comments API does not answer for ${m.noCommentsApi.join(", ")}: their reports' tracking issues are their threads (commands go there).`);
  }
  out.push("", `Updated ${m.day}.`);
  return out.join("\n");
}
