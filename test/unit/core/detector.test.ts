import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { advisoryIds, Detector } from "../../../src/core/detector.js";
import { measure } from "../../../src/scripts/detector.js";

const load = (f: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), "utf8")) as { title: string; body: string; report: boolean; kind: string }[];
const detector = new Detector({ words: null, patterns: [] });

describe("public-issue detector", () => {
  it("flags reports and leaves ordinary issues", () => {
    expect(detector.detect("Stored XSS via markdown link in comments", "The renderer allows javascript: URLs.")).toMatchObject({ flagged: true, confident: true });
    expect(detector.detect("Can see other people's invoices", "changing the id in /billing/invoices/10452 shows someone else's invoice")).toMatchObject({ flagged: true });
    expect(detector.detect("Dark mode toggle does not persist", "After reload the theme is light again.")).toMatchObject({ flagged: false, score: 0 });
    expect(detector.detect("Bump lodash from 4.17.20 to 4.17.21", "Bumps lodash. Fixes a prototype pollution vulnerability (CVE-2021-23337).").flagged).toBe(false);
  });

  it("names signal families, never text", () => {
    const d = detector.detect("SQL injection in /search", "search for: ' or 1=1 --");
    expect(d.signals).toEqual(["a vulnerability class", "an exploitation technique"]);
  });

  it("takes a repository's own words and patterns", () => {
    const custom = new Detector({ words: ["sicherheitslücke"], patterns: ["\\bprivate key\\b"] });
    expect(custom.detect("Sicherheitslücke im Login", "").flagged).toBe(true);
    expect(custom.detect("Found a private key", "in the repo").flagged).toBe(true);
    expect(custom.detect("Stored XSS", "").flagged).toBe(false); // the built-in phrases are replaced
    expect(new Detector({ words: null, patterns: ["(unclosed"] }).detect("x", "y").flagged).toBe(false); // a broken pattern is skipped
  });

  it("keeps its measured precision and recall (npm run detector)", () => {
    const tuned = measure(load("public-issues.json"));
    expect([tuned.precision, tuned.recall]).toEqual([expect.any(Number), 1]);
    expect(tuned.precision).toBeGreaterThanOrEqual(0.8);
    // A set written independently, never used to choose the rules: the honest figure.
    const held = measure(load("public-issues-holdout.json"));
    expect(held.precision).toBeGreaterThanOrEqual(0.6);
    expect(held.recall).toBeGreaterThanOrEqual(0.5);
  });

  it("finds advisory ids for the embargo watch", () => {
    expect(advisoryIds("see ghsa-WQ4H-7R42-5HRR and CVE-2026-12345, again GHSA-wq4h-7r42-5hrr")).toEqual({ ghsa: ["GHSA-wq4h-7r42-5hrr"], cve: ["CVE-2026-12345"] });
  });
});
