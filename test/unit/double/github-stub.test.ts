import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { API, blockNetwork, expectAllUsed, GitHubStub } from "../../helpers/github.js";

const send = (method: string, path: string, body?: unknown) =>
  fetch(`${API}${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

describe("the nock GitHub stub is as strict as GitHub", () => {
  let gh: GitHubStub;
  beforeEach(() => {
    blockNetwork();
    gh = new GitHubStub();
  });
  afterEach(() => nock.cleanAll());

  it("passes requests GitHub would take", async () => {
    gh.token();
    gh.scope().post("/repos/acme/mcp-server/issues/7/comments").reply(201, { id: 1 });
    gh.scope().post("/graphql").reply(200, { data: {} });
    await send("POST", "/app/installations/42/access_tokens");
    await send("POST", "/repos/acme/mcp-server/issues/7/comments", { body: "Thanks" });
    await send("POST", "/graphql", { query: "query($o: String!, $n: String!) { repository(owner: $o, name: $n) { id } }", variables: { o: "acme", n: "mcp-server" } });
    expect(gh.violations).toEqual([]);
    expectAllUsed();
  });

  it("fails expectAllUsed on a body, route or query GitHub would refuse, saying why", async () => {
    gh.scope().patch("/repos/acme/mcp-server/security-advisories/GHSA-xxxx-xxxx-xxxx").reply(200, {});
    gh.scope().get("/repos/acme/mcp-server/security-reports").reply(200, []);
    gh.scope().post("/graphql").reply(200, { data: {} });
    await send("PATCH", "/repos/acme/mcp-server/security-advisories/GHSA-xxxx-xxxx-xxxx", { severity: "high", cvss_vector_string: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" });
    await send("GET", "/repos/acme/mcp-server/security-reports");
    await send("POST", "/graphql", { query: "query { viewer { lgoin } }" });
    expect(gh.violations).toEqual([
      expect.stringContaining('body sets both "cvss_vector_string" and "severity"'),
      "GET /repos/acme/mcp-server/security-reports: GitHub has no such route",
      expect.stringContaining('POST /graphql: GraphQL: Cannot query field "lgoin" on type "User"'),
    ]);
    expect(() => expectAllUsed()).toThrow(/refusedByGitHub[\s\S]*GitHub has no such route/);
    expect(() => expectAllUsed()).not.toThrow(); // the list was emptied with the report
  });
});
