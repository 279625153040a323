/**
 * From start to a listening port, three ways, alternating in one run: an empty Probot app
 * (`probot`'s `run` with no handlers: the baseline), `npm start` as it is (the built app), and
 * the start it replaced (`npm run build && node lib/main.js`: TypeScript compiled on every start).
 * Each is a fresh process with credentials, a SQLite ledger in a temporary folder and a free port;
 * the time is until a TCP connection to the port is accepted.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRIVATE_KEY, SECRET } from "./util.js";

const ROOT = new URL("../../..", import.meta.url).pathname;

export interface StartupResult {
  runs: number;
  empty: number;
  npmStart: number;
  rebuilding: number;
  ratioNow: number;
  ratioBefore: number;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = connect(port, "127.0.0.1");
    c.once("connect", () => (c.destroy(), resolve(true)));
    c.once("error", () => resolve(false));
  });

/** Milliseconds from spawning `command` to its port accepting a connection; then stops it. */
async function timeToPort(command: string[], env: Record<string, string>, dir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, env: { PATH: process.env.PATH ?? "", HOME: dir, ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore", detached: true });
  const exited = new Promise((r) => child.once("exit", r));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command.join(" ")} exited with ${child.exitCode} before listening`);
      if (await accepts(port)) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchStartup(runs = 3): Promise<StartupResult> {
  const dir = mkdtempSync(join(tmpdir(), "spb-bench-start-"));
  const emptyApp = join(dir, "empty.mjs");
  writeFileSync(emptyApp, `import { run } from ${JSON.stringify(join(ROOT, "node_modules/probot/lib/index.js"))};\nawait run(() => {});\n`);
  const env = { APP_ID: "1", PRIVATE_KEY, WEBHOOK_SECRET: SECRET, LOG_LEVEL: "warn", NODE_ENV: "production", POLL_INTERVAL_SECONDS: "3600" };
  const times = { empty: [] as number[], npmStart: [] as number[], rebuilding: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      times.empty.push(await timeToPort([process.execPath, emptyApp], env, dir));
      times.npmStart.push(await timeToPort(["npm", "start", "--silent"], { ...env, DATABASE_URL: join(dir, `now-${i}.sqlite`) }, dir));
      times.rebuilding.push(await timeToPort(["sh", "-c", "npm run build --silent && node lib/main.js"], { ...env, DATABASE_URL: join(dir, `before-${i}.sqlite`) }, dir));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [empty, npmStart, rebuilding] = [median(times.empty), median(times.npmStart), median(times.rebuilding)];
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return { runs, empty: Math.round(empty), npmStart: Math.round(npmStart), rebuilding: Math.round(rebuilding), ratioNow: r1(npmStart / empty), ratioBefore: r1(rebuilding / empty) };
}
