/**
 * Per-process memory of facts that rarely change and cost a request to learn: whether a
 * repository is public, and which labels it has. Short-lived on purpose; the ledger holds
 * what must be shared between instances.
 */
import { Detector, type DetectorSettings } from "../core/detector.js";
import type { GitHub } from "./octokit.js";

const VISIBILITY_TTL_MS = 10 * 60 * 1000;
const LABELS_TTL_MS = 60 * 60 * 1000;

export class GitHubCaches {
  private readonly visibility = new Map<string, { isPrivate: boolean; at: number }>();
  private readonly labels = new Map<string, { names: Set<string>; at: number }>();

  private readonly flights = new Map<string, Promise<unknown>>();
  private readonly detectors = new Map<number, Detector>();
  private readonly defaultDetector = new Detector({ words: null, patterns: [] });

  constructor(private readonly clock: () => number) {}

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

  /** Visibility seen in a webhook payload (free). */
  rememberVisibility(owner: string, repo: string, isPrivate: boolean): void {
    this.visibility.set(`${owner}/${repo}`.toLowerCase(), { isPrivate, at: this.clock() });
  }

  /** Whether owner/repo is private; one `GET /repos/{owner}/{repo}` when not known recently. */
  async isPrivate(gh: GitHub, owner: string, repo: string): Promise<boolean> {
    const key = `${owner}/${repo}`.toLowerCase();
    const known = this.visibility.get(key);
    if (known && this.clock() - known.at < VISIBILITY_TTL_MS) return known.isPrivate;
    return this.shared(`visibility:${key}`, async () => {
      const { data } = await gh.request("GET /repos/{owner}/{repo}", { owner, repo });
      this.rememberVisibility(owner, repo, data.private);
      return data.private;
    });
  }

  /** The labels of owner/repo (one paginated read per hour at most). */
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
