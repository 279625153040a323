/**
 * 6. Hostile inputs: what reading them costs, next to what merely receiving them costs any
 * app (JSON.parse and the HMAC check of a webhook carrying the same text), in the same run.
 */
import { createHmac } from "node:crypto";
import { parseCommands } from "../src/core/commands/parse.js";
import { Detector } from "../src/core/detector.js";
import { readPolicy } from "../src/core/policy/read-policy.js";
import { POLICY } from "./policy.js";
import { round } from "./util.js";

export interface InputCost {
  input: string;
  size: string;
  work: string;
  ms: number;
  receiveMs: number;
  ratio: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(f: () => unknown, runs = 7): number {
  f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

/** JSON.parse and HMAC of a webhook payload carrying `text`: the floor any app pays. */
function receiving(text: string): number {
  const body = JSON.stringify({ action: "created", comment: { id: 1, body: text, user: { login: "x" } }, repository: { id: 1, name: "r", owner: { login: "o" }, private: false } });
  return time(() => {
    createHmac("sha256", "secret").update(body).digest("hex");
    JSON.parse(body);
  });
}

export function benchInputs(): InputCost[] {
  const detector = new Detector({ words: null, patterns: [] });
  const words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ".repeat(14_000).slice(0, 1 << 20);
  const commands = Array.from({ length: 20_000 }, (_, i) => `/severity high ${i}\n`).join("").slice(0, 1 << 20);
  const rows = Array.from({ length: 10_000 }, (_, i) => `| ${i}.0.x | ${i % 2 ? ":white_check_mark:" : ":x:"} |`).join("\n");
  const bigTable = POLICY.replace("| 1.0.x   | :white_check_mark: |\n| < 1.0   | :x:                |", rows);
  const nested = `${">".repeat(10_000)} /publish\n${"- ".repeat(5_000)}x\n${"[".repeat(20_000)}`;
  const cases: [string, string, string, string, () => unknown][] = [
    ["a comment of plain words", "1 MiB", "find its commands", words, () => parseCommands(words)],
    ["a comment of 20 000 command lines", "1 MiB", "find its commands", commands, () => parseCommands(commands)],
    ["a public issue of plain words", "1 MiB", "does it read like a report", words, () => detector.detect("Question", words)],
    ["a policy with a 10 000-row table", `${Math.round(bigTable.length / 1024)} KiB`, "read the policy", bigTable, () => readPolicy(bigTable)],
    ["10 000 nested quotes, 5 000 nested lists, 20 000 brackets", `${Math.round(nested.length / 1024)} KiB`, "read as a policy and as a comment", nested, () => (readPolicy(nested), parseCommands(nested))],
  ];
  return cases.map(([input, size, work, text, f]) => {
    const ms = time(f);
    const receiveMs = receiving(text);
    return { input, size, work, ms: round(ms, 2), receiveMs: round(receiveMs, 2), ratio: round(ms / receiveMs, 1) };
  });
}
