/** A person's comment on an issue in the strict double, sent as GitHub sends its webhook, and what the bot wrote after it. */
import { expect } from "@jest/globals";
import type { FakeIssue } from "../double/fake-github.js";
import type { World } from "./world.js";

export type Written = { method: string; path: string; body: unknown };

/** A person's comment on an issue, as GitHub stores it and sends its webhook; what the bot did after it. */
export async function comment(world: World, repo: string, issue: FakeIssue, login: string, body: string, id: number, at: number) {
  const when = new Date(at).toISOString();
  const c = { id, body, user: { login, type: "User" }, created_at: when, updated_at: when, html_url: `https://github.com/acme/${repo}/issues/${issue.number}#issuecomment-${id}` };
  issue.comments.push(c);
  const n = world.fake.requests.length;
  const statuses = await world.send("issue_comment", {
    action: "created",
    issue: { number: issue.number, node_id: issue.node_id, title: issue.title, body: issue.body, state: issue.state, user: { login: issue.user, type: issue.user.endsWith("[bot]") ? "Bot" : "User" }, labels: issue.labels.map((name) => ({ name })), created_at: issue.created_at, html_url: `https://github.com/acme/${repo}/issues/${issue.number}` },
    comment: c,
    repository: world.fake.repoJson(world.fake.repos.get(`acme/${repo}`)!),
    organization: { login: "acme" },
    installation: { id: 42 },
    sender: c.user,
  });
  expect(statuses).toEqual([200]);
  const after = world.fake.requests.slice(n);
  const writes: Written[] = after.filter((r) => r.write).map((r) => ({ method: r.method, path: r.path, body: r.body }));
  const replies = writes.filter((w) => w.method === "POST" && w.path.endsWith("/comments") && String((w.body as { body?: unknown }).body).includes(`kind="reply" key="comment-${id}"`)).map((w) => (w.body as { body: string }).body);
  return { writes, reads: after.filter((r) => !r.write).map((r) => `${r.method} ${r.path}`), replies };
}

export const shape = (ws: Written[]) => ws.map((w) => `${w.method} ${w.path}`);
export const bodiesTo = (ws: Written[], method: string, path: string) => ws.filter((w) => w.method === method && w.path === path).map((w) => w.body);

