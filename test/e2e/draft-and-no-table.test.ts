/**
 * Issue 13, items 6 and 7, end to end: signed webhooks to the real server, the strict GitHub
 * double (it validates every request against GitHub's OpenAPI description and sends the app
 * the webhooks its own writes cause), advisory comments delivered by the reconciler.
 *
 * 6. A repository whose SECURITY.md has no table the bot can read (or no SECURITY.md at all):
 *    the acknowledgement still goes out, says plainly that the supported versions could not be
 *    read, and tells maintainers what to do — without a word of the report.
 * 7. `/draft` in the advisory thread: the PATCH names the package and the affected and patched
 *    ranges before any release, and the comment gets exactly one reply, the preview in it.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { reconcileCycle } from "../../src/loops/reconcile.js";
import { blockNetwork } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";
import { advisoryPayload, startWorld, type World } from "../helpers/world.js";

const GHSA = "GHSA-wq4h-7r42-5hrr";
const ADVISORY = `/repos/acme/mcp-server/security-advisories/${GHSA}`;
const THREAD = `${ADVISORY}/comments`;
const SUMMARY = "Path traversal in the upload handler";
const DESCRIPTION = "Uploading a file named ../../etc/passwd overwrites it.";

const POLICIES: [string, string | null, string][] = [
  ["a policy with no table", "# Security Policy\n\nPlease report vulnerabilities privately. We acknowledge receipt within 3 business days.\n", "`SECURITY.md` has no *Supported Versions* table (or list of versions) the bot can read."],
  [
    "a table whose rows are all unreadable",
    "# Security Policy\n\n## Supported Versions\n\n| Version | Supported |\n| ------- | --------- |\n| latest  | yes       |\n| older   | no        |\n\nWe acknowledge receipt within 3 business days.\n",
    "has no row that is a version or range (`latest`, `older`)",
  ],
  ["no SECURITY.md at all", null, "No `SECURITY.md` was found"],
];

describe.each(storeFactories())("supported versions that cannot be read, and /draft (%s)", (_name, factory) => {
  let t: TestStore;
  let world: World;
  let now = Date.parse("2026-11-25T10:00:00Z");

  beforeEach(async () => {
    blockNetwork();
    t = await factory();
    now = Date.parse("2026-11-25T10:00:00Z");
    world = await startWorld({ stores: [t.store], clock: () => now });
  });

  afterEach(async () => {
    await world.close(); // fails on any request GitHub would have refused
    await t.dispose();
  });

  /** The repository's SECURITY.md as the test wants it (null: none). */
  const policy = (text: string | null) => {
    const files = world.fake.repos.get("acme/mcp-server")!.files;
    if (text === null) delete files["SECURITY.md"];
    else files["SECURITY.md"] = text;
  };
  const report = (range: string) =>
    world.fake.addAdvisory({
      ghsa_id: GHSA,
      owner: "acme",
      repo: "mcp-server",
      author: "finder-jane",
      summary: SUMMARY,
      description: DESCRIPTION,
      severity: "high",
      created_at: "2026-11-25T09:59:00Z",
      vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: range, patched_versions: null }],
    });
  const threadPosts = (from = 0) => world.fake.writes().slice(from).filter((w) => w.method === "POST" && w.path === THREAD);
  const bodyOf = (w: { body?: unknown }) => (w.body as { body: string }).body;

  it.each(POLICIES)("%s: the acknowledgement still goes out and says so, with what maintainers can do", async (_case, text, why) => {
    policy(text);
    report("<= 1.0.1");
    expect(await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA))).toEqual([200]);

    const acks = threadPosts();
    expect(acks).toHaveLength(1);
    const ack = bodyOf(acks[0]!);
    expect(ack).toMatch(/^Thank you for your report, @finder-jane\. This confirms that we have received it\./);
    expect(ack).toMatch(text === null ? /This repository has no security policy \(`SECURITY\.md`\) we could find, so the supported versions could not be read from it/ : /The supported versions could not be read from our security policy \(`SECURITY\.md`\), so a maintainer will confirm which release lines need a fix\./);
    // For maintainers, collapsed: why, the table to add, /affects, the check command.
    const notes = ack.slice(ack.indexOf("<details><summary>Notes for maintainers</summary>"));
    expect(notes).toContain(why);
    expect(notes).toContain("| Version | Supported          |\n| ------- | ------------------ |\n| 1.0.x   | :white_check_mark: |\n| < 1.0   | :x:                |");
    expect(notes).toContain("`/affects <range>`");
    expect(notes).toContain("`security-policy-bot check SECURITY.md`");
    // Never a word of the report.
    expect(ack).not.toContain("Path traversal");
    expect(ack).not.toContain("etc/passwd");
    expect(ack).toContain(`<!-- security-policy-bot report="${GHSA}" kind="acknowledgement" -->`);
    // The maintainers' side goes on as usual: one tracking issue in the tracker, labels without lines.
    const tracking = world.fake.issues.get("acme/security-tracker")!.filter((i) => i.title.startsWith(GHSA));
    expect(tracking).toHaveLength(1);
    expect(await t.store.reports.get(GHSA)).toMatchObject({ affected: [], unsupported: [], acknowledgedAt: now });
  });

  it("/draft before any release, with the example policy: one PATCH naming the package and ranges, one reply carrying the preview", async () => {
    report("<= 1.0.1");
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    now += 3600_000;
    world.fake.commentOnAdvisory(GHSA, "carol", "/fixed-in 1.0.2");
    await reconcileCycle(world.instances[0]!.ctx);
    await world.settle();

    now += 3600_000;
    const before = world.fake.writes().length;
    const draft = world.fake.commentOnAdvisory(GHSA, "carol", "Let's see it.\n/draft");
    await reconcileCycle(world.instances[0]!.ctx);
    await world.settle();

    const writes = world.fake.writes().slice(before);
    const patches = writes.filter((w) => w.method === "PATCH" && w.path === ADVISORY);
    expect(patches).toHaveLength(1);
    const body = patches[0]!.body as { state: string; vulnerabilities: unknown[]; description: string; credits: unknown[] };
    expect(body.state).toBe("draft");
    expect(body.vulnerabilities).toEqual([
      { package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: ">= 1.0.0, < 1.0.2", patched_versions: "1.0.2", vulnerable_functions: null },
      { package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "< 1.0.0", patched_versions: null, vulnerable_functions: null },
    ]);
    expect(body.description).toContain("**Package:** `mcp-server` (`npm`)\n\n| Affected versions | Patched versions |\n| --- | --- |\n| `>= 1.0.0, < 1.0.2` | `1.0.2` |\n| `< 1.0.0` | none: < 1.0 is no longer supported |");
    expect(body.credits).toEqual([{ login: "finder-jane", type: "reporter" }]);
    expect(world.fake.advisories.get(GHSA)!.state).toBe("draft");

    // Exactly one comment answers the /draft: the reply, with the preview in it.
    const posted = threadPosts(before);
    expect(posted).toHaveLength(1);
    const reply = bodyOf(posted[0]!);
    expect(reply).toMatch(/^@carol\n- ✅ `\/draft` — advisory drafted; the preview is below\.\n\n📝 The public advisory is drafted/);
    expect(reply).toContain("- `npm/mcp-server`: vulnerable `>= 1.0.0, < 1.0.2`, patched `1.0.2`");
    expect(reply).toContain(`<!-- security-policy-bot report="${GHSA}" kind="reply" key="comment-${draft.id}" -->`);
    expect(world.fake.writes().some((w) => typeof (w.body as { body?: unknown })?.body === "string" && bodyOf(w).includes('kind="draft-preview"'))).toBe(false);

    // The next poll sees the bot's own reply, not a new command: nothing more is written.
    const after = world.fake.writes().length;
    now += 61_000;
    await reconcileCycle(world.instances[0]!.ctx);
    await world.settle();
    expect(world.fake.writes().slice(after)).toEqual([]);
  });

  it("/draft with no table: the package from package.json, the reporter's range, no fixed version known yet", async () => {
    policy(POLICIES[0]![1]);
    report("<= 1.0.1");
    await world.send("repository_advisory", advisoryPayload(world, "reported", GHSA));
    now += 3600_000;
    const before = world.fake.writes().length;
    world.fake.commentOnAdvisory(GHSA, "carol", "/draft");
    await reconcileCycle(world.instances[0]!.ctx);
    await world.settle();

    const writes = world.fake.writes().slice(before);
    const patch = writes.find((w) => w.method === "PATCH" && w.path === ADVISORY)!.body as { vulnerabilities: unknown[]; description: string };
    expect(patch.vulnerabilities).toEqual([{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "<= 1.0.1", patched_versions: null, vulnerable_functions: null }]);
    expect(patch.description).toContain("**Package:** `mcp-server` (`npm`)\n\n| Affected versions | Patched versions |\n| --- | --- |\n| `<= 1.0.1` | no fixed version yet |\n\nNo fixed version is known yet.");
    const posted = threadPosts(before);
    expect(posted).toHaveLength(1);
    expect(bodyOf(posted[0]!)).toContain("- `npm/mcp-server`: vulnerable `<= 1.0.1`, patched no fixed version yet");
  });
});
