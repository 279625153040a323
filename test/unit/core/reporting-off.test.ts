/** Which repositories a tracker asks to enable private vulnerability reporting in (pure). */
import { describe, expect, it } from "@jest/globals";
import { reportingOff, type RepoHealthRow } from "../../../src/core/dashboard.js";
import { REPORTING_DISABLED, warningsWithReporting } from "../../../src/core/policy-health.js";

const row = (repository: string, reporting: boolean | null, isPrivate?: boolean): RepoHealthRow => ({ repository, conclusion: "success", rows: 2, failures: [], warnings: [], reporting, ...(isPrivate === undefined ? {} : { private: isPrivate }) });

describe("reportingOff", () => {
  it("names public repositories known to have it off, sorted, each with its settings page", () => {
    expect(reportingOff([row("acme/web", false, false), row("acme/api", false), row("acme/cli", true, false)], "acme", "https://github.com")).toEqual({
      repositories: [
        { repository: "acme/api", settingsUrl: "https://github.com/acme/api/settings/security_analysis" },
        { repository: "acme/web", settingsUrl: "https://github.com/acme/web/settings/security_analysis" },
      ],
      organisation: "acme",
    });
  });

  it("leaves out private repositories (GitHub offers it for public ones only) and unknowns (the app may not ask)", () => {
    expect(reportingOff([row("acme/tracker", false, true), row("acme/secret", null, false)], "acme", "https://github.com")).toBeNull();
    expect(reportingOff([], null, "https://github.com")).toBeNull();
  });

  it("links an Enterprise Server's own settings pages", () => {
    expect(reportingOff([row("acme/api", false, false)], null, "https://ghe.example.com/")).toEqual({
      repositories: [{ repository: "acme/api", settingsUrl: "https://ghe.example.com/acme/api/settings/security_analysis" }],
      organisation: null,
    });
  });
});

describe("warningsWithReporting", () => {
  const other = "The policy promises no acknowledgement time; the bot uses 3 business days.";
  it("drops the disabled warning once reporting is on or unknown, and keeps the rest", () => {
    expect(warningsWithReporting([other, REPORTING_DISABLED], true)).toEqual([other]);
    expect(warningsWithReporting([other, REPORTING_DISABLED], null)).toEqual([other]);
  });
  it("keeps it once while reporting is off", () => {
    expect(warningsWithReporting([other, REPORTING_DISABLED], false)).toEqual([other, REPORTING_DISABLED]);
    expect(warningsWithReporting([other], false)).toEqual([other, REPORTING_DISABLED]);
  });
});
