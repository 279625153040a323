/**
 * The app's logger: Probot's pino setup (pretty or JSON, LOG_LEVEL) with one change that
 * matters — errors are serialised WITHOUT the webhook payload or request bodies they carry.
 *
 * @octokit/webhooks attaches the whole raw payload to the error of a badly signed delivery
 * (`error.event.payload`), and Probot logs it at level error; octokit's RequestError carries
 * the request body. Either can hold a reporter's text, and logs count as public.
 */
import { getTransformStream } from "@probot/pino";
import pino, { type DestinationStream, type Logger } from "pino";

export interface LoggerOptions {
  level?: string;
  format?: "pretty" | "json";
  levelInString?: boolean;
  messageKey?: string;
  /** Where lines go (tests pass a collector); standard output by default. */
  destination?: DestinationStream;
}

type Serialized = Record<string, unknown>;

/** An error as it may appear in a log line: kind, message, stack, status, ids — no payloads. */
export function safeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error) && !(err !== null && typeof err === "object" && "message" in err)) return err;
  const e = err as Error & {
    status?: unknown;
    code?: unknown;
    errors?: unknown;
    event?: { id?: unknown; name?: unknown };
    request?: { method?: unknown; url?: unknown };
  };
  const out: Serialized = {
    type: e.constructor?.name ?? e.name,
    message: e.message,
    stack: e.stack,
  };
  if (typeof e.status === "number") out.status = e.status;
  if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
  if (e.event && typeof e.event === "object") out.delivery = { id: e.event.id, event: e.event.name };
  if (e.request && typeof e.request === "object") out.request = { method: e.request.method, url: e.request.url };
  if (Array.isArray(e.errors) && depth < 3) out.aggregateErrors = e.errors.map((x) => safeError(x, depth + 1));
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}

export async function createLogger(options: LoggerOptions = {}): Promise<Logger> {
  const pinoOptions = {
    level: options.level ?? "info",
    name: "probot",
    messageKey: options.messageKey ?? "msg",
    serializers: { err: safeError, error: safeError },
  };
  if (options.destination && options.format === "json") return pino(pinoOptions, options.destination);
  const transform = await getTransformStream({ logFormat: options.format ?? "pretty", logLevelInString: options.levelInString ?? false });
  transform.pipe((options.destination ?? pino.destination(1)) as NodeJS.WritableStream);
  return pino(pinoOptions, transform);
}
