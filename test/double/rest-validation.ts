/**
 * GitHub's REST API as a validator: is this request one GitHub would take?
 *
 * Routes, methods, query parameters and JSON bodies are checked against GitHub's own OpenAPI
 * description (`@octokit/openapi`, `generated/api.github.com.json`), loaded once per process on
 * first use. Request-body schemas are OpenAPI 3.0; they are turned into JSON Schema (`nullable`,
 * `$ref: #/components/...`) and compiled with ajv lazily, one validator per operation, cached.
 *
 * GitHub ignores query parameters it does not know, so only declared ones are checked.
 * A few rules GitHub states only in prose are added explicitly (see `proseRules`), and routes
 * newer than the spec are in `SUPPLEMENT`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

export interface RestRequest {
  method: string;
  /** The API path without host or prefix, e.g. `/repos/acme/app/issues/1/comments`; may carry `?query`. */
  path: string;
  query?: URLSearchParams | Record<string, string | string[]>;
  /** The parsed JSON body (or the raw text when it was not JSON); undefined when none was sent. */
  body?: unknown;
}

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  op: Json;
  /** Path-item parameters followed by the operation's own, `$ref`s not yet resolved. */
  parameters: unknown[];
}

interface Node {
  literal: Map<string, Node>;
  /** Segments mixing literal text and parameters, e.g. `{base}...{head}`. */
  patterns: { re: RegExp; names: string[]; child: Node }[];
  param: Node | undefined;
  paramName: string[];
  /** Templates ending here: one per path shape (rarely two, with different parameter names). */
  leaves: { names: string[]; template: string }[];
  /** A trailing parameter that may swallow further segments (`/contents/{path}`). */
  greedy: { name: string; names: string[]; template: string }[];
}

interface Spec {
  components: Json;
  root: Node;
  operations: Map<string, Operation>; // key: `${METHOD} ${template}`
}

/**
 * Routes newer than the spec: the repository security advisory comments API (public preview,
 * https://github.blog/changelog/2026-10-02-repository-security-advisory-comments-api-in-public-preview:
 * "List the comments on a repository security advisory, optionally limited to those updated since a
 * given time. Get a single comment. Add a comment. Edit a comment."). The changelog gives no field
 * list; the shapes follow the issue comments API they are modelled on (query `since`, `per_page`,
 * `page`; a comment is `{ body }`, required, nothing else), as the project lead specified.
 */
const COMMENT_BODY = {
  required: true,
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: { body: { type: "string", description: "The contents of the comment." } },
        required: ["body"],
        additionalProperties: false,
      },
    },
  },
};
const SUPPLEMENT: Record<string, Json> = {
  "/repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments": {
    parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/ghsa_id" }],
    get: {
      operationId: "security-advisories/list-repository-advisory-comments",
      parameters: [{ $ref: "#/components/parameters/since" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }],
    },
    post: { operationId: "security-advisories/create-repository-advisory-comment", requestBody: COMMENT_BODY },
  },
  "/repos/{owner}/{repo}/security-advisories/comments/{comment_id}": {
    parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }],
    get: { operationId: "security-advisories/get-repository-advisory-comment" },
    patch: { operationId: "security-advisories/update-repository-advisory-comment", requestBody: COMMENT_BODY },
  },
};

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/** Trailing parameters that may hold slashes (GitHub routes them greedily). */
const GREEDY = new Set(["path", "ref"]);

let spec: Spec | undefined;
let loadMs = 0;

function newNode(): Node {
  return { literal: new Map(), patterns: [], param: undefined, paramName: [], leaves: [], greedy: [] };
}

const PARAM = /\{([^}]+)\}/g;

