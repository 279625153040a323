/** CODEOWNERS as GitHub reads it (docs: "About code owners"), and the handler chosen by it. */
import { describe, expect, it } from "@jest/globals";
import { compilePattern, ownerText, parseCodeowners, ruleFor } from "../../../src/core/codeowners.js";
import { chooseByOwnership, decodeReason, encodeReason, teamsToRead } from "../../../src/core/owner-choice.js";

const owners = (file: string, path: string): string[] | null => {
  const rule = ruleFor(parseCodeowners(file), path);
  return rule ? rule.owners.map(ownerText) : null;
};
const matches = (pattern: string, path: string) => compilePattern(pattern).test(path);

// GitHub's documented example file.
const DOCS = `# This is a comment.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/* docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`;

describe("CODEOWNERS patterns", () => {
  it("reads GitHub's documented example as GitHub does", () => {
    expect(owners(DOCS, "some/deeply/nested/file.rb")).toEqual(["@global-owner1", "@global-owner2"]);
    expect(owners(DOCS, "src/index.js")).toEqual(["@js-owner"]); // the inline comment is not an owner
    expect(owners(DOCS, "main.go")).toEqual(["docs@example.com"]);
    expect(owners(DOCS, "notes/a.txt")).toEqual(["@octo-org/octocats"]);
    expect(owners(DOCS, "build/logs/today/x.rb")).toEqual(["@octocat"]); // **/logs comes later and wins
    expect(owners(DOCS, "docs/getting-started.md")).toEqual(["@doctocat"]); // /docs/ is later than docs/*
    expect(owners(DOCS, "scripts/deploy.sh")).toEqual(["@doctocat", "@octocat"]);
    expect(owners(DOCS, "deeply/nested/logs/a.rb")).toEqual(["@octocat"]);
    expect(owners(DOCS, "apps/main/index.rb")).toEqual(["@octocat"]);
    expect(owners(DOCS, "apps/github/index.rb")).toEqual([]); // matched by a line without owners: no owner
  });

  it("anchors a pattern with a leading or middle slash at the root; one segment matches at any depth", () => {
    expect(matches("/src/app.ts", "src/app.ts")).toBe(true);
    expect(matches("/src/app.ts", "lib/src/app.ts")).toBe(false);
    expect(matches("src/app.ts", "lib/src/app.ts")).toBe(false); // a middle slash anchors too
    expect(matches("app.ts", "lib/src/app.ts")).toBe(true);
    expect(matches("app.ts", "app.tsx")).toBe(false);
  });

  it("* stays within a segment: docs/* owns docs/a.md, not docs/a/b.md; *.js at any depth", () => {
    expect(matches("docs/*", "docs/getting-started.md")).toBe(true);
    expect(matches("docs/*", "docs/build-app/troubleshooting.md")).toBe(false);
    expect(matches("*.js", "a/b/c.js")).toBe(true);
    expect(matches("*.js", "a/b/c.jsx")).toBe(false);
    expect(matches("src/*.ts", "src/a.ts")).toBe(true);
    expect(matches("src/*.ts", "src/x/a.ts")).toBe(false);
    expect(matches("*", "any/thing/at/all.txt")).toBe(true);
    expect(matches("src/?.ts", "src/a.ts")).toBe(true);
    expect(matches("src/?.ts", "src/ab.ts")).toBe(false);
  });

  it("** matches any number of segments, at the start, the middle and the end", () => {
    expect(matches("**/logs", "logs/a")).toBe(true);
    expect(matches("**/logs", "x/y/logs/a")).toBe(true);
    expect(matches("src/**/upload.ts", "src/upload.ts")).toBe(true);
    expect(matches("src/**/upload.ts", "src/a/b/upload.ts")).toBe(true);
    expect(matches("src/**/upload.ts", "lib/src/upload.ts")).toBe(false);
    expect(matches("/vendor/**", "vendor/a/b.c")).toBe(true);
    expect(matches("/vendor/**", "vendor")).toBe(false);
  });

  it("a directory pattern owns everything below it; a trailing slash names a directory only", () => {
    expect(matches("/src", "src/deep/file.ts")).toBe(true);
    expect(matches("/src/", "src/deep/file.ts")).toBe(true);
    expect(matches("apps/", "x/apps/y.js")).toBe(true);
    expect(matches("apps/", "x/apps")).toBe(false); // a file named apps is not the directory
    expect(matches("/src/", "lib/src/file.ts")).toBe(false);
    expect(matches("/", "anything")).toBe(false);
  });

  it("is case-sensitive, and escapes regular-expression characters and spaces", () => {
    expect(matches("/SRC/", "src/a.ts")).toBe(false);
    expect(matches("a+b(c).ts", "x/a+b(c).ts")).toBe(true);
    const file = parseCodeowners("/my\\ docs/ @alice\n");
    expect(file.rules[0]!.pattern).toBe("/my\\ docs/");
    expect(ruleFor(file, "my docs/readme.md")?.owners.map(ownerText)).toEqual(["@alice"]);
  });

  it("the last matching line wins, even over a more specific earlier one", () => {
    const file = "/src/upload.ts @alice\n/src/ @bob\n";
    expect(owners(file, "src/upload.ts")).toEqual(["@bob"]);
    expect(owners("/src/ @bob\n/src/upload.ts @alice\n", "src/upload.ts")).toEqual(["@alice"]);
    expect(owners(file, "README.md")).toBeNull();
  });

  it("skips what GitHub does not support (negation, character ranges, an escaped #) and bad owners, saying which line", () => {
    const file = parseCodeowners("* @alice\n!src/ @bob\nsrc/[ab].ts @bob\n\\#x @bob\nlib/ alice\n\n# comment\n");
    expect(file.rules.map((r) => r.line)).toEqual([1]);
    expect(file.problems).toEqual([
      "line 2: `!` negation is not supported in CODEOWNERS; the line is skipped",
      "line 3: `[ ]` character ranges are not supported in CODEOWNERS; the line is skipped",
      "line 4: a pattern cannot start with an escaped `#` in CODEOWNERS; the line is skipped",
      'line 5: "alice" is not an owner (@user, @org/team or an email address); the line is skipped',
    ]);
    expect(owners("* @alice\n!src/ @bob\n", "src/a.ts")).toEqual(["@alice"]);
  });

  it("reads owners of each kind, with Windows line ends", () => {
    const file = parseCodeowners("src/ @alice @acme/security sec@example.com\r\n");
    expect(file.rules[0]!.owners).toEqual([{ kind: "user", login: "alice" }, { kind: "team", org: "acme", slug: "security" }, { kind: "email", address: "sec@example.com" }]);
  });
});

