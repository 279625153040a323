import { describe, expect, it } from "@jest/globals";
import { guardWrite, sensitiveFragments } from "../../../src/github/privacy-guard.js";

const sensitive = [
  "Path traversal in the upload handler",
  "An attacker can read /etc/passwd by sending ../../ in the file name.\nSteps: upload a file named ../../etc/passwd",
  "GHSA-aaaa-bbbb-cccc",
];

describe("privacy guard", () => {
  it("lets anything go to a private place", () => {
    expect(guardWrite({ targetPublic: false, kind: "acknowledgement", text: sensitive.join(" "), sensitive })).toEqual({ allowed: true });
  });

  it("refuses report messages in a public place, whatever their text", () => {
    for (const kind of ["acknowledgement", "reply", "reminder", "escalation", "tracking-issue", "draft-preview", "flag", "dashboard"]) {
      expect(guardWrite({ targetPublic: true, kind, text: "Thanks!", sensitive })).toEqual({ allowed: false, reason: `a ${kind} may only be written to a private place` });
    }
  });

  it("lets the public kinds through when they carry nothing of the report", () => {
    expect(guardWrite({ targetPublic: true, kind: "moved", text: "Thank you. We have moved this conversation to a private place; a maintainer will follow up there.", sensitive })).toEqual({ allowed: true });
  });

  it("refuses a public message that repeats any sentence, line or id of the report", () => {
    const quoting = [
      "Moved: path traversal in the upload handler",
      "Steps:   upload a file named ../../etc/passwd (moved)",
      "see ghsa-aaaa-bbbb-cccc",
      "An attacker can read /etc/passwd by sending ../../ in the file name.",
    ];
    for (const text of quoting) {
      expect(guardWrite({ targetPublic: true, kind: "moved", text, sensitive })).toEqual({ allowed: false, reason: "the moved would repeat report content in public" });
    }
  });

  it("looks for whole ids and for prose pieces of a useful length only", () => {
    expect(sensitiveFragments(["CVE-2026-1234", "ok.", "Short one. A much longer sentence here."])).toEqual([
      "cve-2026-1234",
      "short one. a much longer sentence here.",
      "a much longer sentence here.",
    ]);
  });
});
