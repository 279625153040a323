/** Issue 14: more ways policies state (or seem to state) their promises, each as an example of our own. */
import { describe, expect, it } from "@jest/globals";
import { readPolicy } from "../../../src/core/policy/read-policy.js";

const promises = (md: string) => {
  const p = readPolicy(md);
  return { ack: p.acknowledge, respond: p.respond, disclose: p.disclosureDays };
};

describe("waits and conditions are not disclosure deadlines", () => {
  it("does not read a delay of the details after the patch as the disclosure deadline", () => {
    expect(promises("We patch first, then delay detailed disclosure from 2 to 8 weeks depending on severity.\n").disclose).toBeNull();
    expect(promises("- Mandatory waiting period (between 2 to 8 weeks)\n- Public disclosure\n").disclose).toBeNull();
  });

  it("does not read a condition on the reporter as a deadline", () => {
    expect(promises("If the reporter does not disclose within one day, we proceed with disclosure ourselves.\n").disclose).toBeNull();
    // A plain deadline still counts.
    expect(promises("We disclose every report within 90 days of receiving it.\n").disclose).toBe(90);
  });
});

describe("promises in Japanese and Chinese lists", () => {
  it("reads 'confirmation of the report' as the acknowledgement", () => {
    expect(promises("## 対応時間\n\n- 報告の確認：24時間以内\n- 初期評価：3営業日以内\n")).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: { amount: 3, unit: "business_days" } });
  });

  it("reads feedback within 48 hours that also decides whether to fix as both steps", () => {
    expect(promises("- 我们会在 48 小时内提供漏洞报告的反馈，并确认是否进行修复。\n")).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: { amount: 48, unit: "hours" } });
    expect(promises("We will send feedback within 2 days.\n").ack).toEqual({ amount: 2, unit: "days" });
  });
});
