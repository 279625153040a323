/**
 * Memory of facts that rarely change and cost a request to learn: whether a repository is
 * public, and which labels it has. Labels are kept per process for a week. Visibility is
 * kept for an hour too, in the process and in the ledger, and a `public` / `repository`
 * webhook (publicized, privatized) writes the change to the ledger, which every instance
 * consults before trusting what it remembers: a repository made public is treated as public
 * at once by all of them.
 */
import { Detector, type DetectorSettings } from "../core/detector.js";
import type { SeenVisibility, Visibility } from "../store/visibility.js";
import type { GitHub } from "./octokit.js";

export const VISIBILITY_TTL_MS = 60 * 60 * 1000;
/** A label deleted meanwhile is only re-created by GitHub in its default colour when next added. */
const LABELS_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The newer of two sightings; on a tie, the one saying public (the safe side for the privacy guard). */
function newest(a: SeenVisibility | undefined, b: SeenVisibility | undefined): SeenVisibility | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.isPrivate ? b : a;
}

export class GitHubCaches {
  private readonly visibility = new Map<string, SeenVisibility>();
  private readonly labels = new Map<string, { names: Set<string>; at: number }>();

  private readonly flights = new Map<string, Promise<unknown>>();
  private readonly detectors = new Map<number, Detector>();
  private readonly defaultDetector = new Detector({ words: null, patterns: [] });

  constructor(
    private readonly clock: () => number,
    /** The shared record of visibility changes (absent: this process's memory only). */
    private readonly ledger?: Visibility,
  ) {}

  /** Runs `load` once for concurrent callers with the same key (one read, not one per delivery). */
  shared<T>(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.flights.get(key) as Promise<T> | undefined;
    if (running) return running;
    const p = load().finally(() => this.flights.delete(key));
    this.flights.set(key, p);
    return p;
  }

  /** The detector a repository configured (`public_issues.words` / `patterns`), kept for the no-I/O pre-check. */
  rememberDetector(repoId: number, settings: DetectorSettings): void {
    if (settings.words === null && settings.patterns.length === 0) this.detectors.delete(repoId);
    else this.detectors.set(repoId, new Detector(settings));
  }

  detectorFor(repoId: number): Detector {
    return this.detectors.get(repoId) ?? this.defaultDetector;
  }

  /** Visibility seen in a webhook payload (free; this process only). */
  rememberVisibility(owner: string, repo: string, isPrivate: boolean): void {
    this.visibility.set(`${owner}/${repo}`.toLowerCase(), { isPrivate, at: this.clock() });
  }

  /** A change of visibility GitHub announced: remembered here and written for every instance. */
  async recordVisibility(owner: string, repo: string, isPrivate: boolean): Promise<void> {
    this.rememberVisibility(owner, repo, isPrivate);
    await this.ledger?.put(`${owner}/${repo}`, { isPrivate, at: this.clock() });
  }

  /**
   * Whether owner/repo is private: the newest of this process's memory and the ledger's record
   * when under an hour old, else one `GET /repos/{owner}/{repo}` (written to both).
   */
  async isPrivate(gh: GitHub, owner: string, repo: string): Promise<boolean> {
    const key = `${owner}/${repo}`.toLowerCase();
    const known = newest(this.visibility.get(key), await this.ledger?.get(key));
    if (known && this.clock() - known.at < VISIBILITY_TTL_MS) {
      this.visibility.set(key, known);
      return known.isPrivate;
    }
    return this.shared(`visibility:${key}`, async () => {
      const { data } = await gh.request("GET /repos/{owner}/{repo}", { owner, repo });
      const seen = { isPrivate: data.private, at: this.clock() };
      this.visibility.set(key, seen);
      await this.ledger?.put(key, seen);
      return data.private;
    });
  }

  /** The labels of owner/repo (one paginated read per week at most). */
  async labelsOf(gh: GitHub, owner: string, repo: string): Promise<Set<string>> {
    const key = `${owner}/${repo}`.toLowerCase();
    const known = this.labels.get(key);
    if (known && this.clock() - known.at < LABELS_TTL_MS) return known.names;
    return this.shared(`labels:${key}`, async () => {
      const all = await gh.paginate("GET /repos/{owner}/{repo}/labels", { owner, repo, per_page: 100 });
      const names = new Set(all.map((l) => l.name.toLowerCase()));
      this.labels.set(key, { names, at: this.clock() });
      return names;
    });
  }

  rememberLabel(owner: string, repo: string, name: string): void {
    this.labels.get(`${owner}/${repo}`.toLowerCase())?.names.add(name.toLowerCase());
  }
}
