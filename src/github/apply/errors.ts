/** Errors of the writer; GitHub's status rules are the project's one set (github/errors.ts). */
export { definitive, statusOf } from "../errors.js";

/** The advisory comments API answers 404 (Enterprise Server without it, some private repositories). */
export class CommentsApiMissing extends Error {
  override name = "CommentsApiMissing";
}
