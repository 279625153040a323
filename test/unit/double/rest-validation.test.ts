import { describe, expect, it } from "@jest/globals";
import { specLoadMillis, validateRestRequest } from "../../double/rest-validation.js";

const ADV = "/repos/acme/mcp-server/security-advisories/GHSA-xxxx-xxxx-xxxx";
const VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

describe("REST requests checked against GitHub's OpenAPI description", () => {
  it("takes requests GitHub takes", () => {
    expect(validateRestRequest({ method: "POST", path: "/repos/acme/mcp-server/issues/7/comments", body: { body: "Thanks" } })).toEqual([]);
    expect(validateRestRequest({ method: "PATCH", path: ADV, body: { severity: "high" } })).toEqual([]);
    expect(validateRestRequest({ method: "PATCH", path: ADV, body: { cvss_vector_string: VECTOR, severity: null } })).toEqual([]);
    expect(validateRestRequest({ method: "PATCH", path: ADV, body: { cve_id: null, collaborating_users: ["octocat"] } })).toEqual([]);
    expect(
      validateRestRequest({
        method: "POST",
        path: "/repos/acme/mcp-server/security-advisories",
        body: { summary: "Path traversal", description: "…", severity: "high", vulnerabilities: [{ package: { ecosystem: "npm", name: "mcp-server" }, vulnerable_version_range: "< 2.0.3", patched_versions: null }] },
      }),
    ).toEqual([]);
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/issues?state=open&per_page=100&unknown_param=ignored" })).toEqual([]);
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/issues", query: new URLSearchParams({ per_page: "30", labels: "a,b" }) })).toEqual([]);
    expect(validateRestRequest({ method: "POST", path: "/app/installations/42/access_tokens" })).toEqual([]);
    expect(validateRestRequest({ method: "POST", path: `${ADV}/cve` })).toEqual([]);
  });

  it("routes literal segments before parameters, mixed segments and slashes in a file path", () => {
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/issues/comments/99" })).toEqual([]);
    expect(validateRestRequest({ method: "PATCH", path: "/repos/acme/mcp-server/issues/comments/99", body: { body: "edited" } })).toEqual([]);
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/compare/v1.0.0...main" })).toEqual([]);
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/contents/docs%2FSECURITY.md?ref=main" })).toEqual([]);
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/contents/docs/SECURITY.md" })).toEqual([]);
  });

  it("refuses a repository advisory PATCH setting both severity and cvss_vector_string (GitHub: choose one)", () => {
    const v = validateRestRequest({ method: "PATCH", path: ADV, body: { severity: "high", cvss_vector_string: VECTOR } });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/both "cvss_vector_string" and "severity"/);
    expect(v[0]).toContain("PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}");
  });

  it("refuses an advisory create body with a property the create schema lacks", () => {
    const v = validateRestRequest({
      method: "POST",
      path: "/repos/acme/mcp-server/security-advisories",
      body: { summary: "s", description: "d", vulnerabilities: [{ package: { ecosystem: "npm" } }], credits: [{ login: "jane", type: "reporter" }], collaborating_users: ["jane"] },
    });
    expect(v).toEqual([expect.stringContaining('body has a property the schema does not allow: "collaborating_users"')]);
  });

  it("refuses wrong types and enums in a body, with where they are", () => {
    const v = validateRestRequest({ method: "PATCH", path: ADV, body: { severity: "urgent", credits: [{ login: "jane" }] } });
    expect(v).toEqual(
      expect.arrayContaining([expect.stringContaining('body/severity must be one of ["critical","high","medium","low",null]'), expect.stringContaining('body/credits/0 is missing required property "type"')]),
    );
  });

  it("refuses an issue comment without a body", () => {
    expect(validateRestRequest({ method: "POST", path: "/repos/acme/mcp-server/issues/7/comments", body: {} })).toEqual([expect.stringContaining('missing required property "body"')]);
    expect(validateRestRequest({ method: "POST", path: "/repos/acme/mcp-server/issues/7/comments" })).toEqual([expect.stringContaining("a request body is required")]);
  });

  it("refuses a body sent to an operation that takes none, and a body that is not JSON", () => {
    expect(validateRestRequest({ method: "POST", path: `${ADV}/cve`, body: { reason: "x" } })).toEqual([expect.stringContaining("takes no request body")]);
    expect(validateRestRequest({ method: "POST", path: "/repos/acme/mcp-server/issues/7/comments", body: "body=hi" })).toEqual([expect.stringContaining("not JSON")]);
  });

  it("refuses unknown routes and methods a route does not take", () => {
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/security-reports" })).toEqual(["GET /repos/acme/mcp-server/security-reports: GitHub has no such route"]);
    expect(validateRestRequest({ method: "DELETE", path: "/repos/acme/mcp-server/issues/7" })).toEqual([expect.stringMatching(/GitHub has no such route \(.*takes GET, PATCH\)/)]);
  });

  it("refuses mis-typed declared query and path parameters, ignores undeclared ones", () => {
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/issues?per_page=many&state=open" })).toEqual([expect.stringContaining("query parameter per_page must be integer")]);
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/security-advisories", query: { sort: "severity" } })).toEqual([
      expect.stringContaining('query parameter sort must be one of ["created","updated","published"]'),
    ]);
    expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/issues/seven" })).toEqual([expect.stringContaining("path parameter issue_number must be integer")]);
  });

  describe("advisory comments (newer than the spec: supplemental routes)", () => {
    it("lists, reads, adds and edits comments", () => {
      expect(validateRestRequest({ method: "GET", path: `${ADV}/comments?since=2026-03-02T10:00:00Z&per_page=100&page=2` })).toEqual([]);
      expect(validateRestRequest({ method: "POST", path: `${ADV}/comments`, body: { body: "Thank you" } })).toEqual([]);
      expect(validateRestRequest({ method: "GET", path: "/repos/acme/mcp-server/security-advisories/comments/501" })).toEqual([]);
      expect(validateRestRequest({ method: "PATCH", path: "/repos/acme/mcp-server/security-advisories/comments/501", body: { body: "edited" } })).toEqual([]);
    });

    it("refuses a bad since, a comment without body or with extra properties, and deleting", () => {
      expect(validateRestRequest({ method: "GET", path: `${ADV}/comments?since=yesterday` })).toEqual([expect.stringContaining('query parameter since must match format "date-time"')]);
      expect(validateRestRequest({ method: "POST", path: `${ADV}/comments`, body: { text: "hi" } })).toEqual(
        expect.arrayContaining([expect.stringContaining('missing required property "body"'), expect.stringContaining('not allow: "text"')]),
      );
      expect(validateRestRequest({ method: "DELETE", path: "/repos/acme/mcp-server/security-advisories/comments/501" })).toEqual([expect.stringContaining("GitHub has no such route")]);
    });
  });

  it("loads and indexes the spec once, and checks a request in well under a millisecond once warm", () => {
    const req = { method: "PATCH", path: ADV, body: { severity: "high" } };
    validateRestRequest(req);
    expect(specLoadMillis()).toBeGreaterThan(0);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) validateRestRequest(req);
    expect((performance.now() - t0) / 200).toBeLessThan(1);
  });
});
