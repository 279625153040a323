/**
 * A repository's CODEOWNERS file, read as GitHub reads it, and who owns a path. Pure.
 *
 * GitHub's rules (docs: "About code owners"):
 * - the file is the first of `.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS` that exists;
 * - each line is a pattern followed by owners (`@user`, `@org/team`, an email address); `#`
 *   starts a comment, at a line's start or after the pattern (an inline comment);
 * - patterns follow gitignore's rules, except that `!` negation, `[ ]` character ranges and
 *   escaping a leading `#` with `\` do not work (such a line is invalid and skipped);
 * - a pattern with a slash at its start or in its middle is anchored at the repository's root,
 *   one without matches at any depth; a trailing `/` matches a directory's contents; `*`
 *   matches within one path segment (`docs/*` owns `docs/a.md`, not `docs/a/b.md`); `**`
 *   matches any number of segments; a pattern naming a directory owns everything below it;
 * - the last matching line wins, and a line with a pattern and no owners leaves its paths
 *   without an owner;
 * - paths are case-sensitive.
 */

export type CodeOwner = { kind: "user"; login: string } | { kind: "team"; org: string; slug: string } | { kind: "email"; address: string };

export interface CodeownersRule {
  pattern: string;
  owners: CodeOwner[];
  /** 1-based line number in the file. */
  line: number;
  /** The compiled pattern (matches a path without a leading slash). */
  regex: RegExp;
}

export interface Codeowners {
  rules: CodeownersRule[];
  /** Lines GitHub would not use, in words ("line 4: `!` negation is not supported"). */
  problems: string[];
}

/** Where GitHub looks for the file, in order: the first found is used. */
export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** One segment of a pattern (no `/`) as a regular expression: `*` and `?` stay within the segment. */
function segmentRe(seg: string): string {
  let out = "";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === "\\" && i + 1 < seg.length) out += escapeRe(seg[++i]!);
    else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else out += escapeRe(c);
  }
  return out;
}

/** A gitignore-style pattern, as CODEOWNERS uses it, compiled to a regular expression over repository paths. */
export function compilePattern(pattern: string): RegExp {
  if (pattern === "/") return /^(?!)/;
  let segs = pattern.split("/");
  if (segs[0] === "") segs = segs.slice(1); // a leading slash: anchored at the root
  else if ((segs.length === 1 || (segs.length === 2 && segs[1] === "")) && segs[0] !== "**") segs = ["**", ...segs]; // one segment: at any depth
  if (segs.length > 1 && segs[segs.length - 1] === "") segs[segs.length - 1] = "**"; // a trailing slash: the directory's contents
  const last = segs.length - 1;
  let re = "^";
  let needSlash = false;
  segs.forEach((seg, i) => {
    if (seg === "**") {
      if (i === 0 && i === last) re += ".+";
      else if (i === 0) re += "(?:.+/)?";
      else if (i === last) re += "/.*";
      else re += "(?:/.+)?";
      needSlash = i !== 0;
      return;
    }
    if (needSlash) re += "/";
    if (seg === "*") re += "[^/]+"; // a lone `*` segment names one level only
    else re += segmentRe(seg) + (i === last ? "(?:/.*)?" : ""); // a name owns what is below it
    needSlash = true;
  });
  return new RegExp(`${re}$`);
}

function ownerOf(token: string): CodeOwner | null {
  const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/.exec(token);
  if (team) return { kind: "team", org: team[1]!, slug: team[2]! };
  const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(token);
  if (user) return { kind: "user", login: user[1]! };
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(token)) return { kind: "email", address: token };
  return null;
}

/** The pattern (with `\ ` escaped spaces) and the rest of a line. */
function splitLine(line: string): { pattern: string; rest: string } {
  let i = 0;
  while (i < line.length && !/\s/.test(line[i]!)) i += line[i] === "\\" ? 2 : 1;
  return { pattern: line.slice(0, i), rest: line.slice(i) };
}

function invalidPattern(p: string): string | null {
  if (p.startsWith("!")) return "`!` negation is not supported in CODEOWNERS";
  if (/(^|[^\\])[[\]]/.test(p)) return "`[ ]` character ranges are not supported in CODEOWNERS";
  if (p.startsWith("\\#")) return "a pattern cannot start with an escaped `#` in CODEOWNERS";
  if (p.includes("***")) return "a pattern cannot contain `***`";
  return null;
}

export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const n = index + 1;
    const { pattern, rest } = splitLine(line);
    const invalid = invalidPattern(pattern);
    if (invalid) {
      problems.push(`line ${n}: ${invalid}; the line is skipped`);
      return;
    }
    const owners: CodeOwner[] = [];
    for (const token of rest.trim().split(/\s+/).filter(Boolean)) {
      if (token.startsWith("#")) break; // an inline comment
      const owner = ownerOf(token);
      if (!owner) {
        problems.push(`line ${n}: "${token.slice(0, 60)}" is not an owner (@user, @org/team or an email address); the line is skipped`);
        return;
      }
      owners.push(owner);
    }
    rules.push({ pattern, owners, line: n, regex: compilePattern(pattern) });
  });
  return { rules, problems };
}

/** The rule that decides a path's owners (the last one matching it), or null when none matches. */
export function ruleFor(file: Codeowners, path: string): CodeownersRule | null {
  const p = path.replace(/^\.?\//, "");
  for (let i = file.rules.length - 1; i >= 0; i--) if (file.rules[i]!.regex.test(p)) return file.rules[i]!;
  return null;
}

/** The owner as CODEOWNERS writes it: `@alice`, `@acme/security`, or the address. */
export function ownerText(o: CodeOwner): string {
  return o.kind === "user" ? `@${o.login}` : o.kind === "team" ? `@${o.org}/${o.slug}` : o.address;
}
