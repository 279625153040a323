/**
 * The one way a write is made: privacy guard → claim → write → settle → audit. No executor
 * can skip a step: it declares what is special about its kind (where the write lands, what it
 * carries, its idempotency key, how to find it after a crash) and the pipeline does the rest.
 *
 * A write GitHub refuses (4xx) gives its claim back; a write whose fate is unknown (5xx, a
 * timeout) keeps it as "unsure", so whoever takes it over first looks for it on GitHub.
 */
import type { Action } from "../../core/actions.js";
import { guardWrite } from "../privacy-guard.js";
import { definitive, statusOf } from "./errors.js";
import { EXECUTORS } from "./executors/index.js";
import type { ApplyEnv, Executor, Guarded, Io, Outcome, PlanEnv } from "./types.js";

async function refuse(env: ApplyEnv, g: Guarded, kind: string, reason: string): Promise<Outcome> {
  env.log.warn({ report: g.subject, kind, path: g.path, reason }, "write refused by the privacy guard");
  await env.store.audit.record({ at: env.clock(), installationId: env.installationId, reportId: g.subject, method: "REFUSED", path: g.path, kind, status: 0, detail: reason });
  return { status: "refused", reason };
}

function ioFor(env: ApplyEnv, reportId: string | null, kind: string): Io {
  return {
    async send(method, path, run, as = kind) {
      try {
        const res = await run();
        await env.store.audit.record({ at: env.clock(), installationId: env.installationId, reportId, method, path, kind: as, status: res.status });
        return res.data;
      } catch (error) {
        await env.store.audit.record({ at: env.clock(), installationId: env.installationId, reportId, method, path, kind: as, status: statusOf(error), detail: "failed" });
        throw error;
      }
    },
  };
}

/** Claims the write's intent; on a takeover first looks on GitHub for what the crashed holder may have written. */
async function claim<A extends Action>(env: ApplyEnv, ex: Executor<A>, a: A, key: string, kind: string, reportId: string | null): Promise<Outcome | null> {
  const c = await env.store.intents.claim({ key, kind, reportId, holder: env.instanceId, now: env.clock(), staleAfterMs: env.claimTimeoutMs });
  if (c.status === "done") return { status: "already", result: c.result };
  if (c.status === "busy") return { status: "busy" };
  if (c.takeover && ex.find) {
    const found = await ex.find(a, env);
    if (found !== null) {
      await env.store.intents.settle(key, found, env.clock());
      return { status: "already", result: found };
    }
  }
  return null;
}

/** The privacy guard's verdict on a write: where it lands, and whether what it carries may go there. */
async function judge<A extends Action>(env: PlanEnv, ex: Executor<A>, a: A): Promise<{ g: Guarded; refusal: string | null }> {
  const g = await ex.guard(a, env);
  const targetPublic = g.where !== null && !(await env.caches.isPrivate(env.gh, g.where.owner, g.where.repo));
  const verdict = guardWrite({ targetPublic, kind: g.category, text: g.text, sensitive: env.sensitive });
  return { g, refusal: verdict.allowed ? null : targetPublic && g.privateBecause ? g.privateBecause : verdict.reason };
}

/** A dry run of one write: guarded and described; nothing sent, claimed or recorded. */
export async function plan<A extends Action>(env: PlanEnv, a: A): Promise<Outcome> {
  const { g, refusal } = await judge(env, EXECUTORS[a.type] as unknown as Executor<A>, a);
  return refusal !== null ? { status: "refused", reason: refusal } : { status: "planned", method: g.method, path: g.path };
}

export async function perform<A extends Action>(env: ApplyEnv, a: A): Promise<Outcome> {
  const ex = EXECUTORS[a.type] as unknown as Executor<A>;
  const kind = ex.kind(a);
  // 1. The privacy guard.
  const { g, refusal } = await judge(env, ex, a);
  if (refusal !== null) return refuse(env, g, kind, refusal);
  // 2. The claim: at most one writer, once.
  const key = ex.key(a);
  if (key !== null) {
    const early = await claim(env, ex, a, key, kind, g.reportId);
    if (early) return early;
  }
  // 3. The write (4. settled, 5. audited by the io every call goes through).
  try {
    const written = await ex.write(a, env, ioFor(env, g.reportId, kind));
    const result = "done" in written ? written.done : written.already;
    if (key !== null) {
      await env.store.intents.settle(key, result, env.clock());
    }
    return "done" in written ? { status: "done", result } : { status: "already", result };
  } catch (error) {
    if (key !== null) {
      if (definitive(statusOf(error))) await env.store.intents.release(key);
      else await env.store.intents.unsure(key);
    }
    throw error;
  }
}