function insert(root: Node, template: string): void {
  const segs = template.split("/").slice(1);
  const names: string[] = [];
  let node = root;
  segs.forEach((seg, i) => {
    const whole = /^\{([^}]+)\}$/.exec(seg);
    if (whole) {
      names.push(whole[1]!);
      if (i === segs.length - 1 && GREEDY.has(whole[1]!)) node.greedy.push({ name: whole[1]!, names: [...names], template });
      node.param ??= newNode();
      node = node.param;
    } else if (seg.includes("{")) {
      const parts: string[] = [];
      const local: string[] = [];
      let last = 0;
      for (const m of seg.matchAll(PARAM)) {
        parts.push(seg.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "(.+?)");
        local.push(m[1]!);
        last = m.index + m[0].length;
      }
      parts.push(seg.slice(last).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      const source = `^${parts.join("")}$`;
      let p = node.patterns.find((x) => x.re.source === source);
      if (!p) node.patterns.push((p = { re: new RegExp(source), names: local, child: newNode() }));
      names.push(...local);
      node = p.child;
    } else {
      let next = node.literal.get(seg);
      if (!next) node.literal.set(seg, (next = newNode()));
      node = next;
    }
  });
  node.leaves.push({ names, template });
}

function specFile(): string {
  return createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
}

function load(): Spec {
  if (spec) return spec;
  const t0 = performance.now();
  const doc = JSON.parse(readFileSync(specFile(), "utf8")) as { paths: Record<string, Json>; components: Json };
  const paths = { ...doc.paths, ...SUPPLEMENT };
  const root = newNode();
  const operations = new Map<string, Operation>();
  for (const [template, item] of Object.entries(paths)) {
    insert(root, template);
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const m of METHODS) {
      const op = item[m] as Json | undefined;
      if (!op) continue;
      operations.set(`${m.toUpperCase()} ${template}`, { method: m.toUpperCase(), template, op, parameters: [...shared, ...((op.parameters as unknown[] | undefined) ?? [])] });
    }
  }
  spec = { components: doc.components, root, operations };
  loadMs = performance.now() - t0;
  return spec;
}

/** Milliseconds the spec took to read, parse and index (0 before first use). */
export function specLoadMillis(): number {
  return loadMs;
}

interface Match {
  template: string;
  params: Record<string, string>;
}

/** Every template the segments match, the most specific first (literal > mixed > parameter, left to right). */
function matches(node: Node, segs: string[], i: number, values: string[], out: { template: string; values: string[]; names: string[] }[]): void {
  if (i === segs.length) {
    for (const leaf of node.leaves) out.push({ template: leaf.template, values, names: leaf.names });
    return;
  }
  const seg = segs[i]!;
  const lit = node.literal.get(seg);
  if (lit) matches(lit, segs, i + 1, values, out);
  for (const p of node.patterns) {
    const m = p.re.exec(seg);
    if (m) matches(p.child, segs, i + 1, [...values, ...m.slice(1)], out);
  }
  if (node.param && seg !== "") matches(node.param, segs, i + 1, [...values, seg], out);
  if (i < segs.length - 1)
    for (const g of node.greedy) out.push({ template: g.template, values: [...values, segs.slice(i).join("/")], names: g.names });
}

function route(path: string): Match[] {
  const segs = path.split("/").slice(1).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const out: { template: string; values: string[]; names: string[] }[] = [];
  matches(load().root, segs, 0, [], out);
  return out.map((m) => ({ template: m.template, params: Object.fromEntries(m.names.map((n, k) => [n, m.values[k] ?? ""])) }));
}

// ---------- OpenAPI 3.0 schema -> JSON Schema ----------

const DROP = new Set(["nullable", "example", "examples", "discriminator", "xml", "externalDocs", "readOnly", "writeOnly", "deprecated"]);

