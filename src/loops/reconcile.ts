/**
 * The reconciler: what GitHub sends no webhook for. Every period, per installation (one
 * instance per installation per period, by lease), it lists the advisories conditionally,
 * and for those whose `updated_at` or comment count moved it: takes in new ones (an advisory
 * a maintainer opened, or a report that arrived while the bot was down), brings web-UI state
 * changes into the ledger, and reads only the new or edited comments (`since=`), running
 * their commands. Cursors live in the ledger, so a restart neither misses nor repeats one.
 */
import { transition, type LifecycleEvent } from "../core/lifecycle.js";
import { isOpen, type Report } from "../core/report.js";
import { advisoryFacts } from "../github/payloads.js";
import type { RepoRef } from "../github/repo-settings.js";
import type { Installation } from "../store/installations.js";
import { afterPublication } from "../workflows/advisory.js";
import type { AdvisoryData } from "../workflows/advisory.js";
import { handleComment, type AdvisorySnapshot } from "../workflows/commands.js";
import { fallBackToTrackingIssue, intakeAdvisory } from "../workflows/intake.js";
import { finishUnfinishedIntakes } from "./unfinished-intake.js";
import { watchDescription, type ListedForDescription } from "../workflows/original-words.js";
import { patchReport } from "../workflows/ledger.js";
import type { Session } from "../workflows/session.js";
import { listAdvisories, type ListedAdvisory } from "../github/reads/advisory-listing.js";
import { installations } from "../github/reads/installations.js";
import type { AdvisoryComment } from "../github/reads/index.js";
import { installationSession, type LoopContext } from "./context.js";

export type { LoopContext } from "./context.js";

interface AdvisoryCursor {
  updatedAt: string;
  comments: number | null;
  /** updated_at of the newest comment processed. */
  since: string | null;
}

export interface CycleStats {
  installations: number;
  requests: number;
  notModified: number;
  changedAdvisories: number;
  commentsRead: number;
}

const INSTALLATIONS_REFRESH_MS = 3600 * 1000;

/** Web-UI advisory states as lifecycle events. */
function eventFor(report: Report, advisoryState: string): LifecycleEvent | null {
  if (advisoryState === report.advisoryState) return null;
  switch (advisoryState) {
    case "published":
      return "publish";
    case "closed":
      return "close";
    case "withdrawn":
      return "withdraw";
    case "draft":
      return report.state === "new" || report.state === "triage" ? "accept" : null;
    case "triage":
      return report.state === "rejected" ? "reopen" : null;
    default:
      return null;
  }
}

async function syncState(s: Session, report: Report, a: ListedAdvisory["advisory"]): Promise<Report> {
  const event = eventFor(report, a.state);
  const now = s.clock();
  return patchReport(s.store, report.id, now, (r) => {
    const next = event ? transition(r.state, event) : null;
    const patch: Partial<Report> = {};
    if (r.advisoryState !== a.state) patch.advisoryState = a.state;
    if (next && next !== r.state) {
      patch.state = next;
      if (event === "accept") patch.respondedAt = r.respondedAt ?? now;
      if (event === "publish") patch.publishedAt = r.publishedAt ?? (Date.parse(a.published_at ?? "") || now);
      if (!isOpen(next)) Object.assign(patch, { closedAt: r.closedAt ?? now, nextDueAt: null });
    }
    return Object.keys(patch).length ? patch : null;
  });
}

async function repoOf(s: Session, report: Report | undefined, owner: string, name: string): Promise<RepoRef> {
  const known = report ? await s.store.repos.get(report.repoId) : undefined;
  if (known) return { id: known.id, owner: known.owner, name: known.name, private: known.private, defaultBranch: known.defaultBranch };
  const byName = await s.store.repos.byName(owner, name);
  if (byName) return { id: byName.id, owner, name, private: byName.private, defaultBranch: byName.defaultBranch };
  return s.read.repository(owner, name);
}

