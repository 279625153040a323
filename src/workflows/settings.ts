/** From a repository's cached settings to what the decisions need. */
import { formatProblems } from "../config/validate.js";
import { calendarOf } from "../core/calendar.js";
import type { IntakeSettings } from "../core/intake.js";
import { keptPromises } from "../core/promises.js";
import { disclosePromise } from "../core/disclosure-deadline.js";
import type { RepoSettings } from "../github/repo-settings.js";

export function intakeSettings(s: RepoSettings): IntakeSettings {
  const { config, policy } = s;
  return {
    policy,
    policySource: s.policySource,
    promises: keptPromises(policy, config.sla),
    calendar: calendarOf(config),
    handlers: config.handlers,
    tracker: config.tracker,
    configProblems: formatProblems(s.configProblems),
    disclose: disclosePromise(policy, config.sla),
    share: { collaborators: config.collaborators ?? { teams: [], users: [] }, handlerCredit: config.handler_credit ?? null },
  };
}
