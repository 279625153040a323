/**
 * Issue 13, item 3: the process is killed (SIGKILL) at each write of intake, of a command and of
 * publication — after GitHub made the write, before the app heard GitHub's answer — and started
 * again on the same ledger. The delivery it had taken is finished by the restarted process (its
 * claims time out, GitHub redelivers the delivery the dead process never answered, the
 * reconciler takes up an intake nobody finished): one acknowledgement, one tracking issue, one
 * reply, every write once.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeGitHub } from "../double/fake-github.js";
import { WEBHOOK_SECRET } from "../helpers/app.js";
import { ensureBuilt, freePort, startAppProcess, waitFor, type AppProcess } from "../helpers/app-process.js";
import { seedGitHub } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const TRACKER = "acme/security-tracker";

/** Every hidden marker the bot wrote in a new comment or issue, with how often. */
function markerCounts(fake: FakeGitHub): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of fake.writes()) {
    const body = (r.body as { body?: unknown } | undefined)?.body;
    if (typeof body !== "string" || r.method !== "POST") continue;
    for (const m of body.matchAll(/<!-- security-policy-bot report="[^"]*" kind="[^"]*"(?: key="[^"]*")? -->/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}

const kinds = (fake: FakeGitHub) => [...markerCounts(fake).entries()].filter(([, n]) => n > 1).map(([m, n]) => `${m} ×${n}`);

describe("the app killed with SIGKILL at a write, then started again", () => {
  let dir: string;
  let fake: FakeGitHub;
  let app: AppProcess | null = null;
  let port: number;
  let killAt: ((path: string, method: string, body: unknown) => boolean) | null = null;
  let killed = 0;

  beforeAll(() => ensureBuilt(), 120_000);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "spb-sigkill-"));
    killAt = null;
    killed = 0;
    fake = new FakeGitHub({
      autoRedeliver: true,
      onWrite: async (req) => {
        if (killAt && app && killAt(req.path, req.method, req.body)) {
          killAt = null;
          killed++;
          await app.kill();
        }
      },
    });
    await fake.start();
    seedGitHub(fake);
    port = await freePort();
    fake.hooks = [{ url: `http://127.0.0.1:${port}/api/github/webhooks`, secret: WEBHOOK_SECRET }];
  });

  afterEach(async () => {
    await app?.stop();
    app = null;
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
    expect(fake.violations).toEqual([]);
  });

  // A claim times out after 8 s here (120 s by default): longer than a live intake takes with
  // Probot's write pacing (about 1 s between writes), so only a dead holder's claims are taken over.
  const start = async () => (app = await startAppProcess({ githubUrl: fake.url, databaseUrl: join(dir, "ledger.sqlite"), port, env: { CLAIM_TIMEOUT_SECONDS: "8" } }));

  const report = () => {
    const at = new Date().toISOString();
    fake.addAdvisory({ ghsa_id: GHSA, owner: "acme", repo: "mcp-server", author: "finder-jane", summary: "Path traversal", severity: "high", created_at: at, updated_at: at, vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null, vulnerable_functions: null }] });
    return { action: "reported", repository_advisory: fake.advisoryJson(fake.advisories.get(GHSA)!), repository: fake.repoJson(fake.repos.get("acme/mcp-server")!), organization: { login: "acme" }, installation: { id: 42 }, sender: { login: "finder-jane", type: "User" } };
  };

  const acks = () => fake.advisories.get(GHSA)!.comments.filter((c) => c.body.includes('kind="acknowledgement"')).length;
  const trackingIssues = () => fake.issues.get(TRACKER)!.filter((i) => i.body.includes('kind="tracking-issue"'));
  const intakeDone = () => acks() === 1 && trackingIssues().length === 1 && trackingIssues()[0]!.assignees.length === 1 && fake.advisories.get(GHSA)!.collaborating_users.length === 1;

  /** Waits for the end state, then one more reconciler period to be sure nothing more is written. */
  async function finishes(done: () => boolean, what: string): Promise<void> {
    await waitFor(done, 100_000, what);
    await new Promise((r) => setTimeout(r, 5_500));
    await fake.settle();
  }

  const INTAKE_WRITES: [string, (path: string, method: string) => boolean][] = [
    ["the acknowledgement", (p, m) => m === "POST" && p.endsWith(`/security-advisories/${GHSA}/comments`)],
    ["the first label", (p, m) => m === "POST" && p === `/repos/${TRACKER}/labels`],
    ["the tracking issue", (p, m) => m === "POST" && p === `/repos/${TRACKER}/issues`],
    ["the handler's access to the advisory", (p, m) => m === "PATCH" && p === `/repos/acme/mcp-server/security-advisories/${GHSA}`],
  ];

  it.each(INTAKE_WRITES)("intake, killed after %s: one acknowledgement, one tracking issue, every write once", async (_what, at) => {
    await start();
    killAt = (p, m) => at(p, m);
    const status = await fake.sendWebhook("repository_advisory", report());
    expect(status).toBe(0); // the process died before answering
    expect(killed).toBe(1);
    await start();
    await finishes(intakeDone, "intake to be finished after the restart");
    expect(acks()).toBe(1);
    expect(trackingIssues()).toHaveLength(1);
    expect(kinds(fake)).toEqual([]);
    expect(fake.advisories.get(GHSA)!.comments.some((c) => /Thank you for your report, @security-policy-bot/.test(c.body))).toBe(false);
  }, 200_000);

  async function intakeThen(): Promise<number> {
    await start();
    await fake.sendWebhook("repository_advisory", report());
    await fake.settle();
    expect(intakeDone()).toBe(true);
    return trackingIssues()[0]!.number;
  }

  it("a command on the tracking issue, killed after its first write: applied once, one reply", async () => {
    const issue = await intakeThen();
    killAt = (p, m) => m !== "GET" && p.startsWith(`/repos/${TRACKER}/issues/${issue}`);
    const c = fake.commentOnIssue(TRACKER, issue, "carol", "/assign @bob");
    expect(await fake.sendWebhook(c.event, c.payload)).toBe(0);
    expect(killed).toBe(1);
    await start();
    const replies = () => fake.issues.get(TRACKER)!.find((i) => i.number === issue)!.comments.filter((x) => x.body.includes('kind="reply"'));
    await finishes(() => replies().length === 1 && fake.advisories.get(GHSA)!.collaborating_users.includes("bob"), "the command's reply");
    expect(replies()).toHaveLength(1);
    expect(replies()[0]!.body).toContain("/assign @bob");
    expect(fake.issues.get(TRACKER)!.find((i) => i.number === issue)!.assignees).toEqual(["bob"]);
    expect(kinds(fake)).toEqual([]);
  }, 200_000);

  it("publication with /publish --force, killed after GitHub published: published once, the reporter told once", async () => {
    const issue = await intakeThen();
    fake.permissions.set("acme/mcp-server:carol", "admin");
    const prepare = fake.commentOnIssue(TRACKER, issue, "carol", "/accept\n/draft");
    expect(await fake.sendWebhook(prepare.event, prepare.payload)).toBe(200);
    await fake.settle();
    killAt = (p, m, b) => m === "PATCH" && p === `/repos/acme/mcp-server/security-advisories/${GHSA}` && (b as { state?: string }).state === "published";
    const c = fake.commentOnIssue(TRACKER, issue, "carol", "/publish --force");
    expect(await fake.sendWebhook(c.event, c.payload)).toBe(0);
    expect(killed).toBe(1);
    expect(fake.advisories.get(GHSA)!.state).toBe("published");
    await start();
    const told = () => fake.advisories.get(GHSA)!.comments.filter((x) => x.body.includes('kind="published"')).length;
    await finishes(() => told() >= 1 && fake.issues.get(TRACKER)!.find((i) => i.number === issue)!.state === "closed", "the aftermath of publication");
    expect(kinds(fake)).toEqual([]);
    expect(fake.writes().filter((w) => w.method === "PATCH" && w.path.endsWith(GHSA) && (w.body as { state?: string }).state === "published")).toHaveLength(1);
  }, 200_000);
});