describe("the handler chosen by CODEOWNERS", () => {
  const file = (text: string) => ({ path: ".github/CODEOWNERS", owners: parseCodeowners(text) });
  const none = new Map<string, number>();

  it("chooses the configured handler who owns a named file, and says why", () => {
    const c = chooseByOwnership(["alice", "bob"], none, ["src/upload.ts"], { file: file("* @alice\n/src/upload.ts @bob\n"), teamMembers: new Map() });
    expect(c).toEqual({ handler: "bob", reason: { by: "codeowners", path: "src/upload.ts", owner: "@bob", file: ".github/CODEOWNERS", line: 2 } });
  });

  it("expands teams through their members, and among several owners takes the one with fewest open reports", () => {
    const facts = { file: file("/src/ @acme/security\n"), teamMembers: new Map([["acme/security", ["Alice", "carol", "bob"]]]) };
    expect(teamsToRead(facts.file.owners, ["src/a.ts", "README.md"])).toEqual([{ org: "acme", slug: "security" }]);
    const c = chooseByOwnership(["alice", "bob", "dave"], new Map([["alice", 3], ["bob", 1]]), ["src/a.ts"], facts);
    expect(c).toEqual({ handler: "bob", reason: { by: "codeowners", path: "src/a.ts", owner: "@acme/security", file: ".github/CODEOWNERS", line: 1 } });
  });

  it("falls back to round-robin, saying why: no file, no line for the files, no handler among the owners, emails only", () => {
    const counts = new Map([["alice", 2]]);
    expect(chooseByOwnership(["alice", "bob"], counts, ["src/a.ts"], { file: null, teamMembers: new Map() })).toEqual({ handler: "bob", reason: { by: "round-robin", codeowners: "no-file", paths: ["src/a.ts"] } });
    expect(chooseByOwnership(["alice", "bob"], counts, ["src/a.ts"], { file: file("/lib/ @alice\n"), teamMembers: new Map() }).reason).toEqual({ by: "round-robin", codeowners: "no-rule", paths: ["src/a.ts"] });
    expect(chooseByOwnership(["alice", "bob"], counts, ["src/a.ts"], { file: file("/src/ @carol sec@example.com\n"), teamMembers: new Map() }).reason).toMatchObject({ codeowners: "no-handler" });
    // A team whose members could not be read gives nobody.
    expect(chooseByOwnership(["alice", "bob"], counts, ["src/a.ts"], { file: file("/src/ @acme/sec\n"), teamMembers: new Map([["acme/sec", null]]) }).reason).toMatchObject({ codeowners: "no-handler" });
    expect(chooseByOwnership(["alice", "bob"], counts, [], { file: null, teamMembers: new Map() })).toEqual({ handler: "bob", reason: { by: "round-robin" } });
    expect(chooseByOwnership([], counts, ["src/a.ts"], { file: null, teamMembers: new Map() }).handler).toBeNull();
  });

  it("keeps the reason in the ledger as JSON and reads it back (anything else: unknown)", () => {
    const r = { by: "codeowners" as const, path: "a/b.ts", owner: "@x", file: "CODEOWNERS", line: 3 };
    expect(decodeReason(encodeReason(r))).toEqual(r);
    expect(decodeReason("not json")).toBeNull();
    expect(decodeReason(null)).toBeNull();
  });
});
