/**
 * A support cell as a careful reader states it: true, false or "partial" (security fixes
 * only, best effort, :warning:), or null when the cell says nothing about support.
 * Dates are read in the file's own framing ("Until 2023-12-31" is true); today's date is
 * never consulted.
 */
import type { Support } from "./types.js";
import { IS_A_LINE, isMovingTarget, NAMES_A_LINE } from "./version-range.js";
import { acceptedReports, ACCEPTS_REPORTS, ADVICE_AFTER, CRITICAL_FIXES_ELSEWHERE, LEADING_NO, NEGATED, NO_NEW_FEATURES, withoutNewFeatures, ONLY_SECURITY_WORDS, SPAN_AFTER, warnedNo } from "./cell-words.js";

const CHECKS = [
  "✅", "✔", "☑", "✓", "○", "◯", "🟢", "🟩", "🆗", "👍",
  ":white_check_mark:", ":heavy_check_mark:", ":ballot_box_with_check:", ":green_circle:", ":green_square:",
  ":check:", ":ok:", ":+1:", ":thumbsup:",
];
/** Whether a cell carries a check mark anywhere ("✅ security fixes"). */
export const hasCheckMark = (cell: string): boolean => CHECKS.some((c) => cell.includes(c));
const CROSSES = [
  "❌", "✖", "✕", "✗", "✘", "×", "❎", "☐", "⛔", "🚫", "🔴", "🟥", "🛑", "👎", "💀", "🛠",
  ":x:", ":heavy_multiplication_x:", ":no_entry:", ":no_entry_sign:", ":negative_squared_cross_mark:",
  ":red_circle:", ":red_square:", ":skull:", ":hammer_and_wrench:", ":-1:", ":thumbsdown:", ":stop_sign:", ":octagonal_sign:",
];
/** Marks of a condition on support: a warning, a wait, a question, a price. */
const WARNINGS = [
  "⚠", "△", "🟡", "🟠", "🟨", "🟧", "⏳", "⌛", "⏲", "🚧", "👷", "❗", "🤷", "🤔", "❓", "❔",
  ":warning:", ":thinking:", ":question:", ":grey_question:", ":man_shrugging:", ":woman_shrugging:", ":person_shrugging:", ":shrug:", ":yellow_circle:", ":orange_circle:", ":yellow_square:", ":orange_square:", ":timer_clock:", ":construction_worker:", ":exclamation:", ":hourglass:", ":hourglass_flowing_sand:", ":construction:",
];

/** A money mark: support for those who pay, a condition; never a cell with a price or an amount in it (a bounty, a pricing table). */
const MONEY = ["💵", "💲", ":dollar:", ":heavy_dollar_sign:"];
const PRICE = /[$€£¥]\s*\d|\d\s*(?:[$€£¥]|usd|eur|dollars?)/iu;

/** An exclamation mark: a caution when it stands alone, but the cell's words decide when it has some (":heavy_exclamation_mark: End of life"). */
const ALARMS = [":heavy_exclamation_mark:", ":grey_exclamation:", "❕"];

/** Marks that qualify a check ("supported, but see the note"). */
const QUALIFIERS = ["ℹ", ":information_source:"];

/** Bug fixes and security fixes named together (either order). */
const BOTH_FIXES = /bug[\s-]*fix(?:es)?\b[^|]{0,20}(?:and|&|\+|,)\s*(?:critical\s+)?security|security\s+(?:fixes|patches|updates)\b[^|]{0,20}(?:and|&|\+|,)\s*bug[\s-]*fix|\b(?:bug|security)\s+(?:and|&|\+)\s+(?:bug|security)[\s-]*(?:fix(?:es)?|patch(?:es)?|updates)\b|^bugs?\s*(?:and|&|\+)\s*security$|^security\s*(?:and|&|\+)\s*bugs?$/i;

/** Word boundaries that also work for Cyrillic, accented and CJK-adjacent words. */
const w = (words: string): string => `(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`;

/** "Security fixes only", "security-only", "security fix only". */
const SECURITY_ONLY = "security[\\s-]+(?:(?:fix(?:es)?|patch(?:es)?|updates?)\\s+)?only";

