/** From a repository's cached settings to what the decisions need. */
import { formatProblems } from "../config/validate.js";
import { isKnownTimeZone } from "../core/calendar.js";
import type { IntakeSettings } from "../core/intake.js";
import { keptPromises } from "../core/promises.js";
import type { RepoSettings } from "../github/repo-settings.js";

export function intakeSettings(s: RepoSettings): IntakeSettings {
  const { config, policy } = s;
  return {
    policy,
    policySource: s.policySource,
    promises: keptPromises(policy, config.sla),
    calendar: { timeZone: isKnownTimeZone(config.sla.timezone) ? config.sla.timezone : "UTC", holidays: config.sla.holidays },
    handlers: config.handlers,
    tracker: config.tracker,
    configProblems: formatProblems(s.configProblems),
  };
}
