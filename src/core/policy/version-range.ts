/**
 * Version labels and reported ranges → normalised semver range strings.
 *
 *   `1.0.x` → `1.0.x`      `5`, `v5`, `5.x`, `5.*`, `5.X` → `5.x`     `0.x.x` → `0.x`
 *   `22.7`, `5.5 (LTS)` → `22.7.x`, `5.5.x` (a two-part label names a minor line)
 *   `< 1.0` → `<1.0.0`     `>= 2.0` → `>=2.0.0`     `> 2.0` → `>2.0.0` (a partial after `>` is padded)
 *   `<= 19.1.x`, `< v1.x`, `<= 2.x.x`, `~1.2`, `^1.2.3`, `1.0.x - 1.2.x` → what semver means by them,
 *   written without semver's `-0` prerelease floor (`<= 19.1.x` → `<19.2.0`).
 *
 * Moving targets (`latest`, `main`, `master`, `stable`, `head`, `dev`, `nightly`…) have no range
 * here: the bot resolves them later against the repository's releases. Anything else that
 * is not a version (`1-debian`, `All other tags`, `alpine`) has no range either.
 */
import semver from "semver";

const MOVING =
  /^(?:the\s+)?(?:latest|newest|current|main|master|trunk|stable|head|dev|develop|development|nightly|edge|canary|next|rolling)(?:\s+(?:release|version|branch|build|tag|commit))?$/i;

