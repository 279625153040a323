/** `security-policy-bot stats` output: text, JSON and CSV (RFC 4180) of the same rows. */
import { describe, expect, it } from "@jest/globals";
import type { StatsRow } from "../../../src/core/stats.js";
import { CSV_COLUMNS, csvField, statsCsv, statsJson, statsText, type StatsReport } from "../../../src/render/stats.js";

const ROWS: StatsRow[] = [
  {
    month: "2026-11",
    repository: "acme/mcp-server",
    reports: 4,
    medianAckHours: 2,
    medianRespondDays: 4,
    medianFixDays: 11,
    medianPublishDays: 13,
    ackKept: { kept: 2, of: 3, share: 2 / 3 },
    respondKept: { kept: 2, of: 3, share: 2 / 3 },
    outcomes: { published: 1, "rejected: duplicate": 1, rejected: 1, withdrawn: 1 },
  },
  {
    month: "2026-12",
    repository: "acme/other",
    reports: 1,
    medianAckHours: 0.5,
    medianRespondDays: 1,
    medianFixDays: null,
    medianPublishDays: null,
    ackKept: { kept: 1, of: 1, share: 1 },
    respondKept: { kept: 0, of: 0, share: null },
    outcomes: { open: 1 },
  },
];
const REPORT: StatsReport = { from: "2026-01", to: "2026-12", repository: null, rows: ROWS };

describe("stats output", () => {
  it("text: a block per month and repository, in words", () => {
    expect(statsText(REPORT)).toBe(
      [
        "Vulnerability reports by month of receipt (UTC), 2026-01 to 2026-12. Business days follow each repository's policy calendar.",
        "",
        "2026-11  acme/mcp-server: 4 reports",
        "  median time to  acknowledge 2 hours · respond 4 business days · fix 11 business days · publish 13 business days",
        "  promises kept   acknowledge 2 of 3 (67%) · respond 2 of 3 (67%)",
        "  outcomes        published 1 · rejected: duplicate 1 · rejected 1 · withdrawn 1",
        "",
        "2026-12  acme/other: 1 report",
        "  median time to  acknowledge 30 minutes · respond 1 business day · fix — · publish —",
        "  promises kept   acknowledge 1 of 1 (100%) · respond — (none due yet)",
        "  outcomes        open 1",
        "",
      ].join("\n"),
    );
    expect(statsText({ from: "2026-03", to: "2026-03", repository: "acme/x", rows: [] })).toBe(
      "Vulnerability reports by month of receipt (UTC), 2026-03, acme/x. Business days follow each repository's policy calendar.\n\nNo reports received in 2026-03.\n",
    );
  });

  it("JSON: snake_case keys, rounded figures, null for none", () => {
    const j = JSON.parse(statsJson(REPORT)) as Record<string, unknown>;
    expect(j).toEqual({
      months: { from: "2026-01", to: "2026-12", zone: "UTC" },
      repository: null,
      rows: [
        {
          month: "2026-11",
          repository: "acme/mcp-server",
          reports: 4,
          median_ack_hours: 2,
          median_respond_business_days: 4,
          median_fix_business_days: 11,
          median_publish_business_days: 13,
          ack_promise: { kept: 2, of: 3, share: 0.6667 },
          respond_promise: { kept: 2, of: 3, share: 0.6667 },
          outcomes: { published: 1, "rejected: duplicate": 1, rejected: 1, withdrawn: 1 },
        },
        {
          month: "2026-12",
          repository: "acme/other",
          reports: 1,
          median_ack_hours: 0.5,
          median_respond_business_days: 1,
          median_fix_business_days: null,
          median_publish_business_days: null,
          ack_promise: { kept: 1, of: 1, share: 1 },
          respond_promise: { kept: 0, of: 0, share: null },
          outcomes: { open: 1 },
        },
      ],
    });
  });

  it("CSV: one header row, one row per month and repository, every outcome a column, CRLF line ends", () => {
    const csv = statsCsv(REPORT);
    expect(csv.endsWith("\r\n")).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(lines[0]).toBe(
      "month,repository,reports,median_ack_hours,median_respond_business_days,median_fix_business_days,median_publish_business_days,ack_kept,ack_decided,ack_kept_share,respond_kept,respond_decided,respond_kept_share,published,rejected: duplicate,rejected: not-a-vulnerability,rejected: not-reproducible,rejected: working-as-intended,rejected: out-of-scope,rejected: no-response,rejected: withdrawn,rejected,withdrawn,open",
    );
    expect(lines[1]).toBe("2026-11,acme/mcp-server,4,2,4,11,13,2,3,0.6667,2,3,0.6667,1,1,0,0,0,0,0,0,1,1,0");
    expect(lines[2]).toBe("2026-12,acme/other,1,0.5,1,,,1,1,1,0,0,,0,0,0,0,0,0,0,0,0,0,1");
    for (const l of lines.slice(0, 3)) expect(l.split(",")).toHaveLength(CSV_COLUMNS.length);
    expect(statsCsv({ ...REPORT, rows: [] })).toBe(`${lines[0]}\r\n`);
  });

  it("CSV fields are quoted as RFC 4180 says", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
  });
});
