/**
 * nock around GitHub: every test that talks to GitHub declares each request it expects
 * (with the body asserted in the interceptor) and ends with `expectAllUsed`, which fails on
 * an interceptor never called. Any request nobody declared fails at once (no network).
 */
import { expect } from "@jest/globals";
import nock from "nock";

export const API = "https://api.github.com";

export function blockNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
}

export function github(): nock.Scope {
  return nock(API);
}

/** The installation token exchange Probot performs before the first call of an installation. */
export function installationToken(installationId = 42): nock.Scope {
  return nock(API)
    .post(`/app/installations/${installationId}/access_tokens`)
    .reply(201, { token: `ghs_test_${installationId}`, expires_at: "2099-01-01T00:00:00Z", permissions: {}, repository_selection: "all" });
}

export function expectAllUsed(): void {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
}
