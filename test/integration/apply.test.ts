/**
 * The one writer (issue 15, item 1): every action goes through one pipeline — privacy guard,
 * claim, write, settle, audit — with nothing skipped; a dry run shows what would be written
 * and sends nothing; the outcomes of the writes already made are kept when a later one fails.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import pino from "pino";
import type { Action } from "../../src/core/actions.js";
import { apply, dryRun, type ApplyEnv, type Outcome } from "../../src/github/apply/index.js";
import { EXECUTORS } from "../../src/github/apply/executors/index.js";
import { GitHubCaches } from "../../src/github/caches.js";
import type { GitHub } from "../../src/github/octokit.js";
import { newProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const NOW = Date.parse("2026-11-26T10:00:00Z");
const reply = (text: string) => ({ kind: "reply" as const, to: "carol", items: [{ command: "/status", ok: true, text }], notice: null });
const issue = (repo: string, number: number) => ({ owner: "acme", repo, number });

describe.each(storeFactories())("the one writer (%s)", (_name, open) => {
  let t: TestStore;
  let gh: GitHubStub;
  let env: ApplyEnv;

  beforeEach(async () => {
    blockNetwork();
    t = await open();
    gh = new GitHubStub();
    const caches = new GitHubCaches(() => NOW, t.store.visibility);
    caches.rememberVisibility("acme", "security-tracker", true);
    caches.rememberVisibility("acme", "mcp-server", false);
    env = {
      gh: (await newProbot().auth(42)) as unknown as GitHub,
      store: t.store,
      caches,
      installationId: 42,
      clock: () => NOW,
      instanceId: "test",
      claimTimeoutMs: 120_000,
      log: pino({ level: "silent" }),
      templates: {},
      sensitive: ["The upload handler reads any file"],
    };
  });
  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  it("has an executor for every kind of action", () => {
    const kinds: Action["type"][] = ["comment", "open-tracking-issue", "add-labels", "remove-labels", "set-assignees", "add-advisory-collaborator", "share-advisory", "patch-advisory", "request-cve", "create-fork", "update-issue", "tick-tasks", "write-dashboard", "link-release", "check-run", "open-table-pr", "transfer-issue", "create-advisory"];
    expect(Object.keys(EXECUTORS).sort()).toEqual([...kinds].sort());
  });

  it("guards every write the same way: labels, assignees and issue updates never go to a public issue", async () => {
    const out = await apply(env, [
      { type: "add-labels", reportId: "r1", issue: issue("mcp-server", 5), labels: ["security-report"] },
      { type: "remove-labels", reportId: "r1", issue: issue("mcp-server", 5), labels: ["needs-info"] },
      { type: "set-assignees", reportId: "r1", issue: issue("mcp-server", 5), assignees: ["alice"] },
      { type: "update-issue", reportId: "r1", issue: issue("mcp-server", 5), state: "closed" },
    ]);
    expect(out.map((o) => o.status)).toEqual(["refused", "refused", "refused", "refused"]);
    expect(gh.sent).toEqual([]);
    expect((await t.store.audit.forReport("r1")).map((a) => [a.method, a.kind])).toEqual([["REFUSED", "labels"], ["REFUSED", "labels"], ["REFUSED", "assignees"], ["REFUSED", "issue"]]);
  });

  it("a dry run guards and describes every write, and sends, claims and records nothing", async () => {
    const out = await dryRun(env, [
      { type: "comment", reportId: "r1", target: { kind: "issue", ...issue("security-tracker", 7) }, message: reply("ok") },
      { type: "add-labels", reportId: "r1", issue: issue("mcp-server", 5), labels: ["security-report"] },
      { type: "patch-advisory", reportId: "r1", advisory: { owner: "acme", repo: "mcp-server", ghsaId: "GHSA-wq4h-7r42-5hrr" }, fields: { severity: "high" }, what: "severity" },
    ]);
    expect(out).toEqual([
      { status: "planned", method: "POST", path: "/repos/acme/security-tracker/issues/7/comments" },
      { status: "refused", reason: "report labels are not put on public issues" },
      { status: "planned", method: "PATCH", path: "/repos/acme/mcp-server/security-advisories/GHSA-wq4h-7r42-5hrr" },
    ]);
    expect(gh.sent).toEqual([]);
    expect(await t.store.intents.get("r1/reply")).toBeUndefined();
    expect(await t.store.audit.forReport("r1")).toEqual([]);
  });

  it("keeps the outcomes of the writes already made when a later one fails, and leaves the failed one to be looked for", async () => {
    gh.token();
    gh.scope().post("/repos/acme/security-tracker/issues/7/comments").reply(201, { id: 1, html_url: "https://github.com/acme/security-tracker/issues/7#issuecomment-1" });
    gh.scope().post("/repos/acme/security-tracker/issues/8/comments").reply(502, { message: "Bad Gateway" });
    const done: Outcome[] = [];
    await expect(
      apply(
        env,
        [
          { type: "comment", reportId: "r1", target: { kind: "issue", ...issue("security-tracker", 7) }, message: reply("one"), key: "c1" },
          { type: "comment", reportId: "r1", target: { kind: "issue", ...issue("security-tracker", 8) }, message: reply("two"), key: "c2" },
          { type: "comment", reportId: "r1", target: { kind: "issue", ...issue("security-tracker", 9) }, message: reply("three"), key: "c3" },
        ],
        done,
      ),
    ).rejects.toMatchObject({ status: 502 });
    expect(done).toEqual([{ status: "done", result: "https://github.com/acme/security-tracker/issues/7#issuecomment-1" }]);
    expect(await t.store.intents.get("r1/reply/c1")).toMatchObject({ state: "done" });
    // GitHub may have taken the second: its claim is kept as unsure, to be looked for before writing again.
    expect(await t.store.intents.get("r1/reply/c2")).toMatchObject({ state: "unsure" });
    expect(await t.store.intents.get("r1/reply/c3")).toBeUndefined();
    expect((await t.store.audit.forReport("r1")).map((a) => [a.method, a.path, a.status])).toEqual([
      ["POST", "/repos/acme/security-tracker/issues/7/comments", 201],
      ["POST", "/repos/acme/security-tracker/issues/8/comments", 502],
    ]);
  });
});
