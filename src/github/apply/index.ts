/**
 * The one writer: every write the bot makes to GitHub goes through `apply`, and each one
 * through the same pipeline (pipeline.ts): privacy guard → claim → write → settle → audit.
 * Executors (executors/) declare what is special about each kind of action.
 */
import type { Action } from "../../core/actions.js";
import { perform, plan } from "./pipeline.js";
import type { ApplyEnv, Outcome, PlanEnv } from "./types.js";

export { CommentsApiMissing } from "./errors.js";
export { tickSteps } from "./executors/issue.js";
export type { ApplyEnv, Outcome, PlanEnv } from "./types.js";

export function applyOne(env: ApplyEnv, a: Action): Promise<Outcome> {
  return perform(env, a);
}

/**
 * Performs actions in order. The first failure stops the rest (they are retried with the
 * delivery); the outcomes of the writes already made are in `done` (the caller's array) when it throws.
 */
export async function apply(env: ApplyEnv, actions: readonly Action[], done: Outcome[] = []): Promise<Outcome[]> {
  for (const a of actions) done.push(await perform(env, a));
  return done;
}

/** What the bot would write: every action through the privacy guard, nothing sent, claimed or recorded. */
export async function dryRun(env: PlanEnv, actions: readonly Action[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const a of actions) out.push(await plan(env, a));
  return out;
}
