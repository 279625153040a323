/**
 * Issue 18's defects of the running process, end to end with `npm start` itself:
 * - `npm start` runs the built app (no TypeScript compile at start; the build belongs to
 *   `npm ci`/`prepare` and `npm run build`);
 * - every JSON log line carries each key once (Probot nests `name` in its child loggers),
 *   through a whole intake against the strict GitHub double at debug level.
 * Start-up time is measured by `npm run bench`, not here.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeGitHub } from "../double/fake-github.js";
import { PRIVATE_KEY, WEBHOOK_SECRET } from "../helpers/app.js";
import { ensureBuilt, freePort, waitFor } from "../helpers/app-process.js";
import { seedGitHub } from "../helpers/world.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const GHSA = "GHSA-wq4h-7r42-5hrr";

/** Keys that occur more than once at the top level of a raw JSON line (JSON.parse would hide them). */
function repeatedKeys(line: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === "\\" ? 2 : 1;
      if (depth === 1 && line[j + 1] === ":") keys.push(line.slice(i + 1, j));
      i = j;
    } else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
  }
  return keys.filter((k, n) => keys.indexOf(k) !== n);
}

describe("npm start", () => {
  let dir: string;
  let fake: FakeGitHub;
  let child: ChildProcess | null = null;
  let exited: Promise<unknown> = Promise.resolve();
  let out = "";

  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), "spb-start-"));
    fake = new FakeGitHub({});
    await fake.start();
    seedGitHub(fake);
  }, 120_000);

  afterAll(async () => {
    // npm and the app it started are one process group: stop both.
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await exited;
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
    expect(fake.violations).toEqual([]);
  });

  it("runs the built app, and every JSON log line of a whole intake at debug level has each key once", async () => {
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.start).toBe("node lib/main.js");
    const built = statSync(join(ROOT, "lib/main.js")).mtimeMs;
    const port = await freePort();
    child = spawn("npm", ["start", "--silent"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "", HOME: dir, NODE_ENV: "production", LOG_FORMAT: "json", LOG_LEVEL: "debug",
        APP_ID: "1", PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST: new URL(fake.url).host, GHE_PROTOCOL: "http",
        HOST: "127.0.0.1", PORT: String(port), DATABASE_URL: join(dir, "ledger.sqlite"), POLL_INTERVAL_SECONDS: "60",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    exited = new Promise((r) => child!.on("exit", r));
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    await waitFor(() => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false), 20_000, "the app's /healthz");
    // Nothing was compiled at start.
    expect(statSync(join(ROOT, "lib/main.js")).mtimeMs).toBe(built);

    fake.hooks = [{ url: `http://127.0.0.1:${port}/api/github/webhooks`, secret: WEBHOOK_SECRET }];
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "s", description: "d", severity: "high", created_at: new Date().toISOString(), vulnerabilities: [] });
    const payload = { action: "reported", repository_advisory: fake.advisoryJson(fake.advisories.get(GHSA)!), repository: fake.repoJson(fake.repos.get("acme/mcp-server")!), organization: { login: "acme" }, installation: { id: 42 }, sender: { login: "finder-jane", type: "User" } };
    expect(await fake.sendWebhook("repository_advisory", payload)).toBe(200);
    await waitFor(() => fake.advisories.get(GHSA)!.comments.some((c) => c.body.includes('kind="acknowledgement"')), 20_000, "the acknowledgement");
    await fake.settle();

    const lines = out.split("\n").filter((l) => l.startsWith("{"));
    expect(lines.length).toBeGreaterThan(10);
    // Probot's nested loggers (probot → event → github) are among them.
    expect(lines.some((l) => JSON.parse(l).name === "github" || JSON.parse(l).name === "octokit")).toBe(true);
    expect(lines.filter((l) => repeatedKeys(l).length)).toEqual([]);
  }, 60_000);
});
