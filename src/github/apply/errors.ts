/** Errors of the writer. */

/** The advisory comments API answers 404 (Enterprise Server without it, some private repositories). */
export class CommentsApiMissing extends Error {
  override name = "CommentsApiMissing";
}

export const statusOf = (e: unknown): number => (typeof (e as { status?: unknown }).status === "number" ? (e as { status: number }).status : 0);

/** GitHub refused the write for good (a 4xx other than a timeout or a rate limit): nothing was written. */
export const definitive = (status: number): boolean => status >= 400 && status < 500 && status !== 408 && status !== 429;