const NEGATIVE = new RegExp(
  [
    // "Not directly supported", "not officially maintained": such an adverb does not turn the no ("not fully" does: partial).
    "not\\s+(?:yet\\s+|(?:officially|actively|currently|directly|formally|explicitly)\\s+)?(?:supported|maintained|released|provided|offered|available|published|shipped)", "(?:(?:不再|不会|不會|没有|沒有|尚未|无法|無法)[^，。,;；\\s仅只僅]{0,8}?|未)提供(?:安全)?(?:修复|修復|更新|补丁|補丁)",
    w("plus\\s+(?:support\\S*|maintenu\\S*|pris\\s+en\\s+charge)"), "non\\s+più", "descontinuad", "discontinuad",
    "unsupported", "fim\\s+do\\s+suporte", "fin\\s+del\\s+soporte", "fin\\s+du\\s+support", "no\\s+longer", "end[\\s-]*of[\\s-]*(?:life|support|maintenance|updates)", "support\\s+(?:has\\s+)?ended", w("ended"), w("superseded"), w("sunset"), w("eo[ls]"), "deprecated",
    // Turkish "Destek yok" (no support), not "garanti yok" (no guarantee) after a best effort.
    "^(?:destek|güncelleme|bakım)\\s+yok[\\s.!]*$", "destek\\s+dış[ıi](?!\\s+değil)", "^yok[\\s.!]*$",
    // Czech, Vietnamese, Indonesian, Hungarian, Ukrainian, Finnish, Scandinavian, Romanian: not (or no longer) supported.
    "nepodporov", "ngừng\\s+hỗ\\s*trợ", "không\\s+(?:còn\\s+|được\\s+)?hỗ\\s*trợ", "tidak\\s+(?:lagi\\s+)?didukung", "nem\\s+(?:már\\s+)?támogatott", "не\\s+підтриму", "ei\\s+(?:enää\\s+)?tuettu",
    "ikke\\s+(?:længere\\s+|lenger\\s+)?støttet", "støttes\\s+ikke", "inte\\s+(?:längre\\s+)?stödd", "stöds\\s+inte", "nesuportat", "nu\\s+(?:mai\\s+)?este\\s+suportat",
    "제공\\s*(?:중단|종료|안|예정|불가|없)", "제공(?:하지|되지)\\s*않", "미제공", "미지원", "^아님$", "지원\\s*(?:버전|대상)?\\s*(?:이\\s*)?(?:아님|아닙니다)", "지원하지\\s*않", "^(?:보안\\s*)?(?:지원|패치|업데이트|수정)?\\s*없음[\\s.]*(?:\\((?![^)]*만)[^)]*\\))?[\\s.]*$", "지원\\s*안\\s*함", "제공\\s*x(?![\\p{L}])", "提供(?:終了|停止|なし|中止|中断|中斷)", "不提供", "(?:停止|暂停|暫停)提供",
    "discontinued", "obsolete", "outdated", "retired", "archived", "expired", "abandoned", "unmaintained",
    "out\\s+of\\s+support", w("no\\s+support"), "please\\s+(?:update|upgrade)\\s+to", "upgrade\\s+to", "update\\s+to", "(?:upgrade|update)\\s+(?:is\\s+)?required", "^(?:please\\s+)?(?:upgrade|update)\\s+(?:first|now|asap|immediately|before\\s+reporting)\\b", "^(?:por\\s+favor,?\\s+|veuillez\\s+)?(?:atualize|atualizar|actualice|actualiza|actualizar|mettez\\s+à\\s+jour|mettre\\s+à\\s+jour)(?![\\p{L}])(?![^|]*(?:(?:ainda|sigue|todavía|aún|toujours|still)\\s+(?:(?!n[ãa]o\\b|no\\b|not\\b|pas\\b|ne\\b)\\S+\\s+)?(?:recebe|recibiendo|recibe|reçoit|receives|suportad|soportad|supported)|reçoit\\s+toujours|correctifs\\s+de\\s+sécurité\\s+jusqu))", "must\\s+(?:upgrade|update)",
    "(?:will|to)\\s+be\\s+released", "unreleased", "^pending(?:\\s+release)?$", "release\\s+pending", "pending\\s*/\\s*pre", "never\\s+released", w("skipped"), w("cancell?ed"), w("planned"), "(?<!(?:in|on|to|into|and|the|with)\\s+)upcoming(?!\\s+(?:security\\s+)?(?:fix(?:es)?|patch(?:es)?|updates)\\b(?!\\s+(?:releases?|builds?|versions?)\\b))", "(?<=(?:in|on|to|into|and|the|with)\\s+)upcoming(?!\\s+(?:tags?|releases?|patch(?:es)?|patch\\s+releases?|minor\\s+releases?|builds?))", "coming\\s+soon", "(?<!\\bas\\s)" + w("soon"), w("(?:development|dev|testing|experimental|preview)\\s+only"),
    // Development only, in French, Spanish, Portuguese, German; out of scope as the whole cell.
    w("(?:d[ée]veloppement|d[ée]v|tests?)\\s+uniquement|uniquement\\s+(?:pour\\s+(?:le\\s+)?)?d[ée]veloppement|s[óo]lo\\s+(?:para\\s+)?desarrollo|apenas\\s+(?:para\\s+)?desenvolvimento|nur\\s+(?:für\\s+(?:die\\s+)?)?entwicklung"), "^(?:out\\s+of|not\\s+in)\\s+scope[\\s.!]*$", "^\\(?\\s*future(?:\\s+(?:lts\\s+)?(?:releases?|versions?|lines?|lts))?(?:\\s*\\(\\s*\\d{4}\\s*\\))?\\s*\\)?[\\s.!]*$", "^support\\s+(?:starts|begins)\\s+(?:when|once|after|upon|with)\\b", "^(?![^;]*\\b(?:until|till|through|for\\s+(?:\\d+|one|two|three|six|nine|twelve|eighteen)\\s+(?:days?|weeks?|months?|years?))\\b)[^\\p{L}\\d]*will\\s+be\\s+supported\\b[^;]*?\\b(?:when|once|after|upon)\\s+(?:\\S+\\s+){0,3}?(?:ships?|is\\s+released|releases?|lands?)(?![\\p{L}])",
    "不再支持", "不支持", "^(?:已|目前|暂|暫)?(?:不受|不被|未受|未被)支持", "^(?:不再|不|已停止)接受(?:安全修复|安全修復)", "^(?:未|没有|沒有)(?:持续|持續)?(?:维护|維護)", "(?:不再|停止|已終止|終止|無|未|沒有|不)支援", "支援(?:已)?(?:結束|終止|停止)", "支援なし", "サポートなし", "停止支持", "停止维护", "^(?:已)?不再(?:尽力|盡力|持续|持續)?(?:修复|修復|维护|維護)[\\s。.!]*$", "^(?:修正|更新|パッチ)なし[\\s。.!]*$", "不再提供(?:任何)?(?:支持|支援|更新|修复|修復)", "終了", "サポート外", "対象外", "非対応", "미지원", "지원\\s*종료",
    "no\\s+soportad", "sin\\s+soporte", "obsolet", "не\\s+поддерж", "устарел", "nicht\\s+(?:mehr\\s+)?unterst(?:ü|ue)tzt", w("kein(?:e|en)?\\s+(?:support|unterst(?:ü|ue)tzung|wartung|updates?|sicherheitsupdates)"),
    // "需要先升级" (upgrade first), "pas de maintenance distincte ; mettre à jour vers …": upgrade, in Chinese and French.
    // (Only as what the cell opens with: "支持（需升级到 2.9.4 以上）" is a yes with advice.)
    "^(?:需要|需|请|請|必须|必須)先(?:升级|升級)", "^(?:non\\s*[,;:–—-]?\\s*)?pas\\s+de\\s+(?:maintenance|support|correctifs?|mises?\\s+à\\s+jour)(?![\\p{L}])",
    // "Will be supported on release": support that starts later, so not now.
    "^[^\\p{L}\\d]*will\\s+be\\s+supported\\s+(?:on|upon|once|when|after|at)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:first\\s+|initial\\s+|stable\\s+|official\\s+)?(?:release|launch|ga|general\\s+availability)(?![\\p{L}])|^[^\\p{L}\\d]*will\\s+be\\s+supported\\s+(?:once|when)\\s+(?:it\\s+is\\s+|they\\s+are\\s+)?released",
    "non[\\s-]+support", "non[\\s-]+pris", "^no\\s+(?:(?:security|further|more|hosted|deployment|active|longer)\\s+)?support[\\s.!]*$", "已停止", "不(?:再)?维护", "不(?:再)?維護", "desteklenmiyor", "desteklenmez", "non\\s+supportat", "niet\\s+ondersteund", "nie\\s+(?:jest\\s+)?wspierane", "sem\\s+suporte", "não\\s+suportad", "no\\s+compatible",
  ].join("|"),
  "iu",
);

