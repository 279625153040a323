/**
 * `security-policy-bot check [FILE|DIR] [--json]`: how the bot reads a policy, offline;
 * `check --repo owner/name` reads it from GitHub first (github/remote-policy.ts).
 * Thin: reads files, asks the core, prints the render. Errors are one clear line and a
 * non-zero exit, never a stack trace.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { CliError } from "./cli-error.js";
import { CONFIG_PATH } from "./config/paths.js";
import { formatProblems, validateConfig } from "./config/validate.js";
import { calendarOf } from "./core/calendar.js";
import { readPolicy } from "./core/policy/read-policy.js";
import { keptPromises } from "./core/promises.js";
import { disclosePromise } from "./core/disclosure-deadline.js";
import { POLICY_PATHS } from "./github/policy-file.js";
import { policyJson, policySummary } from "./render/policy-summary.js";
import { readRemote, remoteClient, RemoteError } from "./github/remote-policy.js";
import type { GitHub } from "./github/octokit.js";
import type { IntakeSettings } from "./core/intake.js";
import { writePreview } from "./workflows/write-preview.js";
import { runStats } from "./stats-cli.js";

export const USAGE = `Usage: security-policy-bot check [FILE|DIR | --repo OWNER/NAME [--writes]] [--json] [--now ISO-TIME]
       security-policy-bot stats [--json | --csv] [--repo OWNER/NAME] [--months N | --since YYYY-MM] (see stats --help)

Prints how security-policy-bot reads a SECURITY.md: the supported-versions rows and what
each means, the promises it will keep, what it asks a report to include, and the due dates
for a report received now.

  FILE        a policy file (markdown)
  DIR         a repository checkout: reads SECURITY.md, .github/SECURITY.md or docs/SECURITY.md,
              and ${CONFIG_PATH} when present (default: the current directory)
  --repo R    a repository on GitHub (owner/name): reads its policy and config as the app would,
              with GITHUB_TOKEN when set, else anonymously (60 requests an hour)
  --writes    with --repo: also what the bot would write on a new report (a dry run of its writer:
              the privacy guard's verdicts included, nothing sent)
  --json      machine-readable output
  --now T     pretend the report arrives at T (ISO 8601), for the due dates
`;

interface CheckArgs {
  target: string;
  /** owner/name on GitHub, instead of a local target. */
  repo: string | null;
  json: boolean;
  now: number;
  /** With --repo: also the writer's dry run of a report's intake. */
  writes: boolean;
}

export function parseArgs(argv: string[], now: number): { command: "help" } | { command: "check"; args: CheckArgs } {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") return { command: "help" };
  if (command !== "check") throw new CliError(`unknown command "${command}"; try: security-policy-bot check [FILE|DIR] [--json], or security-policy-bot stats`, 2);
  const args: CheckArgs = { target: ".", repo: null, json: false, now, writes: false };
  let targetSeen = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--json") args.json = true;
    else if (a === "--writes") args.writes = true;
    else if (a === "--help" || a === "-h") return { command: "help" };
    else if (a === "--now") {
      const t = Date.parse(rest[++i] ?? "");
      if (Number.isNaN(t)) throw new CliError("--now needs an ISO 8601 time, e.g. 2026-11-27T18:30:00Z", 2);
      args.now = t;
    } else if (a === "--repo") {
      const r = rest[++i];
      if (!r || r.startsWith("-")) throw new CliError("--repo needs owner/name, e.g. --repo octo-org/octo-repo", 2);
      args.repo = r;
    } else if (a.startsWith("-")) throw new CliError(`unknown option "${a}"; see security-policy-bot --help`, 2);
    else if (targetSeen) throw new CliError(`one FILE or DIR only, got "${args.target}" and "${a}"`, 2);
    else {
      args.target = a;
      targetSeen = true;
    }
  }
  if (args.writes && args.repo === null) throw new CliError("--writes goes with --repo owner/name (it asks GitHub what the tracker's visibility is)", 2);
  if (args.repo !== null && targetSeen) throw new CliError(`either a FILE or DIR, or --repo; got both "${args.target}" and --repo ${args.repo}`, 2);
  return { command: "check", args };
}

