/**
 * GitHub's GraphQL API as a validator: would GitHub run this query with these variables?
 *
 * The query is parsed and validated with graphql-js against GitHub's public schema
 * (`@octokit/graphql-schema`, its introspection `schema.json`, built once per process on first use), and the
 * variables are coerced against the operation's variable definitions the way an executor does,
 * so a missing required variable or one of the wrong type is a violation too.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { buildClientSchema, getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { getVariableValues } from "graphql/execution/values.js";

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

let schema: GraphQLSchema | undefined;
let loadMs = 0;

/**
 * The package exports only its JS entry (which parses the schema on import), so find its
 * introspection result the way Node looks for packages. (Its `schema.graphql` defines two
 * `EnterpriseOwnerInfo` fields twice, which `buildSchema` refuses; the package itself validates
 * with `schema.json`.)
 */
function schemaFile(): string {
  const dirs = createRequire(import.meta.url).resolve.paths("@octokit/graphql-schema") ?? [];
  for (const d of dirs) {
    const f = join(d, "@octokit", "graphql-schema", "schema.json");
    if (existsSync(f)) return f;
  }
  throw new Error("@octokit/graphql-schema is not installed");
}

export function githubSchema(): GraphQLSchema {
  if (schema) return schema;
  const t0 = performance.now();
  schema = buildClientSchema(JSON.parse(readFileSync(schemaFile(), "utf8")) as IntrospectionQuery);
  loadMs = performance.now() - t0;
  return schema;
}

/** Milliseconds the schema took to read and build (0 before first use). */
export function schemaLoadMillis(): number {
  return loadMs;
}

/** Parsing and validating are pure in the query text (and cost ~1.5 ms against GitHub's schema): done once per text. */
const documents = new Map<string, { doc?: DocumentNode; errors: string[] }>();
function checkDocument(s: GraphQLSchema, query: string): { doc?: DocumentNode; errors: string[] } {
  const hit = documents.get(query);
  if (hit) return hit;
  let result: { doc?: DocumentNode; errors: string[] };
  try {
    const doc = parse(query);
    result = { doc, errors: validate(s, doc).map((e) => `GraphQL: ${e.message}`) };
  } catch (error) {
    result = { errors: [`GraphQL syntax error: ${(error as Error).message}`] };
  }
  if (documents.size >= 1000) documents.clear();
  documents.set(query, result);
  return result;
}

/** What GitHub would refuse about this GraphQL request; [] when it would run it. */
export function validateGraphqlRequest(body: GraphqlRequest): string[] {
  if (!body || typeof body.query !== "string") return ["GraphQL request without a query string"];
  const s = githubSchema();
  const checked = checkDocument(s, body.query);
  if (checked.errors.length) return checked.errors;
  const doc = checked.doc!;
  const op = getOperationAST(doc, body.operationName ?? undefined);
  if (!op) return [`GraphQL: no operation${body.operationName ? ` named "${body.operationName}"` : ""} to run (several in the document need an operationName)`];
  const coerced = getVariableValues(s, op.variableDefinitions ?? [], body.variables ?? {});
  return coerced.errors ? coerced.errors.map((e) => `GraphQL variables: ${e.message}`) : [];
}
