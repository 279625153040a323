/**
 * The installation check: the repositories of a new installation (or added to one) without
 * private vulnerability reporting are named in their tracker's dashboard, with how to enable
 * it, at once; a redelivery or a second delivery writes nothing; the sweep clears the section
 * once GitHub says reporting is on.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import pino from "pino";
import type { Probot } from "probot";
import type { GitHub } from "../../src/github/octokit.js";
import { makeDeps } from "../../src/handlers/deps.js";
import { refreshDashboards } from "../../src/loops/dashboard.js";
import type { LoopContext } from "../../src/loops/reconcile.js";
import { REPORTING_RECHECK_MS } from "../../src/workflows/dashboard.js";
import type { Store } from "../../src/store/index.js";
import { installationCreated, recorded, type TestRepo } from "../fixtures/webhooks.js";
import { loadedProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { captureLogs, type LogCapture } from "../helpers/logs.js";
import { EXAMPLE_POLICY, mockSettings } from "../helpers/repo-mocks.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

const NOW = Date.parse("2026-11-27T18:30:00Z");
const CONFIG = ".github%2Fsecurity-policy-bot.yml";
const RAW = { "content-type": "application/vnd.github.raw; charset=utf-8" };
const OWN_CONFIG = "tracker: acme/security-tracker\nhandlers: [alice, bob]\n";

const repo = (id: number, name: string, isPrivate = false): TestRepo => ({ id, owner: "acme", name, private: isPrivate, defaultBranch: "main", ownerType: "Organization" });
const MCP = repo(1001, "mcp-server");
const DOCS = repo(1003, "docs");
const WEBSITE = repo(1004, "website");
const SANDBOX = repo(1005, "sandbox");
const TRACKER = repo(2002, "security-tracker", true);
const CLI = repo(1006, "cli");

/** The section the dashboard carries for `names` (acme is an organisation). */
const section = (names: string[]) =>
  [
    "### Repositories without private vulnerability reporting",
    "",
    `Private vulnerability reporting is disabled in ${names.length === 1 ? "this repository" : `these ${names.length} repositories`}: reporters cannot open a private report there, so vulnerabilities may be reported in public issues or not at all.`,
    "",
    ...names.map((n) => `- [acme/${n}](https://github.com/acme/${n}/settings/security_analysis)`),
    "",
    `To enable it, an admin of ${names.length === 1 ? "the repository" : "each repository"} opens its **Settings → Advanced Security** (**Code security** on older GitHub and Enterprise Server) and, next to **Private vulnerability reporting**, clicks **Enable**; or calls \`PUT /repos/{owner}/{repo}/private-vulnerability-reporting\` (\`gh api -X PUT repos/acme/${names[0]}/private-vulnerability-reporting\`).`,
    "For every public repository of acme at once, an organisation owner or security manager enables it in the organisation's **Settings → Advanced Security** (a security configuration with private vulnerability reporting enabled, applied to its public repositories).",
    "",
    "This section is updated when repositories are added to the app and clears once the bot sees reporting enabled.",
  ].join("\n");

/** The dashboard's section on private reporting, as written ("" when it has none). */
const sectionOf = (body: string): string => {
  const start = body.indexOf("### Repositories without private vulnerability reporting");
  if (start < 0) return "";
  const end = body.indexOf("\n\n### ", start);
  return body.slice(start, end < 0 ? undefined : end);
};

