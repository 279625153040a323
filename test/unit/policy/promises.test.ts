import { describe, expect, it } from "@jest/globals";
import { readPolicy } from "../../../src/core/policy/index.js";

const promises = (markdown: string) => {
  const p = readPolicy(markdown);
  return { ack: p.acknowledge, respond: p.respond, disclosure: p.disclosureDays };
};
const d = (amount: number, unit: "hours" | "days" | "business_days" | "weeks") => ({ amount, unit });

describe("acknowledgement and response promises", () => {
  it.each([
    ["We will acknowledge receipt of your report within 2 business days.", d(2, "business_days")],
    ["Your report will be acknowledged within 5 working days.", d(5, "business_days")],
    ["You will get a confirmation of receipt within 48 hours.", d(48, "hours")],
    ["Initial response within 24–48 hours", d(48, "hours")],
    ["We aim to acknowledge new reports in 2-3 business days.", d(3, "business_days")],
    ["A maintainer will acknowledge it within 24~48 hours.", d(48, "hours")],
    ["We will acknowledge your report within 10 calendar days.", d(10, "days")],
    ["We acknowledge all reports within a week.", d(1, "weeks")],
    ["🧾 **Acknowledgment** within 72 hours", d(72, "hours")],
    ["1. **Acknowledgement**: within **4 business days**", d(4, "business_days")],
    ["我们会在 24 小时内确认收到报告。", d(24, "hours")],
  ])("%s", (text, expected) => {
    expect(promises(text).ack).toEqual(expected);
  });

  it.each([
    ["We will respond within 48 hours.", d(48, "hours")],
    ["You should receive a response\nwithin 7 working days.", d(7, "business_days")],
    ["Expect our reply in up to five working days.", d(5, "business_days")],
    ["We should reply within two working days, probably much sooner.", d(2, "business_days")],
    ["You will hear back from us within one week at most, but most probably within a few hours.", d(1, "weeks")],
    ["The security team will contact you within 3 working days after your submission.", d(3, "business_days")],
    ["We usually get back to you within 12 hours.", d(12, "hours")],
  ])("a single generic reply promise is the acknowledgement: %s", (text, expected) => {
    const p = promises(text);
    expect(p.ack).toEqual(expected);
    expect(p.respond).toBeNull();
  });

  it("lets an 'at the outside' bound win over the usual case", () => {
    const text = `When you report an issue, a maintainer will respond to you
within three days *at the outside*. In most cases responses will be
faster, usually within 8 hours.`;
    expect(promises(text).ack).toEqual(d(3, "days"));
  });

  it("reads a detailed response, a triage deadline and an evaluation deadline as respond", () => {
    expect(promises("We will send a more detailed response within 14 business days.").respond).toEqual(d(14, "business_days"));
    expect(promises("2. **Triage** (severity assessment): within **6 business days**").respond).toEqual(d(6, "business_days"));
    expect(promises("Reports are evaluated within 10 days of receipt.").respond).toEqual(d(10, "days"));
  });

  it("separates two promises in one sentence", () => {
    expect(promises("We aim to acknowledge reports within 5 days and provide a remediation plan or status update within 20 days.")).toEqual({
      ack: d(5, "days"),
      respond: d(20, "days"),
      disclosure: null,
    });
    expect(promises("We will get back to you within **12 hours**, but a more detailed response may take up to **72 hours**.")).toEqual({
      ack: d(12, "hours"),
      respond: d(72, "hours"),
      disclosure: null,
    });
  });

  it("reads an 'acknowledged and analyzed' promise as the acknowledgement", () => {
    expect(promises("Each report is acknowledged and analyzed by the maintainers within 4 working days.").ack).toEqual(d(4, "business_days"));
  });

  it("uses the parent item for a nested list item that names only the time", () => {
    const md = `- Communicate with you to confirm we have received the report.
    - You should receive this message within 24 - 36 business hours.
- Confirmation of the issue.`;
    expect(promises(md).ack).toEqual(d(36, "hours"));
  });

  it("reads promises from an Action | Target table", () => {
    const md = `| Action | Target |
|--------|--------|
| Acknowledge report | 72 hours |
| Assess severity | 10 days |
| Release fix | 45 days |
`;
    expect(promises(md)).toEqual({ ack: d(72, "hours"), respond: d(10, "days"), disclosure: null });
  });

  it("reads a later generic reply as the response when an acknowledgement is promised", () => {
    expect(promises("We acknowledge reports within 1 business day. We aim to reply with an answer within 7 days.")).toEqual({
      ack: d(1, "business_days"),
      respond: d(7, "days"),
      disclosure: null,
    });
  });

  it("counts a translated duplicate promise once", () => {
    const md = "We will respond within 48 hours.  \n48시간 이내에 응답하겠습니다.";
    expect(promises(md).ack).toEqual(d(48, "hours"));
    expect(promises(md).respond).toBeNull();
  });

  it.each([
    ["📢 **Status updates** every 5 business days", "cadence"],
    ["We send weekly updates and status updates every 7 days.", "cadence"],
    ["✅ **Resolution target** of 30 days", "fix target"],
    ["We will release a fix within 30 days.", "fix target"],
    ["Our goal is to have a fix released within two weeks of the initial disclosure.", "fix target"],
    ["If you have not received an acknowledgement within 6 business days, please escalate to the PSC.", "escalation threshold"],
    ["If you don't hear back within 48 hours, email us again.", "escalation threshold"],
    ["We will notify packagers at least a week ahead of the release.", "minimum notice"],
    ["Ansible follows the 3-versions-back support policy.", "not a duration"],
    ["We will get back to you as soon as possible.", "no amount"],
    ["Please acknowledge within [X] Werktagen.", "placeholder"],
  ])("is not a promise: %s (%s)", (text) => {
    expect(promises(text)).toEqual({ ack: null, respond: null, disclosure: null });
  });
});

describe("disclosure deadlines", () => {
  it.each([
    ["This project follows a 90 day disclosure timeline.", 90],
    ["Please always disclose responsibly and with a 90+ day window.", 90],
    ["We commit to publicly disclosing every valid advisory within 60 calendar days of the initial report.", 60],
    ["Reports are made public or dismissed within 120 days.", 120],
    ["The timeframe for disclosure is from immediate (if already public) to 90 days. Typically the report date to disclosure date is on the order of 7 days.", 90],
    ["We will disclose the vulnerability after 12 weeks from the initial report, whichever comes first.", 84],
  ])("%s", (text, days) => {
    expect(promises(text).disclosure).toBe(days);
  });

  it("does not read post-patch embargoes or fix targets as disclosure deadlines", () => {
    expect(promises("We publish the advisory 7 days after the patch is released.").disclosure).toBeNull();
    expect(promises("We try to ship a fix within 30 days.").disclosure).toBeNull();
    expect(promises("Security fixes are provided for 12 months after a release.").disclosure).toBeNull();
  });
});
