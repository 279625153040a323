/**
 * Issue 13, items 4 and 5, end to end: the real server, signed webhooks, the strict double
 * (it refuses, and the world fails on, any request GitHub's OpenAPI description refuses).
 * 4. Where the advisory comments API answers 404, the tracking issue is the report's thread, and
 *    every command written there as an issue comment makes the writes it makes in the advisory
 *    thread, with exactly one reply.
 * 5. Bodies GitHub refused: `/cvss` sends the vector alone (never with a severity); `/security`
 *    without a tracker creates the draft advisory with the create schema's properties only, and
 *    makes the reporter a collaborator with an update.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { FakeIssue } from "../double/fake-github.js";
import { validateRestRequest } from "../double/rest-validation.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, markerCounts, startWorld, type World } from "../helpers/world.js";
import { bodiesTo, comment, shape } from "../helpers/issue-comment.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const ISSUE = "/repos/acme/security-tracker/issues/1";
const VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
/** Enterprise Server without the preview, or a private repository: no advisory comments API. */
const NO_COMMENTS_API = (_n: number, _method: string, path: string) => (/^\/repos\/[^/]+\/[^/]+\/security-advisories\/GHSA-[^/]+\/comments/.test(path) ? { status: 404, message: "Not Found" } : null);

describe.each(storeFactories())("a report whose advisory has no comments API: the tracking issue is its thread (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");
  let ids = 5000;

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    world = await startWorld({ stores: [t.store], clock: () => now, fake: { fault: NO_COMMENTS_API } });
    world.fake.addAdvisory({
      ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "Path traversal in upload", description: "Upload ../../etc/passwd", severity: "low",
      created_at: "2026-11-25T09:59:00Z", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null }],
    });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
  });

  afterEach(async () => {
    await world.close(); // fails on any request GitHub would have refused
    await t.dispose();
  });

  const trackingIssue = () => world.fake.issues.get("acme/security-tracker")!.find((i) => i.title.startsWith(GHSA))!;
  const say = (login: string, body: string) => {
    now += 60_000;
    return comment(world, "security-tracker", trackingIssue(), login, body, ++ids, now);
  };

  it("acknowledges the report on the tracking issue, once, and records it as the thread", async () => {
    const issue = trackingIssue();
    expect(issue.number).toBe(1);
    expect(await t.store.reports.get(GHSA)).toMatchObject({ thread: { kind: "issue", owner: "acme", repo: "security-tracker", number: 1 }, trackerIssue: 1, state: "triage", acknowledgedAt: now });
    expect([...markerCounts(world)].filter(([m]) => m.includes('kind="acknowledgement"'))).toEqual([[`<!-- security-policy-bot report="${GHSA}" kind="acknowledgement" -->`, 1]]);
    expect(world.fake.advisories.get(GHSA)!.comments).toEqual([]);
  });

  it("/severity high on the tracking issue PATCHes the advisory's severity alone, swaps the label and replies once there", async () => {
    const r = await say("carol", "/severity high");
    expect(shape(r.writes)).toEqual([`PATCH ${ADVISORY}`, `DELETE ${ISSUE}/labels/severity: low`, "POST /repos/acme/security-tracker/labels", `POST ${ISSUE}/labels`, `POST ${ISSUE}/comments`]);
    expect(bodiesTo(r.writes, "PATCH", ADVISORY)).toEqual([{ severity: "high" }]);
    expect(r.replies).toEqual([expect.stringContaining("✅ `/severity high` — severity set to **high**.")]);
    expect(world.fake.advisories.get(GHSA)!.severity).toBe("high");
    expect(trackingIssue().labels).toContain("severity: high");
    // Authorised on the project (carol writes to acme/mcp-server), not on the tracker.
    expect(r.reads).toContain("GET /repos/acme/mcp-server/collaborators/carol/permission");
    expect(r.reads.filter((x) => x.startsWith("GET /repos/acme/security-tracker/collaborators"))).toEqual([]);
  });

  it("runs every command there: each makes its writes, GitHub takes every body, and each comment gets exactly one reply", async () => {
    const steps: [string, string[], unknown[]?][] = [
      ["/help", [`POST ${ISSUE}/comments`]],
      ["/status", [`POST ${ISSUE}/comments`]],
      ["/needs-info Which version do you run?", [`POST ${ISSUE}/comments`]],
      ["/severity high", [`PATCH ${ADVISORY}`, `DELETE ${ISSUE}/labels/severity: low`, "POST /repos/acme/security-tracker/labels", `POST ${ISSUE}/labels`, `POST ${ISSUE}/comments`], [{ severity: "high" }]],
      [`/cvss ${VECTOR}`, [`PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`], [{ cvss_vector_string: VECTOR }]],
      ["/cwe CWE-22", [`PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`], [{ cwe_ids: ["CWE-22"] }]],
      ["/affects >= 1.0.0 <= 1.0.1", [`DELETE ${ISSUE}/labels/unsupported: < 1.0`, `PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`], [{ vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: ">= 1.0.0, <= 1.0.1", patched_versions: null, vulnerable_functions: null }] }]],
      ["/assign @bob", [`PATCH ${ISSUE}`, `PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`], [{ collaborating_users: ["alice", "bob"] }]],
      ["/accept", [`PATCH ${ADVISORY}`, `PATCH ${ISSUE}`, `POST ${ISSUE}/comments`], [{ state: "draft" }]],
      ["/eta 2026-12-20", [`POST ${ISSUE}/comments`]],
      ["/fixed-in 1.0.2", [`PATCH ${ISSUE}`, `POST ${ISSUE}/comments`]],
      ["/credit @carol analyst", [`PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`], [{ credits: [{ login: "carol", type: "analyst" }] }]],
      ["/no-credit", [`PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`], [{ credits: [{ login: "carol", type: "analyst" }] }]],
      ["/cve", [`POST ${ADVISORY}/cve`, `POST ${ISSUE}/comments`]],
      ["/fork", [`POST ${ADVISORY}/forks`, `POST ${ISSUE}/comments`]],
      ["/received 2026-11-20", [`POST ${ISSUE}/comments`]],
      ["/security", [`POST ${ISSUE}/comments`]],
      ["/draft", [`PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`]],
      // The reply, the reporter's note and the maintainers' timeline, the last task ticked and the issue closed.
      ["/publish --force", [`PATCH ${ADVISORY}`, `POST ${ISSUE}/comments`, `POST ${ISSUE}/comments`, `PATCH ${ISSUE}`, `POST ${ISSUE}/comments`], [{ state: "published" }]],
    ];
    const replies: Record<string, string> = {};
    for (const [body, writes, patches] of steps) {
      const r = await say("carol", body);
      expect({ body, writes: shape(r.writes), replies: r.replies.length }).toEqual({ body, writes, replies: 1 });
      if (patches) expect({ body, patches: bodiesTo(r.writes, "PATCH", ADVISORY) }).toEqual({ body, patches });
      for (const w of r.writes) expect({ body, refused: validateRestRequest({ method: w.method, path: w.path, body: w.body }) }).toEqual({ body, refused: [] });
      replies[body] = r.replies[0]!;
    }
    // What the reporter must be told rides in the one reply (this issue is their thread).
    expect(replies["/needs-info Which version do you run?"]).toContain("We need a little more information to evaluate your report: Which version do you run?");
    expect(replies["/eta 2026-12-20"]).toContain("expect to release a fix by **2026-12-20**");
    expect(replies["/fork"]).toContain("the private fork is https://github.com/acme/mcp-server-GHSA-wq4h-7r42-5hrr");
    expect(replies["/received 2026-11-20"]).toContain("❌ `/received 2026-11-20` — only for reports that arrived as issues");
    expect(replies["/security"]).toContain("❌ `/security` — works on public issues only");
    expect(replies["/draft"]).toContain("advisory drafted");
    expect(replies["/publish --force"]).toContain("✅ `/publish --force` — published: https://github.com/acme/mcp-server/security/advisories/GHSA-wq4h-7r42-5hrr");

    const advisory = world.fake.advisories.get(GHSA)!;
    expect(advisory).toMatchObject({ state: "published", cvss: VECTOR, cwe_ids: ["CWE-22"], collaborating_users: ["alice", "bob"], credits: [{ login: "carol", type: "analyst" }], comments: [] });
    expect(trackingIssue()).toMatchObject({ state: "closed", assignees: ["bob"] });
    expect(await t.store.reports.get(GHSA)).toMatchObject({ state: "published", handler: "bob", severity: "high", cvss: VECTOR, cweIds: ["CWE-22"], eta: "2026-12-20", fixedIn: { "1.0.x": "1.0.2" }, credit: false });
    expect([...markerCounts(world)].filter(([, n]) => n > 1)).toEqual([]);
    expect(world.fake.violations).toEqual([]);
  });

  it("/reject closes the advisory and the tracking issue, and tells the reporter in the one reply", async () => {
    const r = await say("carol", "/reject not-a-vulnerability");
    expect(shape(r.writes)).toEqual([`PATCH ${ADVISORY}`, `PATCH ${ISSUE}`, `DELETE ${ISSUE}/labels/needs-info`, `POST ${ISSUE}/comments`]);
    expect(bodiesTo(r.writes, "PATCH", ADVISORY)).toEqual([{ state: "closed" }]);
    expect(bodiesTo(r.writes, "PATCH", ISSUE)).toEqual([{ state: "closed", state_reason: "not_planned" }]);
    expect(r.replies).toEqual([expect.stringContaining("concluded that the behaviour you describe is not a security vulnerability in this project")]);
    expect(world.fake.advisories.get(GHSA)!.state).toBe("closed");
    expect(await t.store.reports.get(GHSA)).toMatchObject({ state: "rejected" });
  });

  it("asks the project, not the tracker, who may run commands: a tracker admin without access to the project changes nothing", async () => {
    world.fake.permissions.set("acme/security-tracker:dave", "admin");
    const r = await say("dave", "/severity critical\n/publish --force");
    expect(shape(r.writes)).toEqual([`POST ${ISSUE}/comments`]);
    expect(r.replies).toEqual([expect.stringContaining("❌ `/severity, /publish` — only maintainers of acme/mcp-server can run commands here; nothing was changed.")]);
    expect(r.reads).toContain("GET /repos/acme/mcp-server/collaborators/dave/permission");
    expect(world.fake.advisories.get(GHSA)).toMatchObject({ severity: "low", state: "triage" });
  });

  it("/severity then /cvss in one comment: one PATCH, with the vector alone", async () => {
    const r = await say("carol", `/severity critical\n/cvss ${VECTOR}`);
    expect(bodiesTo(r.writes, "PATCH", ADVISORY)).toEqual([{ cvss_vector_string: VECTOR }]);
    expect(r.replies).toHaveLength(1);
  });
});