describe("installation check: repositories without private vulnerability reporting", () => {
  let t: TestStore;
  let store: Store;
  let gh: GitHubStub;
  let probot: Probot;
  let logs: LogCapture;
  let now = NOW;
  let delivery = 0;
  const receive = (payload: Record<string, unknown>, name = "installation", id = `d-${++delivery}`) => probot.receive({ id, name, payload } as never);

  beforeEach(async () => {
    blockNetwork();
    t = await storeFactories()[0]![1]();
    store = t.store;
    gh = new GitHubStub();
    now = NOW;
    logs = await captureLogs();
    probot = await loadedProbot(makeDeps({ store, clock: () => now, instanceId: "i" }), logs.log);
  });

  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  /** A repository's reads in the check: itself, its config (own, the org's default, or one without a tracker), its policy, its reporting. */
  function mockRepo(r: TestRepo, o: { config: "own" | "org" | string; reporting?: boolean; settingsCached?: boolean }): void {
    gh.scope().get(`/repos/acme/${r.name}`).reply(200, { id: r.id, node_id: `R_${r.id}`, name: r.name, full_name: `acme/${r.name}`, private: r.private, default_branch: "main", owner: { login: "acme", type: "Organization" } });
    if (!o.settingsCached) {
      if (o.config === "org") {
        gh.scope().get(`/repos/acme/${r.name}/contents/${CONFIG}`).reply(404, { message: "Not Found" });
        gh.scope().get(`/repos/acme/.github/contents/${CONFIG}`).reply(200, OWN_CONFIG, RAW);
        gh.scope()
          .post("/graphql", (body: { query: string; variables: { name: string } }) => body.query.includes("policyFiles") && body.variables.name === r.name)
          .reply(200, { data: { repo: { f0: null, f1: null, f2: null, m0: null, m1: null, m2: null, m3: null, m4: null, m5: null }, org: { f0: null, f1: null, f2: null } } });
      } else {
        mockSettings(gh, { repo: r, config: o.config === "own" ? OWN_CONFIG : o.config, policy: EXAMPLE_POLICY });
      }
    }
    // GitHub offers private vulnerability reporting for public repositories only: a private one is not asked.
    if (!r.private) gh.scope().get(`/repos/acme/${r.name}/private-vulnerability-reporting`).reply(200, { enabled: o.reporting });
  }

  const orgListing = () => gh.scope().get("/orgs/acme/security-advisories").query({ per_page: "1" }).reply(200, []);

  it("names each public repository without it in its tracker's dashboard, once, and adds repositories added later", async () => {
    gh.token();
    mockRepo(MCP, { config: "own", reporting: false });
    mockRepo(DOCS, { config: "org", reporting: false }); // the tracker comes from the organisation's .github
    mockRepo(WEBSITE, { config: "own", reporting: true });
    mockRepo(SANDBOX, { config: "handlers: [alice]\n", reporting: false }); // no tracker anywhere
    mockRepo(TRACKER, { config: "org" }); // private: GitHub offers no private reporting there
    orgListing();
    gh.scope().post("/repos/acme/security-tracker/issues").reply(201, { id: 9031, number: 31, html_url: "https://github.com/acme/security-tracker/issues/31" });

    const payload = installationCreated("acme", ["mcp-server", "docs", "website", "sandbox", "security-tracker"]);
    (payload.repositories as { name: string; private: boolean }[]).find((x) => x.name === "security-tracker")!.private = true;
    await receive(payload, "installation", "install-1");

    // The one write: the tracker's dashboard, created with the section (the tracker's visibility was learnt from its own check).
    expect(gh.writes()).toEqual([{ method: "POST", path: "/repos/acme/security-tracker/issues", body: { title: "Security dashboard", body: expect.any(String) } }]);
    const body = (gh.writes()[0]!.body as { body: string }).body;
    expect(sectionOf(body)).toBe(section(["docs", "mcp-server"]));
    expect(body).toContain('<!-- security-policy-bot report="acme/security-tracker" kind="dashboard" -->');
    expect(body).toContain("| acme/website | readable (2 rows) | yes | — |");
    expect(body).toContain("| acme/security-tracker | **not usable** | — (private) | ❌ No SECURITY.md was found (SECURITY.md, .github/SECURITY.md, docs/SECURITY.md or the organisation's .github repository). |");
    expect(body).not.toContain("acme/sandbox"); // its config names no tracker: not this tracker's repository
    // The repository no tracker can take is said at warn, with its name only.
    const warned = logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string; repository?: string }).filter((l) => l.level === 40 && /no tracker is configured/.test(l.msg));
    expect(warned.map((l) => l.repository)).toEqual(["acme/sandbox"]);

    // The same delivery again: nothing read, nothing written.
    const before = gh.sent.length;
    await receive(payload, "installation", "install-1");
    expect(gh.sent.length).toBe(before);
    expectAllUsed();

    // A second delivery of the same installation (settings now cached): read again, nothing written.
    blockNetwork();
    for (const r of [MCP, DOCS, WEBSITE, SANDBOX]) mockRepo(r, { config: "own", reporting: r === WEBSITE, settingsCached: true });
    mockRepo(TRACKER, { config: "org", settingsCached: true });
    orgListing();
    gh.sent.length = 0;
    await receive(payload, "installation", "install-2");
    expect(gh.writes()).toEqual([]);
    expectAllUsed();

    // A repository added to the installation, reporting off: the dashboard is rewritten with it.
    blockNetwork();
    gh.sent.length = 0;
    mockRepo(CLI, { config: "own", reporting: false });
    orgListing();
    gh.scope().patch("/repos/acme/security-tracker/issues/31").reply(200, { number: 31 });
    const added = recorded("installation_repositories", "added");
    added.installation = { ...(added.installation as object), id: 42, account: { login: "acme", type: "Organization" }, permissions: { issues: "write" } };
    added.repositories_added = [{ id: CLI.id, node_id: "R_cli", name: "cli", full_name: "acme/cli", private: false }];
    now += REPORTING_RECHECK_MS / 2; // within the hour: the others' reporting is not asked again
    await receive(added, "installation_repositories", "added-1");
    expect(gh.writes()).toEqual([{ method: "PATCH", path: "/repos/acme/security-tracker/issues/31", body: { body: expect.any(String) } }]);
    expect(sectionOf((gh.writes()[0]!.body as { body: string }).body)).toBe(section(["cli", "docs", "mcp-server"]));
  });

  it("clears a repository from the section once the sweep finds reporting enabled, asking at most hourly", async () => {
    gh.token();
    mockRepo(MCP, { config: "own", reporting: false });
    orgListing();
    gh.scope().get("/repos/acme/security-tracker").reply(200, { id: TRACKER.id, private: true });
    gh.scope().post("/repos/acme/security-tracker/issues").reply(201, { id: 9031, number: 31, html_url: "https://github.com/acme/security-tracker/issues/31" });
    await receive(installationCreated("acme", ["mcp-server"]));
    expect(sectionOf((gh.writes()[0]!.body as { body: string }).body)).toBe(section(["mcp-server"]));

    const ctx: LoopContext = { deps: makeDeps({ store, clock: () => now, instanceId: "i" }), auth: async (id?: number) => (await probot.auth(id)) as unknown as GitHub, log: pino({ level: "silent" }), pollIntervalMs: 60000 };
    // Within the hour: GitHub is not asked again, nothing changes.
    now += REPORTING_RECHECK_MS - 60_000;
    gh.sent.length = 0;
    expect(await refreshDashboards(ctx)).toBe(0);
    expect(gh.calls()).toEqual([]);

    // An hour on (another quarter hour): asked once, enabled, the section is gone.
    now += 60_000;
    gh.scope().get("/repos/acme/mcp-server/private-vulnerability-reporting").reply(200, { enabled: true });
    gh.scope().get("/repos/acme/security-tracker").reply(200, { id: TRACKER.id, private: true });
    gh.scope().patch("/repos/acme/security-tracker/issues/31").reply(200, { number: 31 });
    expect(await refreshDashboards(ctx)).toBe(1);
    expect(gh.calls().map((c) => `${c.method} ${c.path}`)).toEqual(["GET /repos/acme/mcp-server/private-vulnerability-reporting", "GET /repos/acme/security-tracker", "PATCH /repos/acme/security-tracker/issues/31"]);
    const body = (gh.writes()[0]!.body as { body: string }).body;
    expect(sectionOf(body)).toBe("");
    expect(body).toContain("| acme/mcp-server | readable (2 rows) | yes | — |");
  });

  it("writes nothing to a public tracker", async () => {
    gh.token();
    mockRepo(MCP, { config: "own", reporting: false });
    orgListing();
    gh.scope().get("/repos/acme/security-tracker").reply(200, { id: TRACKER.id, private: false });
    await receive(installationCreated("acme", ["mcp-server"]));
    expect(gh.writes()).toEqual([]);
    const refused = logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string; reason?: string }).filter((l) => l.msg === "write refused by the privacy guard");
    expect(refused.map((l) => [l.level, l.reason])).toEqual([[40, "the tracker acme/security-tracker is public"]]);
  });
});