/** Does this label name a moving target (a branch or "latest") rather than versions? */
export function isMovingTarget(label: string): boolean {
  // "The latest release of MyLib": the product a line is of does not change what line it is.
  return MOVING.test(label.replace(/[`*_]/g, "").replace(/\([^)]*\)/g, " ").replace(/\s+of\s+(?=\S*[A-Z])[A-Za-z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)*$/, "").replace(/\s+/g, " ").trim());
}

const COMPARATOR =
  /\s*(<=|>=|=<|=>|<|>|=|~>|~|\^)?\s*v?((?:\d+|[xX*])(?:\.(?:\d+|[xX*])){0,2})(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\s*(,)?/y;

function stripFloor(range: string): string {
  return range.replace(/(\d+\.\d+\.\d+)-0(?=\s|$|\|)/g, "$1");
}

function semverRange(text: string): string | null {
  try {
    const r = new semver.Range(text).range;
    return r === "" ? "*" : stripFloor(r);
  } catch {
    return null;
  }
}

/** One comparator (`op` + partial version) as a normalised range. */
function comparator(op: string, version: string, pre: string, build: string): string | null {
  const parts = version.toLowerCase().split(".");
  const wild = parts.findIndex((p) => p === "x" || p === "*");
  if (wild !== -1 && parts.slice(wild).some((p) => p !== "x" && p !== "*")) return null; // 1.x.3
  const raw = wild === -1 ? parts : parts.slice(0, wild);
  if (raw.some((n) => n.length > 15)) return null;
  const numbers = raw.map((n) => String(Number(n))); // "01" → "1"
  const full = numbers.length === 3;
  if ((pre || build) && !full) return null; // 1-debian
  const operator = op.replace("=<", "<=").replace("=>", ">=").replace("~>", "~");
  if (operator === "" || operator === "=") {
    if (full) return pre || build ? semverRange(`${numbers.join(".")}${pre}${build}`) : numbers.join(".");
    return numbers.length === 0 ? "*" : `${numbers.join(".")}.x`;
  }
  if (operator === ">" && wild === -1 && !full) {
    while (numbers.length < 3) numbers.push("0");
    return `>${numbers.join(".")}`;
  }
  if (!pre && !build && numbers.length > 0) {
    const direct = plainComparator(operator, numbers.map(Number), full);
    if (direct !== null) return direct;
  }
  return semverRange(`${operator}${parts.join(".")}${pre}${build}`);
}

/**
 * What semver means by `<`, `<=`, `>`, `>=` before a (partial) version, written directly
 * (semver's Range parser costs ~20 µs a call; long tables have thousands of labels).
 */
function plainComparator(operator: string, numbers: number[], full: boolean): string | null {
  const padded = [...numbers, 0, 0].slice(0, 3).join(".");
  if (operator === "<" || operator === ">=") return `${operator}${padded}`;
  if (full) return operator === "<=" || operator === ">" ? `${operator}${padded}` : null;
  // A partial after `<=` or `>` stands for its whole line: `<= 1.2` is `< 1.3.0`, `> 1.x` is `>= 2.0.0`.
  const next = numbers.slice();
  next[next.length - 1] = (next[next.length - 1] ?? 0) + 1;
  const bumped = [...next, 0, 0].slice(0, 3).join(".");
  if (operator === "<=") return `<${bumped}`;
  if (operator === ">") return `>=${bumped}`;
  return null;
}

export interface RangeOptions {
  /** "and": commas join comparators (GitHub's advisory syntax). "auto": a list of bare versions is a union. */
  commas: "and" | "auto";
}

/** A range expression (`>= 1.0, < 2.0`, `1.x || 2.x`, `1.0 - 1.2`) → normalised semver range, or null. */
export function toSemverRange(text: string, options: RangeOptions = { commas: "and" }): string | null {
  const source = text.replace(/≤/g, "<=").replace(/≥/g, ">=").trim();
  if (source === "" || source.length > 500) return null;
  const alternatives: string[] = [];
  for (const alt of source.split("||")) {
    const part = alt.trim();
    const hyphen = /^v?(\S+)\s+(?:-|–|—|to|through)\s+v?(\S+)$/i.exec(part);
    if (hyphen?.[1] && hyphen[2]) {
      const r = semverRange(`${hyphen[1]} - ${hyphen[2]}`);
      if (r === null || !/^[\d.xX*]+$/.test(hyphen[1] + hyphen[2])) return null;
      alternatives.push(r);
      continue;
    }
    const comparators: string[] = [];
    let operators = 0;
    let commas = 0;
    COMPARATOR.lastIndex = 0;
    while (COMPARATOR.lastIndex < part.length) {
      const at = COMPARATOR.lastIndex;
      const m = COMPARATOR.exec(part);
      if (m === null || m.index !== at || m[0] === "") return null;
      const c = comparator(m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4] ?? "");
      if (c === null) return null;
      if (m[1]) operators++;
      if (m[5]) commas++;
      comparators.push(c);
    }
    if (comparators.length === 0) return null;
    if (comparators.length > 1 && operators === 0) {
      // "1.x, 2.x" in a table label lists lines; "1.2 1.3" says nothing clear.
      if (options.commas === "auto" && commas === comparators.length - 1) {
        alternatives.push(...comparators);
        continue;
      }
      if (commas === 0) return null;
    }
    alternatives.push(comparators.join(" "));
  }
  // Every piece was built from checked numbers or returned by semver itself.
  return alternatives.join(" || ");
}

/** A version-table label → normalised semver range, or null (moving target or not a version). */
export function labelToRange(label: string): string | null {
  const plain = /^\s*v?(\d{1,15}(?:\.(?:\d{1,15}|[xX*])){0,2})\s*$/.exec(label);
  if (plain?.[1]) return toSemverRange(plain[1]);
  if (isMovingTarget(label)) return null;
  let s = label
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/(?<!\.)\*+/g, "")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\b(?:lts|versions?|releases?|series|branch(?:es)?|line|only|and\s+patches)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)\s*(?:\+|and\s+(?:above|later|newer|higher|up|greater)|or\s+(?:later|newer|higher|above|greater)|onwards?)$/.exec(s)))
    s = `>=${m[1]}`;
  else if ((m = /^(.+?)\s+(?:and|or)\s+(?:below|older|earlier|lower|prior|before)$/.exec(s))) s = `<=${m[1]}`;
  else if ((m = /^(?:older|earlier|lower|less)\s+than\s+(.+)$|^(?:before|below|prior\s+to|pre|up\s+to)\s+(.+)$/.exec(s)))
    s = `${m[0].startsWith("up") ? "<=" : "<"}${m[1] ?? m[2]}`;
  else if ((m = /^(?:newer|later|greater|higher)\s+than\s+(.+)$|^(?:after|above)\s+(.+)$/.exec(s))) s = `>${m[1] ?? m[2]}`;
  else if ((m = /^(?:since|from)\s+(.+)$/.exec(s))) s = `>=${m[1]}`;
  if (!/\d|^[x*]$/.test(s)) return null;
  return toSemverRange(s, { commas: "auto" });
}

/** A cell that is a line and nothing else: "tip of `main`", "main only", "HEAD of develop", "latest". */
export const IS_A_LINE = /^(?:(?:the\s+)?(?:tip|head|latest\s+commit)\s+(?:of|on)\s+)?(?:the\s+)?`?(?:main|master|trunk|develop|head|latest)`?(?:\s+(?:branch|only))?$/i;

/** A branch named in a sentence ("Version courante de `main`, à déployer après validation"). */
export const NAMES_A_LINE = /(?<![\p{L}\p{N}])(?:main|master|trunk|develop|latest|head)(?![\p{L}\p{N}])|^(?:die\s+|la\s+|el\s+|a\s+)?(?:neueste|derni[èe]res?|[úu]ltima|ultima)(?![\p{L}])|^(?:最新|최신)/iu;
