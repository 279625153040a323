/** Labels an issue is about to get that its repository lacks, created with the bot's colours (part of the write that needs them). */
import { labelSpec } from "../../../core/labels.js";
import { statusOf } from "../errors.js";
import type { ApplyEnv, Io } from "../types.js";

export async function ensureLabels(env: ApplyEnv, io: Io, owner: string, repo: string, names: readonly string[]): Promise<void> {
  const existing = await env.caches.labelsOf(env.gh, owner, repo);
  for (const name of names) {
    if (existing.has(name.toLowerCase())) continue;
    const spec = labelSpec(name);
    try {
      await io.send("POST", `/repos/${owner}/${repo}/labels`, () => env.gh.request("POST /repos/{owner}/{repo}/labels", { owner, repo, name: spec.name, color: spec.color, description: spec.description }), "label");
    } catch (error) {
      if (statusOf(error) !== 422) throw error; // 422: created meanwhile
    }
    env.caches.rememberLabel(owner, repo, name);
  }
}
