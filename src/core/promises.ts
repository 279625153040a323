/**
 * The promises the bot keeps for a repository: the config's numbers when set, else what the
 * policy says, else PRODUCT.md's defaults (3 and 10 business days).
 */
import { dueDate, type Calendar } from "./calendar.js";
import type { Duration, Policy } from "./policy/types.js";

export const DEFAULT_ACKNOWLEDGE: Duration = { amount: 3, unit: "business_days" };
export const DEFAULT_RESPOND: Duration = { amount: 10, unit: "business_days" };

export type PromiseSource = "config" | "policy" | "default";

export interface KeptPromise extends Duration {
  source: PromiseSource;
}

export interface Promises {
  acknowledge: KeptPromise;
  respond: KeptPromise;
}

export interface SlaSettings {
  acknowledge_days: number | null;
  respond_days: number | null;
}

const pick = (configured: number | null, fromPolicy: Duration | null | undefined, fallback: Duration): KeptPromise =>
  configured !== null
    ? { amount: configured, unit: "business_days", source: "config" }
    : fromPolicy
      ? { ...fromPolicy, source: "policy" }
      : { ...fallback, source: "default" };

export function keptPromises(policy: Policy | null, sla: SlaSettings): Promises {
  return {
    acknowledge: pick(sla.acknowledge_days, policy?.acknowledge, DEFAULT_ACKNOWLEDGE),
    respond: pick(sla.respond_days, policy?.respond, DEFAULT_RESPOND),
  };
}

/** "3 business days", "48 hours", "1 week". */
export function describeDuration(d: Duration): string {
  const unit = { hours: "hour", days: "day", business_days: "business day", weeks: "week" }[d.unit];
  return `${d.amount} ${unit}${d.amount === 1 ? "" : "s"}`;
}

export interface Deadlines {
  ackBy: number;
  respondBy: number;
}

export function deadlines(receivedAt: number, promises: Promises, cal: Calendar): Deadlines {
  const at = new Date(receivedAt);
  return {
    ackBy: dueDate(at, promises.acknowledge, cal).getTime(),
    respondBy: dueDate(at, promises.respond, cal).getTime(),
  };
}