const PARTIAL = new RegExp(
  [
    SECURITY_ONLY, "only\\s+security", "^security(?:\\s+(?:fixes|patches|updates))?$",
    "critical\\s+(?:security\\s+)?(?:fixes|patches|updates)", w("(?:critical|severe|serious)\\s+(?:\\S+\\s+){0,2}?only"), "only\\s+(?:\\S+\\s+){0,6}(?:serious|critical|severe|high[\\s-]+severity)", "\\(\\s*security\\s+(?:fixes|patches|updates)\\s*\\)", "\\(\\s*(?:corrections|correctifs)\\s+de\\s+s[ée]curit[ée]\\s*\\)|\\(\\s*(?:correcciones|parches)\\s+de\\s+seguridad\\s*\\)|\\(\\s*corre[çc][õo]es\\s+de\\s+seguran[çc]a\\s*\\)", "有限(?:支持|支援)|尽力而为|盡力而為|(?<!不再|不)(?:仅|僅|只)?(?:尽力|盡力)(?:支持|支援|维护|維護|处理|處理|修复|修復)", "best[\\s-]+effort", "upaya\\s+terbaik", "ベストエフォート(?!(?:対応)?なし|では)", "최선의\\s*노력", "最善の努力", "minimal", w("limited"), "partial", w("partly"),
    w("maintenance"), "manuten[çc][ãa]o", "mantenimiento", "bug[\\s-]*fix(?:es)?", "possibly", w("discretionary"), w("depend(?:s|ing)\\s+on"), "case[\\s-]+by[\\s-]+case", "(?:upon|on)\\s+(?:\\S+\\s+)?request", w("(?<!recommended\\s+)for\\s+(?:extended[\\s-]+support|enterprise|paying|commercial|premium|support[\\s-]+contract)\\s+(?:customers|clients|subscribers)(?!\\s+(?:and|&|as\\s+well)\\b)"), "possiblement", "posiblemente", "en\\s+iyi\\s+çaba", "garanti\\s+yok", "miglior\\s+sforzo", "possivelmente", "möglicherweise", "eventuell", "conditional",
    "(?<!不)[仅僅只].{0,4}安全", "(?<!不)(?:仅|僅|只)(?:在|有)[^，。,;；]{1,15}?(?:时|時)(?![间間])\\s*才?(?:支持|提供|维护|維護)", "付费|付費|有償|유료", "部分", "限定", "セキュリティ(?:修正|アップデート)のみ", "solo\\s+(?:parches\\s+de\\s+)?seguridad",
    "частичн", "только\\s+(?:исправления\\s+)?безопасност",
    // "Hotfixes only", "Backports only", "High severity only": some fixes, not all; and "(for critical vulnerabilities)" as the cell's or its bracket's first words: fixes for the gravest issues alone.
    w("(?:hotfix(?:es)?|fixes|patches|backports|bugs|issues|vulnerabilities|severity)\\s+only"), "(?:^|[(（]\\s*|\\byes\\W+)for\\s+(?:critical|severe|serious)\\s+(?:security\\s+)?(?:vulnerabilit(?:y|ies)|issues|bugs|flaws|problems|cves?)\\b(?![^)]*\\b(?:others?|all\\s+other|the\\s+rest)\\b)",
    // Security fixes only, in other languages; security fixes named alone as the whole cell (as "^security fixes$" above:
    // "✅ 보안 패치 제공", security patches provided, is a yes).
    w("(?:nur|lediglich)\\s+(?:\\S+\\s+){0,2}?(?:sicherheit\\S*|kritisch\\S*)"), w("(?<!(?:pas|non)\\s+)(?:seulement|uniquement)\\s+(?:\\S+\\s+){0,3}?(?:s[ée]curit[ée]|critiques?)"), w("s[ée]curit[ée]\\s+(?:\\S+\\s+){0,2}?uniquement"),
    w("(?:apenas|somente|s[óo])\\s+(?:\\S+\\s+){0,3}?seguran[çc]a"), w("(?:solo|s[óo]lo|[úu]nicamente)\\s+(?:\\S+\\s+){0,3}?seguridad"), w("(?:solo|soltanto)\\s+(?:\\S+\\s+){0,3}?sicurezza"),
    w("tylko\\s+(?:\\S+\\s+){0,2}?bezpiecze\\S*"), w("alleen\\s+(?:\\S+\\s+){0,2}?beveilig\\S*"), "보안\\s*(?:패치|업데이트|수정)\\s*만",
    "^(?:sicherheits(?:updates|patches|korrekturen|fixes|aktualisierungen)|correctifs\\s+de\\s+s[ée]curit[ée]|corre[çc][õo]es\\s+de\\s+seguran[çc]a|(?:parches|correcciones|actualizaciones)\\s+de\\s+seguridad|исправлени\\S*\\s+безопасност\\S*|安全(?:更新|修复|修復|补丁|補丁)|보안\\s*(?:패치|업데이트|수정)|güvenlik\\s+(?:düzeltme|güncelleme|yama)\\S*)[\\s.]*$",
    "유지\\s*보수", "^(?:メンテナンス|保守)(?:中|のみ|フェーズ)?[\\s。.!]*$", w("bakım"), w("parcial(?:mente)?|parziale|parzialmente|teilweise|eingeschränkt|mejor\\s+esfuerzo"), "parches\\s+cr[ií]ticos", w("(?:solo|s[óo]lo)\\s+(?:\\S+\\s+){0,2}?cr[ií]tic\\S*"), "только\\s+критическ",
    // "❌ Only if major issue": a no with a condition under which fixes still come.
    w("only\\s+(?:if|when|for)\\s+(?:\\S+\\s+){0,3}?(?:major|critical|severe|serious|important)"),
    // "Critical / High のみ", "重大な脆弱性のみ": only the severe ones, in Japanese.
    "(?![^|]*(?:以外|問わず|全て))(?:(?<![\\p{L}])(?:critical|high|severe)(?![\\p{L}])|重大|緊急|深刻)(?:\\s*(?:[/・、,]|and|or|および|と)\\s*(?:(?<![\\p{L}])(?:critical|high|medium|severe)(?![\\p{L}])|重大|緊急|深刻|高))*\\s*(?:な|の)?\\s*(?:脆弱性|問題|修正|バグ|もの)?\\s*(?:以上)?\\s*のみ",
  ].join("|"),
  "iu",
);

