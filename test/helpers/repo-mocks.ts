/** The reads every first event of a repository makes: its config and its policy. */
import { readFileSync } from "node:fs";
import { PUBLIC_REPO, TRACKER_REPO, type TestRepo } from "../fixtures/webhooks.js";
import type { GitHubStub } from "./github.js";

/** PRODUCT.md's example policy (a copy, so the suite runs without ../shared). */
export const EXAMPLE_POLICY = readFileSync(new URL("../fixtures/example-policy.md", import.meta.url), "utf8");

const CONFIG = ".github%2Fsecurity-policy-bot.yml";

export interface SettingsMock {
  repo?: TestRepo;
  /** The config file's YAML; null: no file in the repository nor in the org's .github. */
  config?: string | null;
  /** SECURITY.md's text at the root; null: no policy anywhere. */
  policy?: string | null;
  /** Package manifests at the repository's root, by file name (read in the same query). */
  manifests?: Partial<Record<"package.json" | "pyproject.toml" | "go.mod" | "Cargo.toml" | "composer.json" | "pom.xml", string>>;
}

const MANIFEST_ORDER = ["package.json", "pyproject.toml", "go.mod", "Cargo.toml", "composer.json", "pom.xml"] as const;

/** The manifests' GraphQL fields (m0..m5) as GitHub answers them. */
function manifestFields(m: SettingsMock["manifests"] = {}): Record<string, { text: string } | null> {
  return Object.fromEntries(MANIFEST_ORDER.map((f, i) => [`m${i}`, m[f] === undefined ? null : { text: m[f]! }]));
}

export function mockSettings(gh: GitHubStub, m: SettingsMock = {}): void {
  const repo = m.repo ?? PUBLIC_REPO;
  const config = m.config === undefined ? "tracker: acme/security-tracker\nhandlers: [alice, bob]\n" : m.config;
  const policy = m.policy === undefined ? EXAMPLE_POLICY : m.policy;
  if (config === null) {
    gh.scope().get(`/repos/${repo.owner}/${repo.name}/contents/${CONFIG}`).reply(404, { message: "Not Found" });
    gh.scope().get(`/repos/${repo.owner}/.github/contents/${CONFIG}`).reply(404, { message: "Not Found" });
  } else {
    gh.scope().get(`/repos/${repo.owner}/${repo.name}/contents/${CONFIG}`).reply(200, config, { "content-type": "application/vnd.github.raw; charset=utf-8" });
  }
  gh.scope()
    .post("/graphql", (body: { query: string; variables: { owner: string; name: string } }) => body.query.includes("policyFiles") && body.variables.name === repo.name)
    .reply(200, {
      data: { repo: { f0: policy === null ? null : { text: policy }, f1: null, f2: null, ...manifestFields(m.manifests) }, org: null },
      errors: [{ type: "NOT_FOUND", path: ["org"], message: `Could not resolve to a Repository with the name '${repo.owner}/.github'.` }],
    });
}

/** GitHub's answers for a first intake in a fresh process. */
export function mockIntakeWrites(gh: GitHubStub, o: { labels?: string[]; trackerIssue?: number; permission?: string; ghsa?: string; tags?: string[] | null } = {}): void {
  // The report check reads the tags when the report names a version (the documented report names 1.0.1).
  if (o.tags !== null) gh.scope().get("/repos/acme/mcp-server/tags").query({ per_page: 100 }).reply(200, (o.tags ?? ["v1.0.1", "v1.0.0"]).map((name) => ({ name, commit: { sha: "c".repeat(40) } })));
  gh.scope().get("/repos/acme/security-tracker").reply(200, { id: TRACKER_REPO.id, name: "security-tracker", full_name: "acme/security-tracker", private: true });
  gh.scope().get("/repos/acme/mcp-server/collaborators/alice/permission").reply(200, { permission: o.permission ?? "write", role_name: o.permission ?? "write", user: { login: "alice" } });
  gh.scope().get("/repos/acme/security-tracker/labels").query({ per_page: 100 }).reply(200, []);
  for (const name of o.labels ?? ["security-report", "affects: 1.0.x", "unsupported: < 1.0", "severity: high"]) {
    gh.scope().post("/repos/acme/security-tracker/labels", (b: { name: string }) => b.name === name).reply(201, { name });
  }
  gh.scope()
    .post("/repos/acme/security-tracker/issues")
    .reply(201, { id: 900, number: o.trackerIssue ?? 7, html_url: `https://github.com/acme/security-tracker/issues/${o.trackerIssue ?? 7}` });
  gh.scope().post(`/repos/acme/mcp-server/security-advisories/${o.ghsa ?? "GHSA-wq4h-7r42-5hrr"}/comments`).reply(201, { id: 5001, html_url: `h` });
  if ((o.permission ?? "write") !== "admin") gh.scope().patch(`/repos/acme/mcp-server/security-advisories/${o.ghsa ?? "GHSA-wq4h-7r42-5hrr"}`).reply(200, {});
}


