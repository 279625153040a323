/**
 * A GitHub stand-in on a real port, for end-to-end tests and the benchmark: the REST and
 * GraphQL routes the bot uses (as Enterprise Server paths, /api/v3 and /api/graphql), kept
 * in memory, counting every request, with ETags on advisory listings and optional injected
 * faults (5xx, timeouts, primary and secondary rate limits). Not shipped: a test tool.
 *
 * It is as strict as GitHub, not kinder:
 * - every REST request is checked against GitHub's OpenAPI description (@octokit/openapi) and
 *   every GraphQL query against GitHub's schema (@octokit/graphql-schema); a request GitHub
 *   would refuse gets GitHub's 422 (or 404 for a route GitHub does not have) and is kept in
 *   `violations`, which the tests' world fails on;
 * - every write sends the app the webhooks GitHub sends for it (`issues.opened` and one
 *   `issues.labeled` per label for a new issue, `issue_comment.created`, `label.created`,
 *   `repository_advisory.published`, `release.edited`, `check_run.created`, …), signed, with
 *   the app's bot as sender, to every hook (instances behind a load balancer may each get it);
 *   `settle()` waits until those echoes, and the echoes of the writes they caused, are answered;
 * - `onWrite` lets a test act (kill the app, say) after GitHub made a write and before the app
 *   hears the answer.
 */
