/**
 * `issues.labeled` with `security-report` in a private repository: issue intake. The bot's own
 * issues (a tracking issue, the dashboard: they carry its marker) are never taken as reports,
 * whoever labels them; the echo of the bot's own labelling is dropped by sender in the router.
 */
import type { Context } from "probot";
import { z } from "zod";
import { SECURITY_REPORT } from "../core/labels.js";
import { readMarkers } from "../render/markers.js";
import { installationSchema, parsePayload, repoRef, repositorySchema } from "../github/payloads.js";
import { intakeIssue } from "../workflows/intake.js";
import { sessionFromContext } from "../workflows/session.js";
import type { Deps } from "./deps.js";
import type { Handler, Payload } from "./router.js";

const labeledSchema = z.object({
  label: z.object({ name: z.string() }),
  issue: z.object({
    number: z.number(),
    html_url: z.string(),
    title: z.string(),
    body: z.string().nullable().optional(),
    created_at: z.string(),
    user: z.object({ login: z.string() }).nullable().optional(),
    pull_request: z.unknown().optional(),
  }),
  repository: repositorySchema,
  installation: installationSchema,
});

/** An issue the bot wrote itself: its body carries the bot's tracking-issue or dashboard marker. */
function isBotIssue(p: Payload): boolean {
  const body = (p.issue as { body?: unknown } | undefined)?.body;
  return typeof body === "string" && readMarkers(body).some((m) => m.kind === "tracking-issue" || m.kind === "dashboard");
}

export const issueIntakeHandler: Handler = {
  name: "issue-intake",
  on: ["issues.labeled"],
  wants: (p: Payload) => (p.label as { name?: unknown } | undefined)?.name === SECURITY_REPORT && !isBotIssue(p),
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(labeledSchema, context.payload);
    if (p.issue.pull_request) return;
    await intakeIssue(sessionFromContext(context, deps), repoRef(p.repository), {
      number: p.issue.number,
      htmlUrl: p.issue.html_url,
      title: p.issue.title,
      body: p.issue.body ?? null,
      createdAt: p.issue.created_at,
      author: p.issue.user?.login ?? null,
    });
  },
};
