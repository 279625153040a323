/** The SECURITY.md policy reader: types, the reader and the queries on its rows. */
export type { Duration, DurationUnit, Policy, Support, VersionRow } from "./types.js";
export { readPolicy } from "./read-policy.js";
export { InvalidRangeError, normaliseRange, overlappingRows, rowsTouchedBy, supportOf } from "./queries.js";
export { isMovingTarget, labelToRange } from "./version-range.js";