const POSITIVE = new RegExp(
  [
    w("yes|y|lts|active|current|latest|stable|recommended|full|true|ok|ga|sí|si|ja|oui|да|是"), "^always[\\s.!]*$", "supported", w("support"), "maintained", "(?:维护|維護)中", "(?<!不再|不|停止|無法|无法|未|没有|沒有|暂停|暫停)(?:积极|積極|活跃|活躍|持续|持續)(?:开发|開發|开発|维护|維護|更新)", "^(?:권장|推奨|推荐|推薦|あり|有り|있음)[\\s。.!]*$", "^(?:最新|アクティブ)(?:版|バージョン)?[\\s。.!]*$",
    // Active or current, in other languages.
    w("activ[oa]|ativ[oa]|aktiv|actif|active|attiv[oa]|aktif|aktywn\\S*|actief|aktuell|actuel(?:le)?|atual|güncel|активн\\S*|текущ\\S*|актуальн\\S*"), "当前", "現行", "현재",
    "general\\s+availability", "further\\s+notice", "(?<![\\p{L}])(?<!(?:never|not|n't|longer|rarely|seldom|only|to)\\s+)(?:receives?|gets)\\s+(?:security\\s+|all\\s+)?(?:fixes|updates|patches)", "recebe\\s+(?:patches|corre[çc]|atualiza)", "recibe\\s+(?:parches|correcc|actualiza)", w("tick|checkmark|check\\s+mark"),
    "feature\\s+updates", "taken\\s+care\\s+of", w("provided|offered"), "(?<!미)제공(?!\\s*(?:중단|종료|안|하지|되지|예정|불가|없|x(?![\\p{L}])))", "(?<![不止停])提供中(?![止断斷])", "(?<![不止停没沒未再])提供(?:安全)?(?:修复|修復|更新|补丁|補丁)", "^O$", w("until|till|through"), "soportad", "поддерживается", "支持", "^支援中?[\\s。.]*$", "(?:完整|全面|持續|積極|正式)支援", "サポート", "対応", "지원",
    "unterstützt", "unterstuetzt", w("(?:[úu]ltima|derni[èe]re|neueste|ultima)\\s+versi(?:[óo]n|on|one)|[úu]ltima\\s+vers[ãa]o"), "supporté", "destekleniyor", "supportat", "ondersteund", "wspierane", "podporov", "hỗ\\s*trợ", "(?<![\\p{L}])suportad[ao]s?(?![\\p{L}])", "didukung", "dipelihara", "^saat\\s+ini[\\s.]*$", "(?<!不|不再|未|没有|沒有|拒绝|拒絕|停止)接受(?:安全修复|安全修復|漏洞报告|漏洞報告|安全报告|安全報告)", "támogatott", "підтримується", "tuettu", "støttet", "stöds", "stödd", "^ya[\\s.!]*$",
  ].join("|"),
  "iu",
);

