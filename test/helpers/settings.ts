/** Puts a repository's settings in the ledger's cache, as a first event would have loaded them. */
import { readPolicy } from "../../src/core/policy/read-policy.js";
import { validateConfig } from "../../src/config/validate.js";
import type { Store } from "../../src/store/index.js";
import { PUBLIC_REPO, INSTALLATION_ID, type TestRepo } from "../fixtures/webhooks.js";
import { EXAMPLE_POLICY } from "./repo-mocks.js";

export async function cacheSettings(store: Store, o: { repo?: TestRepo; config?: unknown; policy?: string | null; loadedAt?: number; commentsApi?: "yes" | "no" | "unknown"; package?: { ecosystem: string; name: string } | null } = {}): Promise<void> {
  const repo = o.repo ?? PUBLIC_REPO;
  const { config, problems } = validateConfig(o.config ?? { tracker: "acme/security-tracker", handlers: ["alice", "bob"] });
  const policyText = o.policy === undefined ? EXAMPLE_POLICY : o.policy;
  await store.repos.put({
    id: repo.id,
    installationId: INSTALLATION_ID,
    owner: repo.owner,
    name: repo.name,
    private: repo.private,
    defaultBranch: repo.defaultBranch,
    config,
    configProblems: problems,
    policy: policyText === null ? null : readPolicy(policyText),
    policySource: policyText === null ? null : "SECURITY.md",
    package: o.package === undefined ? { ecosystem: "npm", name: "mcp-server" } : o.package,
    commentsApi: o.commentsApi ?? "unknown",
    // Loaded "later" than any test clock, so the cache counts as fresh unless a test says otherwise.
    loadedAt: o.loadedAt ?? Date.parse("2027-01-01T00:00:00Z"),
    stale: false,
  });
}
