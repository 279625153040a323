import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { GitHubCaches, VISIBILITY_TTL_MS } from "../../src/github/caches.js";
import type { GitHub } from "../../src/github/octokit.js";
import { newProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";
import { storeFactories, type TestStore } from "../helpers/stores.js";

describe.each(storeFactories())("repository visibility, shared through the ledger on %s", (_name, open) => {
  let t: TestStore;
  let gh: GitHubStub;
  let octokit: GitHub;
  let now = 0;

  beforeEach(async () => {
    blockNetwork();
    t = await open();
    gh = new GitHubStub();
    octokit = (await newProbot().auth(42)) as unknown as GitHub;
    now = Date.parse("2026-11-26T10:00:00Z");
  });
  afterEach(async () => {
    await t.dispose();
    expectAllUsed();
  });

  it("reads once an hour, and a second instance uses the first one's read", async () => {
    const a = new GitHubCaches(() => now, t.store.visibility);
    const b = new GitHubCaches(() => now, t.store.visibility);
    gh.token();
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    expect(await a.isPrivate(octokit, "acme", "security-tracker")).toBe(true);
    now += VISIBILITY_TTL_MS - 1;
    expect(await a.isPrivate(octokit, "acme", "security-tracker")).toBe(true);
    expect(await b.isPrivate(octokit, "Acme", "Security-Tracker")).toBe(true);
    expect(gh.calls()).toHaveLength(1);

    now += 1;
    gh.scope().get("/repos/acme/security-tracker").reply(200, { private: true });
    expect(await b.isPrivate(octokit, "acme", "security-tracker")).toBe(true);
    expect(await a.isPrivate(octokit, "acme", "security-tracker")).toBe(true);
    expect(gh.calls()).toHaveLength(2);
  });

  it("a repository made public is public for every instance at once, whatever each remembered", async () => {
    const a = new GitHubCaches(() => now, t.store.visibility);
    const b = new GitHubCaches(() => now, t.store.visibility);
    a.rememberVisibility("acme", "security-tracker", true);
    b.rememberVisibility("acme", "security-tracker", true);
    now += 1000;
    await a.recordVisibility("acme", "security-tracker", false); // the `repository.publicized` webhook reached a
    expect(await b.isPrivate(octokit, "acme", "security-tracker")).toBe(false);
    expect(await a.isPrivate(octokit, "acme", "security-tracker")).toBe(false);
    // A payload seen later than the change wins again (it is newer news).
    now += 1000;
    b.rememberVisibility("acme", "security-tracker", true);
    expect(await b.isPrivate(octokit, "acme", "security-tracker")).toBe(true);
    expect(gh.calls()).toEqual([]);
  });

  it("never lets an older read overwrite a newer change", async () => {
    await t.store.visibility.put("acme/tracker", { isPrivate: false, at: 2000 });
    await t.store.visibility.put("acme/tracker", { isPrivate: true, at: 1000 });
    expect(await t.store.visibility.get("ACME/tracker")).toEqual({ isPrivate: false, at: 2000 });
    await t.store.visibility.put("acme/tracker", { isPrivate: true, at: 3000 });
    expect(await t.store.visibility.get("acme/tracker")).toEqual({ isPrivate: true, at: 3000 });
  });
});
