/**
 * `check --repo owner/name`: reads a repository's policy (and the bot's config) from GitHub
 * with @octokit/rest, as the app would find them — the repository's SECURITY.md,
 * .github/SECURITY.md or docs/SECURITY.md, else the organisation's .github repository —
 * so anyone can see how the bot reads a public project before installing it. Uses
 * GITHUB_TOKEN when set (5 000 requests an hour, private repositories it can see), else
 * anonymously (60 an hour); follows GHE_HOST / GHE_PROTOCOL to an Enterprise Server.
 * A reading costs 2 to 9 requests.
 */
import { Octokit } from "@octokit/rest";
import { CONFIG_PATH } from "../config/paths.js";
import { POLICY_PATHS } from "./policy-file.js";
import { statusOf } from "./errors.js";

export class RemoteError extends Error {
  readonly exitCode = 1;
}

export interface RemoteFiles {
  policy: { text: string; source: string };
  /** The config's YAML, when there is one (the repository's, else the organisation's). */
  config: string | null;
  configSource: string | null;
}

export function remoteClient(env: NodeJS.ProcessEnv): Octokit {
  const baseUrl = env.GHE_HOST ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}/api/v3` : undefined;
  const quiet = () => undefined; // errors are explained in one line by the caller, not logged by octokit
  return new Octokit({
    ...(env.GITHUB_TOKEN ? { auth: env.GITHUB_TOKEN } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    userAgent: "security-policy-bot-cli",
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
}

/** A clear sentence for what went wrong talking to GitHub. */
function explain(e: unknown, what: string, authenticated: boolean): RemoteError {
  const status = statusOf(e);
  const headers = ((e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {}) as Record<string, string | undefined>;
  if ((status === 403 || status === 429) && (headers["x-ratelimit-remaining"] === "0" || status === 429)) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const until = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : "";
    return new RemoteError(
      authenticated
        ? `GitHub's rate limit for this token is used up${until}; try again later.`
        : `GitHub's rate limit for requests without a token (60 an hour) is used up${until}; set GITHUB_TOKEN to a token to get 5 000 an hour.`,
    );
  }
  const answered = (e as { response?: unknown }).response !== undefined;
  if (status === 401) return new RemoteError("GitHub refused the token in GITHUB_TOKEN (401 Bad credentials).");
  if (status >= 500 && answered) return new RemoteError(`GitHub answered ${status} while reading ${what}; try again later.`);
  if (!answered) {
    // No answer at all (octokit reports it as a 500 without a response): DNS, refused, reset, TLS.
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const code = (e as { code?: string }).code ?? cause?.code;
    return new RemoteError(`could not reach GitHub while reading ${what}${code ? ` (${code})` : ""}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  return new RemoteError(`GitHub answered ${status} while reading ${what}.`);
}

async function readFile(gh: Octokit, owner: string, repo: string, path: string, authenticated: boolean): Promise<string | null> {
  try {
    const res = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path, headers: { accept: "application/vnd.github.raw" } });
    return typeof res.data === "string" ? res.data : Buffer.from(res.data as unknown as ArrayBuffer).toString("utf8");
  } catch (e) {
    if (statusOf(e) === 404) return null;
    throw explain(e, `${owner}/${repo}:${path}`, authenticated);
  }
}

export async function readRemote(gh: Octokit, fullName: string, authenticated: boolean): Promise<RemoteFiles> {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(fullName.trim());
  if (!m) throw new RemoteError(`--repo needs owner/name, e.g. --repo octo-org/octo-repo (got "${fullName}")`);
  const [, owner, name] = m as unknown as [string, string, string];
  try {
    await gh.request("GET /repos/{owner}/{repo}", { owner, repo: name });
  } catch (e) {
    if (statusOf(e) === 404) {
      throw new RemoteError(`${owner}/${name}: no such repository${authenticated ? ", or GITHUB_TOKEN cannot see it" : ", or it is private (set GITHUB_TOKEN to a token that can see it)"}.`);
    }
    throw explain(e, `${owner}/${name}`, authenticated);
  }
  let policy: RemoteFiles["policy"] | null = null;
  for (const path of POLICY_PATHS) {
    const text = await readFile(gh, owner, name, path, authenticated);
    if (text !== null) {
      policy = { text, source: `${owner}/${name}:${path}` };
      break;
    }
  }
  if (!policy && name !== ".github") {
    for (const path of POLICY_PATHS) {
      const text = await readFile(gh, owner, ".github", path, authenticated);
      if (text !== null) {
        policy = { text, source: `${owner}/.github:${path}` };
        break;
      }
    }
  }
  if (!policy) throw new RemoteError(`${owner}/${name} has no security policy (looked for ${POLICY_PATHS.join(", ")} there and in ${owner}/.github).`);
  let config = await readFile(gh, owner, name, CONFIG_PATH, authenticated);
  let configSource = config === null ? null : `${owner}/${name}:${CONFIG_PATH}`;
  if (config === null && name !== ".github") {
    config = await readFile(gh, owner, ".github", CONFIG_PATH, authenticated);
    configSource = config === null ? null : `${owner}/.github:${CONFIG_PATH}`;
  }
  return { policy, config, configSource };
}
