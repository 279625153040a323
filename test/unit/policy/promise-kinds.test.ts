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

describe("disclosure after the fix, or from the report", () => {
  it("does not read an embargo after the fix as a deadline, but does read a deadline counted from the report", () => {
    expect(promises("| Step | When |\n|---|---|\n| Public disclosure | After fix released; typically 90-day embargo |\n").disclose).toBeNull();
    expect(promises("After the fix is released (or after 60 days from the initial report, whichever comes first), the issue may be disclosed.\n").disclose).toBe(60);
  });
});

describe("times by severity in a table of steps", () => {
  it("reads each step's column as tiers: the largest time of the initial response is the acknowledgement", () => {
    const md = "| Severity | Initial response | Fix target |\n|---|---|---|\n| Critical | < 24 hours | < 7 days |\n| High | < 48 hours | < 14 days |\n| Low | < 10 days | Next release |\n";
    expect(promises(md)).toEqual({ ack: { amount: 10, unit: "days" }, respond: null, disclose: null });
  });

  it("reads an 'initial confirmation' step as the acknowledgement", () => {
    expect(promises("1. 1-2 days: Initial confirmation and investigation\n2. 3-7 days: Patch development\n").ack).toEqual({ amount: 2, unit: "days" });
  });
});

describe("more promise wording", () => {
  it("reads validation as the response, a disclosure window as a deadline, and 'thereafter' as a later step", () => {
    expect(promises("| Step | Action | Time |\n|---|---|---|\n| 1 | Acknowledge | Within 2 business days |\n| 2 | Validate and reproduce | Within 20 business days |\n\nTotal responsible disclosure window: up to 100 days.\n")).toEqual({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 20, unit: "business_days" }, disclose: 100 });
    expect(promises("我们会在 48 小时内确认收到报告，并在此后提供初步回复及修复计划。\n")).toEqual({ ack: { amount: 48, unit: "hours" }, respond: null, disclose: null });
    expect(promises("- 验证漏洞后，我们将在 7 个工作日内提供修复计划\n").respond).toEqual({ amount: 7, unit: "business_days" });
  });
});

