import { describe, expect, it } from "@jest/globals";
import { chooseHandler } from "../../../src/core/handler-choice.js";

describe("chooseHandler", () => {
  it("takes the handler with the fewest open reports, ties in config order", () => {
    expect(chooseHandler(["alice", "bob", "carol"], new Map())).toBe("alice");
    expect(chooseHandler(["alice", "bob", "carol"], new Map([["alice", 1]]))).toBe("bob");
    expect(chooseHandler(["alice", "bob", "carol"], new Map([["alice", 2], ["bob", 1], ["carol", 1]]))).toBe("bob");
    expect(chooseHandler(["alice", "bob"], new Map([["alice", 0], ["bob", 0], ["zed", 0]]))).toBe("alice");
  });
  it("has no handler without configured handlers", () => {
    expect(chooseHandler([], new Map([["x", 0]]))).toBeNull();
  });
});
