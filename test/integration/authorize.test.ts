import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { Authorizer } from "../../src/github/authorize.js";
import type { GitHub } from "../../src/github/octokit.js";
import { newProbot } from "../helpers/app.js";
import { blockNetwork, expectAllUsed, GitHubStub } from "../helpers/github.js";

describe("who may run commands", () => {
  let gh: GitHubStub;
  let octokit: GitHub;
  let now = 0;
  const ask = (login: string, extra: Partial<Parameters<Authorizer["standing"]>[1]> = {}) => ({
    owner: "acme", repo: "mcp-server", login, type: "User", reporter: "finder-jane", users: ["dave"], teams: ["security", "other-org/auditors"], ...extra,
  });

  beforeEach(async () => {
    blockNetwork();
    gh = new GitHubStub();
    octokit = (await newProbot().auth(42)) as unknown as GitHub;
    now = 0;
  });
  afterEach(() => expectAllUsed());

  it("knows bots and configured users without asking GitHub", async () => {
    const a = new Authorizer(() => now);
    expect(await a.standing(octokit, ask("security-policy-bot[bot]", { type: "Bot" }))).toBe("bot");
    expect(await a.standing(octokit, ask("dave"))).toBe("maintainer");
    expect(gh.calls()).toEqual([]);
  });

  it("asks the repository permission, then the teams, and remembers for five minutes", async () => {
    const a = new Authorizer(() => now);
    gh.token();
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "write", role_name: "maintain" });
    gh.scope().get("/repos/acme/mcp-server/collaborators/erin/permission").reply(200, { permission: "read", role_name: "triage" });
    gh.scope().get("/orgs/acme/teams/security/memberships/erin").reply(200, { state: "active", role: "member" });
    gh.scope().get("/repos/acme/mcp-server/collaborators/finder-jane/permission").reply(404, {});
    gh.scope().get("/orgs/acme/teams/security/memberships/finder-jane").reply(404, {});
    gh.scope().get("/orgs/other-org/teams/auditors/memberships/finder-jane").reply(200, { state: "pending" });
    expect(await a.standing(octokit, ask("carol"))).toBe("maintainer");
    expect(await a.standing(octokit, ask("erin"))).toBe("maintainer");
    expect(await a.standing(octokit, ask("finder-jane"))).toBe("reporter");
    expect(await a.standing(octokit, ask("carol"))).toBe("maintainer"); // cached: no call
    now += 5 * 60 * 1000 + 1;
    gh.scope().get("/repos/acme/mcp-server/collaborators/carol/permission").reply(200, { permission: "read" });
    gh.scope().get("/orgs/acme/teams/security/memberships/carol").reply(404, {});
    gh.scope().get("/orgs/other-org/teams/auditors/memberships/carol").reply(404, {});
    expect(await a.standing(octokit, ask("carol"))).toBe("none");
  });
});
