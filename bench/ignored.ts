/**
 * 1. Events the bot does not act on — a comment without a command on a public issue, pushes
 * that touch neither the policy nor the config — sent signed over HTTP with 8 at a time, to
 * the app and, in the same run, to the same Probot serving an app with no handlers. The
 * servers run in a child process; this process only generates load.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { plainComment, plainPush } from "./payloads.js";
import { percentile, post, round } from "./util.js";

export interface IgnoredResult {
  events: number;
  pairs: number;
  app: { perSecond: number; p50: number; p99: number; cpuPerEvent: number };
  empty: { perSecond: number; p50: number; p99: number; cpuPerEvent: number };
  /** Events per second, app over empty app (median of the paired runs). */
  ratio: number;
  ratios: number[];
  /** The same from CPU time per event: empty app's over the app's. */
  cpuRatio: number;
  apiCalls: number;
}

interface Run {
  perSecond: number;
  latencies: number[];
  /** CPU time the server process spent per delivery (µs): steadier than a rate on a shared machine. */
  cpuPerEvent: number;
}

async function load(url: string, bodies: [string, string][], total: number, concurrency: number, cpu: () => Promise<number>): Promise<Run> {
  const cpu0 = await cpu();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const [event, body] = bodies[next++ % bodies.length]!;
        const t0 = performance.now();
        const status = await post(url, event, body, randomUUID());
        latencies.push(performance.now() - t0);
        if (status !== 200) throw new Error(`status ${status}`);
      }
    }),
  );
  const perSecond = total / ((performance.now() - started) / 1000);
  return { perSecond, latencies, cpuPerEvent: ((await cpu()) - cpu0) / total };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchIgnored(total = 3000, pairs = 5): Promise<IgnoredResult> {
  // The server on one core and this load generator on the other, where taskset is available.
  const script = new URL("./ignored-server.js", import.meta.url).pathname;
  const pinned = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const child = pinned
    ? spawn("taskset", ["-c", "1", process.execPath, script], { stdio: ["inherit", "inherit", "inherit", "ipc"] })
    : spawn(process.execPath, [script], { stdio: ["inherit", "inherit", "inherit", "ipc"] });
  if (pinned) spawnSync("taskset", ["-p", "-c", "0", String(process.pid)], { stdio: "ignore" });
  const urls = await new Promise<{ app: string; empty: string }>((resolve) => child.once("message", (m) => resolve(m as { app: string; empty: string })));
  const cpu = () =>
    new Promise<number>((resolve) => {
      child.once("message", (m) => resolve((m as { cpu: number }).cpu));
      child.send("cpu");
    });
  const bodies: [string, string][] = [
    ["issue_comment", JSON.stringify(plainComment())],
    ["push", JSON.stringify(plainPush(42, 1001, "acme", true))],
    ["issue_comment", JSON.stringify(plainComment())],
    ["push", JSON.stringify(plainPush(42, 1001, "acme", false))],
  ];
  await load(urls.app, bodies, 500, 8, cpu);
  await load(urls.empty, bodies, 500, 8, cpu);
  const app: Run[] = [];
  const empty: Run[] = [];
  // Pairs in alternating order, so drift in the machine's speed falls on both alike.
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      app.push(await load(urls.app, bodies, total, 8, cpu));
      empty.push(await load(urls.empty, bodies, total, 8, cpu));
    } else {
      empty.push(await load(urls.empty, bodies, total, 8, cpu));
      app.push(await load(urls.app, bodies, total, 8, cpu));
    }
  }
  child.send("calls");
  const calls = await new Promise<number>((resolve) => child.once("message", (m) => resolve((m as { calls: number }).calls)));
  child.send("stop");
  const ratios = app.map((a, i) => round(a.perSecond / empty[i]!.perSecond, 3));
  const stats = (runs: Run[]) => {
    const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    return { perSecond: Math.round(median(runs.map((r) => r.perSecond))), p50: round(percentile(all, 50), 2), p99: round(percentile(all, 99), 2), cpuPerEvent: round(median(runs.map((r) => r.cpuPerEvent)), 0) };
  };
  const a = stats(app);
  const e = stats(empty);
  return { events: total, pairs, app: a, empty: e, ratio: median(ratios), ratios, cpuRatio: round(e.cpuPerEvent / a.cpuPerEvent, 3), apiCalls: calls };
}
