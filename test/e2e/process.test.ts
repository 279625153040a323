/**
 * The real process, as `npm start` runs it: setup mode without credentials, /healthz,
 * and SIGTERM handled within 10 seconds with exit code 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRIVATE_KEY } from "../helpers/app.js";
import { ensureBuilt, freePort, waitFor } from "../helpers/app-process.js";

const ROOT = new URL("../..", import.meta.url).pathname;


function start(env: Record<string, string>, dir: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let out = "";
  const child = spawn(process.execPath, [join(ROOT, "lib/main.js")], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, LOG_FORMAT: "json", NO_SMEE_SETUP: "true", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}


describe("the process", () => {
  let dir: string;
  beforeAll(() => {
    // The compiled app is what `npm start` runs (npm ci builds it); build it if the sources are newer.
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), "spb-process-"));
  }, 60000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows Probot's setup page without credentials", async () => {
    const port = await freePort();
    const p = start({ PORT: String(port) }, dir);
    await waitFor(() => /Welcome to Probot|localhost:\d+/.test(p.output()));
    const res = await fetch(`http://localhost:${port}/`, { redirect: "manual" });
    expect([200, 302]).toContain(res.status);
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  }, 30000);

  it("answers /healthz, and stops within 10 s with exit code 0 on SIGTERM", async () => {
    const port = await freePort();
    const p = start({ PORT: String(port), HOST: "127.0.0.1", APP_ID: "1", PRIVATE_KEY, WEBHOOK_SECRET: "s", DATABASE_URL: join(dir, "ledger.sqlite"), POLL_INTERVAL_SECONDS: "60", INSTANCE_ID: "p1" }, dir);
    await waitFor(() => p.output().includes("Listening on"));
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    // Exit code 0 means it stopped by itself: past 10 s the app exits 1.
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
    expect(p.output()).toContain('"msg":"stopped"');
  }, 30000);
});