describe.each(storeFactories())("/security on a public issue of a repository without a tracker (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  const now = Date.parse("2026-11-25T10:00:00Z");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    world = await startWorld({ stores: [t.store], clock: () => now, config: "handlers: [alice]\n" });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  it("creates the draft advisory with the create schema's properties only, then makes the reporter a collaborator before telling them", async () => {
    const body = "Steps to reproduce: upload a file named ../../etc/passwd to /api/upload and read it back.";
    const issue: FakeIssue = { number: 42, title: "Upload handler reads any file", body, state: "open", labels: [], assignees: [], comments: [], user: "finder-jane", created_at: "2026-11-24T08:00:00Z", node_id: "I_acme/mcp-server_42" };
    world.fake.issues.get("acme/mcp-server")!.push(issue);

    const r = await comment(world, "mcp-server", issue, "carol", "/security", 990, now);

    const create = r.writes.filter((w) => w.method === "POST" && w.path === "/repos/acme/mcp-server/security-advisories");
    expect(create.map((w) => w.body)).toEqual([
      {
        summary: "Upload handler reads any file",
        description: `${body}\n\n---\n_Moved from public issue #42 by @carol._`,
        vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" } }],
        credits: [{ login: "finder-jane", type: "reporter" }],
      },
    ]);
    expect(validateRestRequest({ method: "POST", path: "/repos/acme/mcp-server/security-advisories", body: create[0]!.body })).toEqual([]);
    const [advisory] = [...world.fake.advisories.values()];
    const path = `/repos/acme/mcp-server/security-advisories/${advisory!.ghsa_id}`;
    const patches = bodiesTo(r.writes, "PATCH", path);
    expect(patches[0]).toEqual({ collaborating_users: ["finder-jane"] });
    // The reporter can see the advisory before the public note tells them to go there.
    const order = shape(r.writes);
    expect(order.indexOf(`PATCH ${path}`)).toBeLessThan(order.indexOf("POST /repos/acme/mcp-server/issues/42/comments"));
    expect(advisory).toMatchObject({ state: "triage", credits: [{ login: "finder-jane", type: "reporter" }] });
    expect(advisory!.collaborating_users).toContain("finder-jane");
    expect(await t.store.reports.get(advisory!.ghsa_id)).toMatchObject({ source: "public-issue", reporter: "finder-jane", receivedAt: Date.parse("2026-11-24T08:00:00Z") });
    expect(world.fake.violations).toEqual([]);
  });

  it("keeps the description within GitHub's 65535 characters, the note of where it came from included", async () => {
    const body = "A".repeat(65536);
    const issue: FakeIssue = { number: 43, title: "Huge report", body, state: "open", labels: [], assignees: [], comments: [], user: "finder-jane", created_at: "2026-11-24T08:00:00Z", node_id: "I_acme/mcp-server_43" };
    world.fake.issues.get("acme/mcp-server")!.push(issue);
    const r = await comment(world, "mcp-server", issue, "carol", "/security", 991, now);
    const [create] = bodiesTo(r.writes, "POST", "/repos/acme/mcp-server/security-advisories") as { description: string }[];
    expect(create!.description).toHaveLength(65535);
    expect(create!.description.endsWith("\n\n---\n_Moved from public issue #43 by @carol._")).toBe(true);
  });
});
