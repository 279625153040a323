/**
 * Issue 13, item 8: on `installation.created` (and `installation_repositories.added`), every
 * public repository of the installation without private vulnerability reporting is named in
 * its tracker — a section of the tracker's security dashboard, with how to enable it. The
 * real server, signed webhooks, the GitHub double; a redelivery or a second delivery writes
 * nothing new.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { installationCreated, recorded } from "../fixtures/webhooks.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { CONFIG_YML, startWorld, type World } from "../helpers/world.js";

const NOW = Date.parse("2026-11-27T18:30:00Z");
const SECTION = "### Repositories without private vulnerability reporting";

describe.each(storeFactories())("installation check (%s)", (_db, factory) => {
  let t: TestStore;
  let world: World;
  let now = NOW;

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = NOW;
    world = await startWorld({ stores: [t.store], clock: () => now });
  });

  afterEach(async () => {
    await world.close();
    await t.dispose();
  });

  /** The repositories as GitHub lists them in installation payloads. */
  const listed = (names: string[]) =>
    names.map((name) => {
      const r = world.fake.repos.get(`acme/${name}`)!;
      return { id: r.id, node_id: `R_${r.id}`, name, full_name: `acme/${name}`, private: r.private };
    });
  /** What the bot wrote, token exchanges aside. */
  const writes = () => world.fake.writes().filter((r) => !r.path.includes("/access_tokens"));
  const dashboards = () => (world.fake.issues.get("acme/security-tracker") ?? []).filter((i) => i.title === "Security dashboard");

  it("names the repositories without private vulnerability reporting in the tracker's dashboard, once", async () => {
    const { fake } = world;
    fake.addRepo({ owner: "acme", name: "docs", reporting: false, files: { ".github/security-policy-bot.yml": CONFIG_YML } });
    fake.addRepo({ owner: "acme", name: "legacy", reporting: false, files: { ".github/security-policy-bot.yml": "handlers: [alice]\n" } }); // no tracker
    const payload = installationCreated("acme", []);
    payload.repositories = listed(["mcp-server", "docs", "legacy", "security-tracker"]);

    expect(await world.send("installation", payload, { guid: "install-1" })).toEqual([200]);

    // One write: the dashboard, in the private tracker, naming acme/docs with how to enable it.
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/security-tracker/issues"]);
    const sent = writes()[0]!.body as { title: string; body: string };
    expect(sent.title).toBe("Security dashboard");
    const section = sent.body.slice(sent.body.indexOf(SECTION), sent.body.indexOf("\n\n### Last 90 days"));
    expect(section).toBe(
      [
        SECTION,
        "",
        "Private vulnerability reporting is disabled in this repository: reporters cannot open a private report there, so vulnerabilities may be reported in public issues or not at all.",
        "",
        "- [acme/docs](https://github.com/acme/docs/settings/security_analysis)",
        "",
        "To enable it, an admin of the repository opens its **Settings → Advanced Security** (**Code security** on older GitHub and Enterprise Server) and, next to **Private vulnerability reporting**, clicks **Enable**; or calls `PUT /repos/{owner}/{repo}/private-vulnerability-reporting` (`gh api -X PUT repos/acme/docs/private-vulnerability-reporting`).",
        "For every public repository of acme at once, an organisation owner or security manager enables it in the organisation's **Settings → Advanced Security** (a security configuration with private vulnerability reporting enabled, applied to its public repositories).",
        "",
        "This section is updated when repositories are added to the app and clears once the bot sees reporting enabled.",
      ].join("\n"),
    );
    expect(sent.body).toContain("| acme/mcp-server | readable (2 rows) | yes | — |");
    expect(sent.body).not.toContain("acme/legacy"); // names no tracker: nowhere to write it (a warning in the log)
    expect(dashboards().map((i) => i.body)).toEqual([sent.body]);
    // GitHub was asked about the public repositories only.
    expect(fake.requests.filter((r) => r.path.endsWith("/private-vulnerability-reporting")).map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      "GET /repos/acme/docs/private-vulnerability-reporting",
      "GET /repos/acme/legacy/private-vulnerability-reporting",
      "GET /repos/acme/mcp-server/private-vulnerability-reporting",
    ]);

    // The same delivery again, then a second delivery of the same event: nothing new written.
    const before = writes().length;
    expect(await world.send("installation", payload, { guid: "install-1" })).toEqual([200]);
    expect(await world.send("installation", payload, { guid: "install-2" })).toEqual([200]);
    expect(writes()).toHaveLength(before);
    expect(dashboards()).toHaveLength(1);
  });

  it("adds a repository added to the installation to the same dashboard", async () => {
    const { fake } = world;
    const payload = installationCreated("acme", []);
    payload.repositories = listed(["mcp-server", "security-tracker"]);
    expect(await world.send("installation", payload)).toEqual([200]);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/security-tracker/issues"]);
    expect((writes()[0]!.body as { body: string }).body).not.toContain(SECTION); // every public repository has it on

    fake.addRepo({ owner: "acme", name: "cli", reporting: false, files: { ".github/security-policy-bot.yml": CONFIG_YML } });
    const added = recorded("installation_repositories", "added");
    added.installation = { ...(added.installation as object), id: 42, account: { login: "acme", type: "Organization", id: 9000 }, target_type: "Organization" };
    added.repositories_added = listed(["cli"]);
    now += 60_000;
    expect(await world.send("installation_repositories", added, { guid: "added-1" })).toEqual([200]);
    const [dashboard] = dashboards();
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/security-tracker/issues", `PATCH /repos/acme/security-tracker/issues/${dashboard!.number}`]);
    expect(dashboard!.body).toContain(`${SECTION}\n\nPrivate vulnerability reporting is disabled in this repository`);
    expect(dashboard!.body).toContain("- [acme/cli](https://github.com/acme/cli/settings/security_analysis)");

    // Delivered again under another GUID: nothing new.
    expect(await world.send("installation_repositories", added, { guid: "added-2" })).toEqual([200]);
    expect(writes()).toHaveLength(2);
  });
});
