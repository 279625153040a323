/**
 * One dispatcher for every webhook, one Probot listener: once Probot has verified the delivery's
 * signature, it asks each handler, without any I/O, whether the delivery concerns it; ignores it
 * when none does (no ledger, no GitHub request); otherwise takes the delivery
 * id in the ledger (a unique insert, so a redelivery or a second instance does nothing) and
 * runs the handlers. A failed handler gives the delivery back so GitHub's redelivery works.
 */
import type { Context, Probot } from "probot";
import { AppIdentity } from "../github/app-identity.js";
import type { GitHub } from "../github/octokit.js";
import { PayloadError } from "../github/payloads.js";
import { Lifecycle } from "../runtime/lifecycle.js";
import type { Deps } from "./deps.js";

export type Payload = Record<string, unknown> & { action?: string };

export interface Handler {
  /** A name for logs. */
  name: string;
  /** Events ("push") or event.action pairs ("repository_advisory.reported"). */
  on: readonly string[];
  /** Cheap and without I/O (process memory only): whether this delivery is one to act on. */
  wants(payload: Payload, event: string, deps: Deps): boolean;
  handle(context: Context, deps: Deps): Promise<void>;
}

export function handlersFor(handlers: readonly Handler[], event: string, payload: Payload, deps: Deps): Handler[] {
  const key = typeof payload.action === "string" ? `${event}.${payload.action}` : event;
  return handlers.filter((h) => (h.on.includes(event) || h.on.includes(key)) && h.wants(payload, event, deps));
}

/**
 * The names to subscribe to: a bare event when some handler takes all of it, else its event.action
 * pairs, so a delivery meets exactly one listener and Probot builds no context for the actions that
 * no handler names (an `issue_comment.deleted`, a `pull_request.closed`).
 */
export function subscriptions(handlers: readonly Handler[]): string[] {
  const names = new Set(handlers.flatMap((h) => h.on));
  const bare = new Set([...names].filter((n) => !n.includes(".")));
  return [...names].filter((n) => bare.has(n) || !bare.has(n.split(".")[0]!));
}

export function registerHandlers(app: Probot, handlers: readonly Handler[], deps: Deps, lifecycle: Lifecycle = new Lifecycle()): void {
  const self = new AppIdentity(async () => (await app.auth()) as unknown as GitHub);
  // Probot has checked the signature before any listener runs: a delivery reaches `wants` only signed.
  app.on(subscriptions(handlers) as Parameters<Probot["on"]>[0], async (context: Context) => {
    const payload = context.payload as Payload;
    const chosen = handlersFor(handlers, context.name, payload, deps);
    if (chosen.length === 0) return;
    // While the bot stops, a wanted delivery is refused (it fails, and is asked for again later).
    await lifecycle.admit(() => dispatch(context, payload, chosen));
  });

  async function dispatch(context: Context, payload: Payload, chosen: Handler[]): Promise<void> {
    const log = context.log.child({ delivery: context.id, event: context.name, action: payload.action });
    // The echo of the bot's own write is not new input (its own tracking issue is no issue report).
    if (await self.isSelf(payload.sender as { login?: unknown; type?: unknown } | undefined)) {
      log.debug("the bot's own write; ignored");
      return;
    }
    if (!(await deps.store.deliveries.claim(context.id, context.name, deps.clock(), deps.claimTimeoutMs))) {
      log.debug("delivery already processed");
      return;
    }
    try {
      for (const handler of chosen) await handler.handle(context, deps);
      await deps.store.deliveries.done(context.id, deps.clock());
    } catch (error) {
      if (error instanceof PayloadError) {
        // Redelivering the same payload would fail the same way: say so, and keep the delivery taken.
        log.warn({ problems: error.problems }, "webhook payload not understood; ignored");
        await deps.store.deliveries.done(context.id, deps.clock());
        return;
      }
      // Failed: the redelivery loop asks GitHub to send it again; its writes are idempotent.
      await deps.store.deliveries.fail(context.id, deps.clock()).catch(() => undefined);
      throw error;
    }
  }
}