function readText(path: string): string {
  const buf = readFileSync(path);
  if (buf.includes(0)) throw new CliError(`${path} is not a text file (it contains NUL bytes)`);
  return buf.toString("utf8");
}

/** Finds the policy (and the config next to it when the target is a directory). */
function locate(target: string): { policyPath: string; configPath: string | null } {
  if (!existsSync(target)) throw new CliError(`no such file or directory: ${target}`);
  if (statSync(target).isFile()) return { policyPath: target, configPath: null };
  const found = POLICY_PATHS.map((p) => join(target, p)).find((p) => existsSync(p) && statSync(p).isFile());
  if (!found) throw new CliError(`no security policy in ${target} (looked for ${POLICY_PATHS.join(", ")})`);
  const config = join(target, CONFIG_PATH);
  return { policyPath: found, configPath: existsSync(config) ? config : null };
}

export function check(args: CheckArgs): string {
  const { policyPath, configPath } = locate(args.target);
  const source = relative(process.cwd(), policyPath).startsWith("..") ? policyPath : relative(process.cwd(), policyPath) || policyPath;
  return reading(args, { text: readText(policyPath), source }, configPath ? readText(configPath) : null);
}

/** A policy text and config YAML as the bot reads them. */
function readBoth(file: { text: string; source: string }, configText: string | null) {
  const policy = readPolicy(file.text);
  let raw: unknown;
  const configProblems: string[] = [];
  if (configText !== null) {
    try {
      raw = parseYaml(configText);
    } catch (e) {
      configProblems.push(`${CONFIG_PATH} is not valid YAML (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); using the defaults.`);
    }
  }
  const { config, problems } = validateConfig(raw);
  configProblems.push(...formatProblems(problems).map((p) => `${CONFIG_PATH}: ${p}`));
  return { policy, config, configProblems };
}

/** The reading of a policy text (and config YAML), rendered. */
function reading(args: CheckArgs, file: { text: string; source: string }, configText: string | null): string {
  const { policy, config, configProblems } = readBoth(file, configText);
  const r = {
    policy,
    source: file.source,
    promises: keptPromises(policy, config.sla),
    calendar: calendarOf(config),
    configProblems,
    now: args.now,
    disclose: disclosePromise(policy, config.sla),
  };
  return args.json ? `${policyJson(r)}\n` : policySummary(r);
}

/** `check --repo`: the same reading, of the files on GitHub; with --writes, the writer's dry run of a report's intake. */
export async function checkRemote(args: CheckArgs, env: NodeJS.ProcessEnv): Promise<string> {
  const client = remoteClient(env);
  const files = await readRemote(client, args.repo!, !!env.GITHUB_TOKEN);
  const text = reading(args, files.policy, files.config);
  if (!args.writes) return text;
  const { policy, config, configProblems } = readBoth(files.policy, files.config);
  const settings: IntakeSettings = { policy, policySource: files.policy.source, promises: keptPromises(policy, config.sla), calendar: calendarOf(config), handlers: config.handlers, tracker: config.tracker, configProblems };
  return `${text}\n${await writePreview(client as unknown as GitHub, args.repo!, settings, config, args.now)}`;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void, now = Date.now(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    if (argv[0] === "stats") return await runStats(argv.slice(1), out, err, now, env);
    const parsed = parseArgs(argv, now);
    if (parsed.command === "help") {
      out(USAGE);
      return 0;
    }
    out(parsed.args.repo !== null ? await checkRemote(parsed.args, env) : check(parsed.args));
    return 0;
  } catch (e) {
    if (e instanceof CliError || e instanceof RemoteError) {
      err(`security-policy-bot: ${e.message}\n`);
      return e.exitCode;
    }
    const code = (e as NodeJS.ErrnoException).code;
    err(`security-policy-bot: ${code === "EACCES" ? "permission denied" : code === "EISDIR" ? "expected a file" : e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