/** The reads of a policy check at a commit, and the check run written; returns the check run's body when sent. */
export function mockPolicyCheck(gh: GitHubStub, o: { sha: string; policy?: string | null; config?: string | null; reporting?: boolean; repo?: TestRepo }): () => Record<string, unknown> | undefined {
  // GitHub offers private vulnerability reporting for public repositories only: not asked of a private one.
  const repo = o.repo ?? PUBLIC_REPO;
  const policy = o.policy === undefined ? EXAMPLE_POLICY : o.policy;
  if (o.config === undefined || o.config === null) {
    gh.scope().get(`/repos/${repo.owner}/${repo.name}/contents/${CONFIG}`).query({ ref: o.sha }).reply(404, {});
    gh.scope().get(`/repos/${repo.owner}/.github/contents/${CONFIG}`).reply(404, {});
  } else {
    gh.scope().get(`/repos/${repo.owner}/${repo.name}/contents/${CONFIG}`).query({ ref: o.sha }).reply(200, o.config, { "content-type": "application/vnd.github.raw; charset=utf-8" });
  }
  gh.scope()
    .post("/graphql", (b: { query: string }) => b.query.includes("policyFiles") && b.query.includes(`"${o.sha}:SECURITY.md"`))
    .reply(200, { data: { repo: { f0: policy === null ? null : { text: policy }, f1: null, f2: null, ...manifestFields() }, org: { f0: null, f1: null, f2: null } } });
  if (!repo.private) gh.scope().get(`/repos/${repo.owner}/${repo.name}/private-vulnerability-reporting`).reply(200, { enabled: o.reporting ?? true });
  let sent: Record<string, unknown> | undefined;
  gh.scope()
    .post(`/repos/${repo.owner}/${repo.name}/check-runs`, (b: Record<string, unknown>) => ((sent = b), true))
    .reply(201, { id: 1 });
  return () => sent;
}

/** The table-upkeep pull request's calls; returns what was written (file text, PR body) once sent. */
export function mockTablePr(gh: GitHubStub, o: { policy: string; branch: string; repo?: TestRepo; base?: string }): () => { text?: string; pr?: Record<string, unknown> } {
  const repo = o.repo ?? PUBLIC_REPO;
  const full = `/repos/${repo.owner}/${repo.name}`;
  const out: { text?: string; pr?: Record<string, unknown> } = {};
  gh.scope().get(`${full}/contents/SECURITY.md`).query({ ref: o.base ?? "main" }).reply(200, { sha: "file-sha-1", encoding: "base64", content: Buffer.from(o.policy).toString("base64") });
  gh.scope().get(`${full}/git/ref/heads%2F${o.base ?? "main"}`).reply(200, { object: { sha: "base-sha-1" } });
  gh.scope().post(`${full}/git/refs`, { ref: `refs/heads/${o.branch}`, sha: "base-sha-1" }).reply(201, {});
  gh.scope()
    .put(`${full}/contents/SECURITY.md`, (b: { content: string; branch: string; sha: string }) => ((out.text = Buffer.from(b.content, "base64").toString("utf8")), b.branch === o.branch && b.sha === "file-sha-1"))
    .reply(200, {});
  gh.scope()
    .post(`${full}/pulls`, (b: Record<string, unknown>) => ((out.pr = b), true))
    .reply(201, { number: 9, html_url: `https://github.com/${repo.owner}/${repo.name}/pull/9` });
  return () => out;
}
