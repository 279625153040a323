/**
 * `npm run bench`: what the bot costs, measured in one run, side by side with its baselines.
 * Prints a markdown report (the README's Performance section is one such report).
 *   npm run bench -- ignored lifecycle reconcile sweep memory inputs startup   (default: all)
 * PostgreSQL parts use BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) and
 * are skipped, saying so, when it does not answer.
 */
import { cpus, totalmem } from "node:os";
import pg from "pg";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchIgnored } from "./ignored.js";
import { benchLifecycle } from "./lifecycle.js";
import { benchInputs } from "./inputs.js";
import { benchMemory } from "./memory.js";
import { benchReconcile } from "./reconcile.js";
import { benchStartup } from "./startup.js";
import { benchSweep, type SweepResult } from "./sweep.js";

/** Whether a PostgreSQL server answers at `url`. */
async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

const parts = process.argv.slice(2).length ? process.argv.slice(2) : ["ignored", "lifecycle", "reconcile", "sweep", "memory", "inputs", "startup"];
const out: string[] = [];
const say = (line = "") => {
  out.push(line);
  console.log(line);
};

const dir = mkdtempSync(join(tmpdir(), "spb-bench-"));
try {
  say(`## Performance`);
  say();
  say(`Measured by \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`);

  if (parts.includes("ignored")) {
    const r = await benchIgnored();
    say();
    say(`### 1. Events the bot ignores`);
    say();
    say(`${r.events} signed deliveries per run (comments without a command on a public issue; pushes to the default branch and to another branch touching neither file), 8 at a time over HTTP from a separate process; ${r.pairs} runs each, alternating; medians.`);
    say();
    say(`| server | events/s | p50 ms | p99 ms | server CPU µs/event |`);
    say(`| --- | --- | --- | --- | --- |`);
    say(`| security-policy-bot | ${r.app.perSecond} | ${r.app.p50} | ${r.app.p99} | ${r.app.cpuPerEvent} |`);
    say(`| Probot, an app with no handlers | ${r.empty.perSecond} | ${r.empty.p50} | ${r.empty.p99} | ${r.empty.cpuPerEvent} |`);
    say();
    say(`Rate ratio: **${r.ratio}** of the empty app's (median; per run ${r.ratios.join(", ")}). By server CPU per event, the steadier figure on a shared machine: **${r.cpuRatio}**. GitHub API calls: **${r.apiCalls}**.`);
  }
  if (parts.includes("lifecycle")) {
    const { cold, warm } = await benchLifecycle();
    say();
    say(`### 2. A whole report's life`);
    say();
    say("Requests the app made to the GitHub stand-in per step (token exchanges left out). Cold: a fresh process, a repository never seen, the steps hours and days apart as in life (caches lapse between them). Warm: a second report on the same repository right after, its steps a minute apart (every cache holds). Poll reads are what the reconciler must read to see a comment at all (GitHub sends no webhook for advisory comments): the listing (a 304 when nothing changed) and the new comments. Check reads are the report check's for the tracking issue (issue 10): the tags when the report names a version, the files it names (at most 5), and the repository's other advisories when the ledger knows one, for duplicates.");
    say();
    say(`| step | cold: reads + poll + check / writes | warm: reads + poll + check / writes | budget (warm): reads / writes | within | what the requests are |`);
    say(`| --- | --- | --- | --- | --- | --- |`);
    cold.forEach((c, i) => {
      const w = warm[i]!;
      const within = w.writes <= w.budgetWrites && w.reads <= w.budgetReads ? "yes" : `**no** (${w.reads - w.budgetReads > 0 ? `+${w.reads - w.budgetReads} read` : ""}${w.writes > w.budgetWrites ? ` +${w.writes - w.budgetWrites} write` : ""})`;
      say(`| ${c.step} | ${c.reads} + ${c.pollReads} + ${c.checkReads} / ${c.writes} | ${w.reads} + ${w.pollReads} + ${w.checkReads} / ${w.writes} | ${w.budgetReads} / ${w.budgetWrites} | ${within} | ${w.effects} |`);
    });
  }
  if (parts.includes("reconcile")) {
    const r = await benchReconcile();
    say();
    say(`### 3. The reconciler`);
    say();
    say(`${r.orgs} organisations × ${r.advisories / r.orgs} advisories (${r.advisories}), ${r.changedPerCycle} advisories (1%) getting a comment between cycles; ${r.cycles} cycles measured after a first one that learns every list; medians.`);
    say();
    say(`| requests per cycle | goal (organisations + changed advisories) | listings | of them 304 | comment reads | unchanged organisations answered 304 | time per cycle | token exchanges (all cycles) |`);
    say(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
    say(`| ${r.requests} | ${r.goal} | ${r.listings} | ${r.notModified} | ${r.commentReads} | ${r.unchangedAs304}% | ${r.msPerCycle} ms | ${r.tokenExchanges} |`);
  }
  if (parts.includes("sweep")) {
    const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
    const results: SweepResult[] = [await benchSweep("sqlite", url)];
    if (await answers(url)) results.push(await benchSweep("postgres", url));
    say();
    say(`### 4. The deadline sweep`);
    say();
    say(`${results[0]!.reports} open reports (100 installations × 10 repositories × 100), each installation with a tracker and its dashboard. Nothing due: the median of 20 sweeps a minute apart. 100 due: 100 reminders posted to the GitHub stand-in (in this process) and the 10 dashboards they change rewritten; the median of 3.`);
    say();
    say(`| ledger | sweep, nothing due | sweep, 100 due | reminders posted | dashboards rewritten |`);
    say(`| --- | --- | --- | --- | --- |`);
    for (const r of results) say(`| ${r.database} | ${r.nothingDue} ms | ${r.hundredDue} ms | ${r.posted} | ${r.dashboardsWritten} |`);
    if (results.length === 1) say(`\nPostgreSQL at ${url.replace(/\/\/[^@]*@/, "//")} did not answer: its row is missing (set BENCH_DATABASE_URL).`);
  }
  if (parts.includes("memory")) {
    const r = await benchMemory();
    say();
    say(`### 5. Memory`);
    say();
    say(`${r.installations} installations, each with its own organisation and repository: a comment without a command, a push touching neither file, and a repository made private (handled: taken in the ledger, the visibility written) — ${r.deliveries} signed deliveries over HTTP. The app's process, after a full GC:`);
    say();
    say(`| resident at start | resident after | heap after | GitHub API calls |`);
    say(`| --- | --- | --- | --- |`);
    say(`| ${r.rssBeforeMb} MB | **${r.rssAfterMb} MB** | ${r.heapAfterMb} MB | ${r.apiCalls} |`);
  }
  if (parts.includes("inputs")) {
    const rows = benchInputs();
    say();
    say(`### 6. Hostile inputs`);
    say();
    say("What reading a hostile input costs, next to what receiving the webhook that carries it costs any app (JSON.parse and the HMAC check), measured in the same run; medians of 7. Commands are looked for in the first 64 KiB of a comment, a policy is read up to its caps, so the cost levels off.");
    say();
    say(`| input | size | work | time | receiving it | ratio |`);
    say(`| --- | --- | --- | --- | --- | --- |`);
    for (const r of rows) say(`| ${r.input} | ${r.size} | ${r.work} | ${r.ms} ms | ${r.receiveMs} ms | ${r.ratio}× |`);
  }
  if (parts.includes("startup")) {
    const r = await benchStartup();
    say();
    say(`### 7. Start-up`);
    say();
    say(`From starting the process to its port accepting a connection, a fresh process each time (credentials set, a new SQLite ledger), the three alternating; medians of ${r.runs}.`);
    say();
    say(`| start | time to a listening port | ratio to the empty Probot app |`);
    say(`| --- | --- | --- |`);
    say(`| Probot, an app with no handlers (\`run\`) | ${r.empty} ms | 1 |`);
    say(`| \`npm start\` (the built app) | ${r.npmStart} ms | **${r.ratioNow}** |`);
    say(`| \`npm run build && node lib/main.js\` (the start it replaced) | ${r.rebuilding} ms | ${r.ratioBefore} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
