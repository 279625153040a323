/**
 * The app as a real process (`node lib/main.js`, what `npm start` runs) against the GitHub
 * double on a real port, as an Enterprise Server (GHE_HOST): for tests that kill it with
 * SIGKILL at awkward moments and start it again on the same ledger.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { PRIVATE_KEY, WEBHOOK_SECRET } from "./app.js";

const ROOT = new URL("../..", import.meta.url).pathname;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds lib/ when a source is newer than it (npm ci builds it in CI). */
export function ensureBuilt(): void {
  const built = join(ROOT, "lib/main.js");
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(ROOT, "src"))) return;
  const r = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm run build failed");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function waitFor(check: () => boolean | Promise<boolean>, ms = 20_000, what = "condition"): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface AppProcess {
  url: string;
  output(): string;
  /** SIGKILL: no shutdown, no answer to what is in flight. */
  kill(): Promise<void>;
  /** SIGTERM, waiting for the exit. */
  stop(): Promise<void>;
  alive(): boolean;
}

export async function startAppProcess(o: { githubUrl: string; databaseUrl: string; port: number; env?: Record<string, string> }): Promise<AppProcess> {
  const host = new URL(o.githubUrl).host;
  let out = "";
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "lib/main.js")], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      LOG_FORMAT: "json",
      LOG_LEVEL: "warn",
      APP_ID: "1",
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      GHE_HOST: host,
      GHE_PROTOCOL: "http",
      HOST: "127.0.0.1",
      PORT: String(o.port),
      DATABASE_URL: o.databaseUrl,
      POLL_INTERVAL_SECONDS: "5",
      CLAIM_TIMEOUT_SECONDS: "1",
      ...o.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));
  const url = `http://127.0.0.1:${o.port}`;
  await waitFor(async () => {
    if (exited) throw new Error(`the app exited at start:\n${out}`);
    return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
  }, 20_000, "the app's /healthz");
  return {
    url,
    output: () => out,
    alive: () => !exited,
    kill: async () => {
      if (!exited) child.kill("SIGKILL");
      await exit;
    },
    stop: async () => {
      if (!exited) child.kill("SIGTERM");
      await exit;
    },
  };
}
