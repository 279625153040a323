/** The security dashboard issue (one per tracker), like Renovate's Dependency Dashboard. */
import type { DashboardMessage, ReportingOff } from "../core/dashboard.js";
import { renderTrend } from "./figures-chart.js";

export const DASHBOARD_TITLE = "Security dashboard";

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const pct = (x: { share: number | null; of: number }): string => (x.share === null ? "—" : `${Math.round(x.share * 100)}% of ${x.of}`);
const num = (x: number | null, unit: string): string => (x === null ? "—" : `${x} ${unit}`);
const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? "" : "s"}`;
/** Hours as people say them: minutes under an hour; "1 hour", not "1 hours". */
export const hoursText = (h: number | null): string => (h === null ? "—" : h < 1 ? plural(Math.round(h * 60), "minute") : plural(Math.round(h * 10) / 10, "hour"));

/** Where reporters cannot report privately, and how an admin turns private vulnerability reporting on. */
export function renderReportingOff(r: ReportingOff): string[] {
  const one = r.repositories.length === 1;
  const example = r.repositories[0]!.repository;
  const out = [
    "### Repositories without private vulnerability reporting",
    "",
    `Private vulnerability reporting is disabled in ${one ? "this repository" : `these ${r.repositories.length} repositories`}: reporters cannot open a private report there, so vulnerabilities may be reported in public issues or not at all.`,
    "",
    ...r.repositories.map((x) => `- [${x.repository}](${x.settingsUrl})`),
    "",
    `To enable it, an admin of ${one ? "the repository" : "each repository"} opens its **Settings → Advanced Security** (**Code security** on older GitHub and Enterprise Server) and, next to **Private vulnerability reporting**, clicks **Enable**; or calls \`PUT /repos/{owner}/{repo}/private-vulnerability-reporting\` (\`gh api -X PUT repos/${example}/private-vulnerability-reporting\`).`,
  ];
  if (r.organisation) {
    out.push(`For every public repository of ${r.organisation} at once, an organisation owner or security manager enables it in the organisation's **Settings → Advanced Security** (a security configuration with private vulnerability reporting enabled, applied to its public repositories).`);
  }
  out.push("", "This section is updated when repositories are added to the app and clears once the bot sees reporting enabled.");
  return out;
}

export function renderDashboard(m: DashboardMessage): string {
  const out = [
    `Open vulnerability reports tracked in ${m.tracker}, overdue first. Kept up to date by security-policy-bot; edits here are overwritten — comment in each report's tracking issue instead.`,
    "",
  ];
  if (m.open.length === 0) out.push("No open reports. 🎉");
  else {
    out.push("| Report | Repository | Severity | Handler | State | Received | Respond by | ETA | Disclose by | Affected | Fixed in |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const r of m.open) {
      const respond = r.respondBy === null ? (r.paused ? "paused (needs info)" : "answered") : r.overdue ? `**${r.respondBy} — overdue**` : r.respondBy;
      out.push(
        `| ${r.overdue ? "🚨 " : ""}${r.url ? `[${r.id}](${r.url})` : r.id} | ${r.repository} | ${r.severity ?? "—"} | ${r.handler ?? "—"} | ${cell(r.state)} | ${r.received} | ${respond} | ${r.eta ?? "—"} | ${r.discloseBy ? (r.disclosePassed ? `**${r.discloseBy} — passed**` : r.discloseBy) : "—"} | ${cell(r.affected.join(", ") || "—")} | ${cell(r.fixed.join(", ") || "—")} |`,
      );
    }
  }
  if (m.reportingOff) out.push("", ...renderReportingOff(m.reportingOff));
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
  if (m.trend?.length) out.push("", ...renderTrend(m.trend));
  if (m.outcomes?.length) out.push("", `**Outcomes** (reports received in the last 12 months): ${m.outcomes.map((o) => `${o.outcome} ${o.count}`).join(" · ")}`);
  if (m.health.length) {
    const yes = (b: boolean | null) => (b === null ? "unknown" : b ? "yes" : "**no**");
    out.push("", "### Repositories", "", "| Repository | Policy | Private reporting | Problems |", "| --- | --- | --- | --- |");
    for (const h of m.health) {
      const problems = [...h.failures.map((f) => `❌ ${f}`), ...h.warnings.map((w) => `⚠️ ${w}`)].map(cell).join("<br>") || "—";
      out.push(`| ${h.repository} | ${h.conclusion === "success" ? `readable (${h.rows} rows)` : "**not usable**"} | ${h.private ? "— (private)" : yes(h.reporting)} | ${problems} |`);
    }
  }
  if (m.capabilities) {
    const c = m.capabilities;
    const line = (ok: boolean | null, what: string, fix: string) => `- ${ok === null ? "➖" : ok ? "✅" : "❌"} ${what}${ok === false ? ` — ${fix}` : ""}`;
    out.push(
      "",
      "### What the app may do",
      "",
      line(c.orgListing, "list the organisation's advisories in one request", "make the app a security manager (Settings → Code security → Security managers) or the bot lists each repository instead"),
      line(c.advisoriesWrite, "write advisories (comments, state, credits, CVE requests)", "grant Repository security advisories: Read and write"),
      line(c.issuesWrite, "write issues (tracking issues, labels, this dashboard)", "grant Issues: Read and write"),
      line(c.checksWrite, "write the Security policy check run", "grant Checks: Read and write"),
    );
  }
  if (m.noCommentsApi.length) {
    out.push("", `The advisory comments API does not answer for ${m.noCommentsApi.join(", ")}: their reports' tracking issues are their threads (commands go there).`);
  }
  out.push("", `Updated ${m.day}.`);
  return out.join("\n");
}