import { createHash, createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { validateGraphqlRequest } from "./graphql-validation.js";
import { validateRestRequest } from "./rest-validation.js";

type Json = Record<string, unknown>;

export interface FakeRepo {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  /** Files on the default branch, by path. */
  files: Record<string, string>;
  reporting: boolean;
  ownerType: "Organization" | "User";
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakeAdvisory {
  ghsa_id: string;
  owner: string;
  repo: string;
  summary: string;
  description: string | null;
  severity: string | null;
  state: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  author: string | null;
  cve_id: string | null;
  vulnerabilities: Json[];
  credits: { login: string; type: string }[];
  collaborating_users: string[];
  /** Team slugs (GitHub answers them as team objects). */
  collaborating_teams?: string[];
  cwe_ids: string[];
  cvss: string | null;
  comments: FakeComment[];
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: string[];
  assignees: string[];
  comments: FakeComment[];
  user: string;
  created_at: string;
  node_id: string;
  /** Opened by the app (GitHub then sets `performed_via_github_app`). */
  viaApp?: boolean;
  id?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  /** A write: anything but GET/HEAD and GraphQL queries. */
  write: boolean;
  body: unknown;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  /** Hold the request this long before answering (a slow or hung GitHub). */
  delayMs?: number;
  message?: string;
}

/** A webhook GitHub sends because of a write. */
export interface Echo {
  event: string;
  payload: Record<string, unknown>;
}

export interface FakeGitHubOptions {
  /** Send the app the webhooks its own writes cause (GitHub does; default true). */
  echo?: boolean;
  /** Refuse requests GitHub's OpenAPI description or GraphQL schema refuses (default true). */
  strict?: boolean;
  /** Redeliver at once what the app asks to be redelivered, as GitHub does (default: kept until flushRedeliveries). */
  autoRedeliver?: boolean;
  /** Called after a write was made and before its answer is sent (a test may kill the app here). */
  onWrite?: (req: RecordedRequest, n: number) => void | Promise<void>;
  /** Decides a fault for the n-th request (token exchanges included); null: answer normally. */
  fault?: (n: number, method: string, path: string) => Fault | null;
  /** Fixed "now" for timestamps GitHub sets (ISO). */
  now?: () => string;
}

const API = "/api/v3";

/** The app as GitHub knows it: its slug and the bot user its installation tokens act as. */
export const APP = { id: 1, slug: "security-policy-bot", botLogin: "security-policy-bot[bot]", botId: 9_000_001 } as const;
const BOT_USER = { login: APP.botLogin, id: APP.botId, type: "Bot" };

export class FakeGitHub {
  readonly repos = new Map<string, FakeRepo>();
  readonly advisories = new Map<string, FakeAdvisory>();
  readonly issues = new Map<string, FakeIssue[]>();
  readonly labels = new Map<string, Set<string>>();
  readonly releases = new Map<number, { owner: string; repo: string; tag_name: string; body: string }>();
  readonly permissions = new Map<string, string>();
  readonly checkRuns: Json[] = [];
  readonly pulls: Json[] = [];
  readonly refs = new Map<string, string>();
  readonly installations: { id: number; account: string; type: "Organization" | "User" }[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Teams by `org/slug` and their members' logins (GET /orgs/{org}/teams/{team_slug}/members; unknown: 404). */
  readonly teams = new Map<string, string[]>();
  /** Organisations whose advisory listing needs a grant the app lacks. */
  readonly refusedOrgListing = new Set<string>();
  /** Where the app's instances listen for webhooks, and the secret (sendWebhook, redeliveries, echoes). */
  hooks: { url: string; secret: string }[] = [];
  /** Requests GitHub would have refused, with why (the world fails a test on any). */
  readonly violations: string[] = [];
  /** Webhooks sent because of the app's own writes, in order. */
  readonly echoes: Echo[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  private writesMade = 0;
  readonly deliveries: { id: number; guid: string; event: string; payload: unknown; status: number; at: string; redelivery: boolean }[] = [];
  private server: Server | null = null;
  private seq = 1000;
  url = "";

  constructor(private readonly options: FakeGitHubOptions = {}) {}

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  addRepo(r: Partial<FakeRepo> & { owner: string; name: string }): FakeRepo {
    const repo: FakeRepo = { id: ++this.seq, private: false, defaultBranch: "main", files: {}, reporting: true, ownerType: "Organization", ...r };
    this.repos.set(`${repo.owner}/${repo.name}`, repo);
    this.issues.set(`${repo.owner}/${repo.name}`, []);
    this.labels.set(`${repo.owner}/${repo.name}`, new Set());
    return repo;
  }

  addAdvisory(a: Partial<FakeAdvisory> & { ghsa_id: string; owner: string; repo: string }): FakeAdvisory {
    const at = this.now();
    const adv: FakeAdvisory = {
      summary: "A vulnerability",
      description: null,
      severity: null,
      state: "triage",
      created_at: at,
      updated_at: at,
      published_at: null,
      author: null,
      cve_id: null,
      vulnerabilities: [],
      credits: [],
      collaborating_users: [],
      cwe_ids: [],
      cvss: null,
      comments: [],
      ...a,
    };
    this.advisories.set(adv.ghsa_id, adv);
    return adv;
  }

  /** A comment someone writes in an advisory's thread (moves its updated_at and count). */
  commentOnAdvisory(ghsa: string, login: string, body: string): FakeComment {
    const adv = this.advisories.get(ghsa)!;
    const c = this.comment(login, body, `https://github.com/${adv.owner}/${adv.repo}/security/advisories/${ghsa}`);
    adv.comments.push(c);
    adv.updated_at = c.updated_at;
    return c;
  }

  get hook(): { url: string; secret: string } | null {
    return this.hooks[0] ?? null;
  }

  set hook(h: { url: string; secret: string } | null) {
    this.hooks = h ? [h] : [];
  }

  /** A person's comment on an issue, and the `issue_comment.created` webhook GitHub sends for it. */
  commentOnIssue(full: string, number: number, login: string, body: string): Echo {
    const issue = this.issues.get(full)!.find((i) => i.number === number)!;
    const c = this.comment(login, body, `https://github.com/${full}/issues/${number}`);
    issue.comments.push(c);
    return { event: "issue_comment", payload: { ...this.envelope(full, { action: "created", issue: this.issueJson(full, issue), comment: c }), sender: { login, type: "User" } } };
  }

  /** Sends a signed webhook to the app (its first hook, or the one given) as GitHub does, and keeps it for redelivery. */
  async sendWebhook(event: string, payload: unknown, guid: string = randomUUID(), hook = this.hook): Promise<number> {
    if (!hook) throw new Error("no hook configured");
    const body = JSON.stringify(payload);
    let res: Response;
    try {
      res = await fetch(hook.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": event,
        "x-github-delivery": guid,
        "x-hub-signature-256": `sha256=${createHmac("sha256", hook.secret).update(body).digest("hex")}`,
      },
      body,
    });
      await res.text();
    } catch {
      // The app is down (killed, say): GitHub records a failed delivery.
      this.recordDelivery(guid, event, payload, 0);
      return 0;
    }
    this.recordDelivery(guid, event, payload, res.status);
    return res.status;
  }

  private recordDelivery(guid: string, event: string, payload: unknown, status: number): void {
    // GitHub lists each attempt: a redelivery is a new entry with the same GUID.
    const redelivery = this.deliveries.some((d) => d.guid === guid);
    this.deliveries.push({ id: ++this.seq, guid, event, payload, status, at: this.now(), redelivery });
  }

  /** Sends the webhooks a write caused, after its answer, to every hook (one GUID per event). */
  private echo(events: Echo[]): void {
    if (this.options.echo === false || events.length === 0) return;
    const p = (async () => {
      await new Promise((r) => setImmediate(r));
      for (const e of events) {
        this.echoes.push(e);
        const guid = randomUUID();
        await Promise.all(this.hooks.map((h) => this.sendWebhook(e.event, e.payload, guid, h)));
      }
    })();
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Waits until every webhook the app's writes caused (and the ones those caused) was answered. */
  async settle(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (this.pending.size === 0) {
        await new Promise((r) => setTimeout(r, 5));
        if (this.pending.size === 0) return;
      }
      await Promise.allSettled([...this.pending]);
    }
    throw new Error("the app's writes keep causing webhooks that cause writes (a loop)");
  }

  /** Redeliveries the app asked for and that have not been sent yet. */
  readonly redeliveryRequests: number[] = [];
  /** How many redeliveries were sent, and how many faults were answered. */
  redelivered = 0;
  faultsSent = 0;

  /** Sends what the app asked to be redelivered. */
  async flushRedeliveries(): Promise<number> {
    const ids = this.redeliveryRequests.splice(0);
    for (const id of ids) {
      const d = this.deliveries.find((x) => x.id === id);
      if (d) {
        this.redelivered++;
        await this.sendWebhook(d.event, d.payload, d.guid);
      }
    }
    return ids.length;
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.write && r.status < 300);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A GHSA id in GitHub's alphabet, new each time. */
  newGhsa(): string {
    const alphabet = "23456789cfghjmpqrvwx";
    let n = ++this.seq;
    let out = "";
    for (let i = 0; i < 12; i++) {
      out += alphabet[n % 20];
      n = Math.floor(n / 20) + i * 7;
    }
    return `GHSA-${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
  }

  private comment(login: string, body: string, base: string): FakeComment {
    const id = ++this.seq;
    const at = this.now();
    return { id, body, user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" }, created_at: at, updated_at: at, html_url: `${base}#comment-${id}` };
  }

  advisoryJson(a: FakeAdvisory): Json {
    const url = `https://github.com/${a.owner}/${a.repo}/security/advisories/${a.ghsa_id}`;
    return {
      ghsa_id: a.ghsa_id,
      cve_id: a.cve_id,
      url: `https://api.github.com/repos/${a.owner}/${a.repo}/security-advisories/${a.ghsa_id}`,
      html_url: url,
      summary: a.summary,
      description: a.description,
      severity: a.severity,
      state: a.state,
      created_at: a.created_at,
      updated_at: a.updated_at,
      published_at: a.published_at,
      author: a.author ? { login: a.author, type: "User" } : null,
      vulnerabilities: a.vulnerabilities,
      credits: a.credits,
      collaborating_users: a.collaborating_users.map((login) => ({ login, type: "User" })),
      collaborating_teams: (a.collaborating_teams ?? []).map((slug, i) => ({ id: 500 + i, node_id: `T_${slug}`, name: slug, slug, description: null, privacy: "closed", permission: "pull", url: `https://api.github.com/orgs/${a.owner}/teams/${slug}`, html_url: `https://github.com/orgs/${a.owner}/teams/${slug}` })),
      credits_detailed: a.credits.map((c) => ({ user: { login: c.login, type: "User" }, type: c.type, state: "pending" })),
      cwe_ids: a.cwe_ids,
      cvss: { vector_string: a.cvss, score: null },
      comments: a.comments.length,
      private_fork: null,
    };
  }

  private issueJson(repo: string, i: FakeIssue): Json {
    return {
      id: i.id ?? 0,
      number: i.number,
      node_id: i.node_id,
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels.map((name) => ({ name })),
      assignees: i.assignees.map((login) => ({ login, type: "User" })),
      assignee: i.assignees[0] ? { login: i.assignees[0], type: "User" } : null,
      user: { login: i.user, type: i.user.endsWith("[bot]") ? "Bot" : "User" },
      created_at: i.created_at,
      updated_at: i.created_at,
      html_url: `https://github.com/${repo}/issues/${i.number}`,
      comments: i.comments.length,
      performed_via_github_app: i.viaApp ? { id: APP.id, slug: APP.slug, name: APP.slug } : null,
    };
  }

  /** The repository as webhooks carry it. */
  repoJson(r: FakeRepo): Json {
    return { id: r.id, node_id: `R_${r.id}`, name: r.name, full_name: `${r.owner}/${r.name}`, private: r.private, owner: { login: r.owner, type: r.ownerType }, default_branch: r.defaultBranch, html_url: `https://github.com/${r.owner}/${r.name}` };
  }

  /** What every webhook caused by the app's write carries: the repository, the installation, the bot as sender. */
  private envelope(full: string, extra: Json): Json {
    const r = this.repos.get(full)!;
    const inst = this.installations.find((i) => i.account === r.owner);
    return { ...extra, repository: this.repoJson(r), ...(r.ownerType === "Organization" ? { organization: { login: r.owner } } : {}), installation: { id: inst?.id ?? 42 }, sender: BOT_USER };
  }

  private issueEvents(full: string, issue: FakeIssue, actions: (string | [string, Json])[]): Echo[] {
    return actions.map((a) => {
      const [action, extra] = typeof a === "string" ? [a, {}] : a;
      return { event: "issues", payload: this.envelope(full, { action, issue: this.issueJson(full, issue), ...extra }) };
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const n = this.requests.length;
    const url = new URL(req.url ?? "/", "http://x");
    const method = req.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: Json = {};
    try {
      body = text ? (JSON.parse(text) as Json) : {};
    } catch {
      body = {};
    }
    const path = url.pathname.startsWith(API) ? url.pathname.slice(API.length) : url.pathname.replace(/^\/api/, "");
    const isQuery = path === "/graphql" && !/^\s*mutation/.test(String(body.query ?? ""));
    const record = (status: number) => this.requests.push({ method, path: decodeURIComponent(path) + url.search, status, write: method !== "GET" && method !== "HEAD" && !isQuery, body });
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      record(status);
      const isText = typeof data === "string";
      res.writeHead(status, { "content-type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8", "x-ratelimit-remaining": "4999", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600), ...headers });
      res.end(data === undefined ? undefined : isText ? data : JSON.stringify(data));
    };
    const fault = path.includes("/access_tokens") ? null : this.options.fault?.(n, method, path);
    if (fault) {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      this.faultsSent++;
      return send(fault.status, { message: fault.message ?? "injected fault" }, fault.headers);
    }
    if (this.options.strict !== false) {
      const problems = path === "/graphql" ? validateGraphqlRequest(body as { query: string; variables?: Record<string, unknown> }) : validateRestRequest({ method, path, query: url.searchParams, body: text ? body : undefined });
      if (problems.length) {
        this.violations.push(...problems.map((p) => `${method} ${path}: ${p}`));
        if (path === "/graphql") return send(200, { errors: problems.map((message) => ({ message })) });
        const unknownRoute = problems.some((p) => /no such route/i.test(p));
        return send(unknownRoute ? 404 : 422, { message: unknownRoute ? "Not Found" : "Invalid request.", errors: problems, documentation_url: "https://docs.github.com/rest" });
      }
    }
    let out: ReturnType<FakeGitHub["route"]>;
    try {
      out = this.route(method, path, url.searchParams, body, req.headers);
    } catch (error) {
      return send(500, { message: String(error) });
    }
    if (!out) return send(404, { message: "Not Found" });
    const isWrite = method !== "GET" && method !== "HEAD" && !isQuery && !path.includes("/access_tokens");
    if (isWrite && out.status < 300 && this.options.onWrite) await this.options.onWrite({ method, path: decodeURIComponent(path) + url.search, status: out.status, write: true, body }, ++this.writesMade);
    send(out.status, out.data, out.headers);
    if (out.events) this.echo(out.events);
  }

  private route(method: string, path: string, q: URLSearchParams, body: Json, headers: IncomingMessage["headers"]): { status: number; data?: unknown; headers?: Record<string, string>; events?: Echo[] } | null {
    const m = (re: RegExp) => re.exec(path);
    let r: RegExpExecArray | null;
    const repoOf = (o: string, n: string) => this.repos.get(`${o}/${n}`);
    const issuesOf = (o: string, n: string) => this.issues.get(`${o}/${n}`) ?? [];

    if (method === "POST" && (r = m(/^\/app\/installations\/(\d+)\/access_tokens$/))) return { status: 201, data: { token: `ghs_fake_${r[1]}`, expires_at: "2099-01-01T00:00:00Z", permissions: {}, repository_selection: "all" } };
    if (method === "GET" && path === "/app/hook/deliveries") {
      const list = [...this.deliveries].reverse().map((d) => ({ id: d.id, guid: d.guid, delivered_at: d.at, redelivery: d.redelivery, duration: 0.1, status: d.status >= 200 && d.status < 300 ? "OK" : `Invalid HTTP Response: ${d.status}`, status_code: d.status, event: d.event, action: (d.payload as { action?: string }).action ?? null, installation_id: 42, repository_id: null }));
      return { status: 200, data: list };
    }
    if (method === "POST" && (r = m(/^\/app\/hook\/deliveries\/(\d+)\/attempts$/))) {
      this.redeliveryRequests.push(Number(r[1]));
      if (this.options.autoRedeliver) {
        const p = new Promise((resolve) => setImmediate(resolve)).then(() => this.flushRedeliveries());
        this.pending.add(p);
        void p.finally(() => this.pending.delete(p));
      }
      return { status: 202, data: {} };
    }
    if (method === "GET" && path === "/app") return { status: 200, data: { id: APP.id, slug: APP.slug, node_id: "A_1", name: APP.slug, owner: { login: "acme", type: "Organization" }, description: "", external_url: "", html_url: `https://github.com/apps/${APP.slug}`, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z", permissions: {}, events: [] } };
    if (method === "GET" && path === "/app/installations") return { status: 200, data: this.installations.map((i) => ({ id: i.id, account: { login: i.account, type: i.type }, target_type: i.type, suspended_at: null })) };
    if (method === "GET" && path === "/installation/repositories") return { status: 200, data: { total_count: this.repos.size, repositories: [...this.repos.values()].map((x) => ({ name: x.name, owner: { login: x.owner } })) } };
    if (method === "POST" && path === "/graphql") return this.graphql(body);

    if (method === "GET" && (r = m(/^\/orgs\/([^/]+)\/security-advisories$/))) {
      if (this.refusedOrgListing.has(r[1]!)) return { status: 403, data: { message: "Must be an owner or security manager" } };
      const list = [...this.advisories.values()].filter((a) => a.owner === r![1]).sort((a, b) => b.updated_at.localeCompare(a.updated_at)).map((a) => this.advisoryJson(a));
      const etag = `W/"${createHash("sha1").update(JSON.stringify(list)).digest("hex")}"`;
      if (headers["if-none-match"] === etag) return { status: 304, headers: { etag } };
      return { status: 200, data: list, headers: { etag } };
    }
    if (method === "GET" && (r = m(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/))) return { status: 404, data: { message: "Not Found" } };
    if (method === "GET" && (r = m(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/))) {
      const members = this.teams.get(`${r[1]}/${r[2]}`);
      return members ? { status: 200, data: members.map((login, i) => ({ login, id: 7000 + i, type: "User", site_admin: false })) } : { status: 404, data: { message: "Not Found" } };
    }

    if ((r = m(/^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/))) {
      const [, o, n, rest = ""] = r as unknown as [string, string, string, string | undefined];
      const full = `${o}/${n}`;
      const repo = repoOf(o, n);
      if (!repo) return null;
      let s: RegExpExecArray | null;
      const sub = (re: RegExp) => re.exec(rest);
      if (method === "GET" && rest === "") return { status: 200, data: { id: repo.id, node_id: `R_${repo.id}`, name: n, full_name: full, private: repo.private, default_branch: repo.defaultBranch, owner: { login: o, type: repo.ownerType } } };
      if (method === "GET" && (s = sub(/^\/contents\/(.+)$/))) {
        const file = repo.files[decodeURIComponent(s[1]!)];
        if (file === undefined) return null;
        if ((headers.accept ?? "").includes("raw")) return { status: 200, data: file };
        return { status: 200, data: { sha: createHash("sha1").update(file).digest("hex"), encoding: "base64", content: Buffer.from(file).toString("base64") } };
      }
      if (method === "PUT" && (s = sub(/^\/contents\/(.+)$/))) {
        const file = decodeURIComponent(s[1]!);
        const branch = String(body.branch ?? repo.defaultBranch);
        if (branch === repo.defaultBranch) repo.files[file] = Buffer.from(String(body.content), "base64").toString("utf8");
        const push = { ref: `refs/heads/${branch}`, before: "0".repeat(40), after: "1".repeat(40), commits: [{ id: "1".repeat(40), message: body.message, added: [], removed: [], modified: [file] }], head_commit: { id: "1".repeat(40), modified: [file] }, pusher: { name: APP.botLogin } };
        return { status: 200, data: { content: { path: file }, commit: { sha: "1".repeat(40) } }, events: [{ event: "push", payload: this.envelope(full, push) }] };
      }
      if (method === "GET" && (s = sub(/^\/collaborators\/([^/]+)\/permission$/))) {
        const p = this.permissions.get(`${full}:${s[1]}`);
        return p ? { status: 200, data: { permission: p, role_name: p, user: { login: s[1] } } } : null;
      }
      if (method === "GET" && rest === "/private-vulnerability-reporting") return { status: 200, data: { enabled: repo.reporting } };
      if (method === "GET" && rest === "/labels") return { status: 200, data: [...(this.labels.get(full) ?? [])].map((name) => ({ name })) };
      if (method === "POST" && rest === "/labels") {
        const set = this.labels.get(full)!;
        if (set.has(String(body.name))) return { status: 422, data: { message: "Validation Failed", errors: [{ code: "already_exists" }] } };
        set.add(String(body.name));
        const label = { id: ++this.seq, name: body.name, color: body.color ?? "ededed", description: body.description ?? null };
        return { status: 201, data: label, events: [{ event: "label", payload: this.envelope(full, { action: "created", label }) }] };
      }
      if (method === "GET" && rest === "/issues") {
        const label = q.get("labels");
        return { status: 200, data: issuesOf(o, n).filter((i) => !label || i.labels.includes(label)).map((i) => this.issueJson(full, i)) };
      }
      if (method === "POST" && rest === "/issues") {
        const list = issuesOf(o, n);
        const labels = ((body.labels as string[]) ?? []).map(String);
        const assignees = ((body.assignees as string[]) ?? []).map(String);
        const issue: FakeIssue = { id: ++this.seq, number: list.length + 1, title: String(body.title), body: String(body.body ?? ""), state: "open", labels, assignees, comments: [], user: APP.botLogin, created_at: this.now(), node_id: `I_${full}_${list.length + 1}`, viaApp: true };
        list.push(issue);
        for (const l of labels) this.labels.get(full)!.add(l);
        const events = this.issueEvents(full, issue, ["opened", ...labels.map((name): [string, Json] => ["labeled", { label: { name } }]), ...assignees.map((login): [string, Json] => ["assigned", { assignee: { login, type: "User" } }])]);
        return { status: 201, data: this.issueJson(full, issue), events };
      }
      if ((s = sub(/^\/issues\/(\d+)(\/.*)?$/))) {
        const issue = issuesOf(o, n).find((i) => i.number === Number(s![1]));
        if (!issue) return null;
        const tail = s[2] ?? "";
        if (method === "GET" && tail === "") return { status: 200, data: this.issueJson(full, issue) };
        if (method === "PATCH" && tail === "") {
          const actions: (string | [string, Json])[] = [];
          const changes: Json = {};
          if (typeof body.title === "string" && body.title !== issue.title) {
            changes.title = { from: issue.title };
            issue.title = body.title;
          }
          if (typeof body.body === "string" && body.body !== issue.body) {
            changes.body = { from: issue.body };
            issue.body = body.body;
          }
          if (Object.keys(changes).length) actions.push(["edited", { changes }]);
          if (typeof body.state === "string" && body.state !== issue.state) {
            issue.state = body.state;
            actions.push(body.state === "closed" ? "closed" : "reopened");
          }
          if (Array.isArray(body.assignees)) {
            const next = (body.assignees as string[]).map(String);
            for (const login of issue.assignees.filter((a) => !next.includes(a))) actions.push(["unassigned", { assignee: { login, type: "User" } }]);
            for (const login of next.filter((a) => !issue.assignees.includes(a))) actions.push(["assigned", { assignee: { login, type: "User" } }]);
            issue.assignees = next;
          }
          return { status: 200, data: this.issueJson(full, issue), events: this.issueEvents(full, issue, actions) };
        }
        if (method === "GET" && tail === "/comments") return { status: 200, data: issue.comments };
        if (method === "POST" && tail === "/comments") {
          const c = this.comment(APP.botLogin, String(body.body), `https://github.com/${full}/issues/${issue.number}`);
          issue.comments.push(c);
          return { status: 201, data: c, events: [{ event: "issue_comment", payload: this.envelope(full, { action: "created", issue: this.issueJson(full, issue), comment: { ...c, performed_via_github_app: { id: APP.id, slug: APP.slug } } }) }] };
        }
        if (method === "POST" && tail === "/labels") {
          const added = (body.labels as string[]).map(String).filter((l) => !issue.labels.includes(l));
          issue.labels.push(...added);
          for (const l of added) this.labels.get(full)!.add(l);
          return { status: 200, data: issue.labels.map((name) => ({ name })), events: this.issueEvents(full, issue, added.map((name): [string, Json] => ["labeled", { label: { name } }])) };
        }
        if (method === "DELETE" && tail.startsWith("/labels/")) {
          const name = decodeURIComponent(tail.slice(8));
          if (!issue.labels.includes(name)) return { status: 404, data: { message: "Label does not exist" } };
          issue.labels = issue.labels.filter((l) => l !== name);
          return { status: 200, data: issue.labels.map((n) => ({ name: n })), events: this.issueEvents(full, issue, [["unlabeled", { label: { name } }]]) };
        }
        if (method === "POST" && tail === "/assignees") {
          const added = (body.assignees as string[]).map(String).filter((a) => !issue.assignees.includes(a));
          issue.assignees.push(...added);
          return { status: 201, data: this.issueJson(full, issue), events: this.issueEvents(full, issue, added.map((login): [string, Json] => ["assigned", { assignee: { login, type: "User" } }])) };
        }
        return null;
      }
      if (method === "GET" && rest === "/security-advisories") {
        const list = [...this.advisories.values()].filter((a) => a.owner === o && a.repo === n).map((a) => this.advisoryJson(a));
        const etag = `W/"${createHash("sha1").update(JSON.stringify(list)).digest("hex")}"`;
        if (headers["if-none-match"] === etag) return { status: 304, headers: { etag } };
        return { status: 200, data: list, headers: { etag } };
      }
      if (method === "POST" && rest === "/security-advisories") {
        const ghsa = this.newGhsa();
        const adv = this.addAdvisory({ ghsa_id: ghsa, owner: o, repo: n, summary: String(body.summary), description: String(body.description), collaborating_users: (body.collaborating_users as string[]) ?? [], credits: (body.credits as FakeAdvisory["credits"]) ?? [] });
        return { status: 201, data: this.advisoryJson(adv) };
      }
      if ((s = sub(/^\/security-advisories\/(GHSA[-\w]+)(\/.*)?$/))) {
        const adv = this.advisories.get(s[1]!);
        if (!adv || adv.owner !== o) return null;
        const tail = s[2] ?? "";
        if (method === "GET" && tail === "") return { status: 200, data: this.advisoryJson(adv) };
        if (method === "PATCH" && tail === "") {
          const publishing = body.state === "published" && adv.state !== "published";
          for (const [k, v] of Object.entries(body)) {
            if (k === "collaborating_users") adv.collaborating_users = v as string[];
            else if (k === "cvss_vector_string") adv.cvss = v as string | null;
            else if (k === "state" && v === "published") Object.assign(adv, { state: "published", published_at: this.now() });
            else (adv as unknown as Json)[k] = v;
          }
          adv.updated_at = this.now();
          const events: Echo[] = publishing ? [{ event: "repository_advisory", payload: this.envelope(full, { action: "published", repository_advisory: this.advisoryJson(adv) }) }] : [];
          return { status: 200, data: this.advisoryJson(adv), events };
        }
        if (method === "GET" && tail === "/comments") {
          const since = q.get("since");
          return { status: 200, data: adv.comments.filter((c) => !since || c.updated_at >= since) };
        }
        if (method === "POST" && tail === "/comments") {
          // GitHub sends no webhook for advisory comments (the reconciler polls them).
          const c = this.comment(APP.botLogin, String(body.body), `https://github.com/${o}/${n}/security/advisories/${adv.ghsa_id}`);
          adv.comments.push(c);
          adv.updated_at = c.updated_at;
          return { status: 201, data: c };
        }
        if (method === "POST" && tail === "/cve") return { status: 202, data: {} };
        if (method === "POST" && tail === "/forks") return { status: 202, data: { html_url: `https://github.com/${o}/${n}-${adv.ghsa_id}` } };
        return null;
      }
      if ((s = sub(/^\/releases\/(\d+)$/))) {
        const rel = this.releases.get(Number(s[1]));
        if (!rel) return null;
        if (method === "GET") return { status: 200, data: { id: Number(s[1]), tag_name: rel.tag_name, body: rel.body } };
        if (method === "PATCH") {
          const from = rel.body;
          rel.body = String(body.body);
          const release = { id: Number(s[1]), tag_name: rel.tag_name, name: rel.tag_name, body: rel.body, draft: false, prerelease: false, html_url: `https://github.com/${full}/releases/tag/${rel.tag_name}`, published_at: this.now() };
          return { status: 200, data: release, events: [{ event: "release", payload: this.envelope(full, { action: "edited", release, changes: { body: { from } } }) }] };
        }
      }
      if (method === "POST" && rest === "/check-runs") {
        this.checkRuns.push({ repo: full, ...body });
        const checkRun = { id: this.checkRuns.length, head_sha: body.head_sha, name: body.name, status: body.status ?? "completed", conclusion: body.conclusion ?? null, app: { id: APP.id, slug: APP.slug } };
        return { status: 201, data: checkRun, events: [{ event: "check_run", payload: this.envelope(full, { action: "created", check_run: checkRun }) }] };
      }
      if (method === "GET" && (s = sub(/^\/git\/ref\/heads\/(.+)$/))) return { status: 200, data: { object: { sha: this.refs.get(`${full}:${decodeURIComponent(s[1]!)}`) ?? "0123456789abcdef0123456789abcdef01234567" } } };
      if (method === "POST" && rest === "/git/refs") {
        const ref = String(body.ref);
        this.refs.set(`${full}:${ref.replace(/^refs\/heads\//, "")}`, String(body.sha));
        return { status: 201, data: { ref, object: { sha: body.sha, type: "commit" } }, events: [{ event: "create", payload: this.envelope(full, { ref: ref.replace(/^refs\/(heads|tags)\//, ""), ref_type: ref.startsWith("refs/tags/") ? "tag" : "branch", master_branch: repo.defaultBranch, pusher_type: "user" }) }] };
      }
      if (method === "GET" && rest === "/pulls") return { status: 200, data: this.pulls.filter((p) => p.repo === full && (!q.get("head") || `${o}:${p.head}` === q.get("head"))) };
      if (method === "POST" && rest === "/pulls") {
        const pr = { repo: full, number: this.pulls.length + 1, html_url: `https://github.com/${full}/pull/${this.pulls.length + 1}`, ...body };
        this.pulls.push(pr);
        return { status: 201, data: pr, events: [{ event: "pull_request", payload: this.envelope(full, { action: "opened", number: pr.number, pull_request: { ...pr, user: BOT_USER, head: { ref: body.head }, base: { ref: body.base } } }) }] };
      }
    }
    return null;
  }

  private graphql(body: Json): { status: number; data: unknown } {
    const query = String(body.query ?? "");
    const vars = (body.variables ?? {}) as Record<string, string>;
    if (query.includes("transferIssue")) {
      const [fromRepo, list] = [...this.issues.entries()].find(([, l]) => l.some((i) => i.node_id === vars.issue)) ?? [];
      const target = [...this.repos.values()].find((x) => `R_${x.id}` === vars.repo);
      if (!fromRepo || !list || !target) return { status: 200, data: { errors: [{ message: "not found" }] } };
      const issue = list.splice(list.findIndex((i) => i.node_id === vars.issue), 1)[0]!;
      const dest = this.issues.get(`${target.owner}/${target.name}`)!;
      const destFull = `${target.owner}/${target.name}`;
      const before = this.issueJson(fromRepo, issue);
      issue.number = dest.length + 1;
      issue.node_id = `I_${destFull}_${issue.number}`;
      dest.push(issue);
      const after = this.issueJson(destFull, issue);
      this.echo([
        { event: "issues", payload: this.envelope(fromRepo, { action: "transferred", issue: before, changes: { new_issue: after, new_repository: this.repoJson(target) } }) },
        { event: "issues", payload: this.envelope(destFull, { action: "opened", issue: after }) },
      ]);
      return { status: 200, data: { data: { transferIssue: { issue: { number: issue.number, url: `https://github.com/${destFull}/issues/${issue.number}` } } } } };
    }
    // File reads: aliases `fN: object(expression: "REF:PATH")` under `repo:`/`repository:` and `org:`.
    const blocks: Record<string, Record<string, { text: string } | null> | null> = {};
    const heads = [...query.matchAll(/(?:(\w+):\s*)?repository\(owner:\s*\$owner,\s*name:\s*(\$name|"\.github")\)/g)];
    heads.forEach((h, i) => {
      const section = query.slice(h.index!, heads[i + 1]?.index ?? query.length);
      const alias = h[1] ?? "repository";
      const repo = this.repos.get(`${vars.owner}/${h[2] === "$name" ? vars.name : ".github"}`);
      if (!repo) {
        blocks[alias] = null;
        return;
      }
      const fields: Record<string, { text: string } | null> = {};
      for (const f of section.matchAll(/([fm]\d+):\s*object\(expression:\s*"([^"]*)"\)/g)) {
        const text = repo.files[f[2]!.slice(f[2]!.indexOf(":") + 1)];
        fields[f[1]!] = text === undefined ? null : { text };
      }
      blocks[alias] = fields;
    });
    return { status: 200, data: { data: blocks } };
  }
}
