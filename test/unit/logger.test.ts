import { describe, expect, it } from "@jest/globals";
import { Writable } from "node:stream";
import { createLogger } from "../../src/runtime/logger.js";

/** The raw lines a logger writes (duplicate keys are visible only before JSON.parse). */
function collector() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, destination };
}

const keysOf = (line: string): string[] => [...line.matchAll(/"([^"]+)":/g)].map((m) => m[1]!);

describe("log lines", () => {
  it("carry each key once, the logger's name the innermost, as Probot nests its children", async () => {
    const { lines, destination } = collector();
    const log = await createLogger({ format: "json", destination });
    // How Probot builds its loggers: probot → event (with the delivery id) → github.
    const probot = log.child({ name: "probot" });
    const event = probot.child({ name: "event", id: "d-1" });
    event.child({ name: "github" }).info("request");
    event.child({ delivery: "d-1", report: "GHSA-x" }).child({ report: "GHSA-y" }).info("decided");
    log.info("started");
    const [a, b, c] = lines;
    for (const line of lines) expect(keysOf(line).filter((k, i, all) => all.indexOf(k) !== i)).toEqual([]);
    expect(JSON.parse(a!)).toMatchObject({ name: "github", id: "d-1", msg: "request" });
    expect(JSON.parse(b!)).toMatchObject({ name: "event", id: "d-1", delivery: "d-1", report: "GHSA-y", msg: "decided" });
    expect(JSON.parse(c!)).toMatchObject({ name: "probot", msg: "started" });
  });

  it("a child keeps its parent's level", async () => {
    const { lines, destination } = collector();
    const log = await createLogger({ format: "json", destination, level: "warn" });
    const child = log.child({ name: "event" });
    child.info("hidden");
    child.child({ name: "github" }).warn("shown");
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["shown"]);
  });
});

describe("a line's own fields", () => {
  it("never repeat a bound key: they move under `fields`", async () => {
    const { lines, destination } = collector();
    const log = await createLogger({ format: "json", destination });
    log.child({ name: "octokit" }).info({ name: "security-report", color: "b60205" }, "GitHub request");
    // One "name" at the top, one inside `fields`.
    expect(lines[0]!.match(/"name":/g)).toHaveLength(2);
    expect(lines[0]).toContain('"fields":{"name":"security-report"}');
    expect(JSON.parse(lines[0]!)).toMatchObject({ name: "octokit", color: "b60205", fields: { name: "security-report" }, msg: "GitHub request" });
  });
});
