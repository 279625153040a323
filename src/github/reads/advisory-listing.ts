/**
 * Lists an installation's repository advisories as cheaply as GitHub allows: one request per
 * organisation (`GET /orgs/{org}/security-advisories`), conditional on the last ETag so an
 * unchanged list is a 304 that GitHub does not count against the rate limit. Without an
 * owner or security-manager grant the org listing is refused; then (and for user accounts)
 * each repository is listed, each conditionally too.
 */
import type { Cursors } from "../../store/cursors.js";
import type { GitHub } from "../octokit.js";
import type { Installation } from "../../store/installations.js";
import type { RawAdvisory } from "../payloads.js";
import { statusOf } from "../errors.js";

/** How long a refused org listing is not tried again. */
const REFUSED_RETRY_MS = 24 * 3600 * 1000;

export interface ListedAdvisory {
  owner: string;
  repo: string;
  advisory: RawAdvisory & { comments?: number; credits?: { login?: string; type?: string }[] | null };
}

export interface Listing {
  /** Advisories of lists that changed since the last look (unchanged lists contribute nothing). */
  advisories: ListedAdvisory[];
  requests: number;
  notModified: number;
  mode: "org" | "per-repo";
}

/** owner/repo of an advisory, from its API URL (works for GitHub and Enterprise Server). */
export function advisoryRepo(url: string): { owner: string; repo: string } | null {
  const m = /\/repos\/([^/]+)\/([^/]+)\/security-advisories\//.exec(url);
  return m ? { owner: decodeURIComponent(m[1]!), repo: decodeURIComponent(m[2]!) } : null;
}

interface Conditional<T> {
  changed: boolean;
  data: T;
}

/** A GET with If-None-Match from (and the new ETag into) the cursor `key`. */
async function conditionalGet<T>(gh: GitHub, cursors: Cursors, installationId: number, key: string, route: string, params: Record<string, unknown>, now: number): Promise<Conditional<T | null>> {
  const cursor = await cursors.get(key);
  try {
    const res = await gh.request(route, { ...params, headers: cursor?.etag ? { "if-none-match": cursor.etag } : {} });
    await cursors.put({ key, installationId, etag: (res.headers as Record<string, string | undefined>).etag ?? null, state: cursor?.state ?? {}, checkedAt: now });
    return { changed: true, data: res.data as T };
  } catch (error) {
    if (statusOf(error) === 304) return { changed: false, data: null };
    throw error;
  }
}

async function listPerRepo(gh: GitHub, cursors: Cursors, inst: Installation, now: number, out: Listing): Promise<void> {
  out.mode = "per-repo";
  const key = `repos:${inst.id}`;
  const listed = await conditionalGet<{ repositories: { name: string; owner: { login: string }; archived?: boolean }[] }>(
    gh, cursors, inst.id, key, "GET /installation/repositories", { per_page: 100 }, now,
  );
  out.requests++;
  let repos: { owner: string; name: string }[];
  if (listed.changed && listed.data) {
    repos = listed.data.repositories.filter((r) => !r.archived).map((r) => ({ owner: r.owner.login, name: r.name }));
    const c = await cursors.get(key);
    await cursors.put({ key, installationId: inst.id, etag: c?.etag ?? null, state: { repos }, checkedAt: now });
  } else {
    out.notModified++;
    repos = ((await cursors.get<{ repos?: { owner: string; name: string }[] }>(key))?.state.repos ?? []);
  }
  for (const r of repos) {
    const res = await conditionalGet<ListedAdvisory["advisory"][]>(gh, cursors, inst.id, `repo:${r.owner}/${r.name}`, "GET /repos/{owner}/{repo}/security-advisories", { owner: r.owner, repo: r.name, per_page: 100, sort: "updated", direction: "desc" }, now).catch((error: unknown) => {
      // A repository without advisories access (private, disabled) answers 403/404: nothing to list.
      if ([403, 404].includes(statusOf(error))) return { changed: false, data: null };
      throw error;
    });
    out.requests++;
    if (!res.changed) out.notModified++;
    for (const a of res.data ?? []) out.advisories.push({ owner: r.owner, repo: r.name, advisory: a });
  }
}

export async function listAdvisories(gh: GitHub, cursors: Cursors, inst: Installation, now: number): Promise<Listing> {
  const out: Listing = { advisories: [], requests: 0, notModified: 0, mode: "org" };
  const key = `org:${inst.account}`;
  const refusedUntil = (await cursors.get<{ refusedUntil?: number }>(key))?.state.refusedUntil ?? 0;
  if (inst.accountType !== "Organization" || refusedUntil > now) {
    await listPerRepo(gh, cursors, inst, now, out);
    return out;
  }
  try {
    const res = await conditionalGet<ListedAdvisory["advisory"][]>(gh, cursors, inst.id, key, "GET /orgs/{org}/security-advisories", { org: inst.account, per_page: 100, sort: "updated", direction: "desc" }, now);
    out.requests++;
    if (!res.changed) out.notModified++;
    for (const a of res.data ?? []) {
      const where = advisoryRepo(a.url ?? a.html_url);
      if (where) out.advisories.push({ ...where, advisory: a });
    }
  } catch (error) {
    if (![403, 404].includes(statusOf(error))) throw error;
    out.requests++;
    await cursors.put({ key, installationId: inst.id, etag: null, state: { refusedUntil: now + REFUSED_RETRY_MS }, checkedAt: now });
    await listPerRepo(gh, cursors, inst, now, out);
  }
  return out;
}