/** Converts one OpenAPI 3.0 schema; `$ref`s to components become `#/definitions/<kind>.<name>` and are queued. */
function convert(schema: unknown, refs: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => convert(s, refs));
  if (!schema || typeof schema !== "object") return schema;
  const s = schema as Json;
  if (typeof s.$ref === "string") {
    const m = /^#\/components\/([^/]+)\/(.+)$/.exec(s.$ref);
    if (!m) throw new Error(`unsupported $ref ${s.$ref}`);
    const key = `${m[1]}.${m[2]}`;
    refs.add(key);
    return { $ref: `#/definitions/${key}` }; // OpenAPI 3.0: siblings of $ref are ignored
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (DROP.has(k) || k.startsWith("x-")) continue;
    if (k === "properties" || k === "patternProperties" || k === "definitions") {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([pk, pv]) => [pk, convert(pv, refs)]));
    } else if (["items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"].includes(k)) {
      out[k] = typeof v === "boolean" ? v : convert(v, refs);
    } else {
      out[k] = v;
    }
  }
  if (s.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (out.type === undefined && !out.enum) return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

function component(key: string): unknown {
  const dot = key.indexOf(".");
  const kind = key.slice(0, dot);
  const name = key.slice(dot + 1);
  const found = (load().components[kind] as Json | undefined)?.[name];
  if (found === undefined) throw new Error(`spec has no #/components/${kind}/${name}`);
  return found;
}

/** A self-contained JSON Schema: the converted schema plus every component it reaches. */
function standalone(schema: unknown): Json {
  const refs = new Set<string>();
  const root = convert(schema, refs) as Json;
  const definitions: Json = {};
  const queue = [...refs];
  while (queue.length) {
    const key = queue.pop()!;
    if (key in definitions) continue;
    const more = new Set<string>();
    definitions[key] = convert(component(key), more);
    for (const k of more) if (!(k in definitions)) queue.push(k);
  }
  return { ...root, definitions };
}

function resolveRef(x: unknown): Json {
  let cur = x as Json;
  for (let n = 0; n < 10 && typeof cur?.$ref === "string"; n++) {
    const m = /^#\/components\/([^/]+)\/(.+)$/.exec(cur.$ref as string)!;
    cur = component(`${m[1]}.${m[2]}`) as Json;
  }
  return cur;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
function newAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, logger: false, coerceTypes: coerce ? "array" : false });
  ajv.addFormat("date-time", DATE_TIME);
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  // Other formats GitHub's spec names (uri, email, int64, ...) are not checked: `logger: false` keeps ajv quiet about them.
  return ajv;
}
let bodyAjv: Ajv | undefined;
let paramAjv: Ajv | undefined;

interface Compiled {
  body?: ValidateFunction;
  bodyRequired: boolean;
  hasJsonBody: boolean;
  hasAnyBody: boolean;
  path: ValidateFunction;
  query: ValidateFunction;
  /** Pairs of body properties GitHub's docs say cannot be set together. */
  exclusive: [string, string, string][];
}
const compiled = new Map<string, Compiled>();

