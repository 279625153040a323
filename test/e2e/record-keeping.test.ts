/**
 * Issue 18, end to end (the real server, signed webhooks, the strict GitHub double; advisory
 * comments reach the bot through the reconciler, deadlines through the sweep):
 * 3. `/reject <reason> [note]`: a fixed reason, its own sentence to the reporter, the outcome kept;
 *    a duplicate links both reports and names the other by id only.
 * 4. The disclosure deadline read from the policy: reminders 14 and 7 days before, the escalation
 *    on the day, only the latest step when the bot was down; `/extend-disclosure` moves it and tells the reporter.
 * 7. A `/needs-info` question unanswered for 10 business days, counted from the comment's own
 *    time: one kind reminder to the reporter, then after as many again a note to the handler.
 * 8. Public text edited after the fact is checked again by the detector.
 * Defects: `/affects` PATCHes the advisory's ranges and drops a label the new range no longer
 * touches; a response deadline already past when the sweep first sees it gets only the escalation.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { sweepCycle } from "../../src/loops/sweep.js";
import { EXAMPLE_POLICY } from "../helpers/repo-mocks.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, failOnce, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const OTHER = "GHSA-8c3x-hq82-gjcm";
const ADVISORY = (id: string) => `/repos/acme/mcp-server/security-advisories/${id}`;
const TRACKER_ISSUES = "/repos/acme/security-tracker/issues";
const DISCLOSING_POLICY = `${EXAMPLE_POLICY}\n\n## Disclosure\n\nWe publicly disclose every vulnerability within 90 days of the report.\n`;

type Write = { method: string; path: string; body?: unknown };
const bodyOf = (w: Write): string => String((w.body as { body?: unknown })?.body ?? "");
const kindOf = (w: Write): string | null => /kind="([^"]+)"/.exec(bodyOf(w))?.[1] ?? null;

describe.each(storeFactories())("issue 18: reasons, deadlines, questions and edits (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    world = await startWorld({ stores: [t.store], clock: () => now });
    world.fake.repos.get("acme/mcp-server")!.files["SECURITY.md"] = DISCLOSING_POLICY;
  });

  afterEach(async () => {
    await world.close(); // fails on any request GitHub would have refused
    await t.dispose();
  });

  const ctx = () => world.instances[0]!.ctx;
  async function report(id = GHSA, range = "<= 1.0.1", at = "2026-11-25T09:59:00Z", author = "finder-jane") {
    world.fake.addAdvisory({
      ghsa_id: id, owner: "acme", repo: "mcp-server", author, summary: `Secret summary of ${id}`, description: `Secret description of ${id}`, severity: "high",
      created_at: at, vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: range, patched_versions: null }],
    });
    expect(await world.send("repository_advisory", advisoryPayload(world, "reported", id))).toEqual([200]);
  }
  /** A comment in the advisory's thread at the current time, read by the next poll `lateBy` ms later. */
  async function say(login: string, body: string, id = GHSA, lateBy = 0) {
    const c = world.fake.commentOnAdvisory(id, login, body);
    now += lateBy;
    const before = world.fake.writes().length;
    await reconcileCycle(ctx());
    await world.settle();
    return { comment: c, writes: world.fake.writes().slice(before) as Write[] };
  }
  async function sweepAt(iso: string) {
    now = Date.parse(iso);
    const before = world.fake.writes().length;
    await sweepCycle(ctx());
    await world.settle();
    return (world.fake.writes().slice(before) as Write[]).filter((w) => w.method === "POST" && w.path.endsWith("/comments"));
  }
  const trackingIssue = (id = GHSA) => world.fake.issues.get("acme/security-tracker")!.find((i) => i.title.startsWith(id))!;

  it("/reject not-reproducible: the advisory closes, the reporter reads that reason's own sentence and the note, the ledger keeps the outcome", async () => {
    await report();
    now += 3600_000;
    const r = await say("carol", "/reject not-reproducible Tried on 1.0.1 and main.");
    expect(r.writes.filter((w) => w.method === "PATCH" && w.path === ADVISORY(GHSA)).map((w) => w.body)).toEqual([{ state: "closed" }]);
    const replies = r.writes.filter((w) => kindOf(w) === "reply");
    expect(replies).toHaveLength(1);
    expect(bodyOf(replies[0]!)).toContain("✅ `/reject not-reproducible Tried on 1.0.1 and main.` — closed as not reproducible; the reporter has been told, with your note.");
    expect(bodyOf(replies[0]!)).toContain("We tried, but could not reproduce the issue you describe");
    expect(bodyOf(replies[0]!)).toContain("A note from the maintainers: Tried on 1.0.1 and main.");
    expect(world.fake.advisories.get(GHSA)!.state).toBe("closed");
    expect(trackingIssue().state).toBe("closed");
    expect(await t.store.reports.get(GHSA)).toMatchObject({ state: "rejected", outcome: "not-reproducible", duplicateOf: null });
  });

  it("/reject without a known reason changes nothing and says which reasons there are", async () => {
    await report();
    const r = await say("carol", "/reject not a bug");
    expect(r.writes.map((w) => `${w.method} ${w.path}`)).toEqual([`POST ${ADVISORY(GHSA)}/comments`]);
    expect(bodyOf(r.writes[0]!)).toContain("needs a reason: one of `duplicate GHSA-…`, `not-a-vulnerability`, `not-reproducible`, `working-as-intended`, `out-of-scope`, `no-response`, `withdrawn`");
    expect(await t.store.reports.get(GHSA)).toMatchObject({ state: "triage", outcome: null });
  });

  it("/reject duplicate GHSA-…: both reports are linked, the reporter learns the other's id and nothing of its content", async () => {
    await report(OTHER, "<= 1.0.1", "2026-11-20T09:00:00Z", "first-finder");
    await report(GHSA);
    now += 3600_000;
    const r = await say("carol", `/reject duplicate ${OTHER}`);
    const reply = r.writes.filter((w) => kindOf(w) === "reply" && w.path === `${ADVISORY(GHSA)}/comments`);
    expect(reply).toHaveLength(1);
    expect(bodyOf(reply[0]!)).toContain(`It describes the same issue as ${OTHER}, which was reported to us earlier`);
    expect(bodyOf(reply[0]!)).not.toContain(`Secret`);
    // The other report's tracking issue (maintainers only) names this one; its reporter's thread hears nothing.
    const link = r.writes.filter((w) => w.path === `${TRACKER_ISSUES}/${trackingIssue(OTHER).number}/comments`);
    expect(link.map(bodyOf)).toEqual([expect.stringContaining(`${GHSA} (acme/mcp-server) was closed as a duplicate of this report.`)]);
    expect(r.writes.filter((w) => w.path === `${ADVISORY(OTHER)}/comments`)).toEqual([]);
    expect(await t.store.reports.get(GHSA)).toMatchObject({ state: "rejected", outcome: "duplicate", duplicateOf: OTHER });
    expect(await t.store.reports.get(OTHER)).toMatchObject({ state: "triage", outcome: null });
  });

  it("/affects PATCHes the advisory's ranges and drops the label of a line the new range no longer touches", async () => {
    await report(GHSA, "<= 1.0.1");
    expect(trackingIssue().labels).toEqual(expect.arrayContaining(["affects: 1.0.x", "unsupported: < 1.0"]));
    now += 3600_000;
    const r = await say("carol", "/affects >=1.0.0 <1.0.3");
    expect(r.writes.filter((w) => w.method === "PATCH" && w.path === ADVISORY(GHSA)).map((w) => w.body)).toEqual([
      { vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: ">= 1.0.0, < 1.0.3", patched_versions: null, vulnerable_functions: null }] },
    ]);
    expect(world.fake.advisories.get(GHSA)!.vulnerabilities).toEqual([expect.objectContaining({ vulnerable_version_range: ">= 1.0.0, < 1.0.3" })]);
    expect(trackingIssue().labels).toContain("affects: 1.0.x");
    expect(trackingIssue().labels).not.toContain("unsupported: < 1.0");
    expect(r.writes.filter((w) => kindOf(w) === "reply")).toHaveLength(1);
    // The same range again: nothing more to write but the reply.
    const again = await say("carol", "/affects >=1.0.0 <1.0.3");
    expect(again.writes.map((w) => `${w.method} ${w.path}`)).toEqual([`POST ${ADVISORY(GHSA)}/comments`]);
  });

  it("the disclosure deadline from the policy: reminders 14 and 7 days before, the escalation on the day; /extend-disclosure moves it and tells the reporter", async () => {
    await report(); // received 2026-11-25 → 90 days → 2027-02-23
    const stored = await t.store.reports.get(GHSA);
    expect(new Date(stored!.discloseBy!).toISOString()).toBe("2027-02-23T23:59:59.999Z");
    expect(stored!.discloseSource).toBe("policy");
    await say("carol", "/accept");

    const d14 = await sweepAt("2027-02-09T08:00:00Z");
    expect(d14.map(kindOf)).toEqual(["disclosure-reminder"]);
    expect(d14[0]!.path).toBe(`${TRACKER_ISSUES}/${trackingIssue().number}/comments`);
    expect(bodyOf(d14[0]!)).toContain("the disclosure deadline of");
    expect(bodyOf(d14[0]!)).toContain("**2027-02-23**, in 14 days");
    expect(await sweepAt("2027-02-10T08:00:00Z")).toEqual([]);

    // Moved before the 7-day reminder: the reporter is told in their thread, with the reason.
    now = Date.parse("2027-02-12T10:00:00Z");
    const moved = await say("carol", "/extend-disclosure 2027-03-31 The fix needs a coordinated release with a downstream distribution.");
    const reply = moved.writes.filter((w) => kindOf(w) === "reply");
    expect(reply).toHaveLength(1);
    expect(bodyOf(reply[0]!)).toContain("disclosure deadline moved from 2027-02-23 to **2027-03-31**");
    expect(bodyOf(reply[0]!)).toContain("We have moved the planned public disclosure of this report from 2027-02-23 to **2027-03-31**. The reason: The fix needs a coordinated release");
    expect(await t.store.reports.get(GHSA)).toMatchObject({ discloseSource: "extended" });

    expect(await sweepAt("2027-02-16T08:00:00Z")).toEqual([]); // the old 7-day reminder is gone with the old date
    // The bot is down from before the new 14-day reminder until after the 7-day one: only the 7-day one is posted.
    const late = await sweepAt("2027-03-25T08:00:00Z");
    expect(late.map((w) => [kindOf(w), /in (\d+) days/.exec(bodyOf(w))?.[1]])).toEqual([["disclosure-reminder", "6"]]);
    const onTheDay = await sweepAt("2027-03-31T07:00:00Z");
    expect(onTheDay.map(kindOf)).toEqual(["escalation"]);
    expect(bodyOf(onTheDay[0]!)).toContain("is **today, 2027-03-31**, and the advisory is not published");
    expect(bodyOf(onTheDay[0]!)).toContain("@acme/security");
    expect(await sweepAt("2027-04-01T07:00:00Z")).toEqual([]);
  });

  it("a question unanswered for 10 business days from the comment's own time: one reminder to the reporter, then a note to the handler; nothing closes", async () => {
    await report();
    now = Date.parse("2026-11-26T15:00:00Z"); // Thursday
    // The bot reads the question three hours after it was asked (it polls, or was down).
    await say("carol", "/needs-info Which configuration did you run?", GHSA, 3 * 3600_000);
    expect(new Date((await t.store.reports.get(GHSA))!.pausedAt!).toISOString()).toBe("2026-11-26T15:00:00.000Z");
    // 10 business days from Thu 2026-11-26 end with Thu 2026-12-10.
    expect(await sweepAt("2026-12-10T20:00:00Z")).toEqual([]);
    const reminder = await sweepAt("2026-12-11T08:00:00Z");
    expect(reminder.map((w) => [kindOf(w), w.path])).toEqual([["needs-info-reminder", `${ADVISORY(GHSA)}/comments`]]);
    expect(bodyOf(reminder[0]!)).toContain("Hi @finder-jane, a gentle reminder: on 2026-11-26 we asked a question about your report");
    expect(bodyOf(reminder[0]!)).not.toContain("Which configuration");
    expect(await sweepAt("2026-12-18T08:00:00Z")).toEqual([]);
    const note = await sweepAt("2026-12-25T08:00:00Z");
    expect(note.map((w) => [kindOf(w), w.path])).toEqual([["reminder", `${TRACKER_ISSUES}/${trackingIssue().number}/comments`]]);
    expect(bodyOf(note[0]!)).toContain("`/reject no-response`");
    expect(await t.store.reports.get(GHSA)).toMatchObject({ state: "triage" });
    expect(world.fake.advisories.get(GHSA)!.state).not.toBe("closed");
  });

  it("the reporter's answer ends the wait: no reminder follows", async () => {
    await report();
    now = Date.parse("2026-11-26T15:00:00Z");
    await say("carol", "/needs-info Which configuration did you run?");
    now = Date.parse("2026-11-30T09:00:00Z");
    await say("finder-jane", "The default one, on Linux.");
    expect(await t.store.reports.get(GHSA)).toMatchObject({ pausedAt: null });
    expect((await sweepAt("2026-12-28T08:00:00Z")).filter((w) => ["needs-info-reminder"].includes(kindOf(w) ?? ""))).toEqual([]);
  });

  it("public text edited after the fact is checked again: an issue, then a comment, each flagged once in the tracker, nothing written in public", async () => {
    const issue = { number: 42, node_id: "I_kwDO42", title: "Upload page", body: "The upload button is misaligned on small screens.", state: "open", labels: [], assignees: [], comments: [], user: "finder-jane", created_at: "2026-11-25T09:00:00Z" };
    world.fake.issues.set("acme/mcp-server", [...(world.fake.issues.get("acme/mcp-server") ?? []), issue]);
    const envelope = { repository: world.fake.repoJson(world.fake.repos.get("acme/mcp-server")!), organization: { login: "acme" }, installation: { id: 42 }, sender: { login: "finder-jane", type: "User" } };
    const issueJson = () => ({ id: 9042, number: 42, node_id: issue.node_id, title: issue.title, body: issue.body, state: "open", labels: [], user: { login: "finder-jane", type: "User" }, created_at: issue.created_at, updated_at: new Date(now).toISOString(), html_url: "https://github.com/acme/mcp-server/issues/42" });
    const flags = () => (world.fake.issues.get("acme/security-tracker") ?? []).filter((i) => i.title.startsWith("Possible vulnerability report in public"));
    const start = world.fake.writes().length;

    expect(await world.send("issues", { action: "opened", issue: issueJson(), ...envelope })).toEqual([200]);
    expect(flags()).toEqual([]);
    const old = issue.body;
    issue.body = "Uploading a file named ../../etc/passwd to /api/upload returns the server's passwd file, so anyone can read server files. Tested on 1.0.1.";
    now += 60_000;
    expect(await world.send("issues", { action: "edited", issue: issueJson(), changes: { body: { from: old } }, ...envelope })).toEqual([200]);
    expect(flags().map((f) => f.title)).toEqual(["Possible vulnerability report in public: acme/mcp-server#42"]);
    now += 60_000;
    expect(await world.send("issues", { action: "edited", issue: issueJson(), changes: { title: { from: "Upload" } }, ...envelope })).toEqual([200]);
    expect(flags()).toHaveLength(1);

    // A comment on another public issue, harmless when written, edited into a report.
    const other = { ...issue, number: 43, node_id: "I_kwDO43", title: "Question", body: "How do I configure uploads?", comments: [] };
    world.fake.issues.get("acme/mcp-server")!.push(other);
    const comment = { id: 7001, body: "Thanks, that works.", user: { login: "finder-jane", type: "User" }, created_at: new Date(now).toISOString(), updated_at: new Date(now).toISOString(), html_url: "https://github.com/acme/mcp-server/issues/43#issuecomment-7001" };
    const otherJson = { ...issueJson(), id: 9043, number: 43, node_id: other.node_id, title: other.title, body: other.body, html_url: "https://github.com/acme/mcp-server/issues/43" };
    expect(await world.send("issue_comment", { action: "created", issue: otherJson, comment, ...envelope })).toEqual([200]);
    expect(flags()).toHaveLength(1);
    now += 60_000;
    const edited = { ...comment, body: "Also: a crafted upload name like ../../etc/passwd overwrites server files; this is a path traversal vulnerability.", updated_at: new Date(now).toISOString() };
    expect(await world.send("issue_comment", { action: "edited", issue: otherJson, comment: edited, changes: { body: { from: comment.body } }, ...envelope })).toEqual([200]);
    expect(flags().map((f) => f.title)).toEqual(["Possible vulnerability report in public: acme/mcp-server#42", "Possible vulnerability report in public: acme/mcp-server#43"]);
    // Nothing was written to the public repository.
    expect((world.fake.writes().slice(start) as Write[]).filter((w) => w.path.startsWith("/repos/acme/mcp-server/"))).toEqual([]);
  });

  it("a response deadline already past when the sweep first sees it: the escalation only, no reminder for a day already gone", async () => {
    await report(); // respond by 2026-12-09 (10 business days)
    const writes = await sweepAt("2026-12-14T08:00:00Z");
    expect(writes.map(kindOf)).toEqual(["escalation"]);
    expect(writes.some((w) => bodyOf(w).includes("is due by"))).toBe(false);
    expect(await sweepAt("2026-12-15T08:00:00Z")).toEqual([]);
  });
});

