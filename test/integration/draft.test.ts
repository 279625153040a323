/**
 * `/draft` (issue 13, item 7): the advisory is PATCHed with a body GitHub accepts that names the
 * package and the affected and patched ranges before any release, and the comment gets exactly
 * one reply — the preview is in it.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { Probot } from "probot";
import { makeDeps } from "../../src/handlers/deps.js";
import type { Report } from "../../src/core/report.js";
import type { Store } from "../../src/store/index.js";
import { issueComment } from "../fixtures/webhooks.js";
import { loadedProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { aReport } from "../helpers/report.js";
import { cacheSettings } from "../helpers/settings.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const COMMENTS = "/repos/acme/security-tracker/issues/7/comments";
const NOW = Date.parse("2026-11-26T10:00:05Z");
let delivery = 0;

/** The advisory as GitHub answers it: the reporter's form filled in, nothing drafted yet. */
const advisoryJson = (o: Record<string, unknown> = {}) => ({
  ghsa_id: GHSA,
  html_url: `https://github.com/acme/mcp-server/security/advisories/${GHSA}`,
  summary: "Path traversal in upload",
  description: "Uploading ../../etc/passwd reads it.",
  severity: "high",
  cvss: null,
  cwe_ids: [],
  credits: [],
  state: "triage",
  vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null, vulnerable_functions: [] }],
  collaborating_users: [],
  private_fork: null,
  ...o,
});

