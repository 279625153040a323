import { describe, expect, it } from "@jest/globals";
import { askFor, checkReport, listInWords, missingItems, readItem } from "../../../src/core/report-quality/checklist.js";
import { DUPLICATE_AT, likelyDuplicates, similarity } from "../../../src/core/report-quality/duplicates.js";
import { mentions } from "../../../src/core/report-quality/mentions.js";
import { HOLDOUT_TEXTS } from "../../fixtures/report-texts-holdout.js";
import { OTHER_CHECKLIST, REPORT_TEXTS, type ReportText } from "../../fixtures/report-texts.js";

/** The example policy's checklist, as the policy reader extracts it. */
const EXAMPLE = ["A description of the vulnerability", "Steps to reproduce the issue", "Any proof-of-concept code or exploit scripts", "Impact of the vulnerability", "Any mitigation or workarounds if known"];
const KEYS = ["description", "steps", "poc", "impact", "mitigation"] as const;
const textOf = (r: ReportText) => `${r.summary}\n\n${r.description}`;

function score(set: readonly ReportText[]) {
  let tp = 0, fp = 0, fn = 0;
  for (const r of set) {
    checkReport(textOf(r), EXAMPLE).forEach((v, i) => {
      const truth = r.truth[KEYS[i]!];
      if (v.covered && truth) tp++;
      if (v.covered && !truth) fp++;
      if (!v.covered && truth) fn++;
    });
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe("reading a checklist item", () => {
  it("finds what each item asks, whether one part is enough, and whether it is optional", () => {
    expect(readItem("Steps to reproduce or a working PoC")).toMatchObject({ kinds: ["steps", "poc"], needs: "any", optional: false });
    expect(readItem("A clear description of the vulnerability and its impact")).toMatchObject({ kinds: ["impact", "description"], needs: "all" });
    expect(readItem("Affected components and version number")).toMatchObject({ kinds: ["versions", "component"], needs: "all" });
    expect(readItem("Steps to reproduce (proof-of-concept if possible)")).toMatchObject({ kinds: ["steps"], optional: false });
    expect(readItem("Any mitigation or workarounds if known")).toMatchObject({ kinds: ["mitigation"], optional: true });
    expect(readItem("Suggested fix (if any) / 제안된 수정 사항 (있는 경우)")).toMatchObject({ kinds: ["mitigation"], optional: true });
    expect(readItem("Your assessment of severity (optional)")).toMatchObject({ kinds: ["severity"], optional: true });
    expect(readItem("Version affected")).toMatchObject({ kinds: ["versions"] });
    expect(readItem("Contact information").kinds).toEqual(["contact"]);
  });
});

describe("checking a report against the policy's checklist", () => {
  it.each(REPORT_TEXTS.map((r) => [r.name, r] as const))("%s", (_name, r) => {
    const verdicts = checkReport(textOf(r), EXAMPLE);
    expect(Object.fromEntries(verdicts.map((v, i) => [KEYS[i], v.covered]))).toEqual(Object.fromEntries(KEYS.map((k) => [k, r.truth[k]])));
  });

  it("reads other policies' items too: versions, components, either-or, optional", () => {
    for (const r of REPORT_TEXTS) {
      const [versions, components, stepsOrPoc, severity] = checkReport(textOf(r), OTHER_CHECKLIST);
      expect(versions!.covered).toBe(r.truth.versions);
      expect(components!.covered).toBe(r.truth.versions && r.truth.component);
      expect(stepsOrPoc!.covered).toBe(r.truth.steps || r.truth.poc);
      expect(severity!.item.optional).toBe(true);
    }
  });

  it("scores perfectly on the set its rules were written with, and well on a held-out set (never tuned on)", () => {
    expect(score(REPORT_TEXTS)).toEqual({ precision: 1, recall: 1 });
    const held = score(HOLDOUT_TEXTS);
    expect(held.precision).toBe(1);
    expect(held.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("asks a complete report for nothing, and one missing steps for exactly that", () => {
    const complete = REPORT_TEXTS.find((r) => r.name === "complete, with headings")!;
    expect(missingItems(checkReport(textOf(complete), EXAMPLE))).toEqual([]);
    const noSteps = REPORT_TEXTS.find((r) => r.name === "missing steps to reproduce")!;
    expect(missingItems(checkReport(textOf(noSteps), EXAMPLE)).map(askFor)).toEqual(["steps to reproduce"]);
    // A missing optional item ("if known") is not asked for.
    const noMitigation = REPORT_TEXTS.find((r) => r.name === "missing a mitigation")!;
    expect(missingItems(checkReport(textOf(noMitigation), EXAMPLE))).toEqual([]);
    const filler = REPORT_TEXTS.find((r) => r.name === "machine-written filler")!;
    expect(listInWords(missingItems(checkReport(textOf(filler), EXAMPLE)).map(askFor))).toBe("steps to reproduce and a proof of concept (code, a request or a script)");
    expect(askFor(readItem("Steps to reproduce or a working PoC"))).toBe("steps to reproduce or a working PoC");
  });
});

describe("what a report names", () => {
  it("finds the project's versions, not a runtime's, an IP address or a duration", () => {
    expect(mentions("Tested on v2.3.4 and 2.2 with Python 3.11.2 and Node 20.1.0, from 10.0.0.1; it takes 1.5 seconds.").versions).toEqual(["2.3.4", "2.2"]);
    expect(mentions("Affects versions 1.0 through 1.2.x, fixed in release 2.0").versions).toEqual(["1.0", "1.2.x", "2.0"]);
  });

  it("finds repository paths (also from links to files), functions and endpoints", () => {
    const m = mentions(
      "See https://github.com/acme/app/blob/main/src/upload/handler.ts#L42 and ./lib/x.js; `parseUpload()` and the function `render` call fs.readFile(p). POST /api/v1/upload and /etc/passwd; see https://example.com/a/b.js",
    );
    expect(m.paths).toEqual(["src/upload/handler.ts", "lib/x.js"]);
    expect(m.functions).toEqual(expect.arrayContaining(["parseUpload", "render", "fs.readFile"]));
    expect(m.endpoints).toEqual(["POST /api/v1/upload"]);
  });

  it("finds nothing in machine-written filler", () => {
    const filler = REPORT_TEXTS.find((r) => r.name === "machine-written filler")!;
    expect(mentions(textOf(filler))).toEqual({ versions: [], paths: [], functions: [], endpoints: [] });
  });
});

describe("likely duplicates", () => {
  const upload = REPORT_TEXTS.filter((r) => r.name.startsWith("near-duplicate") || r.name === "complete, with headings");
  const candidates = REPORT_TEXTS.map((r, i) => ({ ghsaId: `GHSA-000${i}`, url: `https://github.com/acme/app/security/advisories/GHSA-000${i}`, state: "triage", text: textOf(r) }));

  it("finds the three reports of the upload traversal in each other, with the files they share", () => {
    expect(upload).toHaveLength(3);
    const a = REPORT_TEXTS.find((r) => r.name.startsWith("near-duplicate A"))!;
    const found = likelyDuplicates(textOf(a), candidates.filter((c) => c.text !== textOf(a)));
    expect(found.map((d) => d.ghsaId).sort()).toEqual([`GHSA-000${REPORT_TEXTS.indexOf(upload[0]!)}`, `GHSA-000${REPORT_TEXTS.indexOf(upload[2]!)}`].sort());
    expect(found[0]!.shared).toEqual(expect.arrayContaining(["handler.ts"]));
  });

  it("finds no duplicate among unrelated reports, filler included", () => {
    for (const r of REPORT_TEXTS.filter((x) => !upload.includes(x))) {
      for (const other of REPORT_TEXTS.filter((x) => x !== r && !upload.includes(x))) expect(similarity(textOf(r), textOf(other)).score).toBeLessThan(DUPLICATE_AT);
    }
  });
});
