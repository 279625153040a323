/** The dashboard's section on repositories without private vulnerability reporting (pure). */
import { describe, expect, it } from "@jest/globals";
import { dashboard } from "../../../src/core/dashboard.js";
import { renderDashboard, renderReportingOff } from "../../../src/render/dashboard.js";

const NOW = Date.parse("2026-11-27T18:30:00Z");
const calendar = { timeZone: "UTC", holidays: [] };
const health = (repository: string, reporting: boolean | null, isPrivate = false) => ({ repository, conclusion: "success" as const, rows: 2, failures: [], warnings: [], reporting, private: isPrivate });

describe("renderReportingOff", () => {
  it("says where reporters are stuck and how an admin enables it, for one repository of a user", () => {
    expect(renderReportingOff({ repositories: [{ repository: "jane/tool", settingsUrl: "https://github.com/jane/tool/settings/security_analysis" }], organisation: null })).toEqual([
      "### Repositories without private vulnerability reporting",
      "",
      "Private vulnerability reporting is disabled in this repository: reporters cannot open a private report there, so vulnerabilities may be reported in public issues or not at all.",
      "",
      "- [jane/tool](https://github.com/jane/tool/settings/security_analysis)",
      "",
      "To enable it, an admin of the repository opens its **Settings → Advanced Security** (**Code security** on older GitHub and Enterprise Server) and, next to **Private vulnerability reporting**, clicks **Enable**; or calls `PUT /repos/{owner}/{repo}/private-vulnerability-reporting` (`gh api -X PUT repos/jane/tool/private-vulnerability-reporting`).",
      "",
      "This section is updated when repositories are added to the app and clears once the bot sees reporting enabled.",
    ]);
  });

  it("offers the organisation-wide switch for an organisation's repositories", () => {
    const lines = renderReportingOff({
      repositories: [
        { repository: "acme/api", settingsUrl: "u1" },
        { repository: "acme/web", settingsUrl: "u2" },
      ],
      organisation: "acme",
    });
    expect(lines[2]).toBe("Private vulnerability reporting is disabled in these 2 repositories: reporters cannot open a private report there, so vulnerabilities may be reported in public issues or not at all.");
    expect(lines).toContain("For every public repository of acme at once, an organisation owner or security manager enables it in the organisation's **Settings → Advanced Security** (a security configuration with private vulnerability reporting enabled, applied to its public repositories).");
  });
});

describe("renderDashboard", () => {
  const render = (h: ReturnType<typeof health>[]) =>
    renderDashboard(dashboard({ tracker: "acme/security-tracker", reports: [], calendar, now: NOW, urlOf: () => null, noCommentsApi: [], health: h, organisation: "acme", webBase: "https://github.com" }));

  it("puts the section after the open reports, and marks private repositories as not applicable", () => {
    const body = render([health("acme/api", false), health("acme/security-tracker", null, true)]);
    expect(body.indexOf("No open reports.")).toBeLessThan(body.indexOf("### Repositories without private vulnerability reporting"));
    expect(body.indexOf("### Repositories without private vulnerability reporting")).toBeLessThan(body.indexOf("### Last 90 days"));
    expect(body).toContain("- [acme/api](https://github.com/acme/api/settings/security_analysis)");
    expect(body).toContain("| acme/api | readable (2 rows) | **no** | — |");
    expect(body).toContain("| acme/security-tracker | readable (2 rows) | — (private) | — |");
  });

  it("has no section when every public repository has it on", () => {
    expect(render([health("acme/api", true), health("acme/security-tracker", null, true)])).not.toContain("without private vulnerability reporting");
  });
});
