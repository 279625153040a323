/**
 * The octokit class the app runs with: Probot's (authentication, GHE_HOST, retries, config
 * plugin) with rate-limit handling chosen on purpose. Probot 14's own secondary-limit handler
 * only logs and gives up; this one waits what GitHub asks (a few times, within reason) and
 * retries, for both the primary limit (`x-ratelimit-reset`) and the secondary (`retry-after`).
 */
import { ProbotOctokit } from "probot";

export type GitHub = InstanceType<typeof ProbotOctokit>;

/** Longest wait the app accepts before giving up on a request (seconds). */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 15 * 60;
export const MAX_RATE_LIMIT_RETRIES = 3;

interface LimitOptions {
  method: string;
  url: string;
}

type Log = { warn: (obj: object, msg: string) => void };

export function shouldRetryAfterLimit(kind: "primary" | "secondary", retryAfter: number, options: LimitOptions, log: Log, retryCount: number): boolean {
  const retry = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
  log.warn({ kind, method: options.method, url: options.url, retryAfter, retryCount, retry }, "GitHub rate limit reached");
  return retry;
}

/** A request GitHub has not answered in this long is given up (and, if it was a write, looked for later). */
export const REQUEST_TIMEOUT_MS = 30_000;

/** fetch with a deadline: a hung connection must not hang a webhook handler or a loop. */
const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

export const BotOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  request: { fetch: fetchWithTimeout, ...(options.request as object) },
  throttle: {
    ...(options.throttle as object),
    onRateLimit: (retryAfter: number, o: LimitOptions, octokit: { log: Log }, retryCount: number) =>
      shouldRetryAfterLimit("primary", retryAfter, o, octokit.log, retryCount),
    onSecondaryRateLimit: (retryAfter: number, o: LimitOptions, octokit: { log: Log }, retryCount: number) =>
      shouldRetryAfterLimit("secondary", retryAfter, o, octokit.log, retryCount),
  },
})) as typeof ProbotOctokit;
