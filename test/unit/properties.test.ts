/**
 * Bad input, tried in bulk (fast-check): thousands of generated inputs per property; no
 * exception escapes, every rejection says what is wrong.
 */
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import semver from "semver";
import { configSchema } from "../../src/config/schema.js";
import { validateConfig } from "../../src/config/validate.js";
import { githubRanges } from "../../src/core/advisory-draft.js";
import { dueDate, isBusinessDay, isoDay } from "../../src/core/calendar.js";
import { parseCommands, isIsoDate } from "../../src/core/commands/parse.js";
import { Detector } from "../../src/core/detector.js";
import { InvalidRangeError, normaliseRange, readPolicy, rowsTouchedBy } from "../../src/core/policy/index.js";
import { versionFromTag } from "../../src/core/releases.js";
import { untrusted } from "../../src/render/untrusted.js";

const RUNS = { numRuns: 2000 };
/** Strings that look like what people type: versions, operators, command words, markdown. */
const versionish = fc.stringMatching(/^[<>=~^v ]{0,3}\d{1,3}(\.(\d{1,3}|x|\*)){0,3}(-[a-z0-9.]{1,5})?( ?[,|]{1,2} ?[<>=]{0,2} ?\d(\.\d){0,2})?$/);
const commandish = fc.tuple(fc.constantFrom("/assign", "/severity", "/cvss", "/affects", "/accept", "/reject", "/eta", "/fixed-in", "/cve", "/cwe", "/credit", "/no-credit", "/publish", "/received", "/x", "/Status", "> /accept", "    /fork", "`/draft`"), fc.string({ maxLength: 40 }));

describe("generated input", () => {
  it("the command parser answers every comment, refusing with a message", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(commandish.map(([c, a]) => `${c} ${a}`), fc.string({ maxLength: 80 })), { maxLength: 8 }), (lines) => {
        for (const p of parseCommands(lines.join("\n"))) {
          if (!p.ok) expect(p.error.length).toBeGreaterThan(5);
          else if (p.command.name === "eta") expect(isIsoDate(p.command.date)).toBe(true);
          else if (p.command.name === "fixed-in") for (const v of p.command.versions) expect(semver.valid(v)).toBe(v);
          else if (p.command.name === "affects") expect(semver.validRange(p.command.range)).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it("ranges: a range read is a semver range, writes in GitHub's syntax, and matching throws only a typed error", () => {
    const rows = readPolicy("| Version | Supported |\n|---|---|\n| 1.0.x | ✅ |\n| < 1.0 | ❌ |\n| 2.x | ✅ |\n").rows;
    fc.assert(
      fc.property(fc.oneof(versionish, fc.string({ maxLength: 30 })), (text) => {
        const r = normaliseRange(text);
        if (r !== null) {
          expect(semver.validRange(r)).not.toBeNull();
          for (const g of githubRanges(r)) expect(g.length).toBeGreaterThan(0);
        }
        try {
          rowsTouchedBy(rows, text);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidRangeError);
          expect((error as Error).message).toMatch(/is not a version range/);
        }
      }),
      RUNS,
    );
  });

  it("tags: a version read from a tag is a clean semver version", () => {
    fc.assert(
      fc.property(fc.oneof(versionish, fc.string({ maxLength: 20 })), fc.constantFrom("v{version}", "{version}", "pkg@{version}"), (tag, pattern) => {
        const v = versionFromTag(tag, pattern);
        if (v !== null) expect(semver.valid(v)).toBe(v);
      }),
      RUNS,
    );
  });

  it("dates: a business-day deadline ends a business day in the policy's zone, after the receipt", () => {
    const zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "+05:30"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("1971-01-01"), max: Date.parse("2099-01-01") }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
        (at, days, timeZone, offsets) => {
          const received = new Date(at);
          const holidays = offsets.map((o) => isoDay(new Date(at + o * 86400000), { timeZone, holidays: [] }));
          const cal = { timeZone, holidays };
          const due = dueDate(received, { amount: days, unit: "business_days" }, cal);
          expect(due.getTime()).toBeGreaterThan(at - 1);
          if (days > 0) {
            expect(isBusinessDay(due, cal)).toBe(true);
            expect(isoDay(new Date(due.getTime() + 1), cal)).not.toBe(isoDay(due, cal)); // the very end of that day
          }
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (s) => void isIsoDate(s)), RUNS);
  });

  it("config: any YAML value yields a valid config, and each problem names its key", () => {
    const keys = ["tracker", "handlers", "maintainers", "policy", "sla", "package", "tag_pattern", "public_issues", "support", "auto_publish", "messages", "bogus"];
    const value = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 12 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.dictionary(fc.constantFrom("users", "teams", "respond_days", "timezone", "holidays", "ecosystem", "name", "detect", "critical", "x"), fc.oneof(fc.integer(), fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }))));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...keys), value)), (raw) => {
        const { config, problems } = validateConfig(raw);
        expect(() => configSchema.parse(config)).not.toThrow();
        for (const p of problems) {
          expect(typeof p.key).toBe("string");
          expect(p.message.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
  });

  it("the policy reader reads generated tables and prose without throwing", () => {
    const cell = fc.oneof(versionish, fc.constantFrom("✅", "❌", ":white_check_mark:", ":x:", "Yes", "No", "Security fixes only", "EOL", ""), fc.string({ maxLength: 10 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 30 }), fc.string({ maxLength: 200 }), (rows, prose) => {
        const md = `# Policy\n\n${prose}\n\n| Version | Supported | Notes |\n|---|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`;
        const p = readPolicy(md);
        for (const row of p.rows) if (row.range !== null) expect(semver.validRange(row.range)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it("untrusted text never carries a marker, a ping or a tag out", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom("<!-- security-policy-bot report=\"x\" kind=\"y\" -->", "@octocat", "<img src=x>", "#12", ""), (s, evil) => {
        const out = untrusted(`${s}${evil}${s}`);
        expect(out).not.toMatch(/<!--/);
        expect(out).not.toMatch(/@[A-Za-z0-9]/);
        expect(out).not.toMatch(/<[A-Za-z/!?]/);
      }),
      RUNS,
    );
  });

  it("the public-issue detector answers any text", () => {
    const d = new Detector({ words: null, patterns: [] });
    fc.assert(fc.property(fc.string({ maxLength: 500 }), fc.string({ maxLength: 2000 }), (t, b) => void d.detect(t, b)), RUNS);
  });
});
