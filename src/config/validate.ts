/**
 * Raw YAML value → a usable config plus what was wrong with it. Pure.
 *
 * A wrong key or value never stops the bot: the offending key falls back to its default,
 * every other key is kept, and each problem is described in words that name the key and
 * what is allowed.
 */
import { z } from "zod";
import { configSchema, type Config } from "./schema.js";

export interface ConfigProblem {
  /** Dotted path of the key, e.g. `sla.respond_days` or `handlers[1]`; "" for the whole file. */
  key: string;
  message: string;
}

export interface ValidatedConfig {
  config: Config;
  problems: ConfigProblem[];
}

type Issue = z.core.$ZodIssue;

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "");

const shown = (value: unknown): string => {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Peels defaults, prefaults, nullables and pipes off a schema to reach the object or leaf inside. */
function inner(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = s._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) s = def.innerType;
    else if (def.in) s = def.in;
    else break;
  }
  return s;
}

/** The keys an object in the schema accepts at a path (for "allowed: …" in messages). */
export function allowedKeys(path: readonly PropertyKey[]): string[] {
  let s: z.core.$ZodType = configSchema;
  for (const p of path) {
    const shape = (inner(s)._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape;
    if (!shape || typeof p !== "string" || !shape[p]) return [];
    s = shape[p];
  }
  const def = inner(s)._zod.def as { shape?: Record<string, unknown>; keyType?: z.core.$ZodType };
  if (def.shape) return Object.keys(def.shape);
  const keyDef = def.keyType?._zod.def as { entries?: Record<string, string> } | undefined;
  return keyDef?.entries ? Object.values(keyDef.entries) : [];
}

function describe(issue: Issue): ConfigProblem[] {
  const key = pathText(issue.path);
  const got = "input" in issue ? `, got ${shown(issue.input)}` : "";
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(issue.path);
      return issue.keys.map((k) => ({
        key: pathText([...issue.path, k]),
        message: `unknown key "${k}"; allowed here: ${allowed.join(", ")}. It is ignored.`,
      }));
    }
    case "invalid_type":
      return [{ key, message: `expected ${issue.expected === "int" ? "a whole number" : `a ${issue.expected}`}${got}; using the default.` }];
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const what = issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : "";
      return [{ key, message: `must be ${bound}${what ? ` ${what}` : ""}${got}; using the default.` }];
    }
    case "invalid_value":
      return [{ key, message: `must be one of ${issue.values.map((v) => String(v)).join(", ")}${got}; using the default.` }];
    case "invalid_format":
    case "custom":
      return [{ key, message: `expected ${issue.message}${got}; using the default.` }];
    default:
      return [{ key, message: `${issue.message}${got}; using the default.` }];
  }
}

/**
 * Removes the value at `path` from a plain-data tree (a cloned copy of the user's YAML).
 * When nothing is there (a required key is missing), the enclosing value goes instead, so
 * `package: { name: x }` without an ecosystem falls back to the default package as a whole.
 */
function drop(tree: unknown, path: readonly PropertyKey[]): void {
  if (path.length === 0) return;
  let node: unknown = tree;
  for (const p of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return;
    node = (node as Record<PropertyKey, unknown>)[p];
  }
  if (node === null || typeof node !== "object") return;
  const last = path[path.length - 1]!;
  const record = node as Record<PropertyKey, unknown>;
  if (!(last in record)) return drop(tree, path.slice(0, -1));
  if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
  else delete record[last];
}

/** Validates the parsed YAML of the config file (undefined or null: no file). Never throws. */
export function validateConfig(raw: unknown): ValidatedConfig {
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config: configSchema.parse({}), problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    problems.push({ key: "", message: `the file must be a mapping of keys (tracker:, handlers:, …), got ${shown(raw)}; using the defaults.` });
    return { config: configSchema.parse({}), problems };
  }
  let input: unknown = structuredClone(raw);
  // Each round drops the offending keys; an array element dropped shifts the rest, so go again.
  for (let round = 0; round < 50; round++) {
    const result = configSchema.safeParse(input, { reportInput: true });
    if (result.success) return { config: result.data, problems };
    // Deepest paths and highest array indexes first, so one removal does not move another.
    const issues = [...result.error.issues].sort((a, b) => pathText(b.path).localeCompare(pathText(a.path)));
    for (const issue of issues) {
      for (const problem of describe(issue)) if (!problems.some((p) => p.key === problem.key)) problems.push(problem);
      if (issue.code === "unrecognized_keys") for (const k of issue.keys) drop(input, [...issue.path, k]);
      else drop(input, issue.path);
    }
    if (issues.every((i) => i.path.length === 0 && i.code !== "unrecognized_keys")) input = {};
  }
  return { config: configSchema.parse({}), problems };
}

/** A problem list as one line per key, for logs, check runs and the dashboard. */
export function formatProblems(problems: readonly ConfigProblem[]): string[] {
  return problems.map((p) => (p.key ? `${p.key}: ${p.message}` : p.message));
}
