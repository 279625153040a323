/** Collects every log line the app writes (JSON, all levels) so tests can search them. */
import { Writable } from "node:stream";
import type { Logger } from "pino";
import { createLogger } from "../../src/runtime/logger.js";

export interface LogCapture {
  log: Logger;
  lines: string[];
  /** Lines at info level or above (pino levels: info 30, warn 40, error 50, fatal 60). */
  publicLines(): string[];
}

export async function captureLogs(): Promise<LogCapture> {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      cb();
    },
  });
  const log = await createLogger({ level: "trace", format: "json", destination });
  return {
    log,
    lines,
    publicLines: () => lines.filter((l) => (JSON.parse(l) as { level: number }).level >= 30),
  };
}
