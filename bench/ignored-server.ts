/**
 * The servers of the ignored-events and memory benchmarks, in their own process (the load
 * generator runs in the parent, so the two do not share an event loop): the app on a SQLite
 * ledger, the same Probot with an app that has no handlers, and the GitHub stand-in counting
 * requests. Asked, it reports its CPU time, its memory (after a full GC) or the calls made.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import { FakeGitHub } from "../test/double/fake-github.js";
import { serve, serveApp } from "./util.js";

const dir = mkdtempSync(join(tmpdir(), "spb-bench-ignored-"));
const fake = new FakeGitHub();
await fake.start();
const store = await openStore({ kind: "sqlite", location: join(dir, "ledger.sqlite") });
const app = await serveApp(store, `${fake.url}/api/v3`, Date.now);
const empty = await serve(() => undefined, `${fake.url}/api/v3`);
process.send!({ app: app.url, empty: empty.url });
process.on("message", async (m: string) => {
  if (m === "calls") process.send!({ calls: fake.requests.length });
  if (m === "memory") {
    (globalThis as { gc?: () => void }).gc?.();
    const u = process.memoryUsage();
    process.send!({ rss: u.rss, heapUsed: u.heapUsed, external: u.external });
  }
  if (m === "cpu") {
    const u = process.cpuUsage();
    process.send!({ cpu: u.user + u.system });
  }
  if (m === "stop") {
    await app.close();
    await empty.close();
    await store.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});
