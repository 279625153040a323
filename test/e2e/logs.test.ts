/**
 * Logs count as public: through a whole report's life, and for a badly signed delivery of a
 * report, no line at info or above carries the private key, the webhook secret, a token, or
 * anything the reporter wrote.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { createHmac } from "node:crypto";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { sweepCycle } from "../../src/loops/sweep.js";
import { PRIVATE_KEY, WEBHOOK_SECRET } from "../helpers/app.js";
import { blockNetwork } from "../helpers/github.js";
import { captureLogs, type LogCapture } from "../helpers/logs.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, releasePayload, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const SUMMARY = "Heap overflow in the frobnicator when parsing QZX7 frames";
const DESCRIPTION = "Send a QZX7 frame with length 0xFFFF to port 9000; the frobnicator writes past its buffer (see frob.c:212).";
const REPORTER_COMMENT = "I can also crash it with a zero-length QZX7 trailer, tested on 1.0.1 and 0.9.8.";

describe.each(storeFactories())("logs (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let logs: LogCapture;
  let now = Date.parse("2026-11-25T10:00:00Z");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    logs = await captureLogs();
    now = Date.parse("2026-11-25T10:00:00Z");
    world = await startWorld({ stores: [t.store], clock: () => now, log: logs.log });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  const secrets = () => [
    ...PRIVATE_KEY.split("\n").filter((l) => l.length > 40).slice(0, 5),
    WEBHOOK_SECRET,
    "ghs_fake_42",
    SUMMARY,
    "QZX7",
    "frob.c",
    "zero-length",
  ];

  it("keeps secrets and report text out of every line at info or above", async () => {
    const { fake } = world;
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: SUMMARY, description: DESCRIPTION, severity: "critical", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1" }] });

    // A badly signed delivery of the report: refused, and Probot's error log must not carry it.
    const body = JSON.stringify(advisoryPayload(world, "reported", GHSA));
    const bad = await fetch(`${world.instances[0]!.url}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "repository_advisory", "x-github-delivery": "bad-1", "x-hub-signature-256": `sha256=${createHmac("sha256", "wrong").update(body).digest("hex")}` },
      body,
    });
    expect(bad.status).toBe(400);

    // The whole life, with a failure or two on the way (an unknown user's command, a GitHub 404).
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    now += 3600_000;
    fake.commentOnAdvisory(GHSA, "finder-jane", REPORTER_COMMENT);
    fake.commentOnAdvisory(GHSA, "carol", "/accept\n/fixed-in 1.0.2\n/assign @nobody-here");
    await reconcileCycle(world.instances[0]!.ctx);
    now = Date.parse("2026-12-02T15:00:00Z");
    await world.send("release", releasePayload(world, 555, "v1.0.2", "2026-12-02T15:00:00Z"));
    fake.commentOnAdvisory(GHSA, "carol", "/publish");
    now += 60_000;
    await reconcileCycle(world.instances[0]!.ctx);
    await sweepCycle(world.instances[0]!.ctx);
    expect(fake.advisories.get(GHSA)!.state).toBe("published");

    const lines = logs.publicLines();
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of secrets()) expect([secret, lines.filter((l) => l.includes(secret))]).toEqual([secret, []]);
    // The refused delivery was logged — without its payload.
    expect(lines.some((l) => l.includes("signature does not match"))).toBe(true);
  });
});
