/**
 * A repository's settings as the handlers need them — visibility, the validated config and
 * the policy as read — from the ledger's cache, reloaded from GitHub only when a push
 * marked it stale (or it is a day old, in case a push was missed).
 */
import { readPolicy } from "../core/policy/read-policy.js";
import type { Policy } from "../core/policy/types.js";
import type { Config } from "../config/schema.js";
import { validateConfig, type ConfigProblem } from "../config/validate.js";
import { CONFIG_PATH } from "../config/paths.js";
import type { Store } from "../store/index.js";
import type { RepoRecord } from "../store/repos.js";
import type { GitHubCaches } from "./caches.js";
import type { GitHub } from "./octokit.js";
import { readRepoFiles } from "./policy-file.js";
import { packageFromManifests } from "../core/package-files.js";

export const SETTINGS_MAX_AGE_MS = 24 * 3600 * 1000;

/** The repository fields every webhook payload carries. */
export interface RepoRef {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
}

export type RepoSettings = RepoRecord<Config, Policy>;

/** Reads the config file through Probot's config plugin (`_extends`, the org's .github repo). */
export async function loadConfig(gh: GitHub, owner: string, name: string, ref?: string): Promise<{ config: Config; problems: ConfigProblem[] }> {
  try {
    const { config } = await gh.config.get({ owner, repo: name, path: CONFIG_PATH, ...(ref ? { branch: ref } : {}) });
    const { config: valid, problems } = validateConfig(config);
    return { config: valid, problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A file GitHub served that could not be parsed is the user's to fix; anything else (5xx, network) is retried.
    if (!/could not be parsed|is either a directory/.test(message)) throw error;
    const why = /invalid YAML/.test(message) ? "is not valid YAML" : /not an object/.test(message) ? "is not a mapping of keys" : "could not be read";
    return { config: validateConfig(undefined).config, problems: [{ key: "", message: `${CONFIG_PATH} ${why}; using the defaults.` }] };
  }
}

export async function loadRepoSettings(
  gh: GitHub,
  store: Store,
  repo: RepoRef,
  installationId: number,
  now: number,
  caches?: GitHubCaches,
): Promise<RepoSettings> {
  const cached = await store.repos.get<Config, Policy>(repo.id);
  if (cached && !cached.stale && now - cached.loadedAt < SETTINGS_MAX_AGE_MS && cached.private === repo.private) return cached;
  const load = () => reload(gh, store, repo, installationId, now, cached?.commentsApi ?? "unknown");
  const loaded = caches ? await caches.shared(`settings:${repo.id}`, load) : await load();
  caches?.rememberDetector(repo.id, loaded.config.public_issues);
  return loaded;
}

/** What was read of a repository, as the settings the ledger keeps (pure). */
export function settingsFrom(
  repo: RepoRef,
  installationId: number,
  read: { config: Config; problems: ConfigProblem[]; file: { text: string; source: string } | null; package: RepoSettings["package"] },
  commentsApi: RepoSettings["commentsApi"],
  now: number,
): RepoSettings {
  return {
    id: repo.id,
    installationId,
    owner: repo.owner,
    name: repo.name,
    private: repo.private,
    defaultBranch: repo.defaultBranch,
    config: read.config,
    configProblems: read.problems,
    policy: read.file ? readPolicy(read.file.text) : null,
    policySource: read.file?.source ?? null,
    package: read.package,
    commentsApi,
    loadedAt: now,
    stale: false,
  };
}

async function reload(gh: GitHub, store: Store, repo: RepoRef, installationId: number, now: number, commentsApi: RepoSettings["commentsApi"]): Promise<RepoSettings> {
  const { config, problems } = await loadConfig(gh, repo.owner, repo.name);
  const { policy: file, manifests } = await readRepoFiles(gh, repo.owner, repo.name, config.policy);
  const settings = settingsFrom(repo, installationId, { config, problems, file, package: packageFromManifests(manifests) }, commentsApi, now);
  await store.repos.put(settings);
  return settings;
}
