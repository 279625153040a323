#!/usr/bin/env node
// The CLI (`npx security-policy-bot check`). The TypeScript is compiled to lib/ by `npm ci`
// (the prepare script) or `npm run build`.
import { main } from "../lib/cli.js";

process.exitCode = await main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
