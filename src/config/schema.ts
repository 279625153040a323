/**
 * The one description of `.github/security-policy-bot.yml`: types, defaults and the words
 * users see. `schema.json` (for editors) and the README's config reference come from here.
 */
import { z } from "zod";
import { isKnownTimeZone } from "../core/calendar.js";

const login = z
  .string()
  .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "a GitHub login such as alice")
  .transform((s) => s.replace(/^@/, ""));
const team = z
  .string()
  .regex(/^@?(?:[A-Za-z0-9][A-Za-z0-9-]*\/)?[A-Za-z0-9][A-Za-z0-9_.-]*$/, "a team slug such as security (or my-org/security)")
  .transform((s) => s.replace(/^@/, ""));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date such as 2026-12-25");
const days = (max: number) => z.number().int().min(0).max(max);

/** The messages a template may replace (the others carry structure the bot reads back, or are for maintainers). */
export const MESSAGE_KINDS = ["acknowledgement", "reply", "reminder", "eta-reminder", "escalation", "fix-released", "published", "moved"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const ECOSYSTEMS = [
  "rubygems", "npm", "pip", "maven", "nuget", "composer", "go", "rust", "erlang", "actions", "pub", "other", "swift",
] as const;

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;

/** GitHub's advisory credit types (the repository advisory API's `credits[].type`). */
export const CREDIT_TYPES = ["analyst", "finder", "reporter", "coordinator", "remediation_developer", "remediation_reviewer", "remediation_verifier", "tool", "sponsor", "other"] as const;

export const configSchema = z
  .strictObject({
    tracker: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/, "owner/name of a private repository")
      .nullable()
      .default(null)
      .describe("Private repository (owner/name) for tracking issues and the security dashboard. Refused if it is public."),
    handlers: z
      .array(login)
      .max(100)
      .default([])
      .describe("Primary handlers, assigned round-robin: the one with the fewest open reports first, ties in this order."),
    maintainers: z
      .strictObject({
        users: z.array(login).default([]).describe("Users who may run commands besides those with write access."),
        teams: z.array(team).default([]).describe("Teams (slugs in the repository's organisation) whose members may run commands; also mentioned in escalations."),
      })
      .prefault({})
      .describe("Who may run slash-commands besides repository admins, maintainers and writers."),
    collaborators: z
      .strictObject({
        teams: z.array(team).max(20).default([]).describe("Teams (slugs in the repository's organisation) added to every report's advisory as collaborators, so GitHub notifies them."),
        users: z.array(login).max(50).default([]).describe("Users added to every report's advisory as collaborators."),
      })
      .prefault({})
      .describe("Who is made a collaborator on every report's advisory at intake (added to those already there; nobody is removed)."),
    handler_credit: z
      .enum(CREDIT_TYPES)
      .nullable()
      .default(null)
      .describe("Credit the primary handler in the advisory with this credit type (e.g. coordinator) at intake. Default: no credit."),
    policy: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe("Path of the policy in the repository. Default: SECURITY.md, .github/SECURITY.md, docs/SECURITY.md, then the organisation's .github repository."),
    sla: z
      .strictObject({
        acknowledge_days: days(60).nullable().default(null).describe("Business days to acknowledge a report. Default: read from the policy, else 3."),
        respond_days: days(180).nullable().default(null).describe("Business days to a detailed response. Default: read from the policy, else 10."),
        remind_before_days: days(30).default(2).describe("Business days before the response deadline at which the handler is reminded."),
        disclose_days: days(730).nullable().default(null).describe("Calendar days from receipt to the disclosure deadline (reminders 14 and 7 days before, escalation on the day). Default: read from the policy's prose (\"we disclose within 90 days\"), else no disclosure deadline; 0 turns it off even where the policy states one."),
        needs_info_days: days(90).default(10).describe("Business days a /needs-info question may stay unanswered before the reporter gets one kind reminder; after as many again the handler is told /reject no-response is open to them."),
        timezone: z.string().refine(isKnownTimeZone, "an IANA time zone such as UTC or Europe/Berlin").default("UTC").describe("IANA time zone in which business days are counted, e.g. Europe/Berlin."),
        holidays: z.array(isoDate).default([]).describe("ISO dates that are not business days."),
        update_days: z
          .partialRecord(z.enum(SEVERITIES), days(365))
          .default({})
          .describe("Per severity, business days without a maintainer comment after which the handler is nudged, e.g. { critical: 2, high: 7 }."),
      })
      .prefault({})
      .describe("The promises' clocks."),
    package: z
      .strictObject({
        ecosystem: z.enum(ECOSYSTEMS).describe("Advisory database ecosystem."),
        name: z.string().min(1).describe("Package name as published."),
      })
      .nullable()
      .default(null)
      .describe("The package the advisory names. Default: inferred from package.json, pyproject.toml, go.mod, Cargo.toml, composer.json, pom.xml …"),
    tag_pattern: z
      .string()
      .refine((s) => s.includes("{version}"), "a pattern containing {version}, such as v{version} or name@{version}")
      .default("v{version}")
      .describe("How release tags name versions: v{version}, {version}, name@{version}."),
    public_issues: z
      .strictObject({
        detect: z.boolean().default(true).describe("Flag public issues and comments that read like vulnerability reports to the security team (a link, no quote)."),
        move: z.boolean().default(false).describe("Move such issues out of public view without waiting for a maintainer."),
        words: z.array(z.string().min(2)).nullable().default(null).describe("Words and phrases that suggest a vulnerability report. Default: a built-in list."),
        patterns: z.array(z.string().min(1)).default([]).describe("Extra regular expressions (case-insensitive) that suggest a report."),
      })
      .prefault({})
      .describe("What happens when a report lands in a public issue."),
    support: z
      .strictObject({
        lines: z.number().int().min(1).max(50).nullable().default(null).describe("How many newest release lines are supported; the table-upkeep pull request marks older lines unsupported."),
      })
      .prefault({})
      .describe("Keeping the Supported Versions table current."),
    auto_publish: z.boolean().default(false).describe("Publish the advisory as soon as it is drafted, instead of waiting for /publish."),
    messages: z
      .partialRecord(z.enum(MESSAGE_KINDS), z.string().min(1).max(20000))
      .default({})
      .describe("Message templates that replace the bot's own, by kind; {{placeholders}} as in the README."),
  })
  .describe("security-policy-bot configuration (.github/security-policy-bot.yml)");

export type Config = z.output<typeof configSchema>;
