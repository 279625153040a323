/**
 * Which promise the words near an amount of time name: an acknowledgement, a detailed response,
 * a generic reply, a fix or a disclosure, in English, French, Spanish, Portuguese, German,
 * Italian, Turkish, Polish, Indonesian, Dutch, Vietnamese, Russian, Chinese, Japanese and Korean. Used by the promise reader (promises.ts).
 */

import { FREE_TO_DISCLOSE } from "./disclosure-cues.js";

export type Kind = "ack" | "respond" | "generic" | "fix" | "disclosure";

const KINDS: Array<[Kind, RegExp]> = [
  [
    "ack",
    new RegExp(
      [
        // "We will confirm within 7 days": the maintainers' bare confirmation is the first reply ("confirm the vulnerability"
        // is an assessment; "if you do not confirm within 30 days" is the reporter's).
        "\\b(?:we|i)(?:'ll|\\s+will|\\s+shall|\\s+aim\\s+to|\\s+try\\s+to|\\s+usually|\\s+typically)?\\s+confirm\\s+(?=(?:within|no\\s+later\\s+than)\\s|in\\s+(?:\\d|an?\\s|one\\s|two\\s|three\\s))",
        "acknowledg|receipt|confirmation\\s+(?:e-?mail|message|of\\s+receipt)|(?:receive|get|expect)\\s+(?:an?\\s+|our\\s+)?(?:initial\\s+)?confirmation\\b(?!\\s+(?:of|that|whether|as\\s+to|from|on|about|regarding|if)\\b)|confirm\\s+(?:that\\s+)?(?:the\\s+|your\\s+)?report\\s+(?:has\\s+been|was)\\s+received|confirm(?:s|ed|ing)?\\s+(?:that\\s+)?(?:we\\s+(?:have\\s+)?)?receiv|confirmation\\s+(?:that\\s+)?(?:we\\s+(?:have\\s+)?received|(?:the\\s+|your\\s+)?report\\s+(?:has\\s+been|was)\\s+received)|(?:initial|first)\\s+(?:response|reply|contact|answer|confirmation)",
        // French, Spanish, Portuguese, German: receipt, confirmation, first reply
        "(?<![\\p{L}])(?:informes|reportes|relatos|relat[óo]rios|mensajes|mensagens|correos|e-?mails)\\s+(?:(?:se\\s+)?confirma[nm]|(?:s[ãa]o|son|ser[áa]n)\\s+confirmad[oa]s)\\s+(?=(?:en\\s+un\\s+plazo|dentro\\s+de|em\\s+até|no\\s+prazo|en\\s+menos\\s+de)\\s)|(?:hemos|habremos)\\s+recibido|recibimos|r[ée]ception|recepci[oó]n|ricevut|ricezione|acuse\\s+de\\s+recibo|acus(?:amos|aremos|a|ará)\\s+(?:de\\s+)?recibo|confirmaci[oó]n|confirma[çc][ãa]o|recebimento|eingang|empfangsbest|bestätig|bestaetig",
        "(?:primera|première|premier|primeira|erste)\\s+(?:respuesta|r[ée]ponse|resposta|antwort|rückmeldung|retour)|(?:respuesta|resposta|r[ée]ponse)\\s+ini[ct]iale?",
        // Russian, Chinese, Japanese, Korean
        "confirm(?:a|ăm)\\s+primirea|răspuns(?:ul)?\\s+ini[țţ]ial|первинн\\S*\\s+відповід|перш\\S*\\s+відповід|תגובה\\s+ראשונית|אישור\\s+קבלה|kvitter|modtagelse|mottak(?![\\p{L}])|mottagande|(?:reconocimiento|reconhecimento)\\s+(?:inicial|de\\s+(?:la\\s+)?recepci|de\\s+recibo|de\\s+recebimento)|(?:respon|tanggapan)\\s+awal|تأكيد\\s+(?:ال)?استلام|potvrzení\\s+(?:o\\s+)?přijetí|potvrdíme\\s+přijetí|první\\s+(?:odpověď|reakc)|onayla|(?:aldığımızı|alındığını)\\s+teyit|potwierdz|recebemos|bevestig|xác\\s+nhận|mengakui(?!\\s+bahwa)|konfirmasi\\s+(?:penerimaan|laporan(?!\\s+dari\\s))|(?:kami|saya)\\s+(?:akan\\s+)?mengonfirmasi\\s+(?=(?:dalam|maksimal|paling\\s+lambat)\\s|penerimaan|(?:laporan|email|pesan)(?:mu|\\s+anda)?\\s+(?:dalam|maksimal|paling\\s+lambat|telah\\s+diterima)(?:\\s|$))|presa\\s+in\\s+carico|подтвер|(?<!не\\s+отрима\\S*\\s+)підтвердж|первичн\\S*\\s+ответ|перв\\S*\\s+ответ|确认收到|(?:确认|確認)(?:新|所有|每个|每個|每份)(?:的)?(?:报告|報告)|(?<!(?:评估|評估|复现|復現|验证|驗證|分析|调查|調查)[后後][^。]{0,20})[内內](?:予以)?(?:确认|確認)(?:[。.，,；;]|$)|收到|(?:确认|確認)(?:您的|你的)?(?:报告|報告)(?!是否|中|的|有效)|受領|受付|最初の(?:返事|返信|回答|応答)|(?:報告|受信|受領)の?確認|初回|一次返信|(?:一次|初回)確認|以内に確認(?!の?(?:結果|後))|(?:レポート|報告)の確認を受け取|初次回复|首次回复|(?:初次|首次)(?:确认|確認)(?!漏洞|是否|有效)|접수|첫\\s*응답|초기\\s*응답|(?:보고|수신)\\s*확인",
      ].join("|"),
      "giu",
    ),
  ],
  [
    "respond",
    new RegExp(
      [
        "detailed\\s+(?:response|reply|answer|update)|confirm\\s+or\\s+rule\\s+out|rule\\s+out\\s+(?:the\\s+|a\\s+)?(?:vulnerabilit|issue|report)|(?:intended|proposed|planned|initial)\\s+fix\\s+(?:path|plan|approach)|影響範囲の(?:確定|特定)|^\\s*(?:initial|first)\\s+audit\\s*[:：]|(?:initial|first)\\s+audit\\s+of\\s+(?:the\\s+|your\\s+|each\\s+)?report|assess|triag|evaluat|analy[sz]|investigat(?!\\w*\\s+and\\s+(?:release|ship|develop|deploy|publish|provide)\\s+(?:a\\s+|the\\s+)?(?:fix|patch))|validat|reproduc|status\\s*update|remediation\\s+plan|(?:shar(?:e|ing)|provid(?:e|ing)|giv(?:e|ing)|send(?:ing)?|with)\\s+(?:\\S+\\s+){0,2}?(?:remediation|fix|resolution|patch)\\s+(?:timeline|timetable|time\\s*frame|plan|estimate)(?![\\s*_]+of\\b)|\\b(?:provide|share|give|send|communicate|expect|receive|get)\\s+(?:\\S+\\s+){0,6}?(?:timeline|timetable|time\\s*frame|estimate)\\s+for\\s+(?:a\\s+|the\\s+)?(?:fix|patch|remediation|resolution)(?=[\\s*_]+within\\b)|(?:receive|get|expect|and)\\s+(?:an?|the|your|our|initial|expected)\\s+(?:remediation|fix|resolution)\\s+(?:timeline|timetable|estimate)(?=[\\s*_]+within\\b)|(?:share|provide|give|send)\\s+(?:\\S+\\s+){0,2}?(?:timeline|timetable|plan|estimate)\\s+for\\s+(?:a\\s+|the\\s+)?(?:fix(?:ing)?|remediation|resolution)|agree(?:ing)?(?:\\s+on)?\\s+(?:an?\\s+|the\\s+)?(?:remediation|fix|resolution)\\s+(?:timeline|plan)(?=[\\s*_]+within\\b)|(?:share|provide|give|send|communicate)\\s+(?:\\S+\\s+){0,2}?(?:timeline|timetable|time\\s*frame|estimate)\\s+for\\s+(?:addressing|fixing|resolving|remediating|patching)\\s+(?:the\\s+|this\\s+|a\\s+|your\\s+)?(?:vulnerabilit\\w*|issue|problem|bug|report|finding)(?=[\\s*_]+within\\b)|confirm\\s+whether|(?<!\\b(?:cannot|can't|not|unable\\s+to|fail(?:s|ed)?\\s+to|please)\\s+)confirm\\s+or\\s+(?:refute|deny|reject|dismiss|disprove)(?!\\s+(?:the\\s+)?receipt|\\s+(?:that\\s+)?(?:we\\s+)?(?:have\\s+)?receiv)|next\\s+steps|\\bupdate\\s+you\\b|whether\\s+(?:\\S+\\s+){0,2}?(?:agree|accept)\\b|confirmation\\s+(?:of\\s+|as\\s+to\\s+|that\\s+|from\\s+us\\s+that\\s+)(?:whether\\s+|the\\s+|its\\s+|your\\s+report'?s?\\s+){0,2}(?:issue|bug|problem|vulnerab|severity|validity|valid|scope|in\\s+scope)|\\bverdicts?\\b|\\bhow\\s+(?:severe|serious)\\b|\\breview|whether\\s+(?:\\S+\\s+){0,6}?(?:accepted|valid|confirmed|declined|rejected)|confirm\\s+the\\s+(?:problem|issue|vulnerability|bug|report)(?!\\s+(?:has\\s+been|was|is)\\s+received)|determine\\s+(?:the\\s+)?(?:affected|impact|severity|(?:best\\s+|next\\s+)?course\\s+of\\s+action)",
        "[ée]valua|avalia[çc]|triaj|triagem|valuter|valutazion|actualizaci[oó]n\\s+(?:de|del|sobre)\\s+(?:el\\s+)?estado|pembaruan\\s+status|update\\s+on\\s+(?:the\\s+)?(?:\\S+\\s+)?(?:status|progress)|atualiza[çc][ãa]o\\s+de\\s+(?:status|estado)|avancement|an[aá]lis|enqu[êe]t|investiga(?!\\w*\\s+and\\s+(?:release|ship|develop|deploy|publish|provide)\\s+(?:a\\s+|the\\s+)?(?:fix|patch))|detallad|détaillé|detalhad|bewert|einsch(?:[äa]|ae)tz|untersuch|ausf(?:ü|ue)hrlich|estimaci[oó]n",
        "mengonfirmasi\\s+(?:apakah|kerentanan|validitas)|durum\\s+güncelleme|(?<![\\p{L}])(?<!od\\s)(?:wstępn\\S*\\s+)?ocen[aęy](?![\\p{L}])(?!\\s+cvss)|đánh\\s+giá(?!\\s+cao)|(?:严重性|严重程度|嚴重性|嚴重程度)(?:分级|分級|定级|定級|评级|評級)(?![后後])|完成(?:定级|定級|分级|分級|评级|評級)(?![后後])|(?:分级|定级|分級|定級)(?:结论|結論)(?!\\s*(?:发布|發布)?[后後])|トリアージ(?!\\s*(?:が|の)?(?:完了|終了|後|チーム|担当|中|結果|に協力))|hodnocení|posouzení|vyhodnocen|vurdering|bedömning|evaluare|оцінк|הערכה|تقييم|оцен|анализ|修复时间表|修復時間表|расслед|(?<!после\\s+)триаж|рассмотр|подробн|评估|評估|分析|評価|調査|対処方針|対応方針|(?:これから|次|今後)の(?:ステップ|手順)|詳細を(?:受け取|お知らせ|ご連絡|連絡)|处理方案|修复计划|修復計畫|处理计划|确认是否|確認是否|判断|判定|검토|분석|평가|분류|트리아지|(?:인정|유효|수용)\\s*여부|수정\\s*계획(?:을|를)?\\s*(?:안내|공유|전달|알려|제공|회신)|geçerli\\s+olup\\s+olmad",
      ].join("|"),
      "giu",
    ),
  ],
  [
    "generic",
    new RegExp(
      [
        "\\b(?:respond(?:s|ed|ing)?|responses?|repl(?:y|ies|ied)|answer(?:s|ed|ing)?)\\b|get\\s+back\\s+to|follow(?:ed)?[\\s-]+up|(?:emails?|reports?|messages?)\\s+(?:will\\s+be\\s+|are\\s+)?(?:addressed|handled)|hear\\s+back|hear\\s+from|contact\\s+you|(?:expect|receive|get)\\s+(?:an?\\s+)?update\\b",
        "(?<!(?:please|kindly|you\\s+(?:can|may|should))\\s+)reach\\s+out(?!\\s+to\\s+(?:me|us)\\b)|get\\s+in\\s+touch|be\\s+in\\s+touch|(?:initiate|start|open)\\s+(?:a\\s+)?(?:conversation|dialog(?:ue)?)|\\bupdate\\s+from\\s+(?:us|the\\s+\\w+)",
        "r[ée]pon(?:se|dr|dons)|respuesta|resposta|rispost|risponder|informeremo|geri\\s+dönüş|yanıt|respond(?:er|eremos|emos|id[oa]s?)|odpowi|rozpatr|merespons|reactie|reageren|(?:(?<![\\p{L}])(?:wir|ich)\\s+(?:\\S+\\s+){0,3}?reagier|reagieren\\s+wir(?![\\p{L}]))|phản\\s+hồi|trả\\s+lời|menanggapi|membalas|balasan|tanggapan|retorno|antwort|rückmeld|melden\\s+uns|reagovat|odpověď|odpovíme|ozveme\\s+se|răspuns|răspunde|відповід(?!но|альн)|תגובה|מענה|(?<![\\p{L}])svar(?:e|er|et|a|ar)?(?![\\p{L}])(?!\\s+til(?![\\p{L}]))|(?<![\\p{L}])respon(?![\\p{L}])|الرد|(?<![\\p{L}\\p{M}])ردً?ا(?![\\p{L}])|ответ|свяж",
        "回复|回覆|回應|答复|答覆|响应|回应|応答|返信|回答|회신|응답|답변|연락|反馈|反饋|フィードバック|피드백|\\bfeedback\\b",
      ].join("|"),
      "giu",
    ),
  ],
  [
    "fix",
    /\bfix(?:es|ed|ing)?\b(?!\s+(?:path|plan(?:ning|s)?|approach)\b)|(?<!\b(?:assess|analy[sz]e|triage|evaluate|investigate|review)\s+and\s+)\baddress(?:es|ed|ing)?\s+(?:\S+\s+){0,2}?(?:vulnerabilit|issues?\b|bugs?\b|flaws?\b|weakness)|\bpatch(?:es|ed|ing)?\b|\breleas(?:e|es|ed|ing)\b|\bresolv|\bresolution|\bremediat(?:e|es|ed|ing)\b|\bremediation\b(?!\s+(?:plan|timeline|strategy|steps|progress|status|update|estimate|details))|\bship(?:s|ped|ping)?\b|correc(?:ci|ti|ç)|corregg|correzion|correctif|parche|poprawk|łatk|perbaikan|tambalan|beheb|oprav(?:[auyi]|en)|תיקון|rettelse|rettet|retting|виправл|إصلاح|remedi|corect(?:at|are|ie|ii|a)|исправл|修复|修正|수정|배포|패치(?:를|가)\s*$|적용(?:합니다|하|할|됩니다|된)/giu,
  ],
  [
    "disclosure",
    /disclos|hold\s+off\s+(?:on\s+)?publishing|made\s+public|publicly\s+discuss|discuss\s+(?:\S+\s+){0,3}publicly|make\s+(?:\S+\s+){0,4}public|open\s+(?:\S+\s+){0,3}?to\s+the\s+public|go(?:es)?\s+public|publish(?:ed|ing)?\s+(?:the\s+|an?\s+)?(?:security\s+)?advisor|publish(?:ed|ing)?\s+(?:(?:the|any)\s+)?(?:(?:vulnerability|technical|full)\s+details|details\s+(?:of|about|on)\s+(?:the|this|a|any|your)\s+(?:vulnerabilit|issue|finding|flaw|report))|embargo|(?:vuln[ée]rabilit[ée]s?|faille|probl[èe]me|d[ée]tails|rapport)\s+(?:\S+\s+){0,3}?rendue?s?\s+publi|publicar(?:emos|á)?\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:vulnerabilidad|fallo|problema|detalles|informe|reporte|aviso)|free\s+to\s+publish|(?:reporter|researcher|you)\s+may\s+(?:then\s+)?publish|divulg|(?<![\p{L}])công\s+(?:khai|bố)(?![\p{L}])|zveřejn|veroeffentlich|النشر|الإفصاح|פרסום|оприлюдн|розкрит|offentliggør|offentliggjør|offentliggör|publicare|veröffentlich|offenleg|раскрыт|разглаш|公开|披露|公開|公表|開示|공개/giu,
  ],
];