export async function reconcileAdvisory(s: Session, listed: ListedAdvisory, stats: CycleStats): Promise<void> {
  const a = listed.advisory;
  const key = `adv:${a.ghsa_id}`;
  const cursor = (await s.store.cursors.get<AdvisoryCursor>(key))?.state;
  const comments = a.comments ?? null;
  if (cursor && cursor.updatedAt === a.updated_at && cursor.comments === comments) return;
  stats.changedAdvisories++;

  let report = await s.store.reports.byGhsa(a.ghsa_id);
  if (!report && a.state !== "triage" && a.state !== "draft") {
    // Closed or published before the bot knew it: history, not a report to handle.
    await s.store.cursors.put({ key, installationId: s.installationId, etag: null, state: { updatedAt: a.updated_at ?? "", comments, since: cursor?.since ?? null }, checkedAt: s.clock() });
    return;
  }
  let known: RepoRef | null = null;
  const repoRef = async () => (known ??= await repoOf(s, report, listed.owner, listed.repo));
  if (!report || (report.acknowledgedAt === null && isOpen(report.state))) {
    // A report the bot has not (fully) taken in: one opened in the web UI, or one that arrived while it was down.
    report = await intakeAdvisory(s, await repoRef(), advisoryFacts(a), a.description ?? null);
  }
  report = await syncState(s, report, a);
  // The reporter's words: a description rewritten since last seen is noted on the tracking issue.
  if (isOpen(report.state)) report = await watchDescription(s, report, a as unknown as ListedForDescription, cursor?.updatedAt ?? null);
  if (report.state === "published" && (await s.store.intents.get(`${report.id}/after-publication`))?.state !== "done") {
    // Published in the web UI: the same aftermath as /publish.
    const repo = await repoRef();
    report = await afterPublication(s, report, await s.settings(repo), a.html_url, Date.parse(a.published_at ?? "") || s.clock());
  }

  let since = cursor?.since ?? null;
  const threadIsAdvisory = report.thread.kind === "advisory";
  if (threadIsAdvisory && (comments === null || comments !== (cursor?.comments ?? 0) || a.updated_at !== cursor?.updatedAt) && (comments ?? 1) > 0) {
    const list = await s.read.advisoryComments(listed.owner, listed.repo, a.ghsa_id, since);
    stats.requests++;
    const repo = await repoRef();
    if (list === null) {
      report = (await fallBackToTrackingIssue(s, report)) ?? report;
    } else {
      await s.store.repos.setCommentsApi(repo.id, "yes");
      // The advisory as just listed, lent to this poll's comments until one of them writes to it.
      const snapshot: AdvisorySnapshot = {
        state: {
          collaborators: (a.collaborating_users ?? []).map((u) => u.login),
          credits: (a.credits ?? []).flatMap((c) => (c.login ? [{ login: c.login, type: c.type ?? "other" }] : [])),
          state: a.state,
        },
        data: a as unknown as AdvisoryData,
      };
      for (const c of list) {
        stats.commentsRead++;
        if (!c.user) continue; // handleComment ignores bots, this app included
        const current = (await s.store.reports.get(report.id)) ?? report;
        await handleComment(
          s,
          current,
          repo,
          { id: c.id, body: c.body ?? "", author: c.user.login, authorType: c.user.type ?? "User", createdAt: c.created_at },
          { target: { kind: "advisory", owner: listed.owner, repo: listed.repo, ghsaId: a.ghsa_id }, isThread: true },
          snapshot,
        );
        if (!since || c.updated_at > since) since = c.updated_at;
      }
    }
  }
  await s.store.cursors.put({ key, installationId: s.installationId, etag: null, state: { updatedAt: a.updated_at ?? "", comments, since }, checkedAt: s.clock() });
}

async function refreshInstallations(ctx: LoopContext): Promise<Installation[]> {
  const { store, clock } = ctx.deps;
  const known = await store.installations.active();
  const last = (await store.cursors.get<{ at?: number }>("installations"))?.state.at ?? 0;
  if (known.length && clock() - last < INSTALLATIONS_REFRESH_MS) return known;
  const app = await ctx.auth();
  await store.installations.replaceAll(await installations(app), clock());
  await store.cursors.put({ key: "installations", installationId: 0, etag: null, state: { at: clock() }, checkedAt: clock() });
  return store.installations.active();
}

/** One pass over every installation this instance wins the lease for. */
export async function reconcileCycle(ctx: LoopContext): Promise<CycleStats> {
  const { deps } = ctx;
  const stats: CycleStats = { installations: 0, requests: 0, notModified: 0, changedAdvisories: 0, commentsRead: 0 };
  const installations = await refreshInstallations(ctx);
  for (const inst of installations) {
    // Held for (most of) a period and not given back: the next instance to look waits for the next period.
    const leased = await deps.store.cursors.lease(`poll:${inst.id}`, inst.id, deps.instanceId, deps.clock(), Math.max(1000, ctx.pollIntervalMs - 1000));
    if (!leased) continue;
    stats.installations++;
    const s = await installationSession(ctx, inst.id);
    try {
      const listing = await listAdvisories(s.gh, deps.store.cursors, inst, deps.clock());
      stats.requests += listing.requests;
      stats.notModified += listing.notModified;
      for (const listed of listing.advisories) {
        try {
          await reconcileAdvisory(s, listed, stats);
        } catch (error) {
          ctx.log.error({ err: error, installation: inst.id, advisory: listed.advisory.ghsa_id }, "reconciling an advisory failed; retried next period");
        }
      }
    } catch (error) {
      ctx.log.error({ err: error, installation: inst.id }, "listing advisories failed; retried next period");
    }
    await finishUnfinishedIntakes(s);
  }
  ctx.log.debug({ ...stats }, "reconciler cycle done");
  return stats;
}
