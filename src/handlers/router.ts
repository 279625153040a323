/**
 * One dispatcher for every webhook: it asks each handler, without any I/O, whether the
 * delivery concerns it; ignores it at no cost when none does; otherwise takes the delivery
 * id in the ledger (a unique insert, so a redelivery or a second instance does nothing) and
 * runs the handlers. A failed handler gives the delivery back so GitHub's redelivery works.
 */
import type { Context, Probot } from "probot";
import { AppIdentity } from "../github/app-identity.js";
import type { GitHub } from "../github/octokit.js";
import { PayloadError } from "../github/payloads.js";
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

interface RawDelivery {
  id: string;
  name: string;
  payload: string;
  signature: string;
}

interface ReceivingWebhooks {
  verify(payload: string, signature: string): Promise<boolean>;
  verifyAndReceive(event: RawDelivery): Promise<void>;
}

/**
 * Ignores, before Probot builds a context and an authenticated octokit for it, a correctly
 * signed delivery that no handler wants: the common case (a comment without a command, an
 * ordinary push) then costs one JSON parse and one HMAC, like an app with no handlers. A
 * delivery someone wants, or whose signature does not check out, goes through Probot's own
 * path unchanged (so a bad signature is refused as before).
 */
function ignoreUnwanted(app: Probot, handlers: readonly Handler[], deps: Deps): void {
  const webhooks = app.webhooks as unknown as ReceivingWebhooks;
  const receive = webhooks.verifyAndReceive.bind(webhooks);
  webhooks.verifyAndReceive = async (event: RawDelivery) => {
    let payload: Payload;
    try {
      payload = JSON.parse(event.payload) as Payload;
    } catch {
      return receive(event);
    }
    let wanted: boolean;
    try {
      wanted = handlersFor(handlers, event.name, payload, deps).length > 0;
    } catch {
      return receive(event); // a payload the filters cannot read: Probot's path checks and reports it
    }
    if (wanted) return receive(event);
    if (!(await webhooks.verify(event.payload, event.signature).catch(() => false))) return receive(event);
  };
}

export function registerHandlers(app: Probot, handlers: readonly Handler[], deps: Deps): void {
  ignoreUnwanted(app, handlers, deps);
  const self = new AppIdentity(async () => (await app.auth()) as unknown as GitHub);
  const events = [...new Set(handlers.flatMap((h) => h.on.map((e) => e.split(".")[0]!)))];
  app.on(events as Parameters<Probot["on"]>[0], async (context: Context) => {
    const payload = context.payload as Payload;
    const chosen = handlersFor(handlers, context.name, payload, deps);
    if (chosen.length === 0) return;
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
  });
}
