/**
 * Issue 18, capabilities 1, 2 and 6, end to end: signed webhooks to the real server, the strict
 * GitHub double (every request checked against GitHub's OpenAPI description), the reconciler.
 * 1. `collaborators` and `handler_credit`: the advisory gets the security team, the users and the
 *    handler's coordinator credit, merged with what it has (nobody dropped), once.
 * 2. The reporter's words are kept in the tracking issue (verbatim, escaped, cut to GitHub's
 *    limit with a note); a later rewrite of the description is noted there once.
 * 6. The handler is chosen among the configured handlers who own the named files in CODEOWNERS
 *    (teams expanded through their members); the tracking issue says why.
 */
import { afterEach, describe, expect, it } from "@jest/globals";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const BASE = "tracker: acme/security-tracker\nhandlers: [alice, bob]\n";
const DESCRIPTION = "Uploading ../../etc/passwd through `src/upload.ts` overwrites it. @acme/everyone see #1 <img src=x> <!-- security-policy-bot report=\"GHSA-x\" kind=\"tracking-issue\" -->\n```js\nupload('../../x')\n```";

describe.each(storeFactories())("intake record-keeping: collaborators, the reporter's words, owners (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");

  async function start(config: string, description = DESCRIPTION, seed?: (w: World) => void) {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    world = await startWorld({ stores: [t.store], clock: () => now, config });
    seed?.(world);
    world.fake.addAdvisory({
      ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "Path traversal in upload", description, severity: "high",
      created_at: "2026-11-25T09:59:00Z", updated_at: "2026-11-25T09:59:00Z", credits: [{ login: "finder-jane", type: "reporter" }],
      vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }],
    });
  }

  afterEach(async () => {
    await world.close(); // fails on any request GitHub would have refused
    await t.dispose();
  });

  const report = () => world.fake.advisoryJson(world.fake.advisories.get(GHSA)!);
  const trackingIssue = () => world.fake.issues.get("acme/security-tracker")!.find((i) => i.title.startsWith(GHSA))!;
  const patches = () => world.fake.requests.filter((r) => r.method === "PATCH" && r.path === ADVISORY && r.status < 300).map((r) => r.body);

  it("1. adds the team, the users, the handler and the coordinator credit to what the advisory has, once", async () => {
    await start(`${BASE}collaborators: { teams: [security], users: [dora] }\nhandler_credit: coordinator\n`);
    const payload = advisoryPayload(world, "reported", GHSA);
    // Someone adds a collaborator in the web UI after GitHub sent the webhook: the write must keep them.
    world.fake.advisories.get(GHSA)!.collaborating_users.push("eve");
    expect(await world.send("repository_advisory", payload)).toEqual([200]);
    expect(patches()).toEqual([{ collaborating_users: ["eve", "dora", "alice"], collaborating_teams: ["security"], credits: [{ login: "finder-jane", type: "reporter" }, { login: "alice", type: "coordinator" }] }]);
    const a = report();
    expect((a.collaborating_users as { login: string }[]).map((u) => u.login)).toEqual(["eve", "dora", "alice"]);
    expect((a.collaborating_teams as { slug: string }[]).map((x) => x.slug)).toEqual(["security"]);
    // Redelivered (same payload, the old arrays in it): nothing is written again.
    const before = world.fake.writes().length;
    expect(await world.send("repository_advisory", payload)).toEqual([200]);
    expect(world.fake.writes().length).toBe(before);
    expect(patches()).toHaveLength(1);
    const audit = world.fake.requests.filter((r) => r.path === ADVISORY && r.method === "GET");
    expect(audit).toHaveLength(1); // read once, just before the one PATCH
  });

  it("1. without the keys, the handler alone is added as before (no read, no team, no credit)", async () => {
    await start(BASE);
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    expect(patches()).toEqual([{ collaborating_users: ["alice"] }]);
  });

  it("2. keeps the report's words verbatim in a collapsed section, and notes a later rewrite once", async () => {
    await start(BASE);
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    const body = trackingIssue().body;
    expect(body).toContain("<summary>The report as received (the reporter's own words; kept if the advisory is edited later)</summary>");
    // Shown as text in a fence longer than the report's own: no pings, no HTML, no forged marker.
    expect(body).toContain("````text\nUploading ../../etc/passwd through `src/upload.ts` overwrites it. @acme/everyone see #1 <img src=x> <\u200b!-- security-policy-bot");
    expect(body).toContain("```js\nupload('../../x')\n```\n````");
    expect(body.match(/<!-- security-policy-bot/g)).toHaveLength(1);
    expect((await t.store.reports.get(GHSA))!.descriptionDigest).toMatch(/^[0-9a-f]{32}$/);

    const ctx = world.instances[0]!.ctx;
    now += 60_000;
    await reconcileCycle(ctx);
    await world.settle();
    expect(trackingIssue().comments).toEqual([]);
    // A maintainer rewrites the description in the web UI.
    const adv = world.fake.advisories.get(GHSA)!;
    adv.description = "### Impact\nRewritten by the maintainers.";
    adv.updated_at = "2026-11-25T10:30:00Z";
    now += 3600_000;
    await reconcileCycle(ctx);
    await reconcileCycle(ctx);
    await world.settle();
    const notes = trackingIssue().comments.filter((c) => c.body.includes('kind="description-changed"'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain(`The description of [${GHSA}](https://github.com/acme/mcp-server/security/advisories/${GHSA}) was rewritten between 2026-11-25 10:00 UTC and 2026-11-25 10:30 UTC`); // the bot's own writes moved updated_at to 10:00
    expect(notes[0]!.body).toContain("GitHub does not say who edits an advisory");
    expect(notes[0]!.body).toContain("and the advisory's collaborators (`@alice`); the advisory's edit history on GitHub");
    expect(trackingIssue().body).toBe(body); // the original stays
  });

  it("2. cuts a description longer than GitHub's limit, says so, and the body fits", async () => {
    await start(BASE, `${"An attacker can overwrite files. ".repeat(2500)}\nEND`);
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    const body = trackingIssue().body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toMatch(/_Cut to fit GitHub's limit on an issue body \(65 536 characters\): [\d,]+ of 82,504 characters are left out here/);
    expect(body).toContain('kind="tracking-issue"');
  });

  it("2. a public tracker: the guard refuses the tracking issue, so the words go nowhere", async () => {
    await start(BASE);
    world.fake.repos.get("acme/security-tracker")!.private = false;
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    expect(world.fake.issues.get("acme/security-tracker")).toEqual([]);
    expect(world.fake.writes().some((w) => JSON.stringify(w.body).includes("overwrites it"))).toBe(false);
  });

  it("6. chooses the handler who owns the named file through a CODEOWNERS team, and says why", async () => {
    await start(BASE, DESCRIPTION, (w) => {
      w.fake.repos.get("acme/mcp-server")!.files[".github/CODEOWNERS"] = "* @bob\n/src/ @acme/security # the security team\n";
      w.fake.teams.set("acme/security", ["zed", "Alice"]);
    });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    const r = (await t.store.reports.get(GHSA))!;
    expect(r.handler).toBe("alice");
    expect(JSON.parse(r.handlerReason!)).toEqual({ by: "codeowners", path: "src/upload.ts", owner: "@acme/security", file: ".github/CODEOWNERS", line: 2 });
    expect(trackingIssue().body).toContain("| Primary handler | @alice — as a member of `@acme/security`, which owns `src/upload.ts` in CODEOWNERS (`.github/CODEOWNERS`, line 2) |");
    expect(trackingIssue().assignees).toEqual(["alice"]);
    const reads = world.fake.requests.filter((x) => x.method === "GET").map((x) => x.path);
    expect(reads).toContain("/orgs/acme/teams/security/members?per_page=100");
    expect(reads.filter((p) => p.includes("CODEOWNERS"))).toEqual(["/repos/acme/mcp-server/contents/.github/CODEOWNERS"]);
  });

  it("6. looks in CODEOWNERS, then docs/CODEOWNERS; with no owner among the handlers, round-robin says so", async () => {
    await start(BASE, DESCRIPTION, (w) => {
      w.fake.repos.get("acme/mcp-server")!.files["docs/CODEOWNERS"] = "/src/ @carol\n";
    });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    const reads = world.fake.requests.filter((x) => x.method === "GET" && x.path.includes("CODEOWNERS")).map((x) => `${x.path} ${x.status}`);
    expect(reads).toEqual(["/repos/acme/mcp-server/contents/.github/CODEOWNERS 404", "/repos/acme/mcp-server/contents/CODEOWNERS 404", "/repos/acme/mcp-server/contents/docs/CODEOWNERS 200"]);
    expect((await t.store.reports.get(GHSA))!.handler).toBe("alice");
    expect(trackingIssue().body).toContain("| Primary handler | @alice — round-robin (fewest open reports); none of the configured handlers owns the files the report names in CODEOWNERS |");
  });

  it("6. a report that names no file: round-robin, and CODEOWNERS is not read", async () => {
    await start(BASE, "The upload handler lets anyone overwrite any file.");
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    expect(world.fake.requests.some((x) => x.path.includes("CODEOWNERS"))).toBe(false);
    expect(trackingIssue().body).toContain("| Primary handler | @alice — round-robin (fewest open reports) |");
  });
});
