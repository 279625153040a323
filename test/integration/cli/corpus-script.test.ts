/** `npm run corpus`: figures per set, each file's misreadings, and never the held-out set's files unless asked. */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt } from "../../helpers/app-process.js";

const ROOT = new URL("../../..", import.meta.url).pathname;
const POLICY = "## Supported Versions\n\n| Version | Supported |\n|---|---|\n| 2.x | ✅ |\n| 1.x | ❌ |\n\nWe acknowledge reports within 3 business days.\n";
const reading = (rows: Array<[string, boolean]>) => ({
  table_found: true,
  rows: rows.map(([label, supported]) => ({ label, supported })),
  ack: { amount: 3, unit: "business_days" },
  response: null,
  disclosure_days: null,
});

const BADGE = "[![Maven Central](https://img.shields.io/maven-central/v/dev.acme/acme.svg?label=&style=flat)](https://central.sonatype.com/artifact/dev.acme/acme) _(latest)_";

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "corpus-"));
  writeFileSync(join(dir, "1.md"), POLICY);
  writeFileSync(join(dir, "2.md"), POLICY);
  writeFileSync(join(dir, "3.md"), POLICY);
  // Labels as they read: a line break in a cell, emphasis on a word of a listed line.
  writeFileSync(join(dir, "4.md"), "## Supported Versions\n\n| Version | Supported |\n|---|---|\n| 2.1, <br/> 2.0 | ✅ |\n");
  writeFileSync(join(dir, "5.md"), "## Supported Versions\n\n* The latest *stable* release of Acme 6\n");
  // A badge (an image inside a link) as the version cell.
  writeFileSync(join(dir, "6.md"), `## Supported Versions\n\n| Version | Supported |\n|---|---|\n| ${BADGE} | ✅ |\n`);
  writeFileSync(
    join(dir, "index.json"),
    JSON.stringify([
      { id: "1", repo: "acme/right", set: "tuning", expected: reading([["2.x", true], ["1.x", false]]) },
      // Labelled otherwise than the reader reads it: a misreading to print, or to keep unseen.
      { id: "2", repo: "acme/tuned", set: "tuning", expected: reading([["2.x", true], ["1.x", true]]), notes: "1.x: DOUBT: the footnote may mean no" },
      { id: "3", repo: "acme/held", set: "held-out", expected: reading([["2.x", true], ["1.x", true]]) },
      { id: "4", repo: "acme/break", set: "labels", expected: { ...reading([["2.1, <br/> 2.0", true]]), ack: null } },
      { id: "5", repo: "acme/list", set: "labels", expected: { ...reading([["The latest *stable* release of Acme 6", true]]), table_found: false, ack: null } },
      { id: "6", repo: "acme/badge", set: "labels", expected: { ...reading([[BADGE, true]]), ack: null } },
    ]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]): string => {
  const r = spawnSync(process.execPath, [join(ROOT, "lib/scripts/corpus.js"), dir, ...args], { cwd: ROOT, encoding: "utf8" });
  expect(r.status).toBe(0);
  return r.stdout;
};

describe("npm run corpus", () => {
  it("prints each file's misreadings and the figures per set, but not the held-out set's files", () => {
    const out = run();
    expect(out).toContain("1  OK   rows ok, promises ok  [tuning] (acme/right)");
    expect(out).toContain("2  DIFF rows differ, promises ok  [tuning] (acme/tuned)\n      - row '1.x': expected true, got false");
    expect(out).not.toContain("acme/held");
    expect(out).toContain("tuning: 2 files\n  rows exact (label and supported):      3/4 = 75.0%\n  table files exact (every row right):   1/2 = 50.0%\n  promises (ack, response, disclosure):  6/6 = 100.0%");
    expect(out).toContain("held-out: 1 files\n  rows exact (label and supported):      1/2 = 50.0%");
  });

  it("prints a set's figures again without the files whose labeller marked a reading DOUBT, where it has any", () => {
    const out = run("--quiet");
    expect(out).toContain('tuning, the 1 files with no reading marked "DOUBT":\n  rows exact (label and supported):      2/2 = 100.0%\n  table files exact (every row right):   1/1 = 100.0%');
    expect(out).not.toContain("held-out, the");
    expect(out).not.toContain("labels, the");
  });

  it("prints the held-out set's files only when asked, and figures only with --quiet", () => {
    expect(run("--show-held-out")).toContain("3  DIFF rows differ, promises ok  [held-out] (acme/held)");
    const quiet = run("--quiet");
    expect(quiet).not.toMatch(/^\d+ {2}(?:OK|DIFF)/m);
    expect(quiet).toContain("tuning: 2 files");
  });

  it("compares labels as they read: an HTML line break as a space, emphasis on a word as the word, a badge as its alt text", () => {
    const out = run();
    expect(out).toContain("6  OK   rows ok, promises ok  [labels] (acme/badge)");
    expect(out).toContain("4  OK   rows ok, promises ok  [labels] (acme/break)");
    expect(out).toContain("5  OK   rows ok, promises ok  [labels] (acme/list)");
  });
});
