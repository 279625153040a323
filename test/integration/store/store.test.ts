import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../src/store/index.js";
import { aReport } from "../../helpers/report.js";
import { storeFactories, type TestStore } from "../../helpers/stores.js";

describe.each(storeFactories())("ledger on %s", (_name, factory) => {
  let t: TestStore;
  let store: Store;
  beforeEach(async () => {
    t = await factory();
    store = t.store;
  });
  afterEach(async () => t.dispose());

  describe("deliveries", () => {
    it("lets exactly one of many concurrent claims take a delivery, across two clients", async () => {
      const other = await t.second();
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).deliveries.claim("d-1", "repository_advisory", 1)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.deliveries.claim("d-2", "push", 1)).toBe(true);
    });

    it("gives a released delivery back and prunes old ones", async () => {
      expect(await store.deliveries.claim("d-1", "push", 100)).toBe(true);
      await store.deliveries.release("d-1");
      expect(await store.deliveries.claim("d-1", "push", 200)).toBe(true);
      expect(await store.deliveries.prune(150)).toBe(0);
      expect(await store.deliveries.prune(201)).toBe(1);
      expect(await store.deliveries.claim("d-1", "push", 300)).toBe(true);
    });
  });

  describe("reports", () => {
    it("stores every field and reads it back the same", async () => {
      const report = aReport({
        fixedIn: { "1.0.x": "1.0.2" },
        fixes: { "1.0.x": { version: "1.0.2", at: 5, releaseId: 9 } },
        credits: [{ login: "finder", type: "finder" }],
        trackerRepo: "acme/security-tracker",
        trackerIssue: 7,
        ackLate: true,
        severity: "high",
      });
      expect(await store.reports.insert(report)).toBe(true);
      expect(await store.reports.get(report.id)).toEqual(report);
      expect(await store.reports.byGhsa("GHSA-abcd-efgh-ijkl")).toEqual(report);
      expect(await store.reports.byIssue("acme", "security-tracker", 7)).toEqual(report);
    });

    it("inserts a report once", async () => {
      expect(await store.reports.insert(aReport())).toBe(true);
      expect(await store.reports.insert(aReport({ handler: "someone-else" }))).toBe(false);
      expect((await store.reports.get("GHSA-abcd-efgh-ijkl"))?.handler).toBeNull();
    });

    it("finds issue-thread reports by their issue", async () => {
      const r = aReport({ id: "issue:1001#5", ghsaId: null, source: "issue", thread: { kind: "issue", owner: "acme", repo: "private-app", number: 5 } });
      await store.reports.insert(r);
      expect((await store.reports.byIssue("acme", "private-app", 5))?.id).toBe("issue:1001#5");
      expect(await store.reports.byIssue("acme", "private-app", 6)).toBeUndefined();
    });

    it("updates only at the expected revision", async () => {
      await store.reports.insert(aReport());
      const first = await store.reports.update("GHSA-abcd-efgh-ijkl", 0, { handler: "alice", state: "triage" }, 1000);
      expect(first).toMatchObject({ handler: "alice", state: "triage", revision: 1, updatedAt: 1000 });
      expect(await store.reports.update("GHSA-abcd-efgh-ijkl", 0, { handler: "bob" }, 2000)).toBeUndefined();
      expect((await store.reports.get("GHSA-abcd-efgh-ijkl"))?.handler).toBe("alice");
    });

    it("counts open reports per handler and lists due ones in order", async () => {
      await store.reports.insert(aReport({ id: "a", ghsaId: "GHSA-a", handler: "alice", nextDueAt: 300 }));
      await store.reports.insert(aReport({ id: "b", ghsaId: "GHSA-b", handler: "alice", nextDueAt: 100 }));
      await store.reports.insert(aReport({ id: "c", ghsaId: "GHSA-c", handler: "bob", state: "published", nextDueAt: null }));
      await store.reports.insert(aReport({ id: "d", ghsaId: "GHSA-d", handler: "bob", nextDueAt: 900 }));
      expect(Object.fromEntries(await store.reports.openCountByHandler(42))).toEqual({ alice: 2, bob: 1 });
      expect((await store.reports.due(300, 10)).map((r) => r.id)).toEqual(["b", "a"]);
      expect((await store.reports.due(300, 1)).map((r) => r.id)).toEqual(["b"]);
      expect((await store.reports.open(42)).map((r) => r.id).sort()).toEqual(["a", "b", "d"]);
    });
  });

  describe("intents", () => {
    const req = (holder: string, now: number) => ({ key: "r1/acknowledgement", kind: "acknowledgement", reportId: "r1", holder, now, staleAfterMs: 1000 });

    it("lets one holder claim a write; others see it busy, then done", async () => {
      const other = await t.second();
      const claims = await Promise.all([store.intents.claim(req("a", 0)), other.intents.claim(req("b", 0))]);
      expect(claims.map((c) => c.status).sort()).toEqual(["busy", "claimed"]);
      await store.intents.settle("r1/acknowledgement", "https://example/comment/1", 10);
      expect(await other.intents.claim(req("b", 20))).toEqual({ status: "done", result: "https://example/comment/1" });
    });

    it("lets a stale claim be taken over once, with a warning to look for the marker", async () => {
      await store.intents.claim(req("crashed", 0));
      expect(await store.intents.claim(req("b", 500))).toEqual({ status: "busy" });
      const other = await t.second();
      const takeovers = await Promise.all([store.intents.claim(req("b", 5000)), other.intents.claim(req("c", 5000))]);
      expect(takeovers.filter((c) => c.status === "claimed")).toEqual([{ status: "claimed", takeover: true, attempts: 2 }]);
      expect((await store.intents.open(10000)).map((i) => i.key)).toEqual(["r1/acknowledgement"]);
    });

    it("lets a released claim be retried without a takeover", async () => {
      await store.intents.claim(req("a", 0));
      await store.intents.release("r1/acknowledgement");
      expect(await store.intents.claim(req("a", 1))).toEqual({ status: "claimed", takeover: false, attempts: 2 });
    });
  });

  describe("cursors", () => {
    it("keeps an ETag and state per key", async () => {
      await store.cursors.put({ key: "org:acme", installationId: 42, etag: 'W/"abc"', state: { seen: 3 }, checkedAt: 10 });
      expect(await store.cursors.get("org:acme")).toEqual({ key: "org:acme", installationId: 42, etag: 'W/"abc"', state: { seen: 3 }, checkedAt: 10 });
      await store.cursors.put({ key: "org:acme", installationId: 42, etag: 'W/"def"', state: { seen: 4 }, checkedAt: 20 });
      expect((await store.cursors.get("org:acme"))?.etag).toBe('W/"def"');
    });

    it("leases a key to one holder at a time", async () => {
      const other = await t.second();
      const leases = await Promise.all([store.cursors.lease("org:acme", 42, "a", 0, 1000), other.cursors.lease("org:acme", 42, "b", 0, 1000)]);
      expect(leases.filter(Boolean)).toHaveLength(1);
      const winner = leases[0] ? "a" : "b";
      expect(await store.cursors.lease("org:acme", 42, winner, 10, 1000)).toBe(true);
      expect(await store.cursors.lease("org:acme", 42, "c", 500, 1000)).toBe(false);
      expect(await store.cursors.lease("org:acme", 42, "c", 1010, 1000)).toBe(true);
      await store.cursors.unlease("org:acme", "c");
      expect(await store.cursors.lease("org:acme", 42, "d", 1011, 1000)).toBe(true);
    });
  });

  describe("audit and repos", () => {
    it("records writes in order", async () => {
      await store.audit.record({ at: 1, installationId: 42, reportId: "r1", method: "POST", path: "/x", kind: "acknowledgement", status: 201 });
      await store.audit.record({ at: 2, installationId: 42, reportId: "r1", method: "PATCH", path: "/y", kind: "advisory", status: 200, detail: "state" });
      expect((await store.audit.forReport("r1")).map((e) => [e.method, e.status, e.detail])).toEqual([["POST", 201, null], ["PATCH", 200, "state"]]);
    });

    it("caches a repository until it is marked stale", async () => {
      const rec = { id: 7, installationId: 42, owner: "acme", name: "app", private: false, defaultBranch: "main", config: { a: 1 }, configProblems: [], policy: { rows: [] }, policySource: "SECURITY.md", package: { ecosystem: "npm", name: "app" }, commentsApi: "unknown" as const, loadedAt: 5, stale: false };
      await store.repos.put(rec);
      expect(await store.repos.get(7)).toEqual(rec);
      await store.repos.markOwnerStale("acme");
      expect((await store.repos.get(7))?.stale).toBe(true);
      expect(await store.ping()).toBe(true);
    });
  });
});