describe("fifth look: promise wording", () => {
  it("reads a later, longer first response after an acknowledgement in one sentence as the response", () => {
    expect(promises("We will acknowledge your message within 72 hours and will strive to provide an initial response with our plans within 5 days.\n")).toMatchObject({ ack: { amount: 72, unit: "hours" }, respond: { amount: 5, unit: "days" } });
  });

  it("reads German confirmation as the acknowledgement, and a Chinese 'as soon as possible' step as one with its own time", () => {
    expect(promises("Wir werden uns bemühen, Ihre Meldung innerhalb von 48 Stunden zu bestätigen.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("我们会在收到报告后的 7 个工作日内回复，并在评估后尽快修复与发布。\n")).toEqual({ ack: { amount: 7, unit: "business_days" }, respond: null, disclose: null });
  });
});

describe("when to write again is not a promise (round six)", () => {
  it("does not read the time after which to resend, written before the condition, as the acknowledgement", () => {
    expect(promises("Every report gets a reply. After 3-4 days, if you don't get an answer, the mail may be in our spam folder: write again.\n").ack).toBeNull();
    expect(promises("If you don't hear from us within 5 days, please send a reminder.\n").ack).toBeNull();
    // A promise followed by what to do otherwise still counts.
    expect(promises("We reply within 5 days. If you don't hear from us, please send a reminder.\n").ack).toEqual({ amount: 5, unit: "days" });
  });
});

describe("round seven: more wordings of the same promises", () => {
  it("reads 'hear back within' as a reply, and receipt confirmed in Spanish and business days in Portuguese and French", () => {
    expect(promises("Reporters can expect to hear back within three days.\n").ack).toEqual({ amount: 3, unit: "days" });
    expect(promises("- Confirmaremos la recepción del informe en un plazo de 72 horas.\n").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("- Avaliação: responderemos com uma análise em até 5 dias úteis.\n").respond).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("- Analyse : nous évaluerons le rapport sous 4 jours ouvrables.\n").respond).toEqual({ amount: 4, unit: "business_days" });
  });

  it("reads an N-day coordinated disclosure policy, and disclosure when N days have passed, as the deadline", () => {
    expect(promises("We follow a 60-day coordinated disclosure policy.\n").disclose).toBe(60);
    expect(promises("Reports are disclosed publicly once a fixed version ships or 45 days have passed, whichever is first.\n").disclose).toBe(45);
    // Coordinated disclosure as the way to report is still not a deadline.
    expect(promises("Thank you for your coordinated disclosure. We fix issues within 30 days.\n").disclose).toBeNull();
  });
});

describe("round eight", () => {
  it("reads Italian and Turkish times and replies, 'a day or two', and 'at which point' as the shared step", () => {
    expect(promises("Riceverai una risposta entro **24 ore**.\n").ack).toEqual({ amount: 24, unit: "hours" });
    expect(promises("- Ti informeremo entro 5 giorni lavorativi.\n").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("- Bildiriminizden sonra 48 saat içinde geri dönüş yapılır.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("It may take a day or two for us to reply.\n").ack).toEqual({ amount: 2, unit: "days" });
    expect(promises("Expect to hear back within 2 weeks, at which point we share our evaluation.\n")).toMatchObject({ ack: { amount: 2, unit: "weeks" }, respond: { amount: 2, unit: "weeks" } });
  });

  it("does not take the date a time counts from as the step, nor an Italian fix target as the response", () => {
    expect(promises("Within 60 days after the triage date, the issue is made public.\n")).toMatchObject({ respond: null, disclose: 60 });
    expect(promises("Il team valuterà la segnalazione e provvederà a correggere la vulnerabilità entro 60 giorni.\n").respond).toBeNull();
  });
});

describe("round nine", () => {
  it("reads a detailed update as the response, a Turkish confirmation as the acknowledgement, and a Chinese fix timetable as the response", () => {
    expect(promises("We confirm receipt within 3 days. A detailed update follows within **two weeks**.\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: { amount: 2, unit: "weeks" } });
    expect(promises("Raporunuzu 24 saat içinde onaylayacağız.\n").ack).toEqual({ amount: 24, unit: "hours" });
    expect(promises("我们会在 2 个工作日内确认收到，并在 **10 天内**提供修复时间表。\n")).toMatchObject({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 10, unit: "days" } });
    // A fix timeline as a heading is the fix, not the response.
    expect(promises("- **Fix Timeline**: 30 days\n").respond).toBeNull();
  });
});

describe("round ten", () => {
  it("reads Polish, Indonesian, Spanish and Portuguese wordings", () => {
    expect(promises("- Odpowiadamy w ciągu **48 godzin**.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("Kami akan merespons laporan Anda dalam waktu 3 hari kerja.\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("Las solicitudes serán respondidas en un plazo máximo de 5 días.\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("- Você envia → Recebemos em 12h\n- Nós analisamos → Resposta em 96h\n")).toMatchObject({ ack: { amount: 12, unit: "hours" }, respond: { amount: 96, unit: "hours" } });
  });

  it("reads whether it is a vulnerability, or a remediation timeline, as the response", () => {
    expect(promises("We acknowledge reports within 1 business day, and confirm whether it is a vulnerability within 6 business days.\n").respond).toEqual({ amount: 6, unit: "business_days" });
  });

  it("reads an initial response promised after the acknowledgement, in another sentence, as the response", () => {
    expect(promises("We acknowledge your email within 12 hours. We then provide an initial response within 3 days, with a plan.\n")).toMatchObject({ ack: { amount: 12, unit: "hours" }, respond: { amount: 3, unit: "days" } });
  });

  it("reads alternatives by channel as tiers: the largest holds for every report", () => {
    expect(promises("Expect a reply within 2 hours on our chat and within 3 days for email.\n").ack).toEqual({ amount: 3, unit: "days" });
  });

  it("reads the list after 'within a week with:' as the step that shares the time", () => {
    const md = "We reply within 5 days with:\n- a confirmation that we received it\n- our first assessment of its severity\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 5, unit: "days" }, respond: { amount: 5, unit: "days" } });
  });

  it("knows a third party's embargo limit and a time for users to update are no disclosure deadlines, and 'before public exposure' is one", () => {
    expect(promises("The mailing list does not accept an embargo longer than 14 days.\n").disclose).toBeNull();
    expect(promises("We allow 60 days for users to upgrade before full public disclosure.\n").disclose).toBeNull();
    expect(promises("Please give us at least 45 days to fix it before public exposure.\n").disclose).toBe(45);
    expect(promises("We keep reports private for no longer than 90 days before disclosure.\n").disclose).toBe(90);
  });
});

describe("round eleven", () => {
  it("reads 'within the week', 'followed up', '2x24 jam', Spanish triage, Dutch and Vietnamese", () => {
    expect(promises("Reports are acknowledged within the week.\n").ack).toEqual({ amount: 1, unit: "weeks" });
    expect(promises("Every report is followed up within 36 hours.\n").ack).toEqual({ amount: 36, unit: "hours" });
    expect(promises("Kami akan merespons dalam waktu 3x24 jam.\n").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("- **48 h**: acuse de recibo.\n- **10 días**: triaje inicial.\n")).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: { amount: 10, unit: "days" } });
    expect(promises("Wij streven naar bevestiging binnen 5 werkdagen.\n").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("Chúng tôi sẽ xác nhận đã nhận được báo cáo trong vòng 24 giờ.\n").ack).toEqual({ amount: 24, unit: "hours" });
  });

  it("does not read updates given as the work goes as a response that shares the acknowledgement's time", () => {
    expect(promises("We acknowledge receipt within 2 days and provide updates as we investigate.\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, respond: null });
  });

  it("reads the time before you tell anyone as the disclosure deadline", () => {
    expect(promises("Please allow us 60 days to ship a fix before you tell anyone about it.\n").disclose).toBe(60);
  });
});

describe("round twelve", () => {
  it("reads an estimated timeline for a fix as the response, and 'not publicly discuss … until N days have passed' as disclosure", () => {
    expect(promises("We acknowledge receipt within 3 business days, and provide an estimated timeline for a fix within 8 business days.\n").respond).toEqual({ amount: 8, unit: "business_days" });
    expect(promises("Please do not publicly discuss the issue until a fix ships or 120 days have passed since your report.\n").disclose).toBe(120);
  });
});

describe("round thirteen", () => {
  it("reads a non-breaking hyphen, 'emails will be addressed', and the 'or within N days' branch of a disclosure after the fix", () => {
    expect(promises("We follow a 60\u2011day coordinated disclosure policy.\n").disclose).toBe(60);
    expect(promises("Emails will be addressed within 2 business days.\n").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("We disclose after a fix is available, or within 45 days when practical.\n").disclose).toBe(45);
    // The fix alone still counts nothing.
    expect(promises("We disclose after a fix is available, typically within 45 days.\n").disclose).toBeNull();
  });
});

describe("round fourteen", () => {
  it("does not read the time after which to assume a lost message as the acknowledgement", () => {
    expect(promises("If ten days pass and nobody has replied, assume the message was lost and write to the list.\n").ack).toBeNull();
    expect(promises("We reply within ten days.\n").ack).toEqual({ amount: 10, unit: "days" });
  });

  it("does not read an embargo that gives users time to upgrade as the disclosure deadline", () => {
    expect(promises("Once fixed, the details stay embargoed for 21 days to give our users a chance to upgrade, then we publish the advisory.\n").disclose).toBeNull();
    expect(promises("The details stay embargoed for at most 60 days from the report, then we publish the advisory.\n").disclose).toBe(60);
  });
});

describe("round fifteen", () => {
  it("reads 'address vulnerabilities within N days' as a fix target, even under a disclosure heading", () => {
    expect(promises("- **Disclosure timeline**: we aim to address critical vulnerabilities within 60 days\n").disclose).toBeNull();
    // Assessing and addressing is still the response.
    expect(promises("We aim to assess and address every report within ten days.\n").respond).toEqual({ amount: 10, unit: "days" });
  });

  it("does not read a period of something else as a promise", () => {
    expect(promises("We used a 14-day comment period for these pages but found that feedback came sooner.\n").ack).toBeNull();
  });

  it("does not read steps counted from the disclosure as a disclosure deadline, but reads publication within N days of it", () => {
    expect(promises("**Notice to users** (completed within 1-10 days of disclosure)\n").disclose).toBeNull();
    expect(promises("We publish within 60 days of disclosure.\n").disclose).toBe(60);
  });
});

describe("round sixteen", () => {
  it("reads a table of times and then steps ('Deadline | Action')", () => {
    const md = "| Prazo | Ação |\n|---|---|\n| 48h | Confirmação de recebimento |\n| 5 dias | Avaliação de severidade |\n| 30 dias | Correção publicada |\n| 60 dias | Divulgação pública |\n";
    expect(promises(md)).toEqual({ ack: { amount: 48, unit: "hours" }, respond: { amount: 5, unit: "days" }, disclose: 60 });
  });

  it("reads a reply with a fix timeline as the response, and a fix timeline's tiers as no response", () => {
    expect(promises("- We acknowledge receipt within 2 days\n- We will respond with either a fix timeline or an explanation within 10 days\n").respond).toEqual({ amount: 10, unit: "days" });
    expect(promises("- **Initial response**: within 3 days\n- **Fix timeline**: depends on severity:\n  - Critical: 1-7 days\n  - Low: 30-60 days\n").respond).toBeNull();
  });
});

describe("round seventeen", () => {
  it("reads Italian and Spanish steps: receipt, evaluation, status update", () => {
    expect(promises("| Fase | Entro |\n|---|---|\n| Conferma ricezione | 24 ore |\n| Valutazione della gravità | 4 giorni lavorativi |\n")).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: { amount: 4, unit: "business_days" } });
    expect(promises("- **Respuesta inicial**: dentro de 24 horas\n- **Actualización de estado**: dentro de 5 días\n")).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: { amount: 5, unit: "days" } });
  });

  it("reads 'expect an update within' as the first reply, and 'a couple of weeks' as two", () => {
    expect(promises("You can expect an update on your report within two business days.\n").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("Expect a reply within a couple of weeks.\n").ack).toEqual({ amount: 2, unit: "weeks" });
  });

  it("does not read work 'as quickly as possible' after an acknowledgement as a response in the same time", () => {
    expect(promises("We acknowledge reports within 72 hours and will work with you to investigate and fix the issue as quickly as possible.\n")).toMatchObject({ ack: { amount: 72, unit: "hours" }, respond: null });
  });
});

describe("round eighteen", () => {
  it("reads 'expect update … no later than in two weeks' as the first reply", () => {
    expect(promises("You can expect update on the issue no later than in two weeks.\n").ack).toEqual({ amount: 2, unit: "weeks" });
  });

  it("does not read disclosure N days after the next official release as a deadline from the report", () => {
    expect(promises("Public disclosure occurs exactly 30 days after the next official release that includes the patch.\n").disclose).toBeNull();
  });
});

describe("round twenty", () => {
  it("reads a reply 'acknowledging' receipt as the acknowledgement, and a longer 'acknowledged and analyzed' step as the response", () => {
    const md = "You can expect a response within 48 hours acknowledging the report was received.\n\nEach report is acknowledged and analyzed by the maintainers within 7 working days.\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: { amount: 7, unit: "business_days" } });
    // Alone, the combined step is the acknowledgement (and no response).
    expect(promises("Each report is acknowledged and analyzed by the maintainers within 7 working days.\n")).toMatchObject({ ack: { amount: 7, unit: "business_days" }, respond: null });
  });
});

describe("round twenty-one", () => {
  it("reads 'within at least 5 business days' and 'five German business days' as bounds", () => {
    expect(promises("We will try to contact you within at least 4 business days.\n").ack).toEqual({ amount: 4, unit: "business_days" });
    expect(promises("You will get a response within three German business days.\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("Please wait at least a week before asking again.\n").ack).toBeNull();
  });

  it("reads 'before it is made public' and 'a 90-day-disclosure window' as disclosure deadlines", () => {
    expect(promises("We request at most a 60 day period to address the issue before it is made public.\n").disclose).toBe(60);
    expect(promises("We acknowledge the usual 60-day-disclosure window.\n")).toMatchObject({ ack: null, disclose: 60 });
  });

  it("reads 'a response to the disclosure' as a reply to the report, and publication days after disabling clients as counted from the fix", () => {
    expect(promises("The team will send an initial response to the disclosure in 2-4 days.\n")).toMatchObject({ ack: { amount: 4, unit: "days" }, disclose: null });
    expect(promises("We publish a disclosure on our blog within 10 days of disabling vulnerable clients.\n").disclose).toBeNull();
  });
});

describe("round twenty-two", () => {
  it("reads the time for a fix before disclosing as a disclosure deadline, after a reply's own amount", () => {
    expect(promises("Please allow up to 48 hours for a reply, and up to 60 days for the bug to be confirmed and patched before disclosing it.\n")).toMatchObject({
      ack: { amount: 48, unit: "hours" },
      disclose: 60,
    });
  });

  it("does not count a publication date from an internal disclosure as a deadline from the report", () => {
    expect(promises("Public disclosure happens 45 days after internal disclosure to the partner group.\n").disclose).toBeNull();
    expect(promises("| Step | Target |\n|---|---|\n| Acknowledgement | Within 48 hours |\n| Public disclosure | 30 days after internal disclosure |\n")).toMatchObject({
      ack: { amount: 48, unit: "hours" },
      disclose: null,
    });
  });
});

describe("round twenty-three", () => {
  it("reads a time that leads a list of what arrives by then as the step its first item names", () => {
    expect(promises("## Reporting\n\nWithin 3 days you will get:\n\n- An acknowledgement of your report\n- A rough plan\n").ack).toEqual({ amount: 3, unit: "days" });
    expect(promises("## Reporting\n\nIn 10 days you can expect:\n\n- Our assessment of severity\n- Credit details\n")).toMatchObject({ ack: null, respond: { amount: 10, unit: "days" } });
  });
});

describe("round twenty-four", () => {
  it("does not read a window for disclosure after the patch as a deadline from the report", () => {
    expect(promises("Please allow up to 60 days for a coordinated public disclosure after a fix has shipped.\n").disclose).toBeNull();
    expect(promises("Please allow up to 60 days for the issue to be fixed before public disclosure.\n").disclose).toBe(60);
  });
});

describe("round twenty-five", () => {
  it("does not read an embargo after a fix, so users can update, as a deadline from the report", () => {
    expect(promises("| Step | Target |\n|---|---|\n| Triage | within 5 days |\n| Publication | after a fix is released, with a usual 10-day embargo |\n").disclose).toBeNull();
    expect(promises("We keep a 14-day embargo so users can update.\n").disclose).toBeNull();
  });
});

describe("round twenty-six", () => {
  it("reads a public advisory due when the fix ships or at N days, whichever comes first, as a disclosure deadline", () => {
    expect(promises("| Stage | When |\n|---|---|\n| Public advisory | when the patch ships, or at 60 days — whichever comes first |\n").disclose).toBe(60);
    expect(promises("| Stage | When |\n|---|---|\n| Public advisory | 10 days after the patch ships |\n").disclose).toBeNull();
  });
});

describe("round twenty-six: the new rules stay narrow", () => {
  it("keeps a fix's 'whichever comes first', a review of the patch and an advisory due in N days as what they are", () => {
    expect(promises("We will ship a fix in the next release or within 60 days, whichever comes first, and then publish an advisory disclosing the issue.\n").disclose).toBeNull();
    expect(promises("Reporters get 14 days to review the patch before public disclosure.\n")).toMatchObject({ respond: { amount: 14, unit: "days" }, disclose: null });
    expect(promises("We will publish an advisory within 30 days so users can patch.\n").disclose).toBe(30);
    expect(promises("Within 7 days of a public advisory, we backport fixes to the LTS line.\n").disclose).toBeNull();
  });

  it("reads a lead's time with its list only when the lead promises what arrives", () => {
    expect(promises("## Process\n\nReports older than 90 days are closed if:\n\n- The reporter does not respond to our questions\n").ack).toBeNull();
  });
});

describe("round twenty-seven", () => {
  it("reads a step named by a short lead-in of its paragraph", () => {
    expect(promises("## Handling\n\n1. **Triage.** We confirm the report and set a severity.\n1. **Embargo.** The default window is **60 days** from the report. It can shrink.\n").disclose).toBe(60);
    expect(promises("**Note.** Reports are closed after 30 days without an answer from the reporter.\n").disclose).toBeNull();
  });
});

describe("round twenty-seven: the new rules stay narrow", () => {
  it("takes a step from a paragraph's opening only when it is a bold label, not a statement", () => {
    expect(promises("We acknowledge every report. Most issues take 2-3 weeks.\n").ack).toBeNull();
    expect(promises("No public disclosure. Reporters get credit within 30 days.\n").disclose).toBeNull();
    expect(promises("**Public disclosure.** We publish an advisory once a fix is out. Users then have 14 days to upgrade.\n").disclose).toBeNull();
    expect(promises("How we respond. Most reports are triaged within 5 days. Allow another 30 days.\n")).toMatchObject({ ack: null, respond: { amount: 5, unit: "days" } });
  });

  it("does not read the time after which a silent reporter's report is closed as a promise", () => {
    expect(promises("**Note.** Reports are closed after 30 days without an answer from the reporter.\n")).toMatchObject({ ack: null, respond: null, disclose: null });
  });
});

describe("round twenty-eight", () => {
  it("reads a response time the policy also names its disclosure period as both", () => {
    const md = "We aim to respond within 1 working day. In extreme cases, please allow us up to 30 days to review your report - which is what we would consider the responsible disclosure period.\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 1, unit: "business_days" }, respond: { amount: 30, unit: "days" }, disclose: 30 });
  });

  it("does not read an embargo that starts when customers are notified of the fix as a disclosure deadline", () => {
    expect(promises("## Embargo process\n\n1. Build and verify the fix privately\n2. Notify Pro customers with the advisory (embargo window: 30 days default)\n3. Public release\n").disclose).toBeNull();
  });

  it("reads small numbers written as words in Portuguese, Spanish, French, Italian and German", () => {
    expect(promises("Fazemos todos os esforços para responder o mais rápido possível, embora possa levar um ou dois dias para sincronizarmos internamente.\n").ack).toEqual({ amount: 2, unit: "days" });
    expect(promises("Confirmaremos la recepción de su informe en un plazo de tres días hábiles.\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("Wir bestätigen den Eingang Ihrer Meldung innerhalb von zwei Werktagen.\n").ack).toEqual({ amount: 2, unit: "business_days" });
  });
});

describe("round twenty-eight: the new rules stay narrow", () => {
  it("reads a disclosure period only where the time is named it", () => {
    expect(promises("We will send a fix within 30 days, which is shorter than our disclosure window.\n").disclose).toBeNull();
    expect(promises("We notify users of new releases. Disclosure happens 90 days after the report.\n").disclose).toBe(90);
  });

  it("reads no number in words that are not followed by a time", () => {
    expect(promises("Wir melden uns in ein paar Tagen. Nous publions une fois par semaine.\n")).toMatchObject({ ack: null, respond: null });
  });
});

describe("round twenty-eight: review mends", () => {
  it("keeps a disclosure deadline counted from the report when users are notified in the same sentence", () => {
    expect(promises("We will publish a security advisory and notify users within 90 days of receiving the report.\n").disclose).toBe(90);
    expect(promises("We will notify affected users and publicly disclose the vulnerability no later than 90 days after the initial report.\n").disclose).toBe(90);
  });

  it("reads a disclosure period only where the sentence says the time is it", () => {
    expect(promises("We acknowledge your report within 3 days and work with you so that the disclosure timeline suits both sides.\n").disclose).toBeNull();
    expect(promises("We follow a 90-day coordinated disclosure policy. Complex issues may take up to 180 days to fix, in which case we will ask that the disclosure deadline be extended.\n").disclose).toBe(90);
  });

  it("reads no time from a number word before a longer word that starts like a unit", () => {
    expect(promises("Responderemos com um diagnóstico preliminar em até 5 dias úteis.\n").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("Le signalement est consigné dans un journal interne.\n").ack).toBeNull();
    expect(promises("Respeitamos o prazo dos dias acordados com o relator antes da divulgação.\n").disclose).toBeNull();
  });
});

describe("round twenty-nine", () => {
  it("does not read an embargo that follows an earlier step as a disclosure deadline", () => {
    expect(promises("For high severity issues, we notify server owners with steps to patch.\n\nThe issue will then be embargoed for three (3) days.\n").disclose).toBeNull();
  });
});

describe("round thirty", () => {
  it("reads 'within the next day' as one day", () => {
    expect(promises("Report it to me and I will try to respond within the next day.\n").ack).toEqual({ amount: 1, unit: "days" });
    expect(promises("We will reply within the next day or two.\n").ack).toBeNull();
  });
});

describe("round twenty-nine: review mends", () => {
  it("keeps an embargo 'then' set as a deadline when it counts from the report or follows no earlier step", () => {
    expect(promises("After triage, the report will then be embargoed for 90 days from the initial report.\n").disclose).toBe(90);
    expect(promises("We triage each report. Valid reports will then be embargoed for 90 days. After this period the details will be published.\n").disclose).toBe(90);
  });
});

describe("round thirty-one", () => {
  it("reads an acknowledgement in Indonesian and a reply in Polish", () => {
    expect(promises("Kami akan:\n\n- Mengakui laporan Anda dalam waktu 48 jam.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("Zgłoszenia podatności będą rozpatrywane w ciągu 48 godzin.\n").ack).toEqual({ amount: 48, unit: "hours" });
  });
});

describe("round thirty-two", () => {
  it("reads how long the reporter is asked to keep the issue confidential as the disclosure deadline", () => {
    expect(promises("* Keep confidential any information about discovered vulnerabilities for up to 90 calendar days after you have notified us.\n").disclose).toBe(90);
    expect(promises("We'd like to request the reporter to keep the vulnerability confidential for the industry-accepted period for responsible disclosure of 90 days.\n").disclose).toBe(90);
  });

  it("reads time asked for to release a fix before any public disclosure as the disclosure deadline", () => {
    expect(promises("Once we have acknowledged the report, we ask for at least 90 days to investigate, implement, and release a fix before any public disclosure.\n").disclose).toBe(90);
  });

  it("does not read a time past which the reporter may act as a promise", () => {
    expect(promises("Once we have either a) published a fix, b) declined to address the vulnerability for whatever reason, or c) taken more than 30 days to reply, we welcome you to publicly report the vulnerability on our tracker.\n").ack).toBeNull();
  });
});

describe("round thirty-two: the new rules stay narrow", () => {
  it("keeps 'no more than N days' a promise, and asks for confidentiality without a time as none", () => {
    expect(promises("We will not take more than 5 days to respond to your report.\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("Please keep the report confidential until a fix is released. We acknowledge reports within 3 days.\n")).toMatchObject({ disclose: null, ack: { amount: 3, unit: "days" } });
  });
});

describe("round thirty-two: review mends", () => {
  it("reads a time after a request for secrecy as the step the sentence names", () => {
    expect(promises("Please keep all details confidential and allow us up to 5 days to acknowledge your report.\n")).toMatchObject({ ack: { amount: 5, unit: "days" }, disclose: null });
    expect(promises("Keep the issue confidential, we will reply within up to 48 hours.\n")).toMatchObject({ ack: { amount: 48, unit: "hours" }, disclose: null });
  });

  it("keeps promises worded 'won't take more than' or 'shouldn't take more than'", () => {
    expect(promises("We won't take more than 48 hours to acknowledge your report.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("It shouldn't take more than 5 days for us to respond.\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("Note that the distros list won't accept an embargo longer than 19 days.\n").disclose).toBeNull();
  });

  it("reads 'responsible disclosure of 0-day issues' as the report, and Indonesian and Polish fix times as fixes", () => {
    expect(promises("We will respond to your responsible disclosure of 0-day issues within 3 business days.\n")).toMatchObject({ ack: { amount: 3, unit: "business_days" }, disclose: null });
    expect(promises("Kami mengakui bahwa perbaikan dapat memakan waktu hingga 90 hari.\n").ack).toBeNull();
    expect(promises("Każde zgłoszenie rozpatrujemy indywidualnie, a poprawkę publikujemy w ciągu 90 dni.\n").ack).toBeNull();
  });
});

describe("round thirty-three: own examples before the twenty-fifth set", () => {
  it("reads the step named after a listed amount as that amount's own ('… and 30 days for a fix' is no response)", () => {
    expect(promises("Please allow up to 5 business days for an initial response and 30 days for a fix.\n")).toMatchObject({
      ack: { amount: 5, unit: "business_days" },
      respond: null,
    });
    expect(promises("Please allow 2 days for acknowledgement and up to 10 days for a full assessment.\n")).toMatchObject({
      ack: { amount: 2, unit: "days" },
      respond: { amount: 10, unit: "days" },
    });
  });
});

describe("round thirty-three", () => {
  it("reads tiers of a severity written with examples in brackets as tiers", () => {
    const md = "| Severity | First response | Fix target |\n|---|---|---|\n| Critical (RCE, auth bypass) | 24 h | 7 days |\n| High (XSS) | 48 h | 14 days |\n| Low (headers) | 10 days | 90 days |\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 10, unit: "days" }, disclose: null });
  });

  it("keeps a remediation target's severity tiers a fix target, whatever follows them", () => {
    const md = "We acknowledge within 3 days. Target remediation is 14 days for critical findings and 30 days for high findings, subject to coordinated-disclosure constraints.\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: null, disclose: null });
  });

  it("does not read a notice before disclosure, or a disclosure after the fix in French, as a deadline", () => {
    expect(promises("We give a 7-day notice to users before public disclosure.\n").disclose).toBeNull();
    expect(promises("Nous suivons un processus de divulgation de 60 jours après résolution.\n").disclose).toBeNull();
    expect(promises("Nous suivons un processus de divulgation de 60 jours.\n").disclose).toBe(60);
  });

  it("does not share an acknowledgement's time with a plan that follows the severity", () => {
    expect(promises("We aim to acknowledge reports within 72 hours and provide a remediation plan based on severity.\n")).toMatchObject({
      ack: { amount: 72, unit: "hours" },
      respond: null,
    });
    expect(promises("We aim to acknowledge reports within 72 hours and provide a remediation plan.\n").respond).toEqual({ amount: 72, unit: "hours" });
  });

  it("reads status updates and receipt confirmations in Spanish, Indonesian and Korean, and Russian 'разглашение'", () => {
    expect(promises("Recibirás una actualización sobre el estado dentro de 5 días hábiles.\n").respond).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("Kami akan memberikan pembaruan status dalam waktu 5 hari kerja.\n").respond).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("- 보고 확인: 2일 이내\n- 초기 평가: 5일 이내\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, respond: { amount: 5, unit: "days" } });
    expect(promises("Публичное разглашение возможно через 60 дней после отчёта.\n").disclose).toBe(60);
  });
});

describe("round thirty-four: promises found by reading the reader's output on examples of our own", () => {
  it("reads tiers after a comma and in sentences one after another as their largest", () => {
    expect(promises("We send a first response within 8 hours for critical issues, within 3 business days for all others.\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("High severity: response within 2 days. Low severity: response within 10 days.\n").ack).toEqual({ amount: 10, unit: "days" });
  });

  it("reads the reporter's freedom to publish after a time as the disclosure deadline", () => {
    expect(promises("If we have not disclosed the issue within 90 days of your report, you are free to disclose it.\n").disclose).toBe(90);
    expect(promises("After 90 days, the reporter may publish their findings.\n").disclose).toBe(90);
    // The reporter's own silence is still a condition, not our deadline.
    expect(promises("If the reporter does not answer within 30 days, we close the report.\n").disclose).toBeNull();
  });

  it("does not read an embargo counted from the fix as a deadline", () => {
    expect(promises("We apply a 90-day embargo after the fix is released.\n").disclose).toBeNull();
    expect(promises("We disclose the issue within 90 days of a fix becoming available.\n").disclose).toBeNull();
  });

  it("reads decisions and confirmations as the response", () => {
    expect(promises("We acknowledge within 2 days. We will let you know within 14 days whether the report was accepted or declined.\n").respond).toEqual({ amount: 14, unit: "days" });
    expect(promises("We acknowledge within 2 days. We confirm the problem and determine affected versions within 7 days.\n").respond).toEqual({ amount: 7, unit: "days" });
  });

  it("reads 'wks' and ranges with a unit at each end", () => {
    expect(promises("We acknowledge within 2 wks.\n").ack).toEqual({ amount: 2, unit: "weeks" });
    expect(promises("We acknowledge within 24h - 48h.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("We acknowledge within 1 day to 1 week.\n").ack).toEqual({ amount: 1, unit: "weeks" });
  });

  it("reads disclosure in French and Spanish", () => {
    expect(promises("La vulnérabilité sera rendue publique 90 jours après le signalement.\n").disclose).toBe(90);
    expect(promises("Publicaremos la vulnerabilidad dentro de los 90 días posteriores a la recepción del reporte.\n")).toMatchObject({ ack: null, disclose: 90 });
  });
});

describe("round thirty-five", () => {
  it("reads how long a reporter is asked to keep quiet until the public announcement as the disclosure deadline", () => {
    const md = "- Keep information about any issue you find confidential between yourself and us until we have fixed it with a public security announcement (typically within 60 days)\n";
    expect(promises(md).disclose).toBe(60);
  });

  it("reads 'allow us reasonable time to fix (N days)' as the disclosure deadline, and a plain fix target as none", () => {
    expect(promises("- Do not disclose publicly before a patch\n- Allow us reasonable time to fix (60 days)\n").disclose).toBe(60);
    expect(promises("We aim to fix critical issues within 30 days.\n").disclose).toBeNull();
  });
});

describe("rounds thirty-three to thirty-five: review mends", () => {
  it("keeps notice asked of the reporter a disclosure deadline (notice to users is not)", () => {
    expect(promises("We ask that you give us 90 days notice before public disclosure.\n").disclose).toBe(90);
    expect(promises("We give a 7-day notice to users before public disclosure.\n").disclose).toBeNull();
  });

  it("reads no deadline from a fix target after 'time to fix', an advisory counted from the fix, or a fix made public", () => {
    expect(promises("Please give us time to fix it: patches usually ship within 14 days.\n").disclose).toBeNull();
    expect(promises("Please keep the issue confidential until we have published an advisory, which usually happens within 7 days of the fix.\n").disclose).toBeNull();
    expect(promises("Le correctif sera rendu public sous 30 jours.\n").disclose).toBeNull();
    expect(promises("Nos comprometemos a publicar una versión corregida en un plazo de 30 días.\n").disclose).toBeNull();
    expect(promises("If we have not released a fix within 90 days, you are free to disclose the issue.\n").disclose).toBe(90);
  });

  it("reads receipt confirmed as the acknowledgement, remediation progress as the response, and two steps apart as two", () => {
    expect(promises("We will confirm the report has been received within 3 days.\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: null });
    expect(promises("We acknowledge within 2 days. You will receive an update on remediation progress within 14 days.\n").respond).toEqual({ amount: 14, unit: "days" });
    expect(promises("We aim to acknowledge within 2 business days – 5 days later at the latest we share our assessment.\n")).toMatchObject({
      ack: { amount: 2, unit: "business_days" },
      respond: { amount: 5, unit: "days" },
    });
    expect(promises("Acknowledgement within 1 day ~ 7 days for a fix.\n").ack).toEqual({ amount: 1, unit: "days" });
  });
});

describe("round thirty-six", () => {
  it("reads a public advisory 'N days after the report, whichever is first' as the disclosure deadline", () => {
    expect(promises("| Step | Target |\n|---|---|\n| Public advisory | when the fix ships, or 60 days after the report, whichever is first |\n").disclose).toBe(60);
  });

  it("keeps a severity tier's label when a long description sits between it and the time", () => {
    const md =
      "| Severity | Description | First response | Fix |\n|---|---|---|---|\n| Critical | Active exploitation; data loss | 24 hours | 7 days |\n| Low | Hardening; defense-in-depth | 5 business days | Best effort |\n";
    expect(promises(md).ack).toEqual({ amount: 5, unit: "business_days" });
  });

  it("reads a waiting period before disclosure as no deadline, and Japanese 公表 as disclosure", () => {
    expect(promises("After fixing a vulnerability:\n\n1. **Advisory** is published\n2. **30-day waiting period** before full disclosure\n").disclose).toBeNull();
    expect(promises("| 経過日数 | 対応内容 |\n|---|---|\n| 2 営業日以内 | 受領確認の返信 |\n| 60 日以内 | 公表 |\n")).toMatchObject({ ack: { amount: 2, unit: "business_days" }, disclose: 60 });
  });
});

describe("round thirty-seven", () => {
  it("reads a row's one time with its column's header, not with the examples after it", () => {
    const md = "| Severity | CVSS | Response Time | Examples |\n|---|---|---|---|\n| High | 7.0–8.9 | 7 days | Data exposure |\n| Medium | 4.0–6.9 | 30 days | DoS, information disclosure |\n";
    expect(promises(md).disclose).toBeNull();
  });

  it("reads 'update you within a week' as the response", () => {
    expect(promises("**Response times:**\n\n- We'll acknowledge within 48 hours\n- Update you within a week\n")).toMatchObject({
      ack: { amount: 48, unit: "hours" },
      respond: { amount: 1, unit: "weeks" },
    });
  });

  it("reads a time counted from the report under a disclosure heading as the disclosure deadline", () => {
    expect(promises("### Disclosure Timeline\n\n- **Standard**: 60 days after initial report\n- **Immediate**: if actively exploited\n").disclose).toBe(60);
    expect(promises("### Response Timeline\n\n- **Standard**: 60 days after initial report\n").disclose).toBeNull();
  });

  it("reads 'coordinated disclosure after N days' as the deadline, not as the report", () => {
    expect(promises("- **Coordinated disclosure** after 60 days, or when a fix is released (whichever comes first)\n").disclose).toBe(60);
    expect(promises("We send an initial response to the coordinated disclosure within 3 days.\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, disclose: null });
  });
});

describe("rounds thirty-six and thirty-seven: review mends", () => {
  it("reads a step named in the row with the time, whatever the column's header says", () => {
    const md = "| Stage | Response time |\n|---|---|\n| Acknowledgement | 2 business days |\n| Initial assessment | 7 days |\n| Public disclosure | 90 days |\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 7, unit: "days" }, disclose: 90 });
    const steps = "| Phase | Action | Target | Maximum |\n|---|---|---|---|\n| 1 | Acknowledge receipt of your report. | 1 day | 3 days |\n| 2 | Publish an advisory. | 30 days | 90 days |\n";
    expect(promises(steps).ack).not.toBeNull();
  });

  it("reads a public advisory's time as a deadline only where it is the other branch of the fix", () => {
    expect(promises("We aim to release a fix within 90 days of the report and will publish a public advisory once the fix is available.\n").disclose).toBeNull();
    expect(promises("We will triage the issue within 10 days of the report; public advisories are published after a fix ships.\n")).toMatchObject({ respond: { amount: 10, unit: "days" }, disclose: null });
  });

  it("takes a disclosure step from a heading only when the heading is the disclosure's timeline", () => {
    expect(promises("## Vulnerability Disclosure Policy\n\nOur remediation targets are:\n\n- Critical: 7 days from report\n- Medium: 90 days from report\n").disclose).toBeNull();
  });

  it("keeps a waiting period counted from the report a disclosure deadline", () => {
    expect(promises("There is a 90-day waiting period from the date of your report before we disclose the issue publicly.\n").disclose).toBe(90);
    expect(promises("Reporters agree to a 90 day waiting period before public disclosure.\n").disclose).toBe(90);
  });

  it("reads no disclosure from a fixed release announced (公布), and no response from updates on a change or after a fix", () => {
    expect(promises("我们会在 48 小时内确认收到您的报告，并在 30 天内公布修复版本。\n").disclose).toBeNull();
    expect(promises("We acknowledge within 2 days and will update you within 7 days of any change in the status of your report.\n").respond).toBeNull();
    expect(promises("We acknowledge within 2 days. We will update you within 24 hours of releasing a fix.\n").respond).toBeNull();
  });

  it("reads 'reply to a responsible disclosure after N days' as a reply to the report", () => {
    expect(promises("We usually reply to a responsible disclosure after 1-2 business days.\n")).toMatchObject({ disclose: null });
  });
});

describe("round thirty-eight", () => {
  it("reads an embargo that starts once patches are ready as no deadline", () => {
    expect(promises("Once patches are ready, an embargo period of up to 14 days starts.\n").disclose).toBeNull();
  });

  it("reads a confirmation email as the acknowledgement, and opening issues to the public as disclosure", () => {
    expect(promises("- You will receive a confirmation email within **48 hours**\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("We will open reported issues to the public within 60 days, or after a fix is released (whichever comes first).\n").disclose).toBe(60);
  });
});

describe("round forty", () => {
  it("reads the maintainers' bare confirmation as the first reply, and the Turkish confirmation of receipt, but confirming the problem as an assessment", () => {
    expect(promises("We will confirm within 10 days; the fix follows in a release.\n").ack).toEqual({ amount: 10, unit: "days" });
    expect(promises("Raporunuzu 2 iş günü içinde aldığımızı teyit ederiz.\n").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("We will confirm the problem within 4 days.\n")).toMatchObject({ ack: null, respond: { amount: 4, unit: "days" } });
    expect(promises("Once confirmed, we send a detailed response within 6 days.\n")).toMatchObject({ ack: null, respond: { amount: 6, unit: "days" } });
  });

  it("reads the time asked for in brackets before 'to patch' as the disclosure window, and 'once a week' as a cadence", () => {
    expect(promises("## Responsible disclosure\n\nDo not share details before we fix them. Give us a fair timeframe (usually 60 days) to fix the bug.\n").disclose).toBe(60);
    expect(promises("Give us a window (about 20 days) to review the report.\n").disclose).toBeNull();
    expect(promises("Reporters get a progress update at least once a week.\n")).toMatchObject({ ack: null, respond: null });
    expect(promises("Once 45 days have passed, you may disclose it.\n").disclose).toBe(45);
  });

  it("reads the promises of a policy written in HTML, but not a template left in a comment or a table's cells", () => {
    const md = "<section>\n<h2>Reporting</h2>\n<ul>\n<li><strong>First reply:</strong> within <strong>4 business days</strong>.</li>\n</ul>\n<!-- Tell them how often they can expect an update, e.g. within 9 days -->\n</section>\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 4, unit: "business_days" }, respond: null });
  });
});

describe("round forty: review mends", () => {
  it("reads no acknowledgement from the reporter's confirmation, a confirmation in the advisory, or confirmed issues being fixed", () => {
    expect(promises("If you do not confirm within 20 days, we close the report.\n").ack).toBeNull();
    expect(promises("We reply within 4 days. Reporters then have 10 days to confirm.\n").ack).toEqual({ amount: 4, unit: "days" });
    expect(promises("We will confirm, within 12 days, whether the issue is accepted.\n")).toMatchObject({ ack: null, respond: { amount: 12, unit: "days" } });
    expect(promises("We reply within 3 days. After a fix we confirm in the advisory within 60 days.\n").ack).toEqual({ amount: 3, unit: "days" });
    expect(promises("Teyit edilen açıklar 20 gün içinde düzeltilir.\n").ack).toBeNull();
  });

  it("reads the time asked for in brackets 'to fix' as a disclosure window only where the sentence or its heading is about going public", () => {
    expect(promises("Give us some time (usually 4 days) to fix build regressions before escalating.\n").disclose).toBeNull();
    expect(promises("## Public disclosure\n\nPlease give us a fair period (typically 45 days) to patch it.\n").disclose).toBe(45);
  });

  it("reads neither preformatted text nor a commented-out table row of an HTML policy", () => {
    expect(promises("<div>\n<p>Report template:</p>\n<pre>Disclosure plan: I will publish 21 days after reporting.</pre>\n</div>\n").disclose).toBeNull();
    const table = "## Supported Versions\n\n<table>\n<tr><th>Version</th><th>Supported</th></tr>\n<tr><td>4.x</td><td>✅</td></tr>\n<!-- <tr><td>3.x</td><td>✅</td></tr> -->\n<tr><td>3.x</td><td>❌</td></tr>\n</table>\n";
    expect(readPolicy(table).rows.map((r) => [r.label, r.supported])).toEqual([["4.x", true], ["3.x", false]]);
  });
});

describe("round forty-one", () => {
  it("reads the Indonesian and Italian acknowledgement", () => {
    expect(promises("Kami akan mengonfirmasi penerimaan laporan dalam 3 hari kerja.\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("Garantiamo la presa in carico entro 72 ore.\n").ack).toEqual({ amount: 72, unit: "hours" });
  });

  it("reads updates every N days, in other languages, as a cadence and no deadline", () => {
    for (const md of [
      "Enviaremos atualizações a cada 7 dias até a correção.\n",
      "Vous recevrez des nouvelles tous les 5 jours.\n",
      "Wir melden uns alle 14 Tage mit dem Stand.\n",
      "Forniremo aggiornamenti ogni 7 giorni.\n",
      "Мы отправим первичный ответ и далее сообщаем каждые 7 дней.\n",
      "我们每 7 天回复一次。\n",
    ]) {
      expect(promises(md)).toMatchObject({ ack: null, respond: null });
    }
    expect(promises("Responderemos em até 7 dias.\n").ack).toEqual({ amount: 7, unit: "days" });
    expect(promises("Мы отправим первичный ответ в течение 7 дней.\n").ack).toEqual({ amount: 7, unit: "days" });
    expect(promises("我们会在 7 天内回复。\n").ack).toEqual({ amount: 7, unit: "days" });
  });
});

describe("round forty-two", () => {
  it("reads Traditional Chinese working days (個工作天) and assessment (評估)", () => {
    const md = "- **首次回覆**：我們會在 **2 個工作天內**回覆\n- **評估**：我們會在 10 個工作天內完成評估\n";
    expect(promises(md)).toMatchObject({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 10, unit: "business_days" } });
  });

  it("reads a window counted from the report or its receipt to disclosure as the disclosure window, not the acknowledgement", () => {
    expect(promises("We target a 60-day window from acknowledgement to public disclosure.\n")).toMatchObject({ ack: null, disclose: 60 });
    expect(promises("- **公開**: 報告から 60 日以内の開示を目安とします。\n")).toMatchObject({ ack: null, disclose: 60 });
    expect(promises("受領から 3 営業日以内に返信します。\n").ack).toEqual({ amount: 3, unit: "business_days" });
  });

  it("reads a lone promise to review a report as the first reply, but not a review with an assessment, a review process, or a review after an acknowledgement", () => {
    expect(promises("We will review your report within 6 business days.\n")).toMatchObject({ ack: { amount: 6, unit: "business_days" }, respond: null });
    expect(promises("Our maintainers will review the report and determine the best course of action within 4 days.\n")).toMatchObject({ ack: null, respond: { amount: 4, unit: "days" } });
    expect(promises("The review process will take about three weeks.\n")).toMatchObject({ ack: null, respond: { amount: 3, unit: "weeks" } });
    expect(promises("We acknowledge reports within 2 days and will review them within 9 days.\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, respond: { amount: 9, unit: "days" } });
  });
});

describe("round forty-two: review mends", () => {
  it("keeps the first reply counted from receipt in Japanese, and reads disclosure named as a topic as no window", () => {
    expect(promises("報告の受領から 3 営業日以内に担当者よりご連絡いたします。\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("報告受付から 1 営業日以内にご連絡し、30 日以内に修正版をリリースします。\n").ack).toEqual({ amount: 1, unit: "business_days" });
    expect(promises("脆弱性情報の開示に関するお問い合わせには 2 営業日以内に回答します。\n")).toMatchObject({ ack: { amount: 2, unit: "business_days" }, disclose: null });
  });

  it("reads a review as the first reply only where no reply or assessment is promised beside it, and only a review of the report", () => {
    for (const md of [
      "We will acknowledge receipt of your report as soon as possible. We will review it within 5 business days.\n",
      "We will reply to your email. The security team will review it within 5 business days.\n",
      "- We confirm receipt of your report.\n- We will review the report within 5 business days.\n",
      "We will review your report within 5 business days and let you know whether it is accepted.\n",
      "We will review reports within 5 business days. After that we assess severity and plan a fix.\n",
    ]) {
      expect(promises(md)).toMatchObject({ ack: null, respond: { amount: 5, unit: "business_days" } });
    }
    expect(promises("Dependabot alerts are reviewed within 30 days of being raised.\n").ack).toBeNull();
    expect(promises("Response process:\n\nWe will review your report within 5 business days.\n").ack).toEqual({ amount: 5, unit: "business_days" });
  });

  it("reads Italian 'alle' before hours as a bound, not a cadence, and an Indonesian confirmation of validity as the assessment", () => {
    expect(promises("Risponderemo in un tempo che va dalle 24 alle 72 ore.\n").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("Wir melden uns mindestens alle 5 Werktage mit dem Stand.\n")).toMatchObject({ ack: null, respond: null });
    const id = "Kami akan membalas dalam 48 jam. Kami akan mengonfirmasi apakah laporan tersebut valid dalam 5 hari kerja.\n";
    expect(promises(id)).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: { amount: 5, unit: "business_days" } });
  });
});

describe("round forty-three", () => {
  it("reads promises in Czech and Dutch, with their number words and working days", () => {
    expect(promises("Na nahlášení budeme reagovat do 5 dnů.\n").ack).toEqual({ amount: 5, unit: "days" });
    const list = "- **48 hodin**: Potvrzení přijetí\n- **5 pracovních dnů**: Posouzení závažnosti\n- **30 dní**: Oprava\n";
    expect(promises(list)).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: { amount: 5, unit: "business_days" }, disclose: null });
    expect(promises("Wij reageren binnen drie werkdagen.\n").ack).toEqual({ amount: 3, unit: "business_days" });
  });

  it("reads Spain's 'días laborables' as working days", () => {
    expect(promises("- Acuse de recibo: 2 días laborables\n").ack).toEqual({ amount: 2, unit: "business_days" });
  });

  it("reads a disclosure window counted from the acknowledgement as a disclosure window, and 'after acknowledgement' as where a time counts from", () => {
    expect(promises("Details may be publicly disclosed once a fix ships, or 60 days after acknowledgement, whichever comes first.\n")).toMatchObject({ ack: null, disclose: 60 });
    expect(promises("We send a detailed response within 10 days after acknowledgement.\n")).toMatchObject({ ack: null, respond: { amount: 10, unit: "days" } });
  });
});

describe("round forty-four", () => {
  it("reads promises in Romanian, Ukrainian, Hebrew, Danish, Swedish and Arabic, with their units", () => {
    expect(promises("Vei primi un răspuns în cel mult 3 zile lucrătoare.\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("Vom trimite un răspuns în 48 de ore.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("Первинна відповідь надається протягом 2 робочих днів.\n").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("- **תגובה ראשונית:** תוך 24 שעות\n").ack).toEqual({ amount: 24, unit: "hours" });
    const da = "Vi kvitterer for modtagelsen inden for 2 arbejdsdage og giver en vurdering inden for 8 arbejdsdage.\n";
    expect(promises(da)).toMatchObject({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 8, unit: "business_days" } });
    expect(promises("Vi svarar inom 5 dagar.\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("يرجى الانتظار 60 يوماً قبل النشر العلني.\n").disclose).toBe(60);
  });

  it("reads the Spanish 'reconocimiento' and the Indonesian 'respon awal' as the acknowledgement", () => {
    expect(promises("Recibirás un reconocimiento inicial dentro de las 12 horas.\n").ack).toEqual({ amount: 12, unit: "hours" });
    expect(promises("- Respon awal dalam 4 hari kerja.\n").ack).toEqual({ amount: 4, unit: "business_days" });
  });

  it("reads a usual time and a bound that holds ('or no later than') as the bound", () => {
    expect(promises("We respond within 2 days, or no later than 5 days.\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("We respond within 24 hours, or at the latest 3×24 hours.\n").ack).toEqual({ amount: 72, unit: "hours" });
  });
});

describe("round forty-five", () => {
  it("reads German written without umlauts (Bestaetigung, Ersteinschaetzung) and a Spanish estimate as the assessment", () => {
    const de = "- **Bestaetigung:** Innerhalb von 24 Stunden\n- **Ersteinschaetzung:** Innerhalb von 3 Werktagen\n";
    expect(promises(de)).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: { amount: 3, unit: "business_days" } });
    expect(promises("- **Acuse de recibo**: 24 horas\n- **Estimación**: 2 semanas\n")).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: { amount: 2, unit: "weeks" } });
  });

  it("reads the reporter reaching out to us as no reply of ours", () => {
    expect(promises("Please reach out to us at sec@example.org and allow 3 business days for a release.\n").ack).toBeNull();
    expect(promises("We will reach out within 2 days.\n").ack).toEqual({ amount: 2, unit: "days" });
  });
});

describe("rounds forty-three to forty-five: review mends", () => {
  it("reads a bound after 'or at the latest' as the same step only where nothing follows it in the clause", () => {
    expect(promises("We confirm receipt within 24 hours, but at most 7 days later you will know our decision.\n").ack).toEqual({ amount: 24, unit: "hours" });
    expect(promises("You will get a reply within 5 days, but no later than 90 days the advisory goes out.\n").ack).toEqual({ amount: 5, unit: "days" });
  });

  it("reads 'after acknowledgement' as where a time counts from only right after the time", () => {
    expect(promises("Following acknowledgement within 2 days, we triage the report within 5 days.\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, respond: { amount: 5, unit: "days" } });
    const md = "We will acknowledge your report within 2 business days and send a detailed assessment within 14 days of acknowledgement; public disclosure follows the fix.\n";
    expect(promises(md)).toMatchObject({ respond: { amount: 14, unit: "days" }, disclose: null });
    expect(promises("- **Disclosure**: we agree on a date with you; default is 90 days from acknowledgement, or earlier if a fix ships.\n").disclose).toBe(90);
  });

  it("reads no reply in 'according to' (відповідно), credit (reconocimiento público) or 'corresponds to' (svarer til)", () => {
    expect(promises("Відповідно до нашого процесу, виправлення зазвичай виходить протягом 14 днів.\n").ack).toBeNull();
    expect(promises("Recibirás una respuesta en 5 días. Ofrecemos reconocimiento público en un plazo de 30 días tras la publicación del parche.\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("Vi retter sårbarheder inden for 14 dage, hvilket svarer til to uger.\n").ack).toBeNull();
  });

  it("reads publishing a fix as no disclosure, updates every N days in these languages as a cadence, and times of day or rates as no time", () => {
    expect(promises("פרסום תיקון יתבצע תוך 14 ימים.\n").disclose).toBeNull();
    expect(promises("Zveřejnění opravené verze do 14 dnů.\n").disclose).toBeNull();
    expect(promises("Potvrzení přijetí do 48 hodin, poté odpověď o stavu každých 7 dní.\n")).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: null });
    expect(promises("Na hlášení budeme reagovat v pracovní dny od 9 do 17 hodin.\n").ack).toBeNull();
    expect(promises("Hlášení sledujeme 24 hodin denně, 7 dní v týdnu, a odpovíme co nejdříve.\n").ack).toBeNull();
    expect(promises("Confirmación de recepción en 48h.\n").ack).toEqual({ amount: 48, unit: "hours" });
  });
});

describe("round forty-six", () => {
  it("reads German 'reagieren', Indonesian 'konfirmasi laporan', Dutch 'statusupdate', Vietnamese 'đánh giá' and Chinese first confirmation and severity grading", () => {
    expect(promises("Wir reagieren auf Meldungen innerhalb von 5 Arbeitstagen.\n").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("| Tahap | Estimasi |\n|---|---|\n| Konfirmasi laporan | ≤ 48 jam |\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("We bevestigen de ontvangst binnen 2 dagen. Binnen 10 dagen krijg je een statusupdate.\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, respond: { amount: 10, unit: "days" } });
    expect(promises("Chúng tôi xác nhận trong vòng 3 ngày và đánh giá trong vòng 14 ngày.\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: { amount: 14, unit: "days" } });
    expect(promises("- 首次确认：3 个工作日内\n- 严重性定级：7 个工作日内\n")).toMatchObject({ ack: { amount: 3, unit: "business_days" }, respond: { amount: 7, unit: "business_days" } });
  });

  it("reads 'coordinated disclosure within N days' as a disclosure window, and a fix and its disclosure within N days too (the whole-session review withdrew the fix-target reading)", () => {
    expect(promises("We acknowledge reports within a week and aim for coordinated disclosure within 60 days.\n").disclose).toBe(60);
    expect(promises("- 修复与披露：60 天内\n").disclose).toBe(60);
    expect(promises("- **Fix and disclosure**: within 90 days\n").disclose).toBe(90);
    expect(promises("We work with you on a fix and a coordinated disclosure timeline of up to 60 days.\n").disclose).toBe(60);
  });

  it("reads a Korean, Chinese or Japanese time counted from the fix ('패치 배포 후 14일') as no disclosure deadline", () => {
    expect(promises("충분한 시간이 지난 후 (보통 패치 배포 후 14일) 상세 정보를 공개합니다.\n").disclose).toBeNull();
    expect(promises("修复发布后 14 天公开漏洞详情。\n").disclose).toBeNull();
    expect(promises("報告の受領から 60 日以内に公開します。\n").disclose).toBe(60);
  });
});

describe("round forty-six: review mends", () => {
  it("still reads a reply to 'your disclosure within N' as the reply, and a fix and disclosure counted from the report as a deadline", () => {
    expect(promises("We will acknowledge your disclosure within 3 business days.\n")).toMatchObject({ ack: { amount: 3, unit: "business_days" }, disclose: null });
    expect(promises("We reply to each coordinated disclosure within 5 business days.\n")).toMatchObject({ ack: { amount: 5, unit: "business_days" }, disclose: null });
    expect(promises("We target a fix and disclosure within 90 days of receiving the report.\n").disclose).toBe(90);
    expect(promises("- 修复与披露：报告后 90 天内\n").disclose).toBe(90);
  });

  it("reads no promise of ours in the reporter's reply (German, Indonesian), in 'đánh giá cao' (appreciate) or in a Dutch status update every N days", () => {
    expect(promises("Wenn Sie nicht innerhalb von 30 Tagen reagieren, schließen wir das Ticket.\n").ack).toBeNull();
    expect(promises("Jika kami memerlukan konfirmasi laporan dari Anda, mohon balas dalam 14 hari.\n").ack).toBeNull();
    expect(promises("Chúng tôi đánh giá cao mọi báo cáo và sẽ liên hệ lại trong vòng 2 ngày.\n").respond).toBeNull();
    expect(promises("We bevestigen de ontvangst binnen 2 dagen en sturen elke 7 dagen een statusupdate.\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, respond: null });
    expect(promises("- 严重性分级后 30 天内发布修复\n").respond).toBeNull();
  });

  it("reads a Korean time after the patch has shipped (패치가 배포된 후) as no disclosure deadline", () => {
    expect(promises("패치가 배포된 후 30일이 지나면 상세 내용을 공개합니다.\n").disclose).toBeNull();
  });
});

describe("round forty-seven", () => {
  it("reads Polish 'ocena', Turkish 'durum güncellemesi' and Spanish 'acusamos recibo' as promise words", () => {
    expect(promises("- Potwierdzenie odbioru: do 48h.\n- Wstępna ocena: do 10 dni.\n")).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: { amount: 10, unit: "days" } });
    expect(promises("- **İlk Yanıt**: 24 saat içinde\n- **Durum Güncellemesi**: 5 gün içinde\n")).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: { amount: 5, unit: "days" } });
    expect(promises("Acusamos recibo en 72 horas.\n").ack).toEqual({ amount: 72, unit: "hours" });
  });

  it("reads a time counted from triage as no step of its own", () => {
    expect(promises("1. We acknowledge reports within 2 days.\n2. **Coordinated disclosure**: a patch ships with an advisory. We strive to complete this within 45 days of initial triage.\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, respond: null, disclose: null });
  });

  it("reads the wait before going public: 'hold off publishing … or N days from your report', 'N days to investigate and apply a fix before disclosing', 'after this period … disclosed'", () => {
    expect(promises("## Disclosure\n\nPlease hold off publishing until a fix ships, or 60 days from your report, whichever comes first.\n").disclose).toBe(60);
    expect(promises("Please allow us 60 days to investigate and apply a fix before disclosing the issue publicly.\n")).toMatchObject({ respond: null, disclose: 60 });
    expect(promises("We aim to ship a patch within 45 days; after this period the issue will be disclosed publicly.\n").disclose).toBe(45);
  });
});

describe("round forty-seven: review mends", () => {
  it("reads 'after which …' as a disclosure window only when the issue is what goes public", () => {
    expect(promises("Each minor release receives security patches for 18 months, after which it is publicly marked as end of life.\n").disclose).toBeNull();
    expect(promises("Critical issues are fixed within 10 days, after which patched versions are published to npm.\n").disclose).toBeNull();
  });

  it("keeps a reply or a triage in its own clause beside a fix before disclosure, and 'of triage' as where a time counts from only after 'within'", () => {
    expect(promises("Give us 48 hours to reply and we will issue a fix before disclosure.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("We need 5 days to triage the report, and then we develop a fix before disclosing it.\n")).toMatchObject({ respond: { amount: 5, unit: "days" }, disclose: null });
    expect(promises("We acknowledge within 2 days. Please allow 7 days of initial triage.\n").respond).toEqual({ amount: 7, unit: "days" });
  });

  it("reads no assessment in Polish 'od oceny' (counted from it) or 'Ocena CVSS', and Turkish 'her 7 günde bir' as a cadence", () => {
    expect(promises("Nagrody są wypłacane w ciągu 30 dni od oceny zgłoszenia.\n").respond).toBeNull();
    expect(promises("- **İlk Yanıt**: 48 saat içinde\n- **Durum güncellemeleri**: her 7 günde bir\n")).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: null });
  });
});

describe("round forty-eight", () => {
  it("reads days counted in business days (영업일 기준) as business days, and Chinese 确认报告 as the acknowledgement", () => {
    expect(promises("- 영업일 기준 4일 이내에 접수를 확인합니다.\n").ack).toEqual({ amount: 4, unit: "business_days" });
    expect(promises("维护者会在 3 个工作日内确认报告。\n").ack).toEqual({ amount: 3, unit: "business_days" });
  });

  it("reads 'work with you to confirm the vulnerability' as no step sharing the acknowledgement's time", () => {
    expect(promises("We will acknowledge receipt within 24 hours and will work with you to confirm the vulnerability.\n")).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: null });
    expect(promises("We will acknowledge receipt within 24 hours, with our initial assessment.\n").respond).toEqual({ amount: 24, unit: "hours" });
  });

  it("reads a time named '(responsible disclosure window)' as the disclosure window", () => {
    expect(promises("- **Fix & Disclosure**: within 60 days (responsible disclosure window)\n").disclose).toBe(60);
  });
});

describe("round forty-eight: review mends", () => {
  it("reads 确认报告是否有效 (confirm whether the report is valid) as the assessment, and no business days where they are denied", () => {
    expect(promises("我们将在 7 天内确认报告是否有效。\n").ack).toBeNull();
    expect(promises("不按工作日计算，3 天内确认收到。\n").ack).toEqual({ amount: 3, unit: "days" });
    expect(promises("按工作日计算，3 天内确认收到。\n").ack).toEqual({ amount: 3, unit: "business_days" });
  });

  it("reads a bracket about disclosure after a time as no disclosure window unless it names one", () => {
    expect(promises("- Acknowledgement: within 2 days (disclosure questions go to security@example.com)\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, disclose: null });
    expect(promises("- Triage: within 5 days (public disclosure only after a fix)\n")).toMatchObject({ respond: { amount: 5, unit: "days" }, disclose: null });
  });

  it("keys 'with' on the verb: working with someone shares no step, 'with you receiving our assessment' does", () => {
    expect(promises("We acknowledge reports within 24 hours and will work with the maintainers to confirm the vulnerability.\n").respond).toBeNull();
    expect(promises("We acknowledge reports within 24 hours, with you receiving our initial assessment at the same time.\n").respond).toEqual({ amount: 24, unit: "hours" });
  });
});

describe("round forty-nine", () => {
  it("reads Chinese 分级结论 (grading conclusion) and Japanese トリアージ (triage) as the assessment", () => {
    expect(promises("- 首次响应：2 个工作日内\n- 分级结论：5 个工作日内\n")).toMatchObject({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 5, unit: "business_days" } });
    expect(promises("- 初回応答: 48時間以内\n- トリアージ/進捗連絡: 5日以内\n")).toMatchObject({ ack: { amount: 48, unit: "hours" }, respond: { amount: 5, unit: "days" } });
  });

  it("reads 'information disclosure' as a kind of vulnerability, not the step of going public", () => {
    const md = "| Severity | Examples | Target remediation |\n|---|---|---|\n| High | Authentication bypass | 7 days |\n| Medium | Information disclosure, denial of service | 45 days |\n";
    expect(promises(md).disclose).toBeNull();
    expect(promises("We disclose every report within 45 days.\n").disclose).toBe(45);
  });
});

describe("round forty-nine: review mends", () => {
  it("reads トリアージ and 分级结论 as no step where they name when a time starts or who handles the report", () => {
    expect(promises("トリアージ完了後 60 日以内に公開します。\n")).toMatchObject({ respond: null, disclose: 60 });
    expect(promises("收到报告后 3 天内回复，分级结论后 60 天内公开披露。\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: null, disclose: 60 });
    expect(promises("トリアージが完了してから 14 日以内に修正します。\n").respond).toBeNull();
  });

  it("keeps 'information disclosure' the step of going public where it is not named as a kind of flaw", () => {
    expect(promises("Full information disclosure will be made within 60 days.\n").disclose).toBe(60);
    expect(promises("Information-disclosure flaws: 30 days to fix.\n").disclose).toBeNull();
  });
});

describe("round fifty", () => {
  it("reads time allowed before public discussion as the disclosure window", () => {
    expect(promises("Allow up to 60 days for coordinated disclosure before public discussion.\n").disclose).toBe(60);
  });
});

describe("round fifty: review mends", () => {
  it("reads 'before public discussion' as a disclosure window only for time named as the disclosure's", () => {
    expect(promises("We request a CVE within 3 days, then share the draft advisory with you before public discussion.\n").disclose).toBeNull();
    expect(promises("Please wait 2 days before public discussion of a fix.\n").disclose).toBeNull();
  });
});

describe("rounds forty-six to fifty: whole-session review mends", () => {
  it("reads 'Coordinated disclosure: N days' as the window, and 'after which … published' beside a fix target as none", () => {
    expect(promises("- Acknowledgement: 2 days\n- Coordinated disclosure: 90 days\n")).toMatchObject({ ack: { amount: 2, unit: "days" }, disclose: 90 });
    expect(promises("Fixes for high-severity issues are released within 14 days, after which details are published in a security advisory.\n").disclose).toBeNull();
  });

  it("reads coordinated disclosure aimed for once a fix is out as counted from the fix, and a bracket that opens a disclosure window as no claim on the time before it", () => {
    expect(promises("Once fixed, we aim for coordinated disclosure within 7 days.\n").disclose).toBeNull();
    expect(promises("- Acknowledgement: 2 days (disclosure window: 90 days)\n").ack).toEqual({ amount: 2, unit: "days" });
  });
});

describe("round fifty-one (gaps the whole-session review named)", () => {
  it("reads Polish days written 'dniach'", () => {
    expect(promises("Potwierdzimy otrzymanie zgłoszenia w 3 dniach.\n").ack).toEqual({ amount: 3, unit: "days" });
  });
});

describe("round fifty-two", () => {
  it("reads 'confirm or refute the issue within N' as the response, after the acknowledgement", () => {
    expect(promises("We acknowledge reports within 3 days and confirm or refute the problem within 10 days.\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: { amount: 10, unit: "days" } });
  });

  it("reads 'no disclosure before a fix or an agreed deadline (N days by default)' as the disclosure window", () => {
    expect(promises("We ask for no public disclosure until a patch ships or the agreed deadline (60 days by default).\n").disclose).toBe(60);
  });
});

describe("round fifty-two: review mends", () => {
  it("reads 'if we cannot confirm or refute the issue within N' as no response (the time is the reporter's), and a bracket with a time for something else as no disclosure window", () => {
    expect(promises("If we cannot confirm or deny the problem within 60 days, you are free to disclose it.\n")).toMatchObject({ respond: null, disclose: 60 });
    expect(promises("Please confirm or reject within 10 days whether you intend to publish.\n").respond).toBeNull();
    expect(promises("No public disclosure until a fix ships or the agreed timeline (typically 5 days for notifying packagers).\n").disclose).toBeNull();
  });
});

describe("round fifty-three", () => {
  it("reads a Korean step list's '확인: N시간' (confirmation) as the acknowledgement", () => {
    expect(promises("### 응답 시간\n\n- 확인: 24시간 이내\n- 평가: 5일 이내\n").ack).toEqual({ amount: 24, unit: "hours" });
  });
});

describe("round fifty-three: review mends", () => {
  it("reads '확인:' as the acknowledgement only where the time is all the step says", () => {
    expect(promises("### 응답 시간\n\n- 확인: 7일 이내에 취약점 여부 판단\n").ack).toBeNull();
    expect(promises("### 응답 시간\n\n- 확인: 패치 릴리스 후 7일 이내 공개\n").ack).toBeNull();
  });
});

describe("round fifty-four", () => {
  it("reads a timeline counted from the report's day 0 whose disclosure step has a day as the window, but not one that follows the fix", () => {
    expect(promises("- Day 0: report received\n- Day 1-10: triage\n- Day 45+: public disclosure\n").disclose).toBe(45);
    expect(promises("- Day 0: report received\n- Day 30: fix released\n- Day 31+: public disclosure after the fix is available\n").disclose).toBeNull();
  });

  it("reads a number with its unit left out as in the unit of the amount before it ('… within 3 business days and triage within 8.')", () => {
    expect(promises("We acknowledge reports within 3 business days and triage them within 8.\n")).toMatchObject({ ack: { amount: 3, unit: "business_days" }, respond: { amount: 8, unit: "business_days" } });
    expect(promises("We acknowledge within 2 days. Please test within 5 minutes of install.\n").respond).toBeNull();
  });
});

describe("round fifty-four: review mends", () => {
  it("reads no disclosure window from a timeline whose day 0 is the fix, or whose step is a private one", () => {
    expect(promises("- Day 0: Patch released and reporter notified\n- Day 7: Public disclosure\n").disclose).toBeNull();
    expect(promises("- Day 0: Report received\n- Day 10: Disclosure to MITRE for CVE assignment\n").disclose).toBeNull();
  });

  it("reads no borrowed unit for the first half of a range whose unit comes after it, or beside a rate", () => {
    expect(promises("We acknowledge within 24 hours and send an assessment within 5 and 10 days.\n").respond).toEqual({ amount: 10, unit: "days" });
    expect(promises("We staff the inbox 8 hours a day and respond within 2.\n").ack).toBeNull();
  });
});

describe("round fifty-five", () => {
  it("reads a disclosure timeline counted from the patch, and 'N días después del fix' (or après le correctif, nach dem Fix), as no window from the report", () => {
    expect(promises("- 60-day disclosure timeline after patch availability\n").disclose).toBeNull();
    expect(promises("- **Divulgación pública:** 60 días después del parche.\n").disclose).toBeNull();
    expect(promises("- Divulgation publique : 60 jours après le correctif.\n").disclose).toBeNull();
  });
});

describe("round fifty-five: review mends", () => {
  it("keeps a disclosure window counted from the fix or the report, whichever comes first", () => {
    expect(promises("We follow a 60-day disclosure deadline after the fix is available or the report is received, whichever comes first.\n").disclose).toBe(60);
    expect(promises("Divulgaremos 60 días después del parche o del reporte, lo que ocurra primero.\n").disclose).toBe(60);
  });
});

describe("round fifty-six", () => {
  it("reads an advisory published within N of the fix being merged as counted from the fix", () => {
    expect(promises("After the fix has been merged, we will cut a release and publish the advisory within 10 days.\n").disclose).toBeNull();
  });
});

describe("rounds fifty-two to fifty-six: whole-session review mends", () => {
  it("borrows no hours for a bare number, nor a unit many times too short or long", () => {
    expect(promises("We acknowledge within 48 hours and triage it within 5.\n").respond).toBeNull();
    expect(promises("We acknowledge within 2 business days and disclose publicly within 90.\n").disclose).toBeNull();
  });

  it("reads the largest of several day-0 timelines, and 'whichever comes first' as a bound from the report only when the report is named", () => {
    expect(promises("### Disclosure timeline\n\nCritical issues:\n\n- Day 0: report received\n- Day 7: public disclosure\n\nOther issues:\n\n- Day 0: report received\n- Day 30: public disclosure\n").disclose).toBe(30);
    expect(promises("We disclose 7 days after the fix is released or when the next minor release ships, whichever is sooner.\n").disclose).toBeNull();
  });
});

describe("round fifty-seven (where two independent readings of the same policies agreed against the reader)", () => {
  it("reads an 'initial audit' as the response, and a bracketed standard disclosure window as the window whatever the sentence says of the fix", () => {
    expect(promises("- **Initial audit**: 48 hours.\n").respond).toEqual({ amount: 48, unit: "hours" });
    expect(promises("- Advisory: published once the patch is out (standard 60-day responsible disclosure window).\n").disclose).toBe(60);
  });

  it("reads a time from the report alone in a list under a disclosure heading as the window", () => {
    expect(promises("### Disclosure\n\nWe follow coordinated disclosure:\n\n- We agree a date with you\n- Usually 60 days after the initial report\n").disclose).toBe(60);
  });
});

describe("round fifty-seven: review mends", () => {
  it("reads an audit that is no step of handling a report, and another step's time from the report under a disclosure heading, as no promise", () => {
    expect(promises("We perform an initial audit of dependencies within 30 days of each major release.\n").respond).toBeNull();
    expect(promises("### Disclosure\n\n- Bounty paid 30 days after the report\n- Credit within 30 days of report\n").disclose).toBeNull();
  });
});

describe("round fifty-eight", () => {
  it("reads a resolution or fix timeline the reporter receives as the response", () => {
    expect(promises("You will receive a reply within 2 days and a resolution timeline within 10 days.\n").respond).toEqual({ amount: 10, unit: "days" });
    expect(promises("Expect an answer within 3 days and a fix timeline within 2 weeks.\n").respond).toEqual({ amount: 2, unit: "weeks" });
  });

  it("reads a bracket that lists what a step covers as part of that step, not as another step", () => {
    const md = "- We aim to give a first assessment (impact, scope, fix options)\n  within 8 business days.\n";
    expect(promises(md).respond).toEqual({ amount: 8, unit: "business_days" });
  });

  it("reads a time counted from the first response as no acknowledgement", () => {
    expect(promises("We will agree a date with you. By default: 60 days from first response.\n").ack).toBeNull();
  });

  it("reads a day-N timeline's coordinated public disclosure, and a time asked to triage and fix before disclosure, as the window", () => {
    expect(promises("## Timeline\n\n1. **Day 0**: issue reported to us\n2. **Day 3**: triaged\n3. **Day 45**: Coordinated public disclosure\n").disclose).toBe(45);
    expect(promises("- Grant us a fair time window (by default **60 days**) to investigate and fix\n  before you go public.\n").disclose).toBe(60);
  });

  it("reads the time users are given to update after the fix as no disclosure window", () => {
    expect(promises("4. We publish the advisory after users have had time to upgrade (usually 21 days)\n").disclose).toBeNull();
  });
});

describe("round fifty-eight: review mends", () => {
  it("reads a fix timeline stated as a target as no response", () => {
    expect(promises("Users can expect a fix timeline of 30 days for high-severity issues.\n").respond).toBeNull();
    expect(promises("## Remediation targets\n\n- High and critical: resolution timeline within 7 days\n").respond).toBeNull();
  });

  it("keeps a bracket's step where the words outside it only name a reply", () => {
    expect(promises("Response (triage): within 5 days.\n").respond).toEqual({ amount: 5, unit: "days" });
  });

  it("reads a time from the reporter's first contact under an acknowledgement lead as the acknowledgement", () => {
    expect(promises("Acknowledgement:\n\n- Maximum 3 days from first contact\n").ack).toEqual({ amount: 3, unit: "days" });
  });

  it("takes the public step of a day-N timeline whose coordination begins earlier", () => {
    expect(promises("- Day 0: report received\n- Day 7: Coordinated disclosure process begins (CVE requested)\n- Day 90: Public disclosure\n").disclose).toBe(90);
    expect(promises("- Day 0: report received\n- Day 5: Coordinated disclosure timeline agreed with reporter\n- Day 60: fix released\n").disclose).toBeNull();
  });

  it("reads time to review and address the report as no disclosure window, and users' time counted from the report as one", () => {
    expect(promises("Please allow us time (typically 5 days) to review and address your report before any public discussion.\n").disclose).toBeNull();
    expect(promises("We disclose publicly once customers have had time to upgrade (typically 90 days from the initial report).\n").disclose).toBe(90);
  });
});

describe("round fifty-nine", () => {
  it("reads one reply that brings the evaluation as the first contact only, and as the response beside an acknowledgement of its own", () => {
    const reply = "- We will reply to your report within 4 business days with our assessment and a planned fix date.\n";
    expect(promises(reply)).toEqual({ ack: { amount: 4, unit: "business_days" }, respond: null, disclose: null });
    expect(promises(`- We confirm receipt within 24 hours.\n${reply}`)).toEqual({ ack: { amount: 24, unit: "hours" }, respond: { amount: 4, unit: "business_days" }, disclose: null });
    // An acknowledgement that goes on to provide the response still shares its time.
    expect(promises("We will acknowledge your email within 48 hours and provide an initial response outlining the next steps.\n").respond).toEqual({ amount: 48, unit: "hours" });
  });
});

describe("round fifty-nine: review mends, and where two independent readings agreed against the reader", () => {
  it("reads a reply that brings the evaluation as the response after a sooner first reply, and keeps a reply that brings the acknowledgement both", () => {
    expect(promises("We will reply to your email within 24 hours. We will get back to you within 5 days with our assessment.\n")).toEqual({ ack: { amount: 24, unit: "hours" }, respond: { amount: 5, unit: "days" }, disclose: null });
    expect(promises("We will respond within 2 days with our initial triage. We will get back to you within 10 days with a full assessment.\n").respond).toEqual({ amount: 10, unit: "days" });
    expect(promises("We will respond within 2 days with an acknowledgement and our initial assessment.\n").respond).toEqual({ amount: 2, unit: "days" });
  });

  it("reads the usual whole wait in brackets after 'disclosure after the fix is available' as the window", () => {
    expect(promises("4. **Disclosure**: Public disclosure once the fix is released (usually 60 days)\n").disclose).toBe(60);
    expect(promises("4. **Disclosure**: Public disclosure after the patch is released (typically 7 days after the release)\n").disclose).toBeNull();
  });

  it("reads a time from the report or first response that a fix may shorten ('whichever is sooner') under a disclosure heading as the window", () => {
    expect(promises("## Coordinated disclosure\n\nWe agree a date with you. Default: 60 days from the first response, or 14 days after a fix ships, whichever is sooner.\n").disclose).toBe(60);
    expect(promises("## Coordinated disclosure\n\nBounty: paid 30 days from the report or after the fix, whichever is sooner.\n").disclose).toBeNull();
  });
});

describe("rounds fifty-eight and fifty-nine: whole-session review mends", () => {
  it("reads time asked to triage and resolve before disclosure as the window, and a user wait in the bracket as none", () => {
    expect(promises("Please give us a reasonable time (typically 60 days) to triage and resolve the issue before public disclosure.\n")).toEqual({ ack: null, respond: null, disclose: 60 });
    expect(promises("We publish the advisory after users have had time to upgrade (usually within 14 days).\n").disclose).toBeNull();
    expect(promises("We coordinate disclosure once the patch is out (typically 3 days), so users can update first.\n").disclose).toBeNull();
  });

  it("reads a reply that brings the assessment as the response only after a sooner first contact, not beside a severity tier or a typical case", () => {
    expect(promises("We will reply within 10 days with our assessment. For critical issues we reply within 2 days.\n").respond).toBeNull();
    expect(promises("You will hear from us within 5 days with our assessment. We typically reply within 24 hours.\n").respond).toBeNull();
  });

  it("reads no window from a coordination step that goes on, nor from another step bounded by 'whichever is sooner'", () => {
    expect(promises("- Day 0: report received\n- Day 7: Coordinated disclosure, vendors notified under NDA\n- Day 60: fix released\n").disclose).toBeNull();
    expect(promises("- Day 0: report received\n- Day 60: Coordinated disclosure (advisory and CVE published)\n").disclose).toBe(60);
    expect(promises("## Disclosure\n\nWe send you a draft of the advisory 7 days from the report or 3 days before release, whichever is sooner.\n").disclose).toBeNull();
  });
});

describe("round sixty (from fetched set 19, measured blind first)", () => {
  it("reads 'a few business day' as no amount", () => {
    expect(promises("Your email will be acknowledged within a few business day, and you'll get a detailed response within 7 days.\n").ack).toBeNull();
  });

  it("reads secrecy asked until we have had N days to resolve the issue as the window", () => {
    expect(promises("- Keep details of the vulnerability confidential between us until we've had 60 days to resolve the issue.\n").disclose).toBe(60);
    expect(promises("- Keep details confidential until we have had a chance to review them; we fix issues within 60 days.\n").disclose).toBeNull();
  });
});

describe("round sixty: review mends", () => {
  it("reads secrecy until we have had N days as the window only when the days are for the fix, not a wait after it or another purpose", () => {
    expect(promises("Keep it confidential until we've had 30 days since the fix release to let users upgrade.\n").disclose).toBeNull();
    expect(promises("We keep the fix on a private branch until we have had 3 days to run the full test suite.\n").disclose).toBeNull();
    expect(promises("Your identity will be kept private until we've had 30 days to decide whether to credit you.\n").disclose).toBeNull();
  });
});

describe("round sixty-one (from forty-seventh look, measured blind first)", () => {
  it("reads tens and ones in words, with a space or a hyphen", () => {
    expect(promises("The maintainer will acknowledge the report within seventy two hours.\n").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("We will acknowledge the report within thirty-six hours.\n").ack).toEqual({ amount: 36, unit: "hours" });
  });

  it("reads 'information disclosure' in a severity table as a kind of vulnerability, not the disclosure step", () => {
    const md = "### Severity Levels\n\n| Severity | Description | Target Fix Time |\n|---|---|---|\n| **Critical** | Remote code execution, credential theft | 24-48 hours |\n| **Low** | Information disclosure with minimal impact | 90 days |\n";
    expect(promises(md).disclose).toBeNull();
    expect(promises("We follow an information disclosure policy: reports are made public within 90 days.\n").disclose).toBe(90);
  });

  it("reads a timeline or timeframe for the fix given within N as the response, not the fix", () => {
    expect(promises("We will provide a triage assessment and expected timeline for a patch within **72 hours**.\n").respond).toEqual({ amount: 72, unit: "hours" });
    expect(promises("- We will confirm receipt of your report within 48 hours\n- We will provide a fix timeframe within 7 days\n").respond).toEqual({ amount: 7, unit: "days" });
    expect(promises("The expected timeline for a patch is 30 days.\n").respond).toBeNull();
  });

  it("reads 'coordinated disclosure (90-day window)' as the window, not one after the fix", () => {
    expect(promises("### Disclosure Policy\n\n- We follow **coordinated disclosure** (90-day window).\n").disclose).toBe(90);
    expect(promises("We follow coordinated disclosure with a 90-day window.\n").disclose).toBe(90);
    expect(promises("We follow coordinated disclosure (90-day window after the fix is released).\n").disclose).toBeNull();
    expect(promises("Disclosure: 90-day window after the fix is released.\n").disclose).toBeNull();
  });
});

describe("round sixty-one: review mends", () => {
  it("reads a number in words before a hyphenated unit whole", () => {
    expect(promises("We aim to acknowledge every report within a seventy-two-hour window.\n").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("Reports are acknowledged within a twenty-four-hour period.\n").ack).toEqual({ amount: 24, unit: "hours" });
  });

  it("reads a timeline for the fix as the response only when it is given within the time, not a fix target", () => {
    expect(promises("We address high-severity issues with a patch timeline of 14 days.\n").respond).toBeNull();
    expect(promises("We resolve confirmed vulnerabilities with a remediation timeframe of 90 days.\n").respond).toBeNull();
    expect(promises("We aim for a timeframe for the fix within 30 days of triage.\n").respond).toBeNull();
    expect(promises("Our target timeline for a fix within 90 days is not guaranteed.\n").respond).toBeNull();
  });

  it("reads a disclosure window in brackets as no deadline when it is for users after the fix", () => {
    expect(promises("We follow coordinated disclosure (30-day grace period for users to update after the fix ships).\n").disclose).toBeNull();
    expect(promises("We follow coordinated disclosure with a 90-day period, counted from the fix release.\n").disclose).toBeNull();
  });
});

describe("round sixty-three (consensus of two readings of forty-seventh look)", () => {
  it("does not take a later step's time for an acknowledgement that has a time of its own", () => {
    expect(promises("You can expect an acknowledgement within a few days and a first assessment within two weeks.\n")).toEqual({ ack: null, respond: { amount: 2, unit: "weeks" }, disclose: null });
    // Named together with no time between them, the acknowledgement still takes the time.
    expect(promises("Reports are acknowledged and analyzed within 5 days.\n").ack).toEqual({ amount: 5, unit: "days" });
  });

  it("reads no disclosure deadline from a timeline given as an example", () => {
    expect(promises("## Disclosure Timeline\n\n**Example timeline for a critical vulnerability:**\n\n- **Day 0:** Vulnerability reported\n- **Day 1:** Acknowledgment sent\n- **Day 16:** Public disclosure\n").disclose).toBeNull();
    expect(promises("## Disclosure Timeline\n\n- **Day 0:** Vulnerability reported\n- **Day 1:** Acknowledgment sent\n- **Day 90:** Public disclosure\n").disclose).toBe(90);
  });
});

describe("round sixty-three: review mends", () => {
  it("keeps the time for an acknowledgement named with the next step when the words between describe that step", () => {
    expect(promises("We will acknowledge your report and work quickly to triage it within 3 business days.\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("We acknowledge all reports submitted within the scope of this policy and triage them within 5 business days.\n").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("Each report is acknowledged and promptly triaged within 2 business days.\n").ack).toEqual({ amount: 2, unit: "business_days" });
  });

  it("takes a timeline as an example only where its heading or its lead right above it says so", () => {
    expect(promises("## Coordinated Disclosure\n\nOur timeline for every accepted report (for instance, an RCE in the parser or an XSS in the dashboard) is:\n\n- Day 0: Report received\n- Day 5: Triage complete\n- Day 90: Public disclosure\n").disclose).toBe(90);
    expect(promises("## Process\n\nEmail security@acme.dev using the sample report template:\n\n```\nTitle:\nAffected versions:\nSteps to reproduce:\n```\n\n- Day 0: Report received\n- Day 7: Remediation plan shared\n- Day 90: Public disclosure\n").disclose).toBe(90);
    expect(promises("## Response timeline for sample-app\n\n- Day 0: Report received\n- Day 2: Acknowledgement\n- Day 45: Public disclosure\n").disclose).toBe(45);
    expect(promises("## Examples\n\nA critical report:\n\n- Day 0: Report received\n- Day 30: Public disclosure\n").disclose).toBeNull();
  });
});

describe("round sixty-four (from forty-ninth look, after its blind measurement)", () => {
  it("lets a bold label before a colon name the step for the item's later sentences", () => {
    expect(promises("- **Public disclosure**: coordinated, after the fix is released. Maximum 90 days from the initial report.\n").disclose).toBe(90);
    expect(promises("- **Credit**: we credit reporters. Fixes ship within 30 days.\n")).toEqual({ ack: null, respond: null, disclose: null });
  });

  it("reads status updates 'as triage proceeds' or 'until resolved' beside the acknowledgement as no response deadline", () => {
    expect(promises("We will acknowledge receipt within 72 hours and provide status updates as triage and fixes proceed.\n").respond).toBeNull();
    expect(promises("We will acknowledge receipt within 72 hours and provide status updates until the issue is resolved.\n").respond).toBeNull();
    expect(promises("We will acknowledge your email within 48 hours and provide an initial response outlining the next steps.\n").respond).toEqual({ amount: 48, unit: "hours" });
  });
});

describe("round sixty-five (where two readings of forty-seventh look agree against the reader)", () => {
  it("reads a guaranteed or 'at most' bound in a bracket or after a comma as the time that holds", () => {
    expect(promises("- **Acknowledgment:** Within 48 hours (best effort, guaranteed within 7 days)\n").ack).toEqual({ amount: 7, unit: "days" });
    expect(promises("We acknowledge within 48 hours, at most 5 days.\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("We acknowledge within 48 hours (usually within 24 hours).\n").ack).toEqual({ amount: 48, unit: "hours" });
  });
});

describe("rounds sixty-four and sixty-five: review mends", () => {
  it("lets a bold label name the step only for a later sentence that is a time and its hedges alone", () => {
    expect(promises("- **Response**: a maintainer replies in the advisory thread. Reports without activity are closed after 30 days.\n")).toEqual({ ack: null, respond: null, disclose: null });
    expect(promises("- **Public disclosure**: coordinated, after the fix is released. Maximum 90 days from the initial report.\n").disclose).toBe(90);
  });

  it("leaves out only the updates that run while the work does, not an assessment beside them", () => {
    expect(promises("We'll acknowledge your report within 72 hours and send our initial assessment, and we ask that you keep the details private until the issue is fixed.\n").respond).toEqual({ amount: 72, unit: "hours" });
    expect(promises("We will acknowledge your report within 2 business days and share our triage result as well as a link to follow progress.\n").respond).toEqual({ amount: 2, unit: "business_days" });
  });

  it("takes a bound as the time that holds only for the amount right before it", () => {
    expect(promises("We acknowledge reports within 2 business days and aim to release a fix within 30 days, at most 90 days.\n").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("We usually acknowledge within 24 hours, at the latest within 3 business days.\n").ack).toEqual({ amount: 3, unit: "business_days" });
  });
});

describe("round sixty-six (from fiftieth look, after its blind measurement)", () => {
  it("reads a Japanese confirmation within a time as the acknowledgement, and details of the next steps as the response", () => {
    expect(promises("報告は3営業日以内に確認します。\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("12時間以内に一次確認を行います。\n").ack).toEqual({ amount: 12, unit: "hours" });
    expect(promises("報告は2日以内に確認され、5日以内に次のステップについての詳細をお知らせします。\n")).toEqual({ ack: { amount: 2, unit: "days" }, respond: { amount: 5, unit: "days" }, disclose: null });
  });

  it("gives a number in words with its unit left out the unit of the time before it ('within five days and an assessment within twenty')", () => {
    expect(promises("You will get an acknowledgement within five days and an assessment within twenty.\n").respond).toEqual({ amount: 20, unit: "days" });
    expect(promises("We acknowledge within 2 business days and send a verdict within **10**.\n").respond).toEqual({ amount: 10, unit: "business_days" });
  });

  it("reads telling whether the maintainers agree it is a vulnerability, or how severe, as the response", () => {
    const md = "| Step | Time |\n|---|---|\n| We confirm receipt | within 3 business days |\n| We say whether we agree it is a flaw and how severe | within 7 business days |\n";
    expect(promises(md).respond).toEqual({ amount: 7, unit: "business_days" });
  });

  it("reads 'Providing a remediation timeline within N' as the response", () => {
    expect(promises("We commit to:\n\n- Confirming receipt within 24 hours\n- Providing a remediation timeline within 10 days\n").respond).toEqual({ amount: 10, unit: "days" });
  });

  it("does not share the acknowledgement's time with updates given as the issue is investigated", () => {
    expect(promises("We will acknowledge your report within 4 business days and send updates as the issue is investigated.\n")).toEqual({ ack: { amount: 4, unit: "business_days" }, respond: null, disclose: null });
  });

  it("reads a time for a fix and a public disclosure together as the disclosure deadline, not a fix and then a disclosure", () => {
    expect(promises("- **Within 60 days** (or sooner): a fix is released and a public advisory is published.\n").disclose).toBe(60);
    expect(promises("- **Within 60 days**: a fix is released, and after that the advisory is published.\n").disclose).toBeNull();
  });
});

describe("round sixty-seven (from fifty-first look, after its blind measurement)", () => {
  it("reads receiving a confirmation within a time as the acknowledgement, not a confirmation of the fix", () => {
    expect(promises("Expect a confirmation within 3 days and a triage decision within 10 days.\n")).toEqual({ ack: { amount: 3, unit: "days" }, respond: { amount: 10, unit: "days" }, disclose: null });
    expect(promises("You will receive confirmation of the fix within 30 days.\n").ack).toBeNull();
  });

  it("reads telling whether the report is accepted and how serious it is as the response", () => {
    expect(promises("- Within 21 days, we let you know whether we accept the report and how serious it is.\n").respond).toEqual({ amount: 21, unit: "days" });
  });

  it("reads secrecy until the fix or a time counted from the report as the disclosure deadline", () => {
    expect(promises("Please keep the details private until a patch is released, or for 60 days after your report, whichever comes first.\n").disclose).toBe(60);
    expect(promises("Please keep the details private until a patch is released, or for longer if we ask. We acknowledge within 3 days.\n").disclose).toBeNull();
  });

  it("reads a labelled disclosure window written with an article ('**Coordinated disclosure:** a 60-day window')", () => {
    expect(promises("- **Coordinated disclosure:** a 60-day window, or until a fix is released, whichever comes first.\n").disclose).toBe(60);
  });
});

describe("round sixty-six: review mends", () => {
  it("reads no disclosure deadline in a fix with a disclosure date to discuss, a private draft advisory or credit in the advisory", () => {
    expect(promises("We acknowledge within 3 days. Within 30 days we will provide a fix and discuss a disclosure date with you.\n").disclose).toBeNull();
    expect(promises("We acknowledge within 3 days. Within 14 days we prepare a patch and a private draft advisory for your review.\n").disclose).toBeNull();
    expect(promises("Within 30 days we release a fix and credit you in the advisory.\n").disclose).toBeNull();
    expect(promises("- **T+20 days:** Patch released and advisory published\n").disclose).toBe(20);
  });
});

describe("round sixty-seven: review mends", () => {
  it("reads no acknowledgement in a confirmation of something ('of the CVE assignment', 'from us that the bug is real')", () => {
    expect(promises("You should receive a confirmation of the CVE assignment within 10 days.\n").ack).toBeNull();
    expect(promises("You will receive confirmation from us that the bug is real within 10 days.\n").ack).toBeNull();
  });

  it("reads secrecy until the fix or N days as a deadline only when the days count from the report and bound the wait", () => {
    expect(promises("We ask that you keep the report private until we have released a fix, or until 45 days have passed.\n").disclose).toBe(45);
    for (const text of [
      "Please keep it private until the fix is released, or until 30 days have passed since the release.\n",
      "Please keep it private until the fix is released, or for 7 days after downstream distributions have been notified, whichever is longer.\n",
      "Please keep it private until the fix is released, or for 90 days after your report, whichever is later.\n",
    ])
      expect(promises(text).disclose).toBeNull();
  });

  it("reads no disclosure deadline in a labelled grace period after the patch or a notice period for vendors", () => {
    expect(promises("- **Coordinated disclosure:** a 7-day grace period after the patch release so users can upgrade\n").disclose).toBeNull();
    expect(promises("- **Coordinated disclosure:** a 7-day pre-notification period for downstream vendors\n").disclose).toBeNull();
  });
});

describe("round sixty-eight (from the round 67 review's readings wrong in both builds)", () => {
  it("reads a confirmation of whether the issue is valid, or of its severity, as the response", () => {
    expect(promises("Within 10 days you will receive confirmation of whether the issue is a vulnerability.\n").respond).toEqual({ amount: 10, unit: "days" });
    expect(promises("We acknowledge within 2 days; expect confirmation of severity within 6 days.\n")).toEqual({ ack: { amount: 2, unit: "days" }, respond: { amount: 6, unit: "days" }, disclose: null });
  });

  it("gives a bare number up to seven times the time before it that time's unit ('within 2 days … within fourteen')", () => {
    expect(promises("We acknowledge within 2 days and send an assessment within twelve.\n").respond).toEqual({ amount: 12, unit: "days" });
    expect(promises("We acknowledge within 2 business days and disclose within 90.\n").respond).toBeNull();
  });

  it("counts a time 'after you reported it' from the report in a request for secrecy, and leaves other times counted so as they were", () => {
    expect(promises("Keep it secret until a patch is out, or 60 days after you reported it.\n").disclose).toBe(60);
    expect(promises("We will acknowledge your report within 48 hours after we receive it and keep you informed until public disclosure.\n")).toEqual({ ack: { amount: 48, unit: "hours" }, respond: null, disclose: null });
    expect(promises("We aim to release a fix within 30 days after you reported it, and will then publish a security advisory.\n").disclose).toBeNull();
  });

  it("reads a confirmation that the report was received as no response", () => {
    expect(promises("You will get a confirmation that the report was received within 24 hours.\n").respond).toBeNull();
  });
});

describe("round sixty-nine (from fifty-third look, after its blind measurement)", () => {
  it("reads 'Information disclosure' in a cell of its own as a kind of vulnerability, not the step of going public", () => {
    expect(promises("| Severity | Example | Fix target |\n|---|---|---|\n| High | Information disclosure | 10 days |\n").disclose).toBeNull();
  });

  it("reads confirming or ruling out the issue, and a first assessment with a proposed fix plan, as the response", () => {
    expect(promises("| Step | Time |\n|---|---|\n| Acknowledge | 2 business days |\n| Confirm or rule out the issue | 8 business days |\n").respond).toEqual({ amount: 8, unit: "business_days" });
    expect(promises("We acknowledge reports within 3 days, and give a first assessment of severity and a proposed fix plan within 10 days.\n").respond).toEqual({ amount: 10, unit: "days" });
    expect(promises("We acknowledge reports within 3 days and aim to ship a fix within 30 days.\n").respond).toBeNull();
  });

  it("reads an N-day disclosure after the fix as a wait after the fix, and '(or N days, whichever is sooner)' as the deadline", () => {
    expect(promises("- Disclosure: coordinated 45-day disclosure after the fix is released\n").disclose).toBeNull();
    expect(promises("| Step | Time |\n|---|---|\n| Public disclosure | After the fix ships (or 60 days, whichever is sooner) |\n").disclose).toBe(60);
    expect(promises("| Step | Time |\n|---|---|\n| Public disclosure | After the fix ships (or 60 days, whichever is later) |\n").disclose).toBeNull();
  });

  it("reads 'N days for us to investigate and ship a fix' as a fix target, not a response", () => {
    expect(promises("Allow up to 60 days for us to investigate and ship a fix.\n").respond).toBeNull();
    expect(promises("We will investigate within 7 days.\n").respond).toEqual({ amount: 7, unit: "days" });
  });

  it("reads 确认收到 with a later step after an analysis, and 報告の確認を受け取 as the acknowledgement alone; 影響範囲の特定 as the response", () => {
    expect(promises("我们会在 2 个工作日内确认收到，并在分析后告知修复计划。\n")).toEqual({ ack: { amount: 2, unit: "business_days" }, respond: null, disclose: null });
    expect(promises("確認：3営業日以内に報告の確認を受け取ります。\n").ack).toEqual({ amount: 3, unit: "business_days" });
    expect(promises("| 手順 | 目安 |\n|---|---|\n| 初回応答 | 3 日以内 |\n| 影響範囲の特定 | 10 日以内 |\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: { amount: 10, unit: "days" } });
  });
});

describe("round sixty-nine: review mends", () => {
  it("reads 'disclosure after release of the report' as no wait after a fix", () => {
    expect(promises("We follow a 90-day disclosure after release of the report to us.\n").disclose).toBe(90);
  });
});

describe("round seventy (from fifty-fourth look, after its blind measurement)", () => {
  it("reads the usual time other companies ask for, which the project says it does not need, as no deadline", () => {
    expect(promises("There is no fixed time for fix and disclosure; we expect to be quick and do not expect to need the usual 90 days most companies ask for.\n").disclose).toBeNull();
    expect(promises("We disclose within 90 days of the report, as most companies do.\n").disclose).toBe(90);
  });
});

describe("round seventy: review mends", () => {
  it("keeps a time the project adopts from others, and its own time beside others' it sets aside", () => {
    expect(promises("We follow the industry-standard 90 days that most vendors use: issues are disclosed 90 days after the report.\n").disclose).toBe(90);
    expect(promises("Unlike the 90 days many vendors request, we disclose within 45 days of the report.\n").disclose).toBe(45);
  });
});

describe("round seventy-two (from the readings both labellers of fifty-third look's doubtful files agree on)", () => {
  it("reads a time that waits on the reporter ('If the reporter doesn't respond …, made public after 30 days') as no deadline", () => {
    expect(promises("If the reporter doesn't respond or can't apply the fix, the issue will be made public after 30 days.\n").disclose).toBeNull();
    expect(promises("If the issue isn't fixed, we'll publicly disclose it after 90 days.\n").disclose).toBe(90);
  });

  it("reads a disclosure timeline given within N days as a plan, not the disclosure", () => {
    expect(promises("- A fix and disclosure timeline within 30 days for confirmed issues.\n").disclose).toBeNull();
    expect(promises("We agree on a disclosure date within 90 days of the report.\n").disclose).toBe(90);
  });

  it("reads severities with examples in full-width brackets, and Chinese severity names, as tiers (the largest holds)", () => {
    const md = "| 严重级别 | 首次响应 |\n|---|---|\n| Critical（RCE） | 24 小时 |\n| Low（配置建议） | 7 天 |\n";
    expect(promises(md).ack).toEqual({ amount: 7, unit: "days" });
    expect(promises("| 级别 | 首次响应 |\n|---|---|\n| 严重 | 24 小时 |\n| 中危 | 5 天 |\n").ack).toEqual({ amount: 5, unit: "days" });
  });

  it("reads an item that only asks for time under a disclosure heading as the disclosure deadline", () => {
    expect(promises("## Responsible Disclosure\n\n1. Report privately first\n2. Allow 30-90 days depending on complexity\n").disclose).toBe(90);
    expect(promises("## Reporting\n\n1. Report privately first\n2. Allow 30-90 days depending on complexity\n").disclose).toBeNull();
  });
});

describe("round seventy-two: review mends", () => {
  it("keeps a disclosure timeline within N days of the report a deadline, and a plan only where one is handed over", () => {
    expect(promises("## Coordinated Disclosure\n\nDisclosure timeline within 90 days of the report, or earlier if a fix is released.\n").disclose).toBe(90);
    expect(promises("We will send you a disclosure timeline within 10 days.\n").disclose).toBeNull();
  });

  it("reads 'Allow N days' under a disclosure heading as the deadline only with nothing after it but a hedge or the fix", () => {
    expect(promises("## Disclosure Policy\n\n- Allow 7 days before following up on your report.\n").disclose).toBeNull();
    expect(promises("## Responsible Disclosure\n\n- Allow 1 week between reminders.\n").disclose).toBeNull();
    expect(promises("## Responsible Disclosure\n\n- Allow 30-90 days, depending on complexity.\n").disclose).toBe(90);
  });

  it("keeps a time counted from the report a deadline after a condition on the reporter", () => {
    expect(promises("If the reporter doesn't respond, we will still make the issue public within 90 days of the report.\n").disclose).toBe(90);
  });
});

describe("round seventy-three (from the round 72 review's readings wrong in both builds)", () => {
  it("reads Japanese, Chinese and Korean severity names, and 严重漏洞 in prose, as tiers (the largest holds)", () => {
    expect(promises("| 重大度 | 初回応答 |\n|---|---|\n| 緊急 | 24時間以内 |\n| 重要 | 3日以内 |\n| 警告 | 7日以内 |\n").ack).toEqual({ amount: 7, unit: "days" });
    expect(promises("| 级别 | 首次响应 |\n|---|---|\n| 高 | 1 个工作日 |\n| 中 | 3 个工作日 |\n| 低 | 5 个工作日 |\n").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("| 심각도 | 최초 응답 |\n|---|---|\n| 긴급 | 24시간 |\n| 보통 | 7일 |\n").ack).toEqual({ amount: 7, unit: "days" });
    expect(promises("首次响应时间：严重漏洞：24 小时内；高危漏洞：3 天内；中低危漏洞：7 天内。\n").ack).toEqual({ amount: 7, unit: "days" });
  });
});

describe("round seventy-five", () => {
  it("reads an advisory published N days from the report as the disclosure deadline, and not one published N days after a staged release", () => {
    expect(promises("## Disclosure\n\nWe fix first. At 60 days from the report an advisory is published, with or without a fix.\n").disclose).toBe(60);
    expect(promises("## Release steps\n\n- Tell packagers the advisory will be published in 1 month.\n").disclose).toBeNull();
  });

  it("reads 'Coordinated disclosure within N days' opening an item as the deadline", () => {
    expect(promises("## Our promises\n\n- **Responsible disclosure within 45 days.** After that you may publish.\n").disclose).toBe(45);
    expect(promises("Thank you for each coordinated disclosure within our programme.\n").disclose).toBeNull();
  });

  it("reads secrecy for N days from the report, or until a fix, whichever is sooner, as the deadline", () => {
    expect(promises("Please keep the issue confidential for 60 days from the date of your report, or until a fix ships, whichever is sooner.\n").disclose).toBe(60);
    expect(promises("Please keep the issue confidential for 30 days after the fix is released.\n").disclose).toBeNull();
  });

  it("reads 'we publish within N days of the report' under a disclosure heading as the deadline", () => {
    expect(promises("## Coordinated Disclosure\n\nWe plan to publish within 120 days of the report.\n").disclose).toBe(120);
    expect(promises("## Releases\n\nWe plan to publish within 120 days of the report.\n").disclose).toBeNull();
  });

  it("reads a first reply in French ('premier retour'), Traditional Chinese (回應) and Arabic (ردًا)", () => {
    expect(promises("Vous aurez un premier retour sous 48 heures.\n").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("我們將在 5 天內回應您的報告。\n").ack).toEqual({ amount: 5, unit: "days" });
    expect(promises("ستتلقى ردًا خلال 48 ساعة.\n").ack).toEqual({ amount: 48, unit: "hours" });
  });

  it("leaves a period looked back over ('received in the last 6 months') out of the promise", () => {
    expect(promises("Our first response to any report received in the last 12 months was at most 10 days.\n").ack).toEqual({ amount: 10, unit: "days" });
  });
});

describe("round seventy-six (from fifty-eighth-look)", () => {
  it("reads no promise in an amount denied ('this is not a 24-hour hotline')", () => {
    expect(promises("You will hear from us within a few days; this is not a 24-hour hotline.\n").ack).toBeNull();
  });

  it("reads no disclosure deadline under a heading that puts disclosure after the fix", () => {
    expect(promises("## Disclosure (after the fix)\n\n- We agree a date with the reporter, usually 14-60 days.\n").disclose).toBeNull();
    expect(promises("## 披露（修复后）\n\n- 与报告者商定公开时间（通常 60 天）\n").disclose).toBeNull();
    expect(promises("## Disclosure\n\n- Public disclosure within 60 days of the report.\n").disclose).toBe(60);
  });

  it("reads a process step named only 确认 with its time as the acknowledgement", () => {
    expect(promises("## 处理流程\n\n### 1. 确认（2 个工作日）\n\n- 确认收到报告\n\n### 2. 评估（5 个工作日）\n\n- 复现问题\n")).toMatchObject({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 5, unit: "business_days" } });
  });
});

describe("round seventy-seven: review mends and the second reading of fifty-seventh-look", () => {
  it("reads an advisory's time as the deadline only where the advisory is what the time is for", () => {
    expect(promises("You will get an acknowledgement within 3 days of the report, and an advisory is published in the following release.\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, disclose: null });
    expect(promises("We aim to release a fix within 30 days of the report, and an advisory is published alongside the release.\n").disclose).toBeNull();
    expect(promises("Advisories are published within 60 days of the report.\n").disclose).toBe(60);
  });

  it("keeps a deadline that holds whatever the fix does under a heading that puts disclosure after the fix", () => {
    expect(promises("## Disclosure after the fix\n\nWe publish once the fix is out. If we cannot ship a fix within 90 days, you are free to disclose.\n").disclose).toBe(90);
    expect(promises("## 패치 후 공개\n\n- 최초 보고일로부터 60일 이내에 공개합니다.\n").disclose).toBe(60);
  });

  it("reads no deadline in disclosure counted from the fix release, or secrecy counted from the report being closed", () => {
    expect(promises("## Our commitments\n\n- Responsible disclosure within 30 days of the fix release.\n").disclose).toBeNull();
    expect(promises("Please keep it confidential for 14 days after the report is closed, or until the fix ships, whichever is sooner.\n").disclose).toBeNull();
  });

  it("reads a 确认 step as the acknowledgement only as the first step", () => {
    expect(promises("## 处理流程\n\n### 1. 接收（1 个工作日）\n\n- 登记报告\n\n### 2. 确认（5 个工作日）\n\n- 复现并确认漏洞是否有效\n").ack).toBeNull();
  });

  it("reads 'agree a remediation timeline within N' and 'a timeline for addressing the issue within N' as the response", () => {
    expect(promises("We will acknowledge within 2 days and agree a remediation timeline within 7 business days.\n").respond).toEqual({ amount: 7, unit: "business_days" });
    expect(promises("We acknowledge within 2 days. We aim to provide a timeline for fixing the issue within 10 days.\n").respond).toEqual({ amount: 10, unit: "days" });
  });

  it("reads no shared response in a plan for confirmed issues only", () => {
    expect(promises("We aim to acknowledge valid reports within 3 days and provide a remediation plan for confirmed issues.\n")).toMatchObject({ ack: { amount: 3, unit: "days" }, respond: null });
  });

  it("reads no deadline from a timeline heading over a lead whose list names the step", () => {
    expect(promises("## Disclosure Timeline\n\n- Within 10 days of the report, we will either:\n    - ship a patch, or\n    - explain why it is not a vulnerability.\n").disclose).toBeNull();
  });

  it("leaves a period looked back over 'for the past N weeks' out of the promise", () => {
    expect(promises("If a report has been open for the past 2 weeks without reply, ping us.\n")).toMatchObject({ ack: null, respond: null });
  });
});

describe("round seventy-nine: review mends of rounds 77-78", () => {
  it("reads an advisory published N days from the report in its usual wordings", () => {
    for (const text of ["Within 60 days of the initial report, a public advisory will be published.\n", "60 days after submission, an advisory is published.\n", "At 60 days from the original report, the GitHub Security Advisory is published.\n"]) expect(promises(text).disclose).toBe(60);
  });

  it("reads no deadline under a heading after the fix from a condition on a CVE or the reporter's own write-up", () => {
    expect(promises("### After the patch\n\nWe publish the advisory within 5 days, whether or not a CVE has been assigned.\n").disclose).toBeNull();
    expect(promises("### 開示（パッチ後）\n\nCVE の有無にかかわらず、5 日以内にアドバイザリを公開します。\n").disclose).toBeNull();
  });

  it("keeps secrecy until the issue in the report is fixed a deadline", () => {
    expect(promises("Please keep it confidential for 60 days from your report, or until the issue in your report is fixed, whichever is sooner.\n").disclose).toBe(60);
  });

  it("reads a 确认 step numbered first in its text as the acknowledgement, and a later one as no acknowledgement", () => {
    expect(promises("## 处理流程\n\n1、确认（2 个工作日）\n\n2、评估（7 天内）\n").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("## 处理流程\n\n第一步：确认（24 小时内）\n").ack).toEqual({ amount: 24, unit: "hours" });
    expect(promises("## 处理流程\n\n- 接收：24 小时内回复\n- 确认：5 个工作日内完成复现\n").ack).toEqual({ amount: 24, unit: "hours" });
  });

  it("reads the length of an agreed fix plan as no response, and a timeline for fixing shared within N as the response", () => {
    expect(promises("We acknowledge within 2 days. We will agree a remediation timeline with you, usually no longer than 60 days.\n").respond).toBeNull();
    expect(promises("We acknowledge within 2 days. Within 6 business days we will share a timeline for fixing the vulnerability.\n").respond).toEqual({ amount: 6, unit: "business_days" });
  });

  it("keeps the shared step when only a later noun is for confirmed issues", () => {
    expect(promises("We will acknowledge your report within 72 hours and provide an initial assessment, including a CVE request for confirmed issues.\n").respond).toEqual({ amount: 72, unit: "hours" });
  });

  it("reads a lead that is itself the deadline under a timeline heading", () => {
    expect(promises("### Disclosure Timeline\n\nAt 60 days from the initial report:\n\n- the advisory is published\n- the reporter is credited\n").disclose).toBe(60);
  });
});

describe("round eighty: review mends of the whole session", () => {
  it("keeps a deadline in a lead 'Within N days of the report, we will:' under a timeline heading", () => {
    expect(promises("## Disclosure timeline\n\nWithin 60 days of the report, we will:\n\n- publish an advisory\n- credit the reporter\n").disclose).toBe(60);
  });

  it("reads no disclosure in updates published within N days under a disclosure heading", () => {
    expect(promises("## Coordinated Disclosure\n\nWe publish updates within 10 days of the report.\n").disclose).toBeNull();
  });

  it("keeps a deadline under a heading after the fix that holds fix or no fix", () => {
    expect(promises("### After the patch\n\nThe embargo ends 60 days after we received your report, fix or no fix.\n").disclose).toBe(60);
  });

  it("reads a step 确认 with its time alone as the acknowledgement, unless a step of receipt comes before it", () => {
    expect(promises("## 处理流程\n\n- 确认（24 小时内）\n- 评估（7 天内）\n")).toMatchObject({ ack: { amount: 24, unit: "hours" }, respond: { amount: 7, unit: "days" } });
    expect(promises("## 处理流程\n\n- 接收：48 小时内回复\n- 确认：3 个工作日内\n").ack).toEqual({ amount: 48, unit: "hours" });
  });
});

describe("round eighty-one: review mends of round 80", () => {
  it("reads a step 确认 as the acknowledgement after prose that only mentions receipt, not a step of receipt with its time", () => {
    expect(promises("## 报告漏洞\n\n请发送邮件，我们收到后会尽快处理。\n\n## 处理流程\n\n- 确认：48 小时内\n- 修复：30 天内\n").ack).toEqual({ amount: 48, unit: "hours" });
  });

  it("reads no deadline in a lead over steps none of which goes public, and keeps one whose lead or steps go public", () => {
    expect(promises("## Embargo\n\nWithin 5 days of the report, we will:\n\n- confirm the vulnerability\n- agree on an embargo date with you\n").disclose).toBeNull();
    expect(promises("## Disclosure timeline\n\nWithin 60 days of the report, we will:\n\n- publish an advisory\n").disclose).toBe(60);
    expect(promises("## Disclosure timeline\n\nWithin 60 days of the initial report we will publicly disclose the issue:\n\n- with a CVE\n- with credit\n").disclose).toBe(60);
  });
});

describe("round eighty-two: kinds of the sixty-first look", () => {
  it("reads 'workdays', Turkish number words and a week restated in days", () => {
    expect(promises("We aim to respond to security vulnerability reports within two workdays.").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("Raporları iki iş günü içinde yanıtlamayı hedefliyoruz.").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("We will acknowledge receipt of your email within one week (7 days).").ack).toEqual({ amount: 7, unit: "days" });
  });

  it("reads a bound after the time ('one week at most') over the typical range before it", () => {
    expect(promises("Users should expect a typical response time of one to two days, one week at most.").ack).toEqual({ amount: 1, unit: "weeks" });
  });

  it("reads a confirmation with its time in Spanish, and 完成定级 in a timing table, as the steps they are", () => {
    expect(promises("Los informes se confirman en un plazo de 5 días hábiles.").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("| 阶段 | 承诺 |\n|---|---|\n| 首次答复 | 72 小时内 |\n| 完成定级 | 7 个工作日内 |\n").respond).toEqual({ amount: 7, unit: "business_days" });
  });

  it("reads a verdict several words after 'whether', and an analysis with fix planning, as the response", () => {
    expect(promises("We will let you know within two business weeks whether or not your report has been accepted or rejected.").respond).toEqual({ amount: 2, unit: "weeks" });
    expect(promises("- Acknowledgement within 7 days.\n- Impact analysis and fix planning within 30 days maximum.\n").respond).toEqual({ amount: 30, unit: "days" });
  });

  it("reads 'do not publish vulnerability details until a fix or N days since the report' as the disclosure deadline", () => {
    expect(promises("Please do not publish vulnerability details until we have released a fix or 90 days have passed since the initial report, whichever comes first.").disclose).toBe(90);
  });

  it("reads no disclosure in a time to chase the maintainers when its own clause names none", () => {
    expect(promises("If you have heard nothing after 14 days, comment on the advisory; if still nothing after 30, you are free to disclose.").disclose).toBeNull();
    expect(promises("If we have not released a fix within 90 days, you are free to disclose the issue.").disclose).toBe(90);
  });
});

describe("round eighty-three: review mends of round 82 and the second reading of sixty-first-look", () => {
  it("keeps a time restated in brackets in other units, and reads a bound after hours ('72 hours at the latest')", () => {
    expect(promises("We acknowledge reports within 3 days and send a detailed assessment within 30 days (1 month).").respond).toEqual({ amount: 30, unit: "days" });
    expect(promises("We usually acknowledge reports within 24 hours, 72 hours at the latest.").ack).toEqual({ amount: 72, unit: "hours" });
  });

  it("reads a fix after 完成定级 as no response, and a Spanish or Portuguese verdict 'confirmaremos … si' as no acknowledgement", () => {
    expect(promises("我们将在 24 小时内确认收到报告，完成定级后 30 天内发布修复。").respond).toBeNull();
    expect(promises("Respondemos em até 2 dias úteis. Confirmaremos em até 15 dias se o problema procede.").ack).toEqual({ amount: 2, unit: "business_days" });
  });

  it("reads details published of a non-issue as no disclosure, and 'publish any details of the vulnerability until … or N days after your report' as one", () => {
    expect(promises("If we conclude the report is not a vulnerability, we may publish the details as a regular public issue within 7 days.").disclose).toBeNull();
    expect(promises("Please do not publish any details of the vulnerability until a fix is released or 60 days after your report, whichever is sooner.").disclose).toBe(60);
  });

  it("keeps a reporter's right to publish after no fix, and a time after 'heard nothing' in another clause", () => {
    expect(promises("If we have not responded with a fix within 90 days, researchers may publish their findings.").disclose).toBe(90);
    expect(promises("If you get nothing back from the web form, email us instead; we acknowledge emails within 48 hours.").ack).toEqual({ amount: 48, unit: "hours" });
  });

  it("reads Portuguese 'reconhecimento inicial', and Vietnamese 'công khai' with a range 'đến' in a timing table", () => {
    expect(promises("- O reconhecimento inicial é enviado em até 72 horas.").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("| Cột mốc | Mục tiêu |\n|---|---|\n| Xác nhận Tiếp nhận | < 24 giờ |\n| Phát hành Công khai & Advisory | 7 đến 14 ngày |\n").disclose).toBe(14);
  });

  it("reads no disclosure in progress updates 'a cada 7 dias até … divulgação'", () => {
    expect(promises("- Atualizações de progresso são compartilhadas no mínimo a cada 7 dias até resolução ou divulgação pública.").disclose).toBeNull();
  });
});

describe("round eighty-four: kinds of sixty-second-look", () => {
  it("reads Russian 'триаж' as the response and Korean '답변' as a reply", () => {
    expect(promises("SLA реакции: подтверждение в течение **2 рабочих дней**, триаж — **5 рабочих дней**.")).toMatchObject({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 5, unit: "business_days" } });
    expect(promises("48시간 이내에 답변을 드릴 수 있도록 노력하겠습니다.").ack).toEqual({ amount: 48, unit: "hours" });
  });

  it("reads no disclosure deadline in advance notice sent a week before disclosure", () => {
    expect(promises("## Disclosure Process\n\nApproximately one week before full public disclosure, we will send advance notification of the issue to a list of people and organizations.").disclose).toBeNull();
  });
});

describe("round eighty-five: review mends of rounds 83 and 84", () => {
  it("reads a fix after triage or a patch time in Korean as no response", () => {
    expect(promises("- Исправление после триажа: до 14 дней").respond).toBeNull();
    expect(promises("보안 패치는 보통 30일 이내에 배포되며, 배포 일정은 답변 메일로 안내드립니다.").respond).toBeNull();
  });

  it("reads a Spanish confirmation of receipt and a Portuguese passive confirmation of reports as the acknowledgement, not of vulnerabilities", () => {
    expect(promises("Confirmamos en un plazo de 2 días hábiles que hemos recibido tu reporte.").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("Todos os relatos são confirmados em até 48 horas.").ack).toEqual({ amount: 48, unit: "hours" });
    expect(promises("Las vulnerabilidades se confirman en un plazo de 10 días.").ack).toBeNull();
  });

  it("reads 'publish the details of your report' as disclosure, and a wait asked for before disclosure with notice after it as the deadline", () => {
    expect(promises("Please do not publish the details of your report for 90 days.").disclose).toBe(90);
    expect(promises("We request 90 days before public disclosure, we will provide prior notification to you before the advisory is published.").disclose).toBe(90);
  });
});

describe("round eighty-six: review mends of round 85", () => {
  it("reads a Korean patch plan shared within N as the response", () => {
    expect(promises("검토 결과와 패치 계획을 14일 이내에 공유드립니다.").respond).toEqual({ amount: 14, unit: "days" });
  });

  it("reads advance notice a week before disclosure as no deadline whatever verb an earlier clause has", () => {
    expect(promises("Where we need downstream coordination, one week before public disclosure, we will send advance notification to vendors.").disclose).toBeNull();
  });
});

describe("round eighty-seven: review mends of round 86", () => {
  it("keeps a disclosure wait asked for in the clause of the time, with advance notice after it", () => {
    expect(promises("Please give us a minimum of 90 days before public disclosure, we will provide advance notice of the advisory date.").disclose).toBe(90);
  });

  it("reads a Korean patch applied after review as a fix, not the response", () => {
    expect(promises("검토가 끝나면 패치를 30일 이내에 적용합니다.").respond).toBeNull();
  });
});

describe("round eighty-eight: review mends of round 87", () => {
  it("reads advance notice after a clause that gives notice as no deadline, and a wait asked for before the time as one", () => {
    expect(promises("We give advance notice to packagers: seven days before public disclosure, we will send advance notification to the distros list.").disclose).toBeNull();
    expect(promises("We ask you to hold off for 60 days before public disclosure, we will send advance notification to vendors.").disclose).toBe(60);
  });

  it("reads a Korean patch as a fix only where it is applied or released, not 'without a patch' nor 적용 as scope", () => {
    expect(promises("보고 후 90일이 지나면 패치가 없더라도 공개합니다.").disclose).toBe(90);
    expect(promises("적용 범위: 모든 보고에 대해 72시간 이내에 회신합니다.").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("보내주신 패치는 7일 이내에 검토하여 답변드립니다.").respond).toEqual({ amount: 7, unit: "days" });
  });
});

describe("a process table that lost its pipes: a step, then its time, each a paragraph", () => {
  it("reads a bare time with the step named by the few words just above it", () => {
    const md = "## What to expect\n\nStep\n\nTime\n\nReceipt confirmation\n\nWithin 2 business days\n\nDetailed assessment\n\nWithin 10 days\n\nThanks.\n";
    expect(promises(md)).toEqual({ ack: { amount: 2, unit: "business_days" }, respond: { amount: 10, unit: "days" }, disclose: null });
  });

  it("does not take a sentence, a list item or a label with a time of its own as the step", () => {
    expect(promises("## Timeline\n\nWe are a small team.\n\nWithin 2 business days\n").ack).toBeNull();
    expect(promises("## Timeline\n\nPlease be patient\n\nWithin 3 days\n").ack).toBeNull();
  });
});

describe("round ninety-one: receipt confirmed in a clause, and assessments in Korean and Turkish, a first reply in Japanese", () => {
  it("reads 'confirmation that we have received your report' as the acknowledgement, not 'confirmation that the issue is valid'", () => {
    expect(promises("You'll receive confirmation that we have received your report within 4 working days.").ack).toEqual({ amount: 4, unit: "business_days" });
    expect(promises("You will get confirmation that the issue is valid within 9 days.")).toEqual({ ack: null, respond: { amount: 9, unit: "days" }, disclose: null });
  });

  it("reads Korean classification, triage, a verdict on acceptance and a fix plan, and Turkish 'whether it is valid', as the assessment", () => {
    expect(promises("- 첫 응답: 영업일 기준 2일 이내\n- 분류 결정: 영업일 기준 6일 이내\n").respond).toEqual({ amount: 6, unit: "business_days" });
    expect(promises("- 접수 후 5일 이내에 확인 답변을 드립니다.\n- 20일 이내에 취약점 인정 여부를 안내합니다.\n").respond).toEqual({ amount: 20, unit: "days" });
    expect(promises("- **24 saat içinde** bildirimin alındığını teyit ederiz.\n- **10 gün içinde** sorunun geçerli olup olmadığını bildiririz.\n")).toEqual({ ack: { amount: 24, unit: "hours" }, respond: { amount: 10, unit: "days" }, disclose: null });
  });

  it("reads Japanese 最初の返事 as the first reply", () => {
    expect(promises("最初の返事は 3 日以内を目安にしています。").ack).toEqual({ amount: 3, unit: "days" });
  });
});

describe("round ninety-two: an agreed delay whose default is the disclosure window", () => {
  it("reads 'until a fix or an agreed delay has elapsed (by default: N days after the report)' in English and French, not a bracket about another step", () => {
    expect(promises("Please do not disclose details until a fix ships or an agreed delay has elapsed (by default: 60 days after the initial report).").disclose).toBe(60);
    expect(promises("Merci de ne pas divulguer les détails avant qu'un correctif soit publié ou qu'un délai convenu se soit écoulé (par défaut : 45 jours après le rapport initial).").disclose).toBe(45);
    expect(promises("Please do not disclose details until a fix ships or an agreed delay has elapsed (by default: 7 days for notifying downstream).").disclose).toBeNull();
  });
});

describe("round ninety-three: mends from the review of rounds 89-92", () => {
  it("reads a bare time under a label only where the label ends in its step's noun and the time ends the paragraph", () => {
    expect(promises("## Process\n\nReceipt of reports\n\nIn 1 day\n").ack).toEqual({ amount: 1, unit: "days" });
    expect(promises("## Report triage\n\nTriage meeting\n\nIn 2 weeks.\n").respond).toBeNull();
    expect(promises("## Support\n\nCommunity replies\n\nUsually within 1 week on the forum.\n").ack).toBeNull();
  });

  it("does not take a Japanese 'if there is no reply' or 'first contact' count, nor a Korean fix plan followed or 'regardless of whether', as a promise", () => {
    expect(promises("返事がない場合は、14日後に再度ご連絡ください。").ack).toBeNull();
    expect(promises("最初の連絡から90日後に公開します。")).toEqual({ ack: null, respond: null, disclose: 90 });
    expect(promises("수정 계획에 따라 90일 이내에 패치를 배포합니다.").respond).toBeNull();
    expect(promises("해당 여부와 관계없이 패치는 60일 이내에 배포됩니다.").respond).toBeNull();
  });

  it("reads the French 'ou jusqu'à ce que le délai convenu se soit écoulé (par défaut : N jours …)'", () => {
    expect(promises("Ne divulguez rien avant la publication d'un correctif ou jusqu'à ce que le délai convenu se soit écoulé (par défaut : 90 jours après le rapport initial).").disclose).toBe(90);
  });
});

describe("round ninety-four (from sixty-fifth-look)", () => {
  it("reads business days counted about, receipt confirmed in Ukrainian and Chinese, and no response in updates given as the work goes", () => {
    expect(promises("- **접수 확인:** 영업일 기준 약 4일 이내.").ack).toEqual({ amount: 4, unit: "business_days" });
    expect(promises("- **Підтвердження отримання:** протягом 72 годин").ack).toEqual({ amount: 72, unit: "hours" });
    expect(promises("- 在 2 个工作日内确认新报告").ack).toEqual({ amount: 2, unit: "business_days" });
    expect(promises("我们预期在五个工作日内确认。").ack).toEqual({ amount: 5, unit: "business_days" });
    expect(promises("We aim to acknowledge within 72 hours and will share updates as we investigate the issue.")).toEqual({ ack: { amount: 72, unit: "hours" }, respond: null, disclose: null });
  });

  it("does not take another organisation's quoted time for its own step as a promise", () => {
    expect(promises("2. **Request the CVE early.**\n   GitHub quotes up to four working days to review the request, and requesting it reveals nothing.\n")).toEqual({ ack: null, respond: null, disclose: null });
    expect(promises("We use GitHub advisories. We respond within 3 days.").ack).toEqual({ amount: 3, unit: "days" });
  });
});

describe("round ninety-five: mends from the review of rounds 89-94", () => {
  it("keeps another organisation's time to its own clause, and a Ukrainian 'if you do not receive confirmation' out of the acknowledgement", () => {
    expect(promises("GitHub takes care of the form and we reply within 2 days.").ack).toEqual({ amount: 2, unit: "days" });
    expect(promises("If GitHub takes longer, we still acknowledge within 3 days.").ack).toEqual({ amount: 3, unit: "days" });
    expect(promises("Якщо ви не отримаєте підтвердження протягом 5 днів, напишіть нам повторно.").ack).toBeNull();
  });
});

describe("round ninety-six: the French 'ou que le délai convenu se soit écoulé'", () => {
  it("reads the default of an agreed delay after 'ou que' as the disclosure window", () => {
    expect(promises("Ne divulguez rien avant qu'un correctif soit publié ou que le délai convenu se soit écoulé (par défaut : 60 jours après le rapport initial).").disclose).toBe(60);
  });
});