/** Planned or unreleased, in Chinese, Japanese or Korean, as the whole cell or what it opens with ("计划中", "未发布", "开发中，未发布"); in a column of end dates "planned" is an end to come. (Not 予定 alone, "scheduled", often of an end.) */
const PLANNED_CJK = /^(?:计划中|計劃中|計画中|规划中|規劃中|(?:リリース|公開)予定|계획\s*중|출시\s*예정)[\s。.!]*$|^[\s(（]*(?:(?:积极|積極)?(?:开发中|開發中|開発中)[，,、\s]*)?(?:目前|还|還|暂|暫)?尚?(?:(?<=尚)未正式(?:发布|發布)|未発表|未发布|未發布|未リリース|미출시)/u;

const NOT_YET_DECIDED = /^\(?\s*(?:to\s+be\s+(?:defined|determined|decided|confirmed)|tbd)\s*(?:\s(?:alongside|with|at|when|once|after|upon)\b|[—–]|\s-\s)/i;

/** "Where possible", "Nach Möglichkeit": best effort (not advice to upgrade "when possible"). */
const WHERE_POSSIBLE = new RegExp(w("(?:where|when|if)\\s+(?:possible|feasible)|as\\s+far\\s+as\\s+possible|по\\s+мере\\s+возможности|nach\\s+möglichkeit|soweit\\s+möglich|wenn\\s+möglich|dans\\s+la\\s+mesure\\s+du\\s+possible|si\\s+possible|cuando\\s+sea\\s+posible|siempre\\s+que\\s+sea\\s+posible|quando\\s+poss[íi]vel|sempre\\s+que\\s+poss[íi]vel|se\\s+possibile|ove\\s+possibile"), "iu");
const UPGRADE_ADVICE = /upgrad|updat|migr|обнов|перей|переход|\buse\b|\bmove\b|\bswitch|aktualisier|actuali[zc]|atualiz|mett\w*\s+à\s+jour|升级|升級/iu;

const CJK_LEAVE_LINE = /업그레이드\s*(?:권고|권장)|アップグレード(?:を)?推奨|(?:建议|建議)(?:尽快)?(?:升级|升級)/gu;

/** "LTS" as a word: a long-term-support line is supported whatever else its cell says. */
const LTS = /(?<![\p{L}])lts(?![\p{L}])/iu;

const HEDGED_NO = /\b(?:may|might|could)\s+(?:\S+\s+){0,2}?(?:be\s+)?(?:lacking|missing|limited|incomplete|not\b|no\s+longer)|\bnot\s+(?:fully|entirely|completely)\b/i;
/** "Not guaranteed", "no guarantees": support that may or may not come (a plain no beside it stays a no). */
const NO_GUARANTEE = /\bnot\s+guaranteed\b|\bno\s+guarantees?\b/i;
/**
 * "Upgrade recommended", "not backported": advice to leave the line. It answers no only when the cell
 * says nothing else ("Yes, upgrade recommended" is still a yes).
 */
const LEAVE_LINE = /(?:upgrade|update)\s+(?:is\s+)?(?:strongly\s+)?(?:recommended|advised|encouraged)|please\s+(?:update|upgrade)(?:\s+(?:now|asap|immediately|soon))?|\bnot\s+(?:be\s+)?backport\S*|не\s+(?:backport|бэкпорт)\S*|^(?:обновитесь|обновите(?:\s+\S+)?|перейдите)\s+(?:до|на)\s+(?:v?\d|lts|последн|нов|актуальн|`)\S*/giu;

/**
 * Words of a no that a mark, a yes or a partial word in the same cell outweighs ("✅ Previous LTS", "Security fixes only (will
 * not receive new features)"): read only after those. "Do not receive fixes", "no further updates", "inactive", "dead", "previous LTS",
 * "No activo", "Nicht aktiv".
 */
const PLAIN_NO = new RegExp(
  [
    "(?:do|does|will|shall)\\s*(?:not|n't)\\s+(?:\\S+\\s+)?(?:receive|get)\\s+(?:any\\s+|further\\s+|more\\s+)?(?:\\S+\\s+)?(?:fixes|updates|patches|support)\\b",
    "won't\\s+(?:\\S+\\s+)?(?:receive|get)\\s+(?:any\\s+|further\\s+|more\\s+)?(?:\\S+\\s+)?(?:fixes|updates|patches|support)\\b", "\\bnot\\s+(?:be\\s+)?(?:retroactively\\s+)?(?:patched|fixed|secured)\\b",
    w("no\\s+(?:more\\s+|further\\s+)?(?:security\\s+)?(?:updates|fixes|patches)"), w("without\\s+(?:any\\s+)?(?:security\\s+)?(?:updates|fixes|patches)"), w("архив\\S*"), "без\\s+обновлени",
    w("inactiv[eoa]|inativ[oa]|inaktiv"), w("(?:no|non|not|nicht|pas|niet|не)\\s+(?:activ\\S*|attiv\\S*|actif\\S*|aktiv\\S*|actief|актуальн\\S*|активн\\S*)"), "aktif\\s+değil", w("eingestellt|veraltet"),
    // "Historical", "Solo histórico" as the whole cell, or "Historical compatibility code" with no word of support after it:
    // kept as history, not supported ("Yes (historical branch)", "Historical, LTS until 2027" are yeses).
    "^(?:historical|hist[óo]ric[oa])(?![\\p{L}])(?![^|]*(?:support|maintain|patch|fix|secur|updat|lts|soport|suport|mantenid|mantid|until|hasta|(?<![\\p{L}])(?:yes|s[íi]|oui|ja)(?![\\p{L}])|\\d{4}))",
    "^(?:only\\s+|solo\\s+|s[óo]lo\\s+|nur\\s+|seulement\\s+|apenas\\s+)?(?:historical|hist[óo]ric[oa]s?|historisch|historiques?|storic[oa])(?:\\s*[—–,;:-]\\s*no\\s+longer\\s+\\S+)?[\\s.!]*$",
    w("dead|dropped|unpatched|won'?t\\s*fix"), w("(?:previous|old|former|past|was)\\s+lts"), "^(?:under\\s+construction|in\\s+(?:early\\s+)?development|not\\s+(?:yet\\s+)?ready)[\\s.!]*$",
  ].join("|"),
  "iu",
);
/** Over, in French, Spanish, Italian ("Fin de vie"): a no only where nothing in the cell says yes ("Supportée (fin de vie prévue en 2026)"). */
const ENDED_ELSEWHERE = /fin\s+de\s+(?:vie|vida)|fine\s+(?:vita|supporto)/iu;

/** A cell that opens with yes or no in another language ("Sim", "Não", "Evet" or "Var", "Hayır", "Tak", "Nie", "はい", "いいえ"). */
const ANSWER_YES = /^(?:sim|evet|var|tak|ano|igen|kyllä|có|はい|예|네|так|ναι|da|jah|taip|sì)(?![\p{L}\p{N}])/iu;
const ANSWER_NO = /^(?:não|nao|hayır|hayir|nie|ne|nee|nej|nei|ei|nem|không|khong|いいえ|아니|ні|όχι|tidak|nu)(?![\p{L}\p{N}])/iu;
const NO_THEN_ADVICE = /^no\s*[—–,;:(]|^no\s+-\s/i;
const STILL_FIXED = /security|fix|patch|updat|backport|until|through|till|still|maintain|support|seguridad|parche|correcci|hasta|mantenid|sicurezza|aggiornament|fino|seguran[çc]a|corre[çc]|até|s[ée]curit[ée]|correctif|jusqu|sicherheit|\bbis\b/i;
/** Support from others ("No — community supported"), which is no support from the project. */
const SUPPORT_ELSEWHERE = /(?:community|commercial|paid|third[\s-]*party|vendor)[\s-]+support\w*/gi;

const NEGATIVE_WORD = new RegExp(w("no|n|none|never|false|nein|non|нет|否|无|なし|아니오|아니요"), "iu");

const DATE = new RegExp(
  [
    "\\b(?:19|20)\\d{2}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?\\b",
    // A span of years ("2025-2028"): supported through the last.
    "\\b(?:19|20)\\d{2}\\s*[-–—]\\s*(?:19|20)\\d{2}\\b",
    // Day first or month first ("30/06/2022", "06/30/2022", "30.06.2022"): either way a date.
    "\\b\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}\\b",
    "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b",
    "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(?:19|20)\\d{2}\\b",
    "\\b(?:19|20)\\d{2}\\s*[hq][1-4]\\b", "\\b[hq][1-4]\\s*(?:19|20)\\d{2}\\b",
    // A year alone in the cell ("2030"): supported through that year.
    "^(?:19|20)\\d{2}$",
  ].join("|"),
  "i",
);

const SYMBOL = /:[a-z0-9_+-]{1,40}:|\p{Extended_Pictographic}/gu;

const TICKED_MAINTENANCE = /^(?:maintenance|maintained)(?:\s+(?:support|version|release|phase|branch|lts))?$/i;

/**
 * A check whose only words are security fixes ("✅ security fixes", ":white_check_mark: (security)"):
 * security fixes only, beside lines supported in full. Where no line in the column is supported in
 * full, it is the column's word for supported (the table's caller decides). `unchecked`: the words alone, with no mark, count too.
 */
export function checkedSecurityOnly(cell: string, unchecked = false): boolean {
  const text = cell.replace(/\uFE0F/g, "").toLowerCase();
  const mark = firstSymbol(text);
  const words = (t: string): boolean => ONLY_SECURITY_WORDS.test(t.replace(SYMBOL, " ").replace(/[()[\]*_`]/g, " ").replace(/\s+/g, " ").trim());
  return mark === true ? words(text) || words(text.replace(SPAN_AFTER, "")) : unchecked && mark === null && words(text);
}

