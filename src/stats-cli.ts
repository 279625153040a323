/**
 * `security-policy-bot stats [--json | --csv] [--repo OWNER/NAME] [--months N | --since YYYY-MM] [--until YYYY-MM]`:
 * figures per month and repository, read from the ledger that DATABASE_URL names (the same
 * reading as the bot's, store/database.ts). Thin: reads the ledger, asks core/stats, prints
 * render/stats. Errors are one line and a non-zero exit (2: the arguments, 1: the ledger),
 * never a stack trace.
 */
import { existsSync } from "node:fs";
import { CliError } from "./cli-error.js";
import { calendarOf, UTC_CALENDAR, type Calendar } from "./core/calendar.js";
import { isMonth, lastMonths, monthlyStats, monthOf, monthsBetween, monthStart } from "./core/stats.js";
import type { Report } from "./core/report.js";
import { statsCsv, statsJson, statsText, type StatsReport } from "./render/stats.js";
import { databaseTarget, openStore, type Store } from "./store/index.js";

export const STATS_USAGE = `Usage: security-policy-bot stats [--json | --csv] [--repo OWNER/NAME] [--months N | --since YYYY-MM] [--until YYYY-MM]

Prints, per month of receipt (UTC) and repository, the reports received, the median time to
acknowledge (hours) and to respond, fix and publish (business days of the repository's policy
calendar), the promises kept (acknowledge and respond: kept of those decided) and the outcomes
(published, rejected by reason, withdrawn, open). Reads the ledger DATABASE_URL names (a
SQLite path, default ./data/security-policy-bot.sqlite, or a postgres:// URL).

  --json        machine-readable output
  --csv         one header row, then one row per month and repository (RFC 4180)
  --repo R      only this repository (owner/name)
  --months N    the last N months, this one included (default 12)
  --since M     from month M (YYYY-MM) on
  --until M     up to month M (YYYY-MM) included (default: this month)
`;

export interface StatsArgs {
  format: "text" | "json" | "csv";
  repository: string | null;
  from: string;
  to: string;
}

const value = (rest: string[], i: number, option: string, example: string): string => {
  const v = rest[i];
  if (v === undefined || v.startsWith("--")) throw new CliError(`${option} needs a value, e.g. ${option} ${example}`, 2);
  return v;
};

const month = (v: string, option: string): string => {
  if (!isMonth(v)) throw new CliError(`${option} needs a month written YYYY-MM, e.g. ${option} 2026-01; got "${v}"`, 2);
  return v;
};

export function parseStatsArgs(rest: string[], now: number): { help: true } | { help: false; args: StatsArgs } {
  let format: StatsArgs["format"] | null = null;
  let repository: string | null = null;
  let months: number | null = null;
  let since: string | null = null;
  let until: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--help" || a === "-h") return { help: true };
    if (a === "--json" || a === "--csv") {
      const f = a === "--json" ? "json" : "csv";
      if (format !== null && format !== f) throw new CliError("--json and --csv go one at a time", 2);
      format = f;
    } else if (a === "--repo") {
      repository = value(rest, ++i, a, "octo-org/octo-repo");
      if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new CliError(`--repo needs owner/name, e.g. --repo octo-org/octo-repo; got "${repository}"`, 2);
    } else if (a === "--months") {
      const v = value(rest, ++i, a, "12");
      months = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
      if (!(months >= 1 && months <= 1200)) throw new CliError(`--months needs a whole number from 1 to 1200; got "${v}"`, 2);
    } else if (a === "--since") since = month(value(rest, ++i, a, "2026-01"), a);
    else if (a === "--until") until = month(value(rest, ++i, a, "2026-12"), a);
    else if (a.startsWith("-")) throw new CliError(`unknown option "${a}"; see security-policy-bot stats --help`, 2);
    else throw new CliError(`stats takes no FILE or DIR ("${a}"); it reads the ledger DATABASE_URL names`, 2);
  }
  if (months !== null && since !== null) throw new CliError("--months and --since go one at a time", 2);
  const to = until ?? monthOf(now);
  const from = since ?? lastMonths(monthStart(to), months ?? 12)[0]!;
  if (!monthsBetween(from, to).length) throw new CliError(`--since ${from} is after --until ${to}`, 2);
  return { help: false, args: { format: format ?? "text", repository, from, to } };
}

/** Where the ledger is, for messages: never a password. */
function describeTarget(kind: string, location: string): string {
  if (kind !== "postgres") return location;
  try {
    const u = new URL(location);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "postgres (DATABASE_URL)";
  }
}

/** The first line of what went wrong, with AggregateError's (connection refused on every address) looked into. */
function reason(e: unknown): string {
  const err = e as Error & { code?: string; errors?: unknown[] };
  const text = err?.message || (err?.errors?.length ? reason(err.errors[0]) : "") || err?.code || String(e);
  return text.split("\n")[0]!;
}

async function openLedger(env: NodeJS.ProcessEnv): Promise<Store> {
  let target;
  try {
    target = databaseTarget(env.DATABASE_URL);
  } catch (e) {
    throw new CliError(reason(e));
  }
  const where = describeTarget(target.kind, target.location);
  // Opening a SQLite path that does not exist would create an empty ledger: say so instead.
  if (target.kind === "sqlite" && target.location !== ":memory:" && !existsSync(target.location)) {
    throw new CliError(`no ledger at ${where}${env.DATABASE_URL?.trim() ? "" : " (DATABASE_URL is not set)"}; set DATABASE_URL to the bot's database`);
  }
  try {
    return await openStore(target, { poolSize: 2 });
  } catch (e) {
    // "ledger migration unknown failed": no migration ran, the database did not answer.
    throw new CliError(`cannot read the ledger at ${where}: ${reason(e).replace(/^ledger migration unknown failed: (Error: )?/, "")}`);
  }
}

/** Reports received from the first month's start to the last month's end, and each repository's calendar. */
async function readLedger(store: Store, args: StatsArgs): Promise<{ reports: Report[]; calendars: Map<number, Calendar> }> {
  const reports = await store.reports.receivedBetween(monthStart(args.from), monthStart(args.to, 1));
  const calendars = new Map<number, Calendar>();
  for (const { id, config } of await store.repos.allConfigs<{ sla?: { timezone: string; holidays: string[] } }>()) {
    if (config?.sla) calendars.set(id, calendarOf({ sla: config.sla }));
  }
  return { reports, calendars };
}

export async function stats(args: StatsArgs, env: NodeJS.ProcessEnv, now: number): Promise<string> {
  const store = await openLedger(env);
  try {
    const { reports, calendars } = await readLedger(store, args).catch((e: unknown) => {
      throw new CliError(`cannot read the ledger: ${reason(e)}`);
    });
    const report: StatsReport = {
      from: args.from,
      to: args.to,
      repository: args.repository,
      rows: monthlyStats(reports, (r) => calendars.get(r.repoId) ?? UTC_CALENDAR, now, { from: args.from, to: args.to, repository: args.repository }),
    };
    return args.format === "json" ? statsJson(report) : args.format === "csv" ? statsCsv(report) : statsText(report);
  } finally {
    await store.close().catch(() => undefined);
  }
}

/** `security-policy-bot stats …` (the arguments after "stats"); resolves to the exit code. */
export async function runStats(rest: string[], out: (s: string) => void, err: (s: string) => void, now: number, env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const parsed = parseStatsArgs(rest, now);
    if (parsed.help) {
      out(STATS_USAGE);
      return 0;
    }
    out(await stats(parsed.args, env, now));
    return 0;
  } catch (e) {
    err(`security-policy-bot: ${e instanceof CliError ? e.message : reason(e)}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}
