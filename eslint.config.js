// The arrows of docs/architecture.md, enforced (issue 15, item 6). `npm run lint`.
//
// 1. core/ is pure and imports nothing of ours outside core/.
//    render/ is pure and imports nothing of ours outside render/ and core/: it renders the
//    messages core decides (core's Message types) with core's pure helpers (isoDay, deadlines,
//    listInWords); core never imports render. The pure pair as a whole imports nothing of ours
//    outside itself. Neither imports I/O (probot, octokit, the store's drivers, pino, Node's
//    built-in modules) nor reads ambient inputs (process, console, fetch, timers, Date.now(),
//    new Date() without an argument, Math.random()): the clock and the environment are parameters.
// 2. Only github/ talks to GitHub: '@octokit/*' is imported in src/github/ only. 'probot' is
//    imported in src/github/ (ProbotOctokit), src/handlers/ (a trigger takes Probot's Context)
//    and the entry files that build the app for Probot (src/index.ts, src/app.ts, src/main.ts).
// 3. No file in src/ over 250 lines of code (blank lines and comments not counted): small
//    files named for what they do.
import { builtinModules } from "node:module";
import tseslint from "typescript-eslint";

/** Deepest folder nesting inside core/ and render/ the relative-import rules cover. */
const MAX_DEPTH = 4;

const ioPackages = [
  { name: "probot", message: "core/ and render/ are pure: Probot is the handlers' and github/'s." },
  { name: "pino", message: "core/ and render/ are pure: no logging; return what happened as data." },
  { name: "@probot/pino", message: "core/ and render/ are pure: no logging." },
  { name: "kysely", message: "core/ and render/ are pure: the ledger is store/'s." },
  { name: "better-sqlite3", message: "core/ and render/ are pure: the ledger is store/'s." },
  { name: "pg", message: "core/ and render/ are pure: the ledger is store/'s." },
  ...builtinModules
    .filter((m) => !m.startsWith("_"))
    .flatMap((m) => [m, `node:${m}`])
    .map((name) => ({ name, message: "core/ and render/ are pure: no Node I/O; take inputs as parameters." })),
];

const octokitOutsideGitHub = { group: ["@octokit/*"], message: "Only src/github/ talks to GitHub: put the call there (a read in github/, a write as an Action for apply)." };
const probotOutsideShell = {
  name: "probot",
  message: "Probot is imported only by src/github/, src/handlers/ and the entry files (index.ts, app.ts, main.ts); pass plain values inward.",
};

/** A regex matching a relative import that climbs out of `layer` from a file `depth` folders below it; `allowed` layers may be entered. */
function escapes(depth, allowed) {
  const up = `(\\.\\./){${depth + 1}}`;
  return allowed.length ? `^${up}(?!(${allowed.join("|")})/)` : `^${up}`;
}

/** One config object per folder depth: relative paths climb differently from src/core/x.ts and src/core/policy/x.ts. */
function pureLayer(layer, allowed) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`src/${layer}/${"*/".repeat(depth)}*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ioPackages,
          patterns: [
            octokitOutsideGitHub,
            {
              regex: escapes(depth, allowed),
              message: allowed.length
                ? `${layer}/ imports nothing of ours outside ${[layer, ...allowed].join("/ and ")}/ (docs/architecture.md).`
                : `${layer}/ imports nothing of ours outside ${layer}/ (docs/architecture.md).`,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["process", "console", "fetch", "setTimeout", "setInterval", "setImmediate"].map((name) => ({
          name,
          message: `${layer}/ is pure: ${name} is an ambient input or effect; take it as a parameter or return data.`,
        })),
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: `${layer}/ is pure: take \`now\` as a parameter.` },
        { object: "Math", property: "random", message: `${layer}/ is pure: take randomness as a parameter.` },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `${layer}/ is pure: new Date() reads the clock; take \`now\` as a parameter.` },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ["lib/", "build/", "coverage/", "node_modules/", "**/*.js", "test/", "bench/"] },
  {
    files: ["src/**/*.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: "module" } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "max-lines": ["error", { max: 250, skipBlankLines: true, skipComments: true }],
      "no-restricted-imports": ["error", { patterns: [octokitOutsideGitHub], paths: [probotOutsideShell] }],
    },
  },
  // github/ talks to GitHub: octokit and Probot's octokit class.
  { files: ["src/github/**/*.ts"], rules: { "no-restricted-imports": "off" } },
  // A trigger takes Probot's Context; the entry files build the app for Probot.
  {
    files: ["src/handlers/**/*.ts", "src/index.ts", "src/app.ts", "src/main.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [octokitOutsideGitHub] }] },
  },
  ...pureLayer("core", []),
  ...pureLayer("render", ["core"]),
);
