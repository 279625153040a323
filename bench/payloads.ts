/** Webhook payloads for the benchmark, from GitHub's recorded examples (@octokit/webhooks-examples). */
import { createRequire } from "node:module";

type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);
const EXAMPLES = require("@octokit/webhooks-examples/api.github.com/index.json") as { name: string; examples: Json[] }[];

function recorded(event: string, action?: string): Json {
  const ex = EXAMPLES.find((e) => e.name === event)!.examples.find((e) => action === undefined || e.action === action)!;
  return structuredClone(ex);
}

function aim(p: Json, installationId: number, repoId: number, owner: string, name: string, isPrivate = false): Json {
  p.repository = { ...(p.repository as Json), id: repoId, name, full_name: `${owner}/${name}`, private: isPrivate, owner: { ...((p.repository as Json).owner as Json), login: owner }, default_branch: "main" };
  p.installation = { id: installationId, node_id: `I_${installationId}` };
  return p;
}

/** A comment without a command on a public issue: the bot has nothing to do. */
export function plainComment(installationId = 42, repoId = 1001, owner = "acme"): Json {
  const p = aim(recorded("issue_comment", "created"), installationId, repoId, owner, "mcp-server");
  (p.comment as Json).body = "Thanks, upgrading to 2.3 fixed it for me. Closing?";
  return p;
}

/** A push that touches neither the policy nor the config. */
export function plainPush(installationId = 42, repoId = 1001, owner = "acme", onDefault = true): Json {
  const p = aim(recorded("push"), installationId, repoId, owner, "mcp-server");
  p.ref = onDefault ? "refs/heads/main" : "refs/heads/feature/x";
  p.commits = [{ id: "c".repeat(40), message: "Refactor the parser", added: ["src/parser/new.ts"], modified: ["src/parser/index.ts", "README.md"], removed: [] }];
  return p;
}

/** A repository made private: the bot writes the change to the ledger (no GitHub call). */
export function madePrivate(installationId: number, repoId: number, owner: string): Json {
  return aim(recorded("repository", "privatized"), installationId, repoId, owner, "mcp-server", true);
}
