/** The reporter's words: the rewrite note's decision and the verbatim rendering. */
import { describe, expect, it } from "@jest/globals";
import { descriptionChange } from "../../../src/core/original-words.js";
import { renderOriginal, verbatim } from "../../../src/render/original-words.js";
import { aReport } from "../../helpers/report.js";

const seen = { digest: "b".repeat(32), empty: false, updatedAt: "2026-11-25T10:30:00Z", previousUpdatedAt: "2026-11-25T10:00:00Z", htmlUrl: "https://github.com/acme/app/security/advisories/GHSA-1", collaborators: ["alice"], teams: ["security"] };

describe("a rewritten description", () => {
  it("is recorded silently the first time, not noted when unchanged, and noted once per change on the tracking issue", () => {
    const r = aReport({ descriptionDigest: null, trackerRepo: "acme/tracker", trackerIssue: 4 });
    expect(descriptionChange(r, seen)).toEqual({ patch: { descriptionDigest: seen.digest }, actions: [] });
    expect(descriptionChange({ ...r, descriptionDigest: seen.digest }, seen)).toBeNull();
    const change = descriptionChange({ ...r, descriptionDigest: "a".repeat(32) }, seen)!;
    expect(change.patch).toEqual({ descriptionDigest: seen.digest });
    expect(change.actions).toEqual([expect.objectContaining({ type: "comment", target: { kind: "issue", owner: "acme", repo: "tracker", number: 4 }, key: "description-aaaaaaaaaa-bbbbbbbbbb" })]);
    // No tracking issue: the digest is kept, nothing is said in the reporter's thread.
    expect(descriptionChange({ ...r, trackerIssue: null, descriptionDigest: "a".repeat(32) }, seen)!.actions).toEqual([]);
  });
});

describe("the reporter's words in the tracking issue", () => {
  it("are fenced longer than any backtick run inside, with no marker that could be forged", () => {
    expect(verbatim("a ```` b <!-- x -->")).toBe("`````text\na ```` b <\u200b!-- x -->\n`````");
    expect(verbatim("plain")).toBe("```text\nplain\n```");
  });

  it("are cut to the room left, with a note; an empty description says so", () => {
    const out = renderOriginal({ summary: "S", description: "x".repeat(5000) }, 2000).join("\n");
    expect(out.length).toBeLessThanOrEqual(2000);
    expect(out).toMatch(/characters are left out here/);
    expect(renderOriginal({ summary: "S", description: "  " }, 2000).join("\n")).toContain("_None was given._");
  });
});
