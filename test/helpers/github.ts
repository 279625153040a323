/**
 * nock around GitHub: every test declares each request it expects (bodies asserted in the
 * interceptor or from `sent`) and ends with `expectAllUsed`, which fails on an interceptor
 * never called. Any request nobody declared fails at once (there is no network), and
 * `expectAllUsed` fails on it too, even where the app caught the error and went on.
 * Every request a `GitHubStub` scope answers is also checked as GitHub would check it (REST
 * against its OpenAPI description, `POST /graphql` against its GraphQL schema), and
 * `expectAllUsed` fails on any request GitHub would have refused, listing why.
 */
import { expect } from "@jest/globals";
import nock from "nock";
import { validateGraphqlRequest } from "../double/graphql-validation.js";
import { validateRestRequest } from "../double/rest-validation.js";

export const API = "https://api.github.com";

/** Requests to GitHub that no interceptor answered (the app may have caught the error). */
const unmatched: string[] = [];
nock.emitter.on("no match", (req: { method?: string; path?: string; host?: string; hostname?: string; options?: { host?: string; hostname?: string; path?: string; method?: string } }) => {
  const host = req.hostname ?? req.host ?? req.options?.hostname ?? req.options?.host ?? "";
  if (/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return;
  unmatched.push(`${req.method ?? req.options?.method ?? "?"} ${host}${req.path ?? req.options?.path ?? ""}`);
});

/** Requests a stub answered that GitHub would have refused, each with the reason. */
const violations: string[] = [];

/** What GitHub would refuse about a request (REST or `POST /graphql`); [] when it would take it. */
export function githubViolations(method: string, rawPath: string, body: unknown): string[] {
  if (method.toUpperCase() === "POST" && rawPath.split("?")[0] === "/graphql") {
    return validateGraphqlRequest((body ?? {}) as { query: string; variables?: Record<string, unknown> }).map((v) => `POST /graphql: ${v}`);
  }
  return validateRestRequest({ method, path: rawPath, body });
}

export function blockNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  unmatched.length = 0;
  violations.length = 0;
}

export function expectAllUsed(): void {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  const strays = unmatched.splice(0);
  const refused = violations.splice(0);
  expect({ pending, unmatched: strays, refusedByGitHub: refused }).toEqual({ pending: [], unmatched: [], refusedByGitHub: [] });
}

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** A stand-in for GitHub that remembers every request it answered, in order. */
export class GitHubStub {
  readonly sent: SentRequest[] = [];
  /** This stub's requests that GitHub would have refused (`expectAllUsed` fails on them). */
  readonly violations: string[] = [];

  /** A nock scope on the API whose answered requests are recorded. */
  scope(): nock.Scope {
    const s = nock(API);
    s.on("request", (req: { method: string; path: string }, _i: unknown, body: string) => {
      let parsed: unknown = body || undefined;
      try {
        parsed = body ? JSON.parse(body) : undefined;
      } catch {
        /* keep the text */
      }
      this.sent.push({ method: req.method, path: decodeURIComponent(req.path), body: parsed });
      let found: string[];
      try {
        found = githubViolations(req.method, req.path, parsed);
      } catch (error) {
        found = [`${req.method} ${req.path}: the validator failed: ${String(error)}`];
      }
      this.violations.push(...found);
      violations.push(...found);
    });
    return s;
  }

  /** The installation token exchange Probot performs before an installation's first call. */
  token(installationId = 42): this {
    this.scope()
      .post(`/app/installations/${installationId}/access_tokens`)
      .reply(201, { token: `ghs_test_${installationId}`, expires_at: "2099-01-01T00:00:00Z", permissions: {}, repository_selection: "all" });
    return this;
  }

  /** Requests other than the token exchange. */
  calls(): SentRequest[] {
    return this.sent.filter((r) => !r.path.includes("/access_tokens"));
  }

  writes(): SentRequest[] {
    return this.calls().filter((r) => r.method !== "GET" && !(r.method === "POST" && r.path === "/graphql"));
  }

  reads(): SentRequest[] {
    return this.calls().filter((r) => r.method === "GET" || (r.method === "POST" && r.path === "/graphql"));
  }
}