/** "N/A", "n.a.", "not applicable", "TBD": no statement about support. */
const NOT_APPLICABLE = /^(?:n\s*\/\s*a|n\.a\.?|not\s+applicable|tb[ad]|unknown|\?+)$/i;

/** An end date not set yet: "TBD", "to be announced", "not yet scheduled", a lone dash. */
const NO_END_YET = /^(?:(?:tb[ad]|to\s+be\s+(?:determined|announced|decided|defined)|not\s+yet\s+(?:set|announced|scheduled|determined|decided))(?![\p{L}]).*|[-–—])$/iu;

/** An end of life with a date or a release after it: "EOL 2026-04", "(EOL: June 2025)", "will be EOL in 2026", "EOL after 3.0 release". */
const SCHEDULED_END = /\(?\s*(?:will\s+(?:be|become|reach)\s+|becomes?\s+|reaches\s+)?(?:eol|end[\s-]*of[\s-]*(?:life|support))\s*(?::|on|in|after|at|by)?\s*(?:(?:\w+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}(?:[-/.]\d{1,2}){0,2}|(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?<=(?:on|in)\s+)may)\.?(?![a-z])|(?:the\s+)?(?:next\s+|v?\d+(?:\.\d+)*\s+)(?:major\s+)?release)\s*\)?/gi;
/** Words that put the end in the future: "will be EOL", "EOL in 2026", "EOL after the 3.0 release". */
const FUTURE_END = /\bwill\s+(?:be|become|reach)\b|\b(?:eol|life|support)\s*(?:in|after|on)\s/i;

export interface CellContext {
  /** The column's header names an end of support ("Supported until", "End of support"), dates or none. */
  endHeader?: boolean;
  /** The column's header says "Supported": a lone dash there means no. */
  dashMeansNo?: boolean;
  /** A bare date in this cell means "supported until then" (the column is headed "Security fixes until", "EOL"…). */
  datesMeanSupported?: boolean;
  /** The column gives end-of-support dates ("End-of-life" over dates): "TBD" or a lone dash there is an end not set yet. */
  endDates?: boolean;
  /** The column names the supported versions ("Supported Version"): a version number there is the supported one. */
  versionsMeanSupported?: boolean;
  /** Under "Supported" in a table of named parts, a cell that is a branch or the latest release names the supported line. */
  lineMeansSupported?: boolean;
  /** Meanings of other symbols, from a legend in the policy (":date: Will be released soon"). */
  legend?: ReadonlyMap<string, Support>;
}

/** A shortcode whose name says check in another language (":marca_de_verificación_blanca:", a machine-translated ":white_check_mark:"). */
const TRANSLATED_CHECK = /:[^\s:]*(?:verifica|coche|spunta|häkchen|haken|tick)[^\s:]*:/iu;

function firstSymbol(text: string): Support | null {
  let best: Support | null = null;
  let at = Infinity;
  const translated = TRANSLATED_CHECK.exec(text);
  if (translated) {
    best = true;
    at = translated.index;
  }
  const look = (symbols: string[], meaning: Support): void => {
    for (const s of symbols) {
      const i = text.indexOf(s);
      if (i !== -1 && i < at) {
        at = i;
        best = meaning;
      }
    }
  };
  look(CHECKS, true);
  look(CROSSES, false);
  look(WARNINGS, "partial");
  if (!PRICE.test(text)) look(MONEY, "partial");
  return best;
}

const PLAIN = new RegExp(
  // "No" answers only as the cell's one word ("No known vulns of any severity" is no answer).
  ["^(?:yes|no|y|n|true|false)(?![\\p{L}\\p{N}])[\\s.,;:!()-]*$", w("lts|eol|ok"), "supported", "unsupported", "maintained", "end[\\s-]*of[\\s-]*(?:life|support)", "deprecated", SECURITY_ONLY, "best[\\s-]+effort"].join("|"),
  "iu",
);

/** A cell that states support in so many words or with a mark, not by a passing mention. */
export function statesSupportPlainly(cell: string): boolean {
  const text = cell.replace(/\uFE0F/g, "").trim().toLowerCase();
  return firstSymbol(text) !== null || PLAIN.test(text);
}

