/**
 * Finds a repository's SECURITY.md the way GitHub does — SECURITY.md, .github/SECURITY.md,
 * docs/SECURITY.md, then the same places in the owner's `.github` repository — or at the
 * configured path. One GraphQL query reads every candidate at once (instead of up to six
 * REST reads answering 404), on the default branch.
 */
import { MANIFESTS, type Manifest } from "../core/package-files.js";
import type { GitHub } from "./octokit.js";

export const POLICY_PATHS = ["SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md"] as const;

export interface PolicyFile {
  text: string;
  /** Where it was found: "SECURITY.md" or "acme/.github:SECURITY.md". */
  source: string;
}

interface Blob {
  text: string | null;
}
type RepoBlobs = Record<string, Blob | null> | null;

const fieldsAt = (paths: readonly string[], ref: string) =>
  paths.map((p, i) => `f${i}: object(expression: ${JSON.stringify(`${ref}:${p}`)}) { ... on Blob { text } }`).join("\n");

const manifestFields = (ref: string) =>
  MANIFESTS.map((p, i) => `m${i}: object(expression: ${JSON.stringify(`${ref}:${p}`)}) { ... on Blob { text } }`).join("\n");

const QUERY = (paths: readonly string[], ref: string) => `query policyFiles($owner: String!, $name: String!) {
  repo: repository(owner: $owner, name: $name) { ${fieldsAt(paths, ref)}
    ${manifestFields(ref)} }
  org: repository(owner: $owner, name: ".github") { ${fieldsAt(paths, "HEAD")} }
}`;

export interface RepoFiles {
  policy: PolicyFile | null;
  /** The package manifests at the repository's root (for the advisory's package), read in the same query. */
  manifests: Partial<Record<Manifest, string>>;
}

/**
 * The policy's text and where it came from, or null when none of the candidates exists.
 * `ref` (a commit or branch) reads the repository's own files at that point; the org's
 * `.github` repository is always read on its default branch.
 */
export async function findPolicyFile(gh: GitHub, owner: string, name: string, configuredPath: string | null, ref = "HEAD"): Promise<PolicyFile | null> {
  return (await readRepoFiles(gh, owner, name, configuredPath, ref)).policy;
}

/** The policy (as findPolicyFile) and the package manifests, in one GraphQL query. */
export async function readRepoFiles(gh: GitHub, owner: string, name: string, configuredPath: string | null, ref = "HEAD"): Promise<RepoFiles> {
  const paths = configuredPath ? [configuredPath.replace(/^\/+/, "")] : [...POLICY_PATHS];
  let data: { repo: RepoBlobs; org: RepoBlobs };
  try {
    data = await gh.graphql<{ repo: RepoBlobs; org: RepoBlobs }>(QUERY(paths, ref), { owner, name });
  } catch (error) {
    // A missing `.github` repository is an error next to partial data: keep the data.
    const partial = (error as { data?: { repo: RepoBlobs; org: RepoBlobs } }).data;
    if (!partial || (error as { name?: string }).name !== "GraphqlResponseError") throw error;
    data = partial;
  }
  const pick = (blobs: RepoBlobs): { text: string; path: string } | null => {
    for (const [i, path] of paths.entries()) {
      const text = blobs?.[`f${i}`]?.text;
      if (typeof text === "string") return { text, path };
    }
    return null;
  };
  const manifests: RepoFiles["manifests"] = {};
  MANIFESTS.forEach((m, i) => {
    const text = data.repo?.[`m${i}`]?.text;
    if (typeof text === "string") manifests[m] = text;
  });
  const own = pick(data.repo);
  if (own) return { policy: { text: own.text, source: own.path }, manifests };
  const inherited = name === ".github" ? null : pick(data.org);
  return { policy: inherited ? { text: inherited.text, source: `${owner}/.github:${inherited.path}` } : null, manifests };
}
