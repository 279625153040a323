/**
 * What a report names: versions of the project, files in the repository, functions and
 * HTTP endpoints. Found by pattern, conservatively (a runtime's version — "Python 3.11",
 * "Node 20.1.0" — or an IP address is not the project's version). Pure.
 */

export interface Mentions {
  versions: string[];
  /** Repository paths: with a directory ("src/upload.ts") or from a GitHub link to a file. */
  paths: string[];
  functions: string[];
  endpoints: string[];
}

const MAX_EACH = 10;
const RUNTIMES = /(python|py|node|nodejs|node\.js|java|jdk|go|golang|ruby|php|perl|rust|rustc|chrome|chromium|firefox|safari|edge|ubuntu|debian|fedora|centos|alpine|windows|win|macos|osx|ios|android|openssl|tls|ssl|http|cvss|rfc|kernel|linux|npm|pip|docker|postgres|postgresql|mysql|redis|nginx|apache|curl|bash|gcc|clang|llvm|electron|react|angular|vue|django|flask|rails|spring|express|next|nuxt)$/i;
const CODE_EXT = "js|mjs|cjs|ts|tsx|jsx|py|go|rb|php|java|kt|c|h|cc|cpp|hpp|rs|cs|swift|sh|ps1|yml|yaml|json|toml|xml|html|vue|svelte|sql|lua|ex|exs|erl|scala|clj|dart|m|mm|gradle|cfg|ini|conf|md";
const FUNCTION_STOP = new Set(["e.g", "i.e", "etc", "if", "for", "while", "switch", "return", "function", "catch", "and", "or", "see", "note", "alert", "print", "console.log"]);

function unique(xs: string[]): string[] {
  return [...new Set(xs)].slice(0, MAX_EACH);
}

function versionsIn(text: string): string[] {
  const out: string[] = [];
  const re = /(^|[^\w.\/:-])(v?)(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}|x))?(-[0-9a-z][0-9a-z.-]*)?(?![\w]|\.\d)/gi;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index! - 24), m.index! + m[1]!.length).trimEnd();
    const word = /([a-z][\w.]*)\W*$/i.exec(before)?.[1] ?? "";
    if (RUNTIMES.test(word)) continue;
    const three = m[5] !== undefined;
    const cued = m[2] === "v" || /(version|versions|release|releases|tag|[<>=~^]|through|to|and|before|prior to|up to)$/i.test(before);
    if (!three && !cued) continue; // "1.5 seconds", "2.0 license"
    if (/^\d+\.\d+\.\d+\.\d+/.test(text.slice(m.index! + m[1]!.length))) continue; // an IP address
    out.push(`${m[3]}.${m[4]}${three ? `.${m[5]}` : ""}${m[6] ?? ""}`);
  }
  return unique(out);
}

export function mentions(text: string): Mentions {
  const paths: string[] = [];
  // Links to files on GitHub: the path after blob/<ref>/.
  for (const m of text.matchAll(/https?:\/\/[^\s/]+\/[^\s/]+\/[^\s/]+\/blob\/[^\s/]+\/([^\s#?)\]>`'"]+)/g)) paths.push(decodeURIComponent(m[1]!));
  const withoutUrls = text.replace(/\b[a-z][\w+.-]*:\/\/[^\s)\]>`'"]+/gi, " ");
  const pathRe = new RegExp(`(^|[\\s\`'"(\\[])((?:\\.{0,2}/)?[\\w@.-]+(?:/[\\w@.-]+)+\\.(?:${CODE_EXT}))(?::\\d+)?(?=$|[\\s\`'"),.:;\\]])`, "gim");
  for (const m of withoutUrls.matchAll(pathRe)) {
    const p = m[2]!.replace(/^\.\//, "");
    if (!p.startsWith("/") && !p.startsWith("../")) paths.push(p);
  }
  const endpoints: string[] = [];
  const trim = (e: string) => e.replace(/[.,:;]+$/, "");
  for (const m of withoutUrls.matchAll(/\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\/[\w./{}:%-]*)/g)) endpoints.push(`${m[1]} ${trim(m[2]!)}`);
  for (const m of withoutUrls.matchAll(/(^|[\s`'"(])(\/(?:api|v\d+|graphql|admin|auth|oauth|login|upload|rest)\b[\w./{}:%-]*)/gim)) {
    const e = trim(m[2]!);
    if (!endpoints.some((x) => x.endsWith(` ${e}`))) endpoints.push(e);
  }
  const functions: string[] = [];
  for (const m of withoutUrls.matchAll(/\b((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)\((?:[^()\n]{0,60})\)/g)) {
    const name = m[1]!;
    const looksLikeCode = /[a-z][A-Z]|_|\./.test(name) || m[0].endsWith("()");
    if (looksLikeCode && !FUNCTION_STOP.has(name.toLowerCase()) && name.length >= 3) functions.push(name);
  }
  for (const m of withoutUrls.matchAll(/\b(?:function|method|func|def|fn)\s+(`?)([A-Za-z_$][\w$.]*)/g)) {
    // "the function `render`" or "function parseUpload"; not "the function in …".
    if (m[1] || /[a-z][A-Z]|_|\./.test(m[2]!)) functions.push(m[2]!);
  }
  return { versions: versionsIn(withoutUrls), paths: unique(paths), functions: unique(functions), endpoints: unique(endpoints) };
}