/** "the initial disclosure" and "your disclosure" mean the report itself (not "responsible disclosure of 90 days" or "a coordinated disclosure within 90 days", a time, cut or not). */
const REPORT_AS_DISCLOSURE = /\b(?:the\s+initial|your|initial|(?<=\b(?:a|an|each|every|any)\s)(?:responsible|coordinated)|(?:responsible|coordinated)(?!\s+disclosures?\s+after\s*(?:\d|$))|(?:to|on|about|regarding)\s+the)\s+disclosures?\b(?![*_]*\s*(?:\(\s*|with\s+an?\s+|,\s*|[:：]\s*an?\s+)(?:up\s+to\s+)?[1-9]\d*[\s-]*(?:calendar[\s-]+|business[\s-]+|working[\s-]+)?days?[\s-]+(?:window|deadline|timeline|period|embargo)\b|[*_]*\s*(?:\(\s*|with\s+an?\s+)(?:up\s+to\s+)?$)(?![*_]*\s*[:：|–—-]\s*(?:within\s+|up\s+to\s+|after\s+|an?\s+)?(?:[1-9]|$))(?!\s+(?:window|deadline|timeline|period|date|policy|(?:of|(?<=\b(?:aim\w*\s+(?:for|at)|target\w*|plan\w*(?:\s+for)?|commit\w*\s+to|strive\s+for|seek|(?:fix|patch)(?:es)?\s+(?:and|&))\s+(?:an?\s+|the\s+)?(?:responsible\s+|coordinated\s+)?disclosures?\s+|^[\s*_-]*(?:responsible|coordinated)\s+disclosures?\s+)within)\s+(?:up\s+to\s+|at\s+least\s+)?(?:[1-9]\d*[\s-]*(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?)\b(?!\s+(?:of|after|from|following)\s+(?!(?:the\s+|your\s+|our\s+)?(?:initial\s+|original\s+)?(?:report|receipt|submission|acknowledge?ment|triage)))|$)))/gi;

/** "Information disclosure, denial-of-service", "Information disclosure with minimal impact": a kind of vulnerability, not the step of going public. */
const VULNERABILITY_CLASS = /\b(?:information|info|data|credential|memory|path|sensitive\s+(?:data|information))[\s-]+disclosure\b(?=\s*[,/;)：:]|\s*$|\s+(?:bugs?|issues?|vulnerabilit\w*|flaws?|attacks?|risks?|or|and|with|via|through|affecting|leading)\b)/giu;
/** "開示に関するお問い合わせ" (questions about disclosure): disclosure as the topic of something else, not the step. */
const ABOUT_DISCLOSURE = /(?:開示|公開|公开|披露)(?:に関する|に関して|について(?:の)?|相关的?)/gu;
/** Where a time is counted from, not the step it is for: "from acknowledgement to public disclosure". */
const STARTING_POINT = /\bfrom\s+(?:the\s+|your\s+|our\s+)?(?:initial\s+|first\s+)?(?:acknowledg\w*|receipt|report(?:ing)?|submission)\s+(?=(?:to|until|till)\s)/giu;
/** "90 days after acknowledgement", "90 days from first response": right after an amount, the first contact it counts from. */
export const FROM_FIRST_CONTACT = /^[\s*_]*(?:days?\s+)?(?:from|after|since|following)\s+(?:the\s+|our\s+|its\s+)?(?:(?:initial\s+)?acknowledge?ments?|(?:initial|first)\s+(?:response|reply))\b/iu;
/** "within 30 days of initial triage": right after an amount, the step it counts from, not the step it is for. */
const FROM_TRIAGE = /^[\s*_]*(?:days?\s+)?(?:from|after|since|following)\s+(?:the\s+|our\s+)?(?:initial\s+)?triage\b/iu;
const OF_TRIAGE = /^[\s*_]*(?:days?\s+)?of\s+(?:the\s+|our\s+)?(?:initial\s+)?triage\b/iu;

/** "within 30 days of initial triage": the triage is where the time counts from, after "within" only ("allow 7 days of initial triage" is the triage). */
export function withoutTriageStart(after: string, before: string): string {
  return /\bwithin\s*$/i.test(before) ? after.replace(OF_TRIAGE, " ") : after;
}
/** "受領から 90 日以内の公開" (publication within 90 days of receipt): where the time is for disclosure, receipt is where it counts from. */
const COUNTED_FROM_RECEIPT = /(?:受領|受付|受信|報告)から\s*$/u;
const FOR_DISCLOSURE_AFTER = /^\s*(?:日|営業日|週間|か月|ヶ月)?\s*(?:以内|後|経過後)?(?:の|に)?\s*(?:公開|開示)/u;

/** Whether the time between these two texts is a disclosure window counted from receipt ("受領から 90 日以内の公開"). */
export function disclosureFromReceipt(before: string, after: string): boolean {
  return COUNTED_FROM_RECEIPT.test(before) && FOR_DISCLOSURE_AFTER.test(after);
}

/**
 * Words that give an acknowledgement its own time ("within a few days", "soon", "promptly"), before the "and" or comma that brings in the
 * next step (not "acknowledge and quickly triage", nor "within the scope").
 */
const ACK_OWN_TIME = /\b(?:within\s+(?:a\s+(?:few|couple|day|week|short)|one|two|three|several|\d|hours|days|the\s+(?:day|week|hour))|(?:as\s+)?soon|promptly|shortly|quickly|immediately|asap|automatic\w*)\b[^]*?(?:\b(?:and|then)\b|[,;])/i;

/** The kind of the keyword nearest to the amount: last in text before it, first in text after it. */
export function kindOf(text: string, side: "before" | "after"): Kind | null {
  const cleaned = (side === "after" ? text.replace(FROM_FIRST_CONTACT, " ").replace(FROM_TRIAGE, " ") : text).replace(REPORT_AS_DISCLOSURE, " ").replace(STARTING_POINT, " ").replace(ABOUT_DISCLOSURE, " ").replace(VULNERABILITY_CLASS, " ");
  let best: Kind | null = null;
  let bestAt = side === "before" ? -1 : Infinity;
  let hasAck = false;
  let ackEnd = -1;
  for (const [kind, pattern] of KINDS) {
    pattern.lastIndex = 0;
    for (const m of cleaned.matchAll(pattern)) {
      if (kind === "ack") {
        hasAck = true;
        ackEnd = Math.max(ackEnd, m.index + m[0].length);
      }
      const at = side === "before" ? m.index + m[0].length : m.index;
      // On a tie ("more detailed response") the earlier-listed kind wins.
      if (side === "before" ? at > bestAt : at < bestAt) {
        best = kind;
        bestAt = at;
      }
    }
  }
  // "acknowledged and analyzed within 5 days": an acknowledgement named in the clause wins
  // (not one with a time of its own before the other step: "an acknowledgement within a few days and a first assessment within").
  const ackTimed = side === "before" && ackEnd !== -1 && ackEnd < bestAt && ACK_OWN_TIME.test(cleaned.slice(ackEnd, bestAt));
  if (hasAck && !ackTimed && (best === "respond" || best === "generic")) return "ack";
  return best;
}

/**
 * After a time: "a fix is shipped and a coordinated public disclosure is published": the fix and going public both by then (not "and then",
 * "after", nor "a fix and a disclosure date to discuss", "a patch and a private draft advisory", "a fix and credit in the advisory").
 */
export const FIX_AND_DISCLOSURE = /^[^.;]*?\b(?:fix(?:es|ed)?|patch(?:es|ed)?)\b(?:(?!\b(?:then|after|later|once|when|until)\b)[^.;:]){0,40}?\b(?:and|&)\s+(?:(?!\b(?:then|after|later|once|when|until|discuss\w*|draft|private|credit\w*|date)\b)[^.;:]){0,30}?(?:\bpublic\s+(?:disclosure|advisory)|\b(?:disclosure|advisory)\s+(?:(?:is|are|will\s+be|gets?)\s+)?published|\bpublish(?:es|ed|ing)?\s+(?:an?\s+|the\s+)?(?:public\s+|security\s+)?(?:advisory|disclosure)|\bmade\s+public|\bdisclosed\s+publicly)/i;

/**
 * "If you have heard nothing after 14 days, comment on the advisory; if still nothing after 30, you are free to disclose": whether the
 * clause of a time, up to a semicolon, names a disclosure or the reporter's right to one.
 */
export function clauseNamesDisclosure(before: string, after: string): boolean {
  const clause = after.split(";")[0] ?? "";
  return mentions("disclosure", `${before} ${clause}`) || FREE_TO_DISCLOSE.test(clause);
}

/** Whether the text names a promise of this kind anywhere. */
export function mentions(kind: Kind, text: string): boolean {
  const pattern = KINDS.find(([k]) => k === kind)?.[1];
  if (pattern === undefined) return false;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** The word "review", taken out to see what else a text names. */
const REVIEW_WORD = /\breview(?:s|ed|ing)?\b/gi;

/** Words that promise a review of the report and no other step of a response ("we will review your submission", not "review and assess", "the review process takes" or "alerts are reviewed"). */
export function reviewOnly(text: string): boolean {
  return /\b(?:will|shall|'ll|to)\s+(?:\S+\s+)?review\s+(?:it|them|your|the|all|each|every|reports?|submissions?)\b|\b(?:reports?|submissions?|it|they)\s+(?:will\s+)?(?:be|are|is|get)\s+reviewed\b/i.test(text) && !mentions("respond", text.replace(REVIEW_WORD, " ")) && !mentions("fix", text);
}

/** A line about crediting the reporter, or a label ("Response process:"): no step of ours. */
const NOT_A_STEP = /acknowledged\s+in|acknowledge(?:d|ment)?\s+(?:you|reporters|contributors)|credit|:\s*$/i;

/** "We will acknowledge receipt as soon as possible. We will review it within 5 days. Then we assess severity": a reply or an assessment promised around a review, even with no time. */
export function otherStepNear(sentences: readonly { text: string }[], s: number): boolean {
  const near = [s - 2, s - 1, s + 1].map((i) => sentences[i]?.text ?? "").filter((t) => t.split(/\s+/).length >= 4 && !NOT_A_STEP.test(t));
  return near.some((t) => mentions("ack", t) || mentions("generic", t) || mentions("respond", t.replace(REVIEW_WORD, " ")));
}

/**
 * "within 72 hours, or no later than 7×24 hours", "within 48 hours (best effort, guaranteed within 7 days)", "within 48 hours,
 * at most 5 days": a usual time and the bound that holds (read with it as tiers: the largest).
 */
export const OUTER_BOUND = /^[\s*_]*,?\s*(?:or|but)\s+(?:no\s+later\s+than|at\s+the\s+(?:latest|outside|most)|at\s+most|never\s+(?:more|later)\s+than)[\s*_]*$|^[\s*_]*[,(]\s*(?:best[\s-]+effort\s*[,;]\s*)?(?:but\s+)?(?:guaranteed|at\s+the\s+(?:latest|outside|most)|at\s+most|no\s+later\s+than)(?:\s+(?:within|in))?[\s*_]*$/i;

/** "- 확인: 48시간 이내" (confirmation: within 48 hours) as the whole step: the acknowledgement. Not "확인: 7일 이내에 취약점 여부 판단" (a verdict), nor a step with more before the time. */
export const KOREAN_CONFIRM_STEP = /^\s*확인\s*[:：]\s*$/u;
export const BARE_WITHIN = /^\s*(?:이내|내)?\s*(?:회신|답변|응답)?[\s.。]*$/u;

/** The text between two amounts of one list: "… for an initial response and (up to) …". */
export const PARALLEL_AMOUNT = /^\s*for\s[^.;!?]{0,60}?(?:\band|,)\s*(?:up\s+to\s+|within\s+|about\s+)?$/i;

/** "GitHub quotes up to three working days", "MITRE typically takes a week": another organisation's time for its own step, in the clause before the amount. */
export const THIRD_PARTY_TIME = /\b(?:github|mitre|the\s+cna|nvd|npm|pypi|cert\/cc|hackerone)\s+(?:(?:usually|typically|generally)\s+)?(?:quotes?|takes?|says|states|estimates?|needs?|may\s+take|can\s+take|aims?\s+to)\b(?:(?!\b(?:we|i|our|us)\b)[^.;!?,]){0,40}$/i;

/** "status updates as triage proceeds", "updates as we assess the issue", "update you until the issue is resolved": updates for as long as the work runs, no deadline (removed before asking whether a shared step is a response). */
const UPDATES_WHILE = /\b(?:status\s+)?updat(?:e|es|ed|ing)\b(?:\s+(?:you|them|the\s+reporter))?(?:\s+\S+){0,3}?\s+(?:as\s+(?:\S+\s+){0,4}?(?:proceeds?|progress(?:es)?|continues?|(?:is|are)\s+(?:being\s+)?(?:investigated|worked\s+on|addressed|triaged))|as\s+(?:we|the\s+team|maintainers)\s+(?:\S+\s+){0,2}?(?:assess|investigat|work|triag|address|fix|review|progress)\w*|until\s+(?:\S+\s+){0,3}?(?:resolved|resolution|fixed|closed))\b/gi;
export const withoutUpdatesWhile = (t: string): string => t.replace(UPDATES_WHILE, " ");

/** A step shared with an amount that has a time of its own ("… and review as soon as possible", "… based on severity", "… then"). */
export const SHARED_STEP_OWN_TIME = /\b(?:based\s+on|depending\s+on|according\s+to)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:severity|complexity|impact|priority)|as\s+soon\s+as|as\s+(?:quickly|fast|promptly)\s+as|\bas\s+we\s+(?:investigate|progress|work|go)\b|\bthroughout\b|\bongoing\b|\bsoon\b|\blater\b|afterwards|\bthen\b|\bonce\b|\bafter\b|\bwhen\b|eventually|subsequently|\bregular|\bperiodic|此后|之后|随后|然后|(?:评估|評估|分析|调查|調查|核实|核實|验证|驗證)[后後]|尽快|尽早|儘快|その後|이후/i;

/** "90 days for us to investigate and release a fix": the time is for the fix, the investigation only its first step. */
export const INVESTIGATE_AND_FIX = /^\s*(?:days?\s+)?(?:for\s+(?:us|the\s+(?:team|maintainers?))\s+)?to\s+investigate\s*,?\s+and\s+(?:(?:to\s+)?(?:release|ship|develop|deploy|publish|provide)\s+(?:a\s+|the\s+)?(?:fix|patch)|fix|patch|resolve|remediate)\b/i;

/** "After patch ships (or 90 days, whichever is sooner)": a time right after "or", an alternative that bounds the step whatever the fix does. */
export const OR_BEFORE = /\bor\s*$/i;

/** Severity names that label a tier of times ("Critical: 24 hours", "Critical（RCE）| 24 小时", "严重 | 24 小时"). */
export const SEVERITY_NAMES = "critical|high|medium|moderate|low|severe|important|minor|major|urgent|sev(?:erity)?[\\s-]*[0-4]|p[0-4]|严重|嚴重|高危|中危|低危|中低危|紧急|緊急|重大|深刻|重要|警告|高|中|低|긴급|심각|높음|보통|낮음";

/** "14 days after the report is closed": counted from the report's end, not its arrival. */
export const REPORT_CLOSED = /^\s*(?:days?\s+)?(?:after|from|since)\s+(?:the\s+|your\s+)?report\s+(?:is|was|has\s+been|gets)\s+(?:closed|resolved)\b/i;

/** A step named "confirm" (确认, 確認), with its time after a bracket or a colon; the same numbered first. */
const CONFIRM_STEP = String.raw`(?:确认|確認)[*_]*\s*(?:[（(]|[:：])`;
const FIRST_CONFIRM_STEP = new RegExp(String.raw`^(?:1\s*[.、]|第一步\s*[:：]?)\s*` + CONFIRM_STEP, "u");
const BARE_CONFIRM_STEP = new RegExp(`^${CONFIRM_STEP}`, "u");
/**
 * "1. 确认（1-3 个工作日）" (a heading read as "1." and then "确认（…）"), "第一步：确认（24 小时内）", "- 确认：48 小时内" with no receipt step
 * before it: the first step of a process, named only "confirm", with its time, is the acknowledgement; a later step named so may
 * validate the report ("2. 确认：5 个工作日内完成复现", after "接收：24 小时内回复").
 */
export function confirmStep(before: ReadonlyArray<{ text: string; line: number }>, sentence: { text: string; line: number }): boolean {
  if (/有效|是否|漏洞|复现|重现|評估|评估|問題|问题/u.test(sentence.text)) return false;
  if (FIRST_CONFIRM_STEP.test(sentence.text)) return true;
  if (!BARE_CONFIRM_STEP.test(sentence.text)) return false;
  const previous = before[before.length - 1];
  if (previous?.line === sentence.line && /^\W*\d+\s*[.、]$/u.test(previous.text)) return /^\W*1\s*[.、]$/u.test(previous.text);
  // ("确认（48 小时内）", "确认：48 小时内": the time alone, and no step of receipt with a time of its own just before.)
  return /^(?:确认|確認)[*_]*\s*(?:[（(][^（）()]{0,16}[)）]|[:：][^，。,;；]{0,16})\s*$/u.test(sentence.text) && !before.some((b) => /接收|收到|回复|回覆|受領|受付|受信/u.test(b.text) && /\d/.test(b.text));
}

/** "… and provide a remediation plan for confirmed issues": a step for confirmed issues only, later than the time (not a later noun's "…, including a CVE for confirmed issues"). */
export const FOR_CONFIRMED_ONLY = /\b(?:for|on|of)\s+(?:confirmed|validated|verified|accepted)\s+(?:issues|reports|vulnerabilities|findings)\b/i;
export const stepHead = (step: string): string => step.split(/,|\b(?:including|includes?|with|along\s+with)\b/i)[0] ?? step;
