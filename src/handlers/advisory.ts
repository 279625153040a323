/**
 * `repository_advisory`: a private vulnerability report (`reported`) is taken in at once;
 * a publication seen in the web UI (`published`) is recorded in the ledger.
 */
import type { Context } from "probot";
import { advisoryEventSchema, advisoryFacts, parsePayload, repoRef } from "../github/payloads.js";
import { intakeAdvisory } from "../workflows/intake.js";
import { afterPublication } from "../workflows/advisory.js";
import { sessionFromContext } from "../workflows/session.js";
import type { Deps } from "./deps.js";
import type { Handler } from "./router.js";

export const advisoryReportedHandler: Handler = {
  name: "advisory-reported",
  on: ["repository_advisory.reported"],
  wants: () => true,
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(advisoryEventSchema, context.payload);
    const sender = (context.payload as { sender?: { login?: string } }).sender?.login ?? null;
    await intakeAdvisory(sessionFromContext(context, deps), repoRef(p.repository), advisoryFacts(p.repository_advisory, sender), p.repository_advisory.description ?? null);
  },
};

export const advisoryPublishedHandler: Handler = {
  name: "advisory-published",
  on: ["repository_advisory.published"],
  wants: () => true,
  async handle(context: Context, deps: Deps) {
    const p = parsePayload(advisoryEventSchema, context.payload);
    const a = p.repository_advisory;
    const known = await deps.store.reports.byGhsa(a.ghsa_id);
    if (!known) return;
    const s = sessionFromContext(context, deps);
    const settings = await s.settings(repoRef(p.repository));
    await afterPublication(s, known, settings, a.html_url, Date.parse(a.published_at ?? "") || deps.clock());
  },
};
