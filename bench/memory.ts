/**
 * 5. Resident memory of the app's process after 10 000 installations' worth of events: for
 * each installation (its own id, organisation and repository) a comment without a command,
 * a push touching neither file, and a repository made private (a handled delivery: taken in
 * the ledger, visibility written). Measured after a full GC, before and after.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { madePrivate, plainComment, plainPush } from "./payloads.js";
import { post } from "./util.js";

export interface MemoryResult {
  installations: number;
  deliveries: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  heapAfterMb: number;
  apiCalls: number;
}

const mb = (b: number) => Math.round(b / 2 ** 20);

export async function benchMemory(installations = 10_000): Promise<MemoryResult> {
  const script = new URL("./ignored-server.js", import.meta.url).pathname;
  const child = spawn(process.execPath, ["--expose-gc", script], { stdio: ["inherit", "inherit", "inherit", "ipc"] });
  const ask = <T>(m: string) =>
    new Promise<T>((resolve) => {
      child.once("message", (r) => resolve(r as T));
      child.send(m);
    });
  const { app } = await new Promise<{ app: string }>((resolve) => child.once("message", (m) => resolve(m as { app: string })));
  const before = await ask<{ rss: number }>("memory");
  let next = 0;
  let deliveries = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < installations) {
        const i = next++;
        const id = 100_000 + i;
        const owner = `org-${i}`;
        for (const [event, payload] of [
          ["issue_comment", plainComment(id, 500_000 + i, owner)],
          ["push", plainPush(id, 500_000 + i, owner, true)],
          ["repository", madePrivate(id, 500_000 + i, owner)],
        ] as const) {
          const status = await post(app, event, JSON.stringify(payload), randomUUID());
          if (status !== 200) throw new Error(`status ${status} for ${event}`);
          deliveries++;
        }
      }
    }),
  );
  const after = await ask<{ rss: number; heapUsed: number }>("memory");
  const { calls } = await ask<{ calls: number }>("calls");
  child.send("stop");
  return { installations, deliveries, rssBeforeMb: mb(before.rss), rssAfterMb: mb(after.rss), heapAfterMb: mb(after.heapUsed), apiCalls: calls };
}
