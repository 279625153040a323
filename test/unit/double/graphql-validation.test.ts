import { describe, expect, it } from "@jest/globals";
import { validateGraphqlRequest } from "../../double/graphql-validation.js";

const TRANSFER = `mutation moveIssue($issue: ID!, $repo: ID!) { transferIssue(input: { issueId: $issue, repositoryId: $repo, createLabelsIfMissing: true }) { issue { number url } } }`;
const FILES = `query files($owner: String!, $name: String!) {
  repo: repository(owner: $owner, name: $name) { f0: object(expression: "HEAD:SECURITY.md") { ... on Blob { text } } }
  org: repository(owner: $owner, name: ".github") { f0: object(expression: "HEAD:SECURITY.md") { ... on Blob { text } } }
}`;

describe("GraphQL requests checked against GitHub's schema", () => {
  it("takes a transferIssue mutation with its variables", () => {
    expect(validateGraphqlRequest({ query: TRANSFER, variables: { issue: "I_kwDOA1", repo: "R_kgDOB2" } })).toEqual([]);
  });

  it("takes a repository object(expression:) query reading blob text", () => {
    expect(validateGraphqlRequest({ query: FILES, variables: { owner: "acme", name: "mcp-server" } })).toEqual([]);
  });

  it("refuses an unknown field", () => {
    const v = validateGraphqlRequest({ query: `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { securityPolicyText } }`, variables: { owner: "a", name: "b" } });
    expect(v).toEqual([expect.stringContaining('Cannot query field "securityPolicyText" on type "Repository"')]);
    expect(validateGraphqlRequest({ query: `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { securityPolicyText } }`, variables: { owner: "a", name: "b" } })).toEqual(v); // checked once per text, same answer
  });

  it("refuses a missing required variable and a variable of the wrong type", () => {
    expect(validateGraphqlRequest({ query: TRANSFER })).toHaveLength(2);
    expect(validateGraphqlRequest({ query: TRANSFER, variables: { issue: "I_kwDOA1" } })).toEqual([expect.stringContaining('Variable "$repo" of required type "ID!" was not provided')]);
    expect(validateGraphqlRequest({ query: FILES, variables: { owner: "acme", name: 42 } })).toEqual([expect.stringContaining('Variable "$name" got invalid value 42')]);
  });

  it("refuses a wrong argument, a syntax error and an undeclared variable", () => {
    expect(validateGraphqlRequest({ query: `mutation($i: ID!) { transferIssue(input: { issueId: $i }) { issue { number } } }`, variables: { i: "x" } })).toEqual([
      expect.stringContaining("repositoryId"),
    ]);
    expect(validateGraphqlRequest({ query: `query { repository(owner: "a", name: "b") { id }` })).toEqual([expect.stringContaining("GraphQL syntax error")]);
    expect(validateGraphqlRequest({ query: `query { repository(owner: $owner, name: "b") { id } }` })).toEqual([expect.stringContaining('Variable "$owner" is not defined')]);
  });
});
