import { describe, expect, it } from "@jest/globals";
import { definitive, statusOf } from "../../../src/github/errors.js";

describe("statusOf", () => {
  it("reads the HTTP status of a failed request", () => {
    expect(statusOf(Object.assign(new Error("Not Found"), { status: 404 }))).toBe(404);
  });

  it.each([[new Error("socket hang up")], [{ status: "404" }], [null], [undefined]])("is 0 without a numeric status (%p)", (e) => {
    expect(statusOf(e)).toBe(0);
  });
});

describe("definitive", () => {
  it.each([
    [400, true],
    [404, true],
    [422, true],
    [408, false],
    [429, false],
    [500, false],
    [0, false],
  ])("%i → %p", (status, expected) => {
    expect(definitive(status)).toBe(expected);
  });
});