describe("/draft", () => {
  let t: TestStore;
  let store: Store;
  let probot: Probot;
  let gh: GitHubStub;
  const receive = (payload: Record<string, unknown>) => probot.receive({ id: `draft-${++delivery}`, name: "issue_comment", payload } as never);
  const replies = () => gh.sent.filter((r) => r.method === "POST" && r.path === COMMENTS).map((r) => (r.body as { body: string }).body);
  const report = (o: Partial<Report> = {}) =>
    aReport({ id: GHSA, ghsaId: GHSA, handler: "alice", trackerRepo: "acme/security-tracker", trackerIssue: 7, state: "accepted", advisoryState: "triage", acknowledgedAt: NOW - 86400000, severity: "high", reporter: "finder-jane", ...o });

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    store = t.store;
    probot = await loadedProbot(makeDeps({ store, clock: () => NOW, instanceId: "test" }));
    gh = new GitHubStub();
  });

  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  it("before any release: names the package and each range (patched from /fixed-in, else none yet), and answers with one reply carrying the preview", async () => {
    await cacheSettings(store);
    await store.reports.insert(report({ affected: ["1.0.x"], unsupported: ["< 1.0"], vulnerableRange: "<=1.0.1", fixedIn: { "1.0.x": "1.0.2" }, fixes: {} }));
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write", role_name: "maintain" });
    gh.scope().get(ADVISORY).reply(200, advisoryJson());
    gh.scope().patch(ADVISORY).reply(200, advisoryJson({ state: "draft" }));
    gh.scope().post(COMMENTS).reply(201, { id: 9001, html_url: "h" });

    await receive(issueComment({ body: "/draft", author: "carol", id: 601 }));

    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH ${ADVISORY}`, `POST ${COMMENTS}`]);
    const patch = gh.writes()[0]!.body as Record<string, unknown>;
    expect(Object.keys(patch).sort()).toEqual(["credits", "cwe_ids", "description", "severity", "state", "summary", "vulnerabilities"]);
    expect(patch).toMatchObject({
      state: "draft",
      severity: "high",
      summary: "Path traversal in upload",
      cwe_ids: [],
      credits: [{ login: "finder-jane", type: "reporter" }],
      vulnerabilities: [
        { package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: ">= 1.0.0, < 1.0.2", patched_versions: "1.0.2", vulnerable_functions: null },
        { package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "< 1.0.0", patched_versions: null, vulnerable_functions: null },
      ],
    });
    expect(patch.description).toContain(
      [
        "### Patches",
        "",
        "**Package:** `mcp-server` (`npm`)",
        "",
        "| Affected versions | Patched versions |",
        "| --- | --- |",
        "| `>= 1.0.0, < 1.0.2` | `1.0.2` |",
        "| `< 1.0.0` | none: < 1.0 is no longer supported |",
      ].join("\n"),
    );
    // The reporter's words stay as the impact.
    expect(patch.description).toMatch(/^### Impact\n\nUploading \.\.\/\.\.\/etc\/passwd reads it\.\n\n### Patches/);

    // One reply: the result and the preview, marked as the reply to this comment.
    expect(replies()).toHaveLength(1);
    const reply = replies()[0]!;
    expect(reply).toMatch(/^@carol\n- ✅ `\/draft` — advisory drafted; the preview is below\.\n\n📝 The public advisory is drafted \(state: draft\)/);
    expect(reply).toContain("> **Path traversal in upload**");
    expect(reply).toContain("- `npm/mcp-server`: vulnerable `>= 1.0.0, < 1.0.2`, patched `1.0.2`");
    expect(reply).toContain("Still without a fix release: 1.0.x.");
    expect(reply).toContain(`<!-- security-policy-bot report="${GHSA}" kind="reply" key="comment-601" -->`);
    expect(reply).not.toContain('kind="draft-preview"');
    expect(await store.reports.get(GHSA)).toMatchObject({ state: "drafted", draftedAt: NOW, advisoryState: "draft" });

    // The same comment seen again (an edit, a redelivery): nothing more.
    await receive(issueComment({ body: "/draft (edited)", author: "carol", id: 601, action: "edited" }));
    expect(replies()).toHaveLength(1);
  });

  it("with no table and no package in the config: the reporter's package and range, and no fixed version known yet", async () => {
    await cacheSettings(store, { policy: "# Security\n\nEmail security@acme.test. We acknowledge receipt within 3 business days.\n", package: null });
    await store.reports.insert(report({ affected: [], unsupported: [], vulnerableRange: "<=1.0.1", fixedIn: {}, fixes: {} }));
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "admin" });
    gh.scope().get(ADVISORY).reply(200, advisoryJson({ vulnerabilities: [{ package: { ecosystem: "pip", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null, vulnerable_functions: [] }] }));
    gh.scope().patch(ADVISORY).reply(200, advisoryJson({ state: "draft" }));
    gh.scope().post(COMMENTS).reply(201, { id: 9002, html_url: "h" });

    await receive(issueComment({ body: "Composing it now.\n/draft", author: "carol", id: 602 }));

    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH ${ADVISORY}`, `POST ${COMMENTS}`]);
    const patch = gh.writes()[0]!.body as { vulnerabilities: unknown[]; description: string };
    expect(patch.vulnerabilities).toEqual([{ package: { ecosystem: "pip", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null, vulnerable_functions: null }]);
    expect(patch.description).toContain("**Package:** `mcp-server` (`pip`)\n\n| Affected versions | Patched versions |\n| --- | --- |\n| `<= 1.0.1` | no fixed version yet |\n\nNo fixed version is known yet.");
    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toContain("- `pip/mcp-server`: vulnerable `<= 1.0.1`, patched no fixed version yet");
  });

  it("/draft with other commands: still one reply, the preview after every result", async () => {
    await cacheSettings(store);
    await store.reports.insert(report({ affected: ["1.0.x"], unsupported: [], vulnerableRange: "<=1.0.1", fixedIn: {}, fixes: {} }));
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write" });
    gh.scope().get("/repos/acme/security-tracker/issues/7").reply(200, { number: 7, body: "no tasks" });
    gh.scope().get(ADVISORY).reply(200, advisoryJson());
    gh.scope().patch(ADVISORY).reply(200, advisoryJson({ state: "draft" }));
    gh.scope().post(COMMENTS).reply(201, { id: 9003, html_url: "h" });

    await receive(issueComment({ body: "/fixed-in 1.0.2\n/draft", author: "carol", id: 603 }));

    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH ${ADVISORY}`, `POST ${COMMENTS}`]);
    expect((gh.writes()[0]!.body as { vulnerabilities: unknown[] }).vulnerabilities).toEqual([
      { package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: ">= 1.0.0, < 1.0.2", patched_versions: "1.0.2", vulnerable_functions: null },
    ]);
    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toMatch(/- ✅ `\/fixed-in 1\.0\.2` — fixed versions: 1\.0\.x → 1\.0\.2\.\n- ✅ `\/draft` — advisory drafted; the preview is below\.\n\n📝/);
  });
});
