/** What every loop is given, and the session of one installation it works for. */
import type { GitHub } from "../github/octokit.js";
import type { Deps } from "../handlers/deps.js";
import { openSession, type Log, type Session } from "../workflows/session.js";

export interface LoopContext {
  deps: Deps;
  /** An installation's authenticated octokit (`app.auth(id)`), or the app's own with no id. */
  auth: (installationId?: number) => Promise<GitHub>;
  log: Log;
  pollIntervalMs: number;
}

/** The session of installation `installationId`, authenticated as it. */
export async function installationSession(ctx: LoopContext, installationId: number): Promise<Session> {
  return openSession(ctx.deps, await ctx.auth(installationId), installationId, ctx.log);
}
