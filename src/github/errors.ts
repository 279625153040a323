/** What GitHub's answer to a failed request says, read one way everywhere. */

/** The HTTP status of a failed octokit request; 0 when there was no answer (network, timeout, a bug). */
export const statusOf = (e: unknown): number => (typeof (e as { status?: unknown } | null)?.status === "number" ? (e as { status: number }).status : 0);

/** GitHub refused the write for good (a 4xx other than a timeout or a rate limit): nothing was written. */
export const definitive = (status: number): boolean => status >= 400 && status < 500 && status !== 408 && status !== 429;