describe.each(storeFactories())("a command's reply comes before any message it causes (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");
  const replyFails = failOnce((method, path) => method === "POST" && path.endsWith(`${GHSA}/comments`), false);

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    const { fault } = replyFails;
    world = await startWorld({ stores: [t.store], clock: () => now, fake: { fault } });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  it("/eta with a date already past: the reply first (even when GitHub fails it once), then the ETA reminder", async () => {
    world.fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "s", description: "d", severity: "high", created_at: "2026-11-25T09:59:00Z", vulnerabilities: [] });
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    now += 3600_000;
    const before = world.fake.writes().length;
    world.fake.commentOnAdvisory(GHSA, "carol", "/eta 2026-11-20");
    replyFails.arm(); // the reply's POST fails: the command's ledger write is made, its reply is not
    await reconcileCycle(world.instances[0]!.ctx).catch(() => undefined);
    await world.settle();
    // The sweep runs now: the ETA reminder the command caused waits for the reply.
    await sweepCycle(world.instances[0]!.ctx);
    await world.settle();
    const messages = () => (world.fake.writes().slice(before) as Write[]).map(kindOf).filter((k) => k !== null && k !== "dashboard");
    expect(messages()).toEqual([]);
    // The comment is taken over at the next poll and answered; then the reminder follows.
    now += 3 * 60_000;
    world.fake.advisories.get(GHSA)!.updated_at = new Date(now).toISOString();
    await reconcileCycle(world.instances[0]!.ctx);
    await world.settle();
    now += 60_000;
    await sweepCycle(world.instances[0]!.ctx);
    await world.settle();
    expect(messages()).toEqual(["reply", "eta-reminder"]);
  });
});
