/**
 * `release.published` (not drafts or prereleases) and `create` of a tag (lightweight tags
 * without a release count too): a possible fix release for open reports.
 */
import type { Context } from "probot";
import { z } from "zod";
import { installationSchema, parsePayload, repoRef, repositorySchema } from "../github/payloads.js";
import { onRelease } from "../workflows/releases.js";
import { sessionFromContext } from "../workflows/session.js";
import type { Deps } from "./deps.js";
import type { Handler, Payload } from "./router.js";

const releaseSchema = z.object({
  release: z.object({ id: z.number(), tag_name: z.string(), draft: z.boolean(), prerelease: z.boolean(), published_at: z.string().nullable().optional() }),
  repository: repositorySchema,
  installation: installationSchema,
});

const createSchema = z.object({ ref: z.string(), ref_type: z.string(), repository: repositorySchema, installation: installationSchema });

export const releaseHandler: Handler = {
  name: "release",
  on: ["release.published"],
  wants: (p: Payload) => {
    const r = p.release as { draft?: unknown; prerelease?: unknown } | undefined;
    return r?.draft === false && r.prerelease === false;
  },
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(releaseSchema, context.payload);
    deps.caches.rememberVisibility(p.repository.owner.login, p.repository.name, p.repository.private);
    await onRelease(sessionFromContext(context, deps), repoRef(p.repository), {
      tag: p.release.tag_name,
      releaseId: p.release.id,
      prerelease: p.release.prerelease,
      at: Date.parse(p.release.published_at ?? "") || deps.clock(),
    });
  },
};

export const tagHandler: Handler = {
  name: "tag",
  on: ["create"],
  wants: (p: Payload) => p.ref_type === "tag",
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(createSchema, context.payload);
    deps.caches.rememberVisibility(p.repository.owner.login, p.repository.name, p.repository.private);
    await onRelease(sessionFromContext(context, deps), repoRef(p.repository), { tag: p.ref, releaseId: null, prerelease: false, at: deps.clock() });
  },
};