function compile(o: Operation): Compiled {
  const key = `${o.method} ${o.template}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  bodyAjv ??= newAjv(false);
  paramAjv ??= newAjv(true);
  const rb = o.op.requestBody ? resolveRef(o.op.requestBody) : undefined;
  const content = rb?.content as Record<string, { schema?: unknown }> | undefined;
  const jsonSchema = content?.["application/json"]?.schema;
  const params = o.parameters.map(resolveRef);
  const group = (where: string): Json => {
    const ps = params.filter((p) => p.in === where);
    return standalone({
      type: "object",
      properties: Object.fromEntries(ps.map((p) => [p.name as string, p.schema ?? {}])),
      required: ps.filter((p) => p.required === true).map((p) => p.name as string),
    });
  };
  const c: Compiled = {
    body: jsonSchema ? bodyAjv.compile(standalone(jsonSchema)) : undefined,
    bodyRequired: rb?.required === true,
    hasJsonBody: jsonSchema !== undefined,
    hasAnyBody: rb !== undefined,
    path: paramAjv.compile(group("path")),
    query: paramAjv.compile(group("query")),
    exclusive: jsonSchema ? proseRules(resolveRef(jsonSchema)) : [],
  };
  compiled.set(key, c);
  return c;
}

/**
 * Rules GitHub states only in property descriptions, not in the schema. The repository advisory
 * create/update/report schemas say of `severity`: "The severity of the advisory. You must choose
 * between setting this field or `cvss_vector_string`." (and of `cvss_vector_string`: "... You must
 * choose between setting this field or `severity`."); the schema has no `not`/`oneOf` for it, and
 * GitHub answers 422 when both are set. Found generically: any two properties whose descriptions
 * say "You must choose between setting this field or `<other>`".
 */
function proseRules(schema: Json): [string, string, string][] {
  const props = (schema.properties as Record<string, Json> | undefined) ?? {};
  const out: [string, string, string][] = [];
  for (const [name, p] of Object.entries(props)) {
    const m = /You must choose between setting this field or `([^`]+)`/.exec(String(p.description ?? ""));
    if (m && m[1]! in props && name < m[1]!) out.push([name, m[1]!, m[0]]);
  }
  return out;
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((e) => {
    const at = `${where}${e.instancePath}`;
    if (e.keyword === "additionalProperties") return `${at} has a property the schema does not allow: "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    if (e.keyword === "required") return `${at} is missing required property "${(e.params as { missingProperty: string }).missingProperty}"`;
    if (e.keyword === "enum") return `${at} must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    return `${at} ${e.message ?? e.keyword}`;
  });
}

function queryObject(q: RestRequest["query"], fromPath: string): Record<string, string | string[]> {
  const params = q instanceof URLSearchParams ? q : q ? undefined : new URLSearchParams(fromPath);
  if (!params) return { ...(q as Record<string, string | string[]>) };
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(params.keys())) {
    const all = params.getAll(k);
    out[k] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

function isEmpty(body: unknown): boolean {
  return body === undefined || body === null || body === "" || (typeof body === "object" && !Array.isArray(body) && Object.keys(body).length === 0);
}

/** What GitHub would refuse about this request; [] when it would take it. */
export function validateRestRequest(req: RestRequest): string[] {
  const method = req.method.toUpperCase();
  const q = req.path.indexOf("?");
  const pathOnly = q >= 0 ? req.path.slice(0, q) : req.path;
  const label = `${method} ${pathOnly}`;
  const found = route(pathOnly);
  if (found.length === 0) return [`${label}: GitHub has no such route`];
  const ops = load().operations;
  const candidates = found.flatMap((m) => {
    const op = ops.get(`${method} ${m.template}`);
    return op ? [{ m, op }] : [];
  });
  if (candidates.length === 0) {
    const allowed = [...new Set(found.flatMap((m) => METHODS.filter((x) => ops.has(`${x.toUpperCase()} ${m.template}`)).map((x) => x.toUpperCase())))];
    return [`${label}: GitHub has no such route (${found[0]!.template} takes ${allowed.join(", ")})`];
  }
  // Several templates of one shape (e.g. {subject_digest} / {attestation_id}): the first whose path parameters fit.
  let chosen = candidates[0]!;
  let c = compile(chosen.op);
  for (const cand of candidates) {
    const cc = compile(cand.op);
    if (cc.path({ ...cand.m.params })) {
      chosen = cand;
      c = cc;
      break;
    }
  }
  const where = `${label} (${method} ${chosen.m.template})`;
  const out: string[] = [];
  const pathParams = { ...chosen.m.params };
  if (!c.path(pathParams)) out.push(...describe(c.path.errors, "path parameter ").map((m) => `${where}: ${m.replace("path parameter /", "path parameter ")}`));
  const query = queryObject(req.query, q >= 0 ? req.path.slice(q + 1) : "");
  if (!c.query(query)) out.push(...describe(c.query.errors, "query parameter ").map((m) => `${where}: ${m.replace("query parameter /", "query parameter ")}`));

  const body = req.body;
  if (!c.hasAnyBody) {
    if (!isEmpty(body)) out.push(`${where}: this operation takes no request body, but one was sent: ${JSON.stringify(body).slice(0, 200)}`);
  } else if (body === undefined || body === "") {
    if (c.bodyRequired) out.push(`${where}: a request body is required but none was sent`);
  } else if (c.hasJsonBody && c.body) {
    if (typeof body === "string") out.push(`${where}: the request body is not JSON`);
    else {
      if (!c.body(body)) out.push(...describe(c.body.errors, "body").map((m) => `${where}: ${m}`));
      for (const [a, b, rule] of c.exclusive) {
        const o = body as Json;
        if (o && typeof o === "object" && o[a] != null && o[b] != null) out.push(`${where}: body sets both "${a}" and "${b}" (GitHub: "${rule}")`);
      }
    }
  }
  return out;
}
