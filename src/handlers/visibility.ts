/**
 * A repository made public or private: GitHub says so with `public` (private → public) and
 * `repository.publicized` / `repository.privatized`. The change is written to the ledger so
 * that no instance keeps writing report details into a tracker that just became public.
 */
import type { Context } from "probot";
import { z } from "zod";
import { parsePayload, repositorySchema } from "../github/payloads.js";
import type { Deps } from "./deps.js";
import type { Handler } from "./router.js";

const schema = z.object({ repository: repositorySchema });

export const visibilityHandler: Handler = {
  name: "visibility",
  on: ["public", "repository.publicized", "repository.privatized"],
  wants: () => true,
  async handle(context: Context, deps: Deps) {
    const { repository: r } = parsePayload(schema, context.payload);
    // `public` is only sent when a repository becomes public.
    const isPrivate = context.name === "public" ? false : (context.payload as { action?: string }).action === "privatized";
    await deps.caches.recordVisibility(r.owner.login, r.name, isPrivate);
    context.log.info({ repo: `${r.owner.login}/${r.name}`, private: isPrivate }, "repository visibility changed");
  },
};