/** Reads one support cell. */
export function readSupportCell(cell: string, context: CellContext = {}): Support | null {
  // ":х:" with a Cyrillic х (a translated copy's lookalike) is the :x: shortcode.
  // Footnote marks ("Yes¹", "No†") say nothing of support; a non-breaking hyphen ("Security‑only") is a hyphen.
  const text = cell.replace(/\uFE0F/g, "").replace(/[\u2010\u2011]/g, "-").replace(/:[хХ]:/g, ":x:").replace(/[¹²³⁴-⁹⁰†‡]+/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  // A long cell that opens with a mark ("✅ 🚧 All fixes immediately, but this branch is under development …"): the mark says it.
  if (text.length > 120) return firstSymbol(text.slice(0, 24));
  // "~~Supported~~": struck out, so no longer; "~~✅~~ ❌": the struck mark is withdrawn.
  if (/^~~[^~]+~~$/.test(text)) return false;
  if (/~~[^~]+~~/.test(text) && text.replace(/~~[^~]+~~/g, "").trim() !== "") return readSupportCell(text.replace(/~~[^~]+~~/g, " "), context);
  // A task-list box: "[x]" ticked, "[ ]" not.
  if (/^\[\s\]$/.test(text)) return false;
  if (/^\[x\]$/.test(text)) return true;
  // "✅ (EOL 2026-04)", "Security fixes (EOL: 2025-06)", "Will be EOL in 2026": an end to come, in the file's framing, not an end reached.
  const scheduled = text.replace(SCHEDULED_END, " ").replace(/\(\s*\)/g, " ").replace(/\s+/g, " ").trim();
  if (scheduled !== text && !/\b(?:reached|became|went|was|were|since|has\s+been|have\s+been|ended)\b/.test(text)) {
    const rest = readSupportCell(scheduled, context);
    if (rest !== null) return rest;
    if (FUTURE_END.test(text)) return true;
  }
  // "Deprecated but supported": the "but" clause's support stands against a no before it; "Yes, but …" keeps its yes.
  const but = /^(.+?)[\s,;]+but\s+(.+)$/.exec(text);
  if (but?.[1] && but[2]) {
    const [first, second] = [readSupportCell(but[1], context), readSupportCell(but[2], context)];
    // (Not support from someone else: "End of life, but commercial support available", "❌ but community-supported".)
    const elsewhere = /communit|commercial|paid|third[\s-]*party|vendor|enterprise|extended|available|\bvia\b|contract/.test(but[2]);
    if (first === false && !elsewhere && (second === true || second === "partial")) return second;
  }
  // "TBD" or a dash in a column of end dates: no end is set yet, so the line is supported.
  if ((context.endDates || (context.endHeader && !/^[-–—]$/.test(text))) && !context.dashMeansNo && NO_END_YET.test(text)) return true;
  // "6 months after 3.0 release" under "Supported until": an end counted from a later release, not reached in the file's framing.
  if (context.endHeader && /^(?:\d+|one|two|three|six|nine|twelve|eighteen|twenty-four)\s+(?:months?|years?|weeks?)\s+after\b/i.test(text)) return true;
  if (text === "" || NOT_APPLICABLE.test(text)) return null;
  // A lone dash where the column asks "supported?" answers no.
  if (/^[-–—]$/.test(text)) return context.dashMeansNo ? false : null;
  // "---" in a plain Supported column is a no; in a column of end dates ("Supported until") it sets no end.
  if (/^[-–—]{2,3}$/.test(text)) return context.endDates ? true : context.dashMeansNo ? false : null;
  if (/^[-–—?.\s/]*$/.test(text)) return null;
  if (ALARMS.some((a) => text.includes(a)) && ALARMS.reduce((t, a) => t.split(a).join(""), text).trim() === "") return "partial";
  // A warning sign qualifies whatever the words say ("⚠️ Deprecated"): partly supported.
  // But not a warning over an outright no and nothing else ("⚠️ End-of-Life", "⚠️ Legacy — no patches, migrate to 3.x"): no support at all.
  if (firstSymbol(text) === "partial" && !CHECKS.some((c) => text.includes(c)) && !CROSSES.some((c) => text.includes(c))) return warnedNo(text) ? false : fromLegend(text, context.legend) ?? "partial";
  // "Deprecated (no new features)": no features, but still fixed — maintenance (not "Unsupported (no new features or fixes)").
  if (NO_NEW_FEATURES.test(text) && !CROSSES.some((c) => text.includes(c))) return withoutNewFeatures(text);
  // "Bug fixes and security patches": both kinds of fix is full support (each alone is partial).
  if (BOTH_FIXES.test(text)) return true;
  // A check qualified by an information mark ("✅ (ℹ️)" pointing at a caveat): supported with a limit.
  if (firstSymbol(text) === true && QUALIFIERS.some((q) => text.includes(q)) && !CROSSES.some((c) => text.includes(c))) return "partial";
  // "Approaching end-of-life", "until EOL", "Not yet EOL": still supported today, in the file's framing.
  if (/\b(?:approaching|nearing|before|until|till)\s+(?:its\s+|the\s+)?(?:end[\s-]*of[\s-]*(?:life|support)|eol)\b|^\W*not\s+yet\s+(?:end[\s-]*of[\s-]*(?:life|support)|eol)\W*$/i.test(text)) return true;
  // "Security support may be lacking", "might no longer get fixes", "not fully supported": a hedged no is a possible yes.
  if (HEDGED_NO.test(text) && !CROSSES.some((c) => text.includes(c))) return "partial";
  // "To be determined with the first release": no support yet; in a column of end dates, no end set yet.
  // ("TBD — currently supported": the words after it say it.)
  if (NOT_YET_DECIDED.test(text)) return /support|maintain/i.test(text.replace(NOT_YET_DECIDED, "")) ? readSupportCell(text.replace(NOT_YET_DECIDED, ""), context) : context.endDates === true || context.endHeader === true;
  if (PLANNED_CJK.test(text) && !context.endHeader && !context.endDates) return false;
  // "Critical security fixes only — update to 3.2": a limit, with advice to leave the line after it.
  if (NEGATIVE.test(text)) return ADVICE_AFTER.test(text) ? adviceAfter(text.replace(ADVICE_AFTER, "")) : false;
  // "업그레이드 권고", "アップグレード推奨", "建议升级" as the whole cell: advice to leave the line (beside a yes, a date or a limit, only advice).
  const withoutAdvice = text.replace(CJK_LEAVE_LINE, "");
  if (withoutAdvice !== text && withoutAdvice.replace(/[\s()（）.。!！、,，]/g, "") === "") return false;
  // "No guarantee" as the whole cell is a no (beside "best effort", or "not guaranteed", it is a possible yes).
  if (/^no\s+guarantees?[\s.!]*$/i.test(text)) return false;
  if (NO_GUARANTEE.test(text) && !CROSSES.some((c) => text.includes(c))) return "partial";
  const rest = text.replace(LEAVE_LINE, " ");
  if (rest !== text && !POSITIVE.test(rest) && !PARTIAL.test(rest) && !/поддерж|исправлен|безопасн/iu.test(rest) && firstSymbol(rest) !== true) return false;
  // The policy's own legend says what its symbols mean, before any meaning of ours.
  const defined = fromLegend(text, context.legend);
  if (defined !== null) return defined;
  const symbol = firstSymbol(text);
  // "❌ (security fixes only if critical)": a cross its own words soften — some fixes still come.
  if (symbol === false) return PARTIAL.test(text) && !LTS.test(text) && !/\bno\b/i.test(text) ? "partial" : false;
  if (checkedSecurityOnly(text)) return "partial";
  if (CRITICAL_FIXES_ELSEWHERE.test(text) && !NEGATED.test(text) && !LEADING_NO.test(text)) return "partial";
  // "✅ Maintenance", "✅ Maintenance support": a ticked line in its maintenance phase is supported ("⚠️ Maintenance", "Maintenance only" are limits).
  if (symbol === true && TICKED_MAINTENANCE.test(text.replace(SYMBOL, " ").replace(/[()[\]]/g, " ").replace(/\s+/g, " ").trim())) return true;
  // "Maintenance LTS": a long-term-support line is supported whatever its phase is called.
  if (PARTIAL.test(text) && !LTS.test(text)) return "partial";
  if (symbol !== null) return symbol;
  if (PLAIN_NO.test(text)) return false;
  if (ANSWER_NO.test(text)) return false;
  // "No — please reproduce on the latest version": a no with advice after it ("No – security patches until 2026" still gets fixes; "EOL | No – still maintained" is a yes).
  if (NO_THEN_ADVICE.test(text) && !STILL_FIXED.test(text.replace(SUPPORT_ELSEWHERE, " ")) && !context.endHeader && !context.endDates) return false;
  if (WHERE_POSSIBLE.test(text) && !UPGRADE_ADVICE.test(text) && !NEGATIVE_WORD.test(text) && !POSITIVE.test(text)) return "partial";
  if (ANSWER_YES.test(text)) return true;
  if (POSITIVE.test(text)) return true;
  if (ENDED_ELSEWHERE.test(text) || NEGATIVE_WORD.test(text)) return false;
  // "明示的な告知がある場合を除きNo" (no unless announced otherwise): the answer in English after a condition in Chinese, Japanese or Korean.
  // (A yes after a condition or a limit, "重大な脆弱性の場合のみYes", "要望があればYes", is partly; after an end, "次のメジャーリリースまでYes", a yes.)
  const answer = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]\s*(yes|no)[\s.。!！]*$/iu.exec(text)?.[1];
  if (answer !== undefined) return answer === "no" ? false : /のみ|だけ|場合|あれば|なら|限り|時|경우|시|만|仅|僅|只|如果|若|时/u.test(text) ? "partial" : true;
  // "Accepting security reports", "接受漏洞报告": the line's reports are taken, so it is supported (a negation is a no; "only" a limit).
  if (ACCEPTS_REPORTS.test(text)) return acceptedReports(text);
  if (context.datesMeanSupported && DATE.test(text)) return true;
  // Under "Supported version": a version or a branch ("2.3.0", "main (최신)") is the one supported.
  if (context.versionsMeanSupported && (/^v?\d+(?:\.(?:\d+|x))*\+?$/.test(text) || isMovingTarget(text) || NAMES_A_LINE.test(text))) return true;
  // Under "Supported" in a table of named parts: a cell that is a line ("tip of `main`", "main only") is the one supported.
  if (context.lineMeansSupported && IS_A_LINE.test(text)) return true;
  return null;
}

