/** Puts a repository's settings in the ledger's cache, as a first event would have loaded them. */
import { settingsFrom } from "../../src/github/repo-settings.js";
import { validateConfig } from "../../src/config/validate.js";
import type { Store } from "../../src/store/index.js";
import { PUBLIC_REPO, INSTALLATION_ID, type TestRepo } from "../fixtures/webhooks.js";
import { EXAMPLE_POLICY } from "./repo-mocks.js";

export async function cacheSettings(store: Store, o: { repo?: TestRepo; config?: unknown; policy?: string | null; loadedAt?: number; commentsApi?: "yes" | "no" | "unknown"; package?: { ecosystem: string; name: string } | null } = {}): Promise<void> {
  const repo = o.repo ?? PUBLIC_REPO;
  const { config, problems } = validateConfig(o.config ?? { tracker: "acme/security-tracker", handlers: ["alice", "bob"] });
  const policyText = o.policy === undefined ? EXAMPLE_POLICY : o.policy;
  const file = policyText === null ? null : { text: policyText, source: "SECURITY.md" };
  const pkg = o.package === undefined ? { ecosystem: "npm", name: "mcp-server" } : o.package;
  // Loaded "later" than any test clock, so the cache counts as fresh unless a test says otherwise.
  const loadedAt = o.loadedAt ?? Date.parse("2027-01-01T00:00:00Z");
  await store.repos.put(settingsFrom(repo, INSTALLATION_ID, { config, problems, file, package: pkg }, o.commentsApi ?? "unknown", loadedAt));
}
