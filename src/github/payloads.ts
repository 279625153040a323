/**
 * The parts of GitHub's webhook payloads the bot reads, checked with zod. A payload missing
 * a field or carrying a wrong type is answered with a logged warning naming the field, never
 * a crash; extra fields are GitHub's business and pass through.
 */
import { z } from "zod";
import type { AdvisoryFacts } from "../core/new-report.js";
import type { RepoRef } from "./repo-settings.js";

const login = z.object({ login: z.string() });

export const repositorySchema = z.object({
  id: z.number(),
  name: z.string(),
  owner: login.extend({ type: z.string().optional() }),
  private: z.boolean(),
  default_branch: z.string().optional(),
  html_url: z.string().optional(),
});

export const installationSchema = z.object({ id: z.number() });

export const advisorySchema = z.object({
  url: z.string().optional(),
  cve_id: z.string().nullable().optional(),
  ghsa_id: z.string().regex(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/, "a GHSA id"),
  html_url: z.string(),
  summary: z.string(),
  description: z.string().nullable().optional(),
  severity: z.string().nullable().optional(),
  state: z.string(),
  created_at: z.string(),
  updated_at: z.string().optional(),
  author: login.nullable().optional(),
  vulnerabilities: z
    .array(z.object({ vulnerable_version_range: z.string().nullable().optional(), patched_versions: z.string().nullable().optional() }).passthrough())
    .nullable()
    .optional(),
  collaborating_users: z.array(login).nullable().optional(),
  cwe_ids: z.array(z.string()).nullable().optional(),
  cvss: z.object({ vector_string: z.string().nullable().optional() }).nullable().optional(),
  comments: z.number().optional(),
  credits: z.array(z.object({ login: z.string().optional(), type: z.string().optional() })).nullable().optional(),
  published_at: z.string().nullable().optional(),
});

export const advisoryEventSchema = z.object({
  action: z.string(),
  repository_advisory: advisorySchema,
  repository: repositorySchema,
  installation: installationSchema,
});

export type RawAdvisory = z.infer<typeof advisorySchema>;

export class PayloadError extends Error {
  override name = "PayloadError";
  constructor(readonly problems: string[]) {
    super(`payload not understood: ${problems.join("; ")}`);
  }
}

/** Parses `payload` or throws a PayloadError whose message names the fields (never their values). */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  const r = schema.safeParse(payload);
  if (r.success) return r.data;
  throw new PayloadError(r.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.code === "invalid_type" ? `expected ${i.expected}` : i.code}`));
}

export function repoRef(r: z.infer<typeof repositorySchema>): RepoRef {
  return { id: r.id, owner: r.owner.login, name: r.name, private: r.private, defaultBranch: r.default_branch ?? "main" };
}

export function advisoryFacts(a: RawAdvisory, sender: string | null = null): AdvisoryFacts {
  return {
    ghsaId: a.ghsa_id,
    htmlUrl: a.html_url,
    summary: a.summary,
    state: a.state,
    createdAt: a.created_at,
    severity: a.severity ?? null,
    reporter: a.author?.login ?? sender,
    vulnerableRanges: (a.vulnerabilities ?? []).map((v) => v.vulnerable_version_range ?? null),
    collaborators: (a.collaborating_users ?? []).map((u) => u.login),
    cweIds: a.cwe_ids ?? [],
    cvss: a.cvss?.vector_string ?? null,
    cveId: a.cve_id ?? null,
  };
}