/** The cell before advice to update: a no (a cross, "No", a word of an end) stays a no, a limit is partial, a yes ("Supported — upgrade to 3.x recommended") a yes, one in the past ("Was LTS") a no. */
const adviceAfter = (head: string): Support => (NEGATIVE.test(head) || NO_GUARANTEE.test(head) || firstSymbol(head) === false || /^no\b|\b(?:was|were|previously|formerly|used\s+to\s+be)\b/i.test(head) ? false : (readSupportCell(head) ?? false));

function fromLegend(text: string, legend: ReadonlyMap<string, Support> | undefined): Support | null {
  if (legend === undefined || legend.size === 0) return null;
  // A code the legend defines as a whole ("L" for LTS), then any symbol in the cell.
  const whole = legend.get(legendKey(text));
  if (whole !== undefined) return whole;
  for (const m of text.matchAll(SYMBOL)) {
    const meaning = legend.get(m[0]);
    if (meaning !== undefined) return meaning;
  }
  return null;
}

/** A legend's key as cells are compared with it: lower case, without emphasis, spaces or variation selectors. */
export function legendKey(code: string): string {
  return code.replace(/\uFE0F/g, "").replace(/[*_`\s]/g, "").toLowerCase();
}

/** Most cells that say anything read as support ("✅", "No"). */
export function mostlySupport(cells: readonly string[]): boolean {
  const named = cells.filter((c) => c.trim() !== "");
  return named.filter((c) => readSupportCell(c) !== null).length * 2 > named.length;
}
