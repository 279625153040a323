import { describe, expect, it } from "@jest/globals";
import { hasMarker, marker, readMarkers, withMarker } from "../../../src/render/markers.js";
import { code, untrusted } from "../../../src/render/untrusted.js";

describe("markers", () => {
  it("round-trips report, kind and key", () => {
    const body = withMarker("Thanks!", { report: "GHSA-aaaa-bbbb-cccc", kind: "reply", key: "comment-9" });
    expect(body).toBe('Thanks!\n\n<!-- security-policy-bot report="GHSA-aaaa-bbbb-cccc" kind="reply" key="comment-9" -->\n');
    expect(readMarkers(body)).toEqual([{ report: "GHSA-aaaa-bbbb-cccc", kind: "reply", key: "comment-9" }]);
    expect(hasMarker(body, { report: "GHSA-aaaa-bbbb-cccc", kind: "reply", key: "comment-9" })).toBe(true);
    expect(hasMarker(body, { report: "GHSA-aaaa-bbbb-cccc", kind: "reply", key: "comment-8" })).toBe(false);
    expect(hasMarker(body, { report: "GHSA-aaaa-bbbb-cccc", kind: "reply" })).toBe(false);
  });

  it("cannot be broken out of by the values it carries", () => {
    expect(marker({ report: 'x" kind="evil', kind: "a-->b" })).toBe('<!-- security-policy-bot report="x kind=evil" kind="ab" -->');
  });
});

describe("untrusted text", () => {
  it("neutralises mentions, references, HTML and forged markers", () => {
    const forged = '<!-- security-policy-bot report="GHSA-aaaa-bbbb-cccc" kind="acknowledgement" -->';
    const out = untrusted(`hi @octocat and @acme/security, see #12 and GH-3 ${forged} <img src=x onerror=alert(1)> a@b.c`);
    expect(out).toBe("hi @\u200boctocat and @\u200bacme/security, see #\u200b12 and GH-\u200b3  <\u200bimg src=x onerror=alert(1)> a@\u200bb.c");
    expect(readMarkers(out)).toEqual([]);
  });

  it("truncates long text and quotes values as code", () => {
    expect(untrusted("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
    expect(code("1.0`x\n2")).toBe("`1.0'x 2`");
  });
});
