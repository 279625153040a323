/**
 * The built app loaded the way Probot's own CLI loads it (`probot run ./lib/index.js`, which
 * takes the module's default export and installs no signal handler of its own): it serves
 * /healthz from its ledger, and on SIGTERM stops the bot — loops, then the ledger, closed
 * cleanly (SQLite folds its write-ahead log back and removes it) — and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRIVATE_KEY } from "../helpers/app.js";
import { ensureBuilt, freePort, waitFor } from "../helpers/app-process.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const PROBOT_CLI = join(ROOT, "node_modules/probot/bin/probot.js");



describe("probot run ./lib/index.js", () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), "spb-probot-run-"));
  }, 60000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the default export, answers /healthz, and on SIGTERM closes the ledger and exits 0", async () => {
    const port = await freePort();
    const ledger = join(dir, "ledger.sqlite");
    let out = "";
    // cwd is an empty directory: no .env, no package.json of ours; the app is named by its path.
    const child: ChildProcess = spawn(process.execPath, [PROBOT_CLI, "run", join(ROOT, "lib/index.js")], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir, LOG_FORMAT: "json", LOG_LEVEL: "info", NO_SMEE_SETUP: "true", PORT: String(port), HOST: "127.0.0.1", APP_ID: "1", PRIVATE_KEY, WEBHOOK_SECRET: "s", DATABASE_URL: ledger, POLL_INTERVAL_SECONDS: "60", INSTANCE_ID: "run1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await waitFor(() => out.includes("Listening on"));
      expect(out).toContain('"msg":"ledger open"');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
      expect(existsSync(`${ledger}-wal`)).toBe(true); // the ledger is open (SQLite in WAL mode)

      child.kill("SIGTERM");
      expect(await exited).toBe(0); // past 10 s it would exit 1; killed by the signal, null
      expect(out).toContain('"msg":"stopped"');
      expect(existsSync(ledger)).toBe(true);
      expect(existsSync(`${ledger}-wal`)).toBe(false); // closed, not abandoned
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 30000);
});
