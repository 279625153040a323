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
    messageKey: options.messageKey ?? "msg",
    serializers: { err: safeError, error: safeError },
    hooks: { logMethod: keepBoundKeys },
  };
  if (options.destination && options.format === "json") return oneKeyPerField(pino(pinoOptions, options.destination), "probot");
  const transform = await getTransformStream({ logFormat: options.format ?? "pretty", logLevelInString: options.levelInString ?? false });
  transform.pipe((options.destination ?? pino.destination(1)) as NodeJS.WritableStream);
  return oneKeyPerField(pino(pinoOptions, transform), "probot");
}

/**
 * A line's own fields must not repeat a bound key either: octokit's request log passes the
 * request's parameters (a label's `name`, say) as fields under a logger bound to a `name`.
 * Such fields move under `fields`, so the line has each key once.
 */
function keepBoundKeys(this: Logger, args: Parameters<pino.LogFn>, method: pino.LogFn): void {
  const [first, ...rest] = args as unknown[];
  if (first !== null && typeof first === "object" && !(first instanceof Error)) {
    const bound = this.bindings();
    const clash = Object.keys(first).filter((k) => k in bound);
    if (clash.length) {
      const own = { ...(first as Record<string, unknown>) };
      const fields: Record<string, unknown> = {};
      for (const k of clash) {
        fields[k] = own[k];
        delete own[k];
      }
      return (method as (...a: unknown[]) => void).apply(this, [{ ...own, fields }, ...rest]);
    }
  }
  return (method as (...a: unknown[]) => void).apply(this, args as unknown[]);
}

/**
 * pino writes a child's bindings after its parent's without looking at them, so Probot's
 * `log.child({ name: "event" })` under `child({ name: "probot" })` gives a line with `"name"`
 * twice — and log pipelines keep one of them at random. Here every child that binds a key
 * its parent already has is made from the root with the bindings merged (the child's value
 * wins): each key once per line, the logger's name the innermost one.
 */
export function oneKeyPerField(root: Logger, name: string): Logger {
  const wrap = (logger: Logger): Logger => {
    const child = logger.child.bind(logger);
    logger.child = ((bindings: pino.Bindings, opts?: pino.ChildLoggerOptions) => {
      const have = logger.bindings();
      const clash = Object.keys(bindings).some((k) => k in have);
      return wrap(clash ? root.child({ ...have, ...bindings }, { level: logger.level, ...opts }) : child(bindings, opts));
    }) as unknown as Logger["child"];
    return logger;
  };
  return wrap(root.child({ name }));
}
