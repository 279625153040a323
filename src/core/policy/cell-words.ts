/** Words of support cells read late, after the marks and the plain words: reports accepted, advice after a limit, critical fixes in other languages. */

/** "Accepting security reports", "Security reports accepted", "Security fixes accepted", "Correções de segurança aceitas", "接受漏洞报告", "受け付けています": the line's reports are taken. */
export const ACCEPTS_REPORTS = /(?<![\p{L}])accept(?:s|ing|ed)?\s+(?:\S+\s+){0,2}?(?:reports|issues|vulnerabilit)|(?<![\p{L}])(?:reports|issues|fixes|patches)\s+(?:are\s+)?accepted|(?<![\p{L}])(?:corre[çc][õo]es|relat[óo]rios|relatos|reportes|informes|correcciones)\s+(?:de\s+seguran[çc]a\s+|de\s+seguridad\s+)?(?:s[ãa]o\s+|son\s+)?(?:aceit|acept)|接受[^，。,]{0,8}(?:报告|報告)|受け付けています/iu;
/** Reports taken but no fixes ("Reports accepted, not fixed", "Relatórios aceitos, mas sem correções"). */
const REPORTS_REFUSED = /\bnot\b|n't\b|\bnever\b|no\s+longer|stopped|不|停止|(?<![\p{L}])(?:não|no|sem|sin|ni|nem)\s+(?!(?:compromiso|garant[ií]a|promesa|promessa)\b)(?:\S+\s+){0,2}?(?:corre[cç]|corrig|parche|fix|patch|soporte|suporte|arregl)/iu;
/** Reports taken for some issues only ("Reports accepted only on a best-effort basis", "… somente para falhas críticas"; not only by a channel). */
const REPORTS_LIMITED = /\bonly\b(?!\s+(?:via|by|through|over|from|at)\b|\s+(?:in|on)\s+(?:github|gitlab|the\s+(?:tracker|advisory|form))\b)|discretion|仅|只|(?<![\p{L}])(?:somente|apenas|solo|sólo|solamente)\s+(?:para\s+|por\s+|de\s+)?(?:\S+\s+){0,2}?(?:crít|critic|seguran|segurid|alta|grave|severidad|severidade)/iu;
/** A cell that says the line's reports are accepted: a yes, with a negation a no, with "only" a limit. */
export function acceptedReports(text: string): boolean | "partial" {
  return REPORTS_REFUSED.test(text) ? false : REPORTS_LIMITED.test(text) ? "partial" : true;
}

/** ", update to 3.2", " — please upgrade to 4.x", " (upgrade to 4.x recommended)": advice to leave the line, after what the cell says of it. */
export const ADVICE_AFTER = /\s*(?:[,;:.(/→—–]|\s-)\s*(?:please\s+)?(?:update|upgrade|migrate|move)\s+to\b.*$/i;

/** Critical fixes in other languages ("Kritik yamalar", "Correctifs critiques"), as "Critical patches" reads in PARTIAL; limited or security-only support ("Yalnızca geçiş desteği", "Limitada", "Duy trì bản vá bảo mật", "Chỉ sửa lỗi bảo mật", "Bản vá bảo mật" alone; not "Có, bản vá bảo mật và sửa lỗi", full support). */
export const CRITICAL_FIXES_ELSEWHERE = /kritik\s+(?:yama|düzeltme|güncelleme)|(?:yalnızca|sadece)\s+(?:\S+\s+){0,2}?(?:deste[kğ]|güvenlik|kritik)|(?<![\p{L}])limitad[ao]s?(?![\p{L}])|(?<![\p{L}])(?:chỉ|duy\s+trì)\s+(?:(?!đầy|tích|tính)\S+\s+){0,3}?(?:bản\s+(?:vá|sửa\s+lỗi)|sửa\s+lỗi|vá\s+lỗi|cập\s+nhật)\s+bảo\s+mật|^(?:hỗ\s+trợ\s+)?(?:các\s+)?(?:bản\s+(?:vá|sửa\s+lỗi)|sửa\s+lỗi|vá\s+lỗi|cập\s+nhật)\s+bảo\s+mật(?:\s+(?:quan|nghiêm)\s+trọng)?(?:\s+(?:cho\s+)?(?:đến|tới)(?:\s+\S+){1,3})?$|kritische\s+\S*(?:fixes|korrekturen|patches|updates|fehlerbehebungen)|correctifs\s+critiques|corre[çc][õo]es\s+cr[íi]ticas|correzioni\s+critiche|krytyczne\s+poprawki|критическ\S*\s+исправлени/iu;

/** A cell that opens with a no ("Não (suporte limitado encerrado)", "Hayır, yalnızca …", "Không còn …"): a limit word after it is what is no longer given. */
export const LEADING_NO = /^[\W_]*(?:não|nao|no|não\s+mais|hayır|không(?:\s+còn)?|nein|non)(?![\p{L}])/iu;

/** "No new features" in English, Russian, German, Spanish, Portuguese, French, Chinese and Japanese ("без нового функционала", "keine neuen Funktionen", "sin nuevas características", "sem novos recursos", "pas de nouvelles fonctionnalités", "不做新功能开发", "新機能の追加なし"). */
export const NO_NEW_FEATURES = /\bno\s+(?:new\s+)?features?\b|без\s+нов\S*\s+(?:функционал|функци|возможност)\S*|новых\s+функций\s+не\s+будет|keine\s+neuen\s+(?:funktionen|features)|sin\s+(?:nuevas\s+(?:funcionalidades|características)|(?:funcionalidades|características)\s+nuevas)|sem\s+nov[oa]s\s+(?:funcionalidades|recursos)|(?:pas\s+de|sans)\s+nouvelles\s+fonctionnalités|不(?:再)?(?:做|提供|添加|增加|加入|开发|開發)新(?:的)?(?:功能|特性)|新機能(?:の追加|の開発)?(?:は)?(?:なし|無し|ありません|行いません|行わない)/iu;
/** Words of fixes, and of "only", in the languages read. */
const FIX_WORD = "fix|patch|parche|correc|correç|correctif|исправлен";
const ONLY_WORD = "only|solo|sólo|apenas|somente|seulement|uniquement|nur|только";
/** "… or fixes", "ni parches", "и исправлений" right after it: no fixes either (unless some are named as still given: "…; security patches only"). */
const NOR_FIXES = new RegExp(`^[\\s),—–-]*(?:(?:or|nor|ni|nem|noch|ou|oder|o|или|и|and\\s+no|y\\s+sin|e\\s+sem|y\\s+no|e\\s+n[ãa]o|und\\s+keine?|no|без|sin|sem|keine?)\\s+)+(?:\\S+\\s+){0,2}?(?:${FIX_WORD}|bug\\s*fix|security|segur|sicher|korrektur|fehlerbehebung|обновлен)`, "iu");
/** "…; security patches only", "… except critical security patches", "…; security patches continue": some fixes still given. */
const SOME_FIXES_ONLY = new RegExp(
  `(?:${FIX_WORD}|sicherheit)\\p{L}*\\s+(?:${ONLY_WORD}|continue|still)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:${ONLY_WORD}|except|save|salvo|excepto|sauf|außer|кроме)\\s+(?:[^\\s.;]+\\s+){0,2}?(?:${FIX_WORD}|security|cr[ií]t|vulnerab|критич|обновлен|безопасн|sicherheit)` +
    `|(?:security|sicherheit\\S*|cves?|vulnerabilit\\w*|vulnerabilidad\\w*|seguridad|sécurité)\\s+(?:[^\\s.;]+\\s+){0,2}?(?:${ONLY_WORD}|until|till|still|continue\\w*|backport\\w*|patched|fixed|jusqu)`,
  "iu",
);
/** Words that end support outright ("Unsupported", "Nicht mehr unterstützt", "Descontinuada"; not "Deprecated", which is still fixed). */
const ENDED = /unsupported(?!\s+(?:after|from|in|on|by|starting)\b)|not\s+supported|no\s+longer\s+supported|(?:end[\s-]+of[\s-]+life|\beol\b)(?!\s+(?:is\s+)?(?:planned|scheduled|expected|in|on|at|from|after|by)\b)|(?:reached|since|became|was)\s+(?:its\s+)?(?:end[\s-]+of[\s-]+life|eol)|не\s+поддерж|nicht\s+(?:mehr\s+)?unterst|keine\s+sicherheit|descontinuad|discontinu|sin\s+soporte|sem\s+suporte|no\s+soportad|não\s+suportad|non\s+support|停止(?:维护|維護)|不再(?:维护|維護|修复|修復|提供)/iu;
/** A cell with no new features: a limit, but a no where its other words end support or deny the fixes too. */
export function withoutNewFeatures(text: string): "partial" | false {
  const found = NO_NEW_FEATURES.exec(text);
  const after = found === null ? "" : text.slice(found.index + found[0].length);
  // (Fixes denied at the head of a clause after it, "or fixes", "; no security fixes"; some still given anywhere after.)
  return (after.split(/[;.]/).some((clause) => NOR_FIXES.test(clause)) && !SOME_FIXES_ONLY.test(after)) || ENDED.test(text.replace(NO_NEW_FEATURES, " ")) ? false : "partial";
}

/** A no in those languages ("Pas de correctifs critiques", "Sem correções críticas", "Kritik yama yok"). */
export const NEGATED = /(?<![\p{L}])(?:pas|plus|sans|sem|nem|keine?|kein\w*|нет|не|без|yok|değil|niente|nessun\w*|senza|brak|bez|nie|no|non|not)(?![\p{L}])|\bbis\s+\d{4}\b/iu;

/** A cell's words that name security fixes and nothing else ("security", "security fixes"). */
export const ONLY_SECURITY_WORDS = /^security(?:\s+(?:fix|patch|update)(?:e?s)?)?$/i;

/** "(90 days after next minor)" after the words: for how long a line keeps its fixes after the next one, which says nothing of which fixes. */
export const SPAN_AFTER = /\s*\(\s*(?:for\s+)?(?:\d+|one|two|three|six|nine|twelve|eighteen)\s+(?:days?|weeks?|months?|years?)\s+after\b[^()]*\)\s*$/i;

/** Words after a warning sign that say no support at all: end of life, unsupported, no patches, no longer receives updates. */
const OUTRIGHT_NO = "(?:(?<!\\p{L}[\\s-]*)(?:(?:upgrade|update)(?:\\s+to\\s+\\S+)?\\s+(?:is\\s+)?required|required\\s+(?:upgrade|update)|must\\s+(?:upgrade|update))|(?:reached\\s+)?(?:end[\\s-]*of[\\s-]*(?:life|support)|eol|unsupported|not\\s+supported(?:\\s+any\\s*more)?|no\\s+longer\\s+(?:supported|maintained)(?:\\s+by\\s+the\\s+community)?|no\\s+longer\\s+(?:receives?|gets?)\\s+(?:any\\s+|new\\s+)?(?:security\\s+)?(?:updates|fixes|patches)|no\\s+(?:further\\s+|extended\\s+|paid\\s+|commercial\\s+|vendor\\s+|new\\s+)?(?:security\\s+)?(?:patches|fixes|updates|support)(?:\\s+available|\\s+either)?))";
/** Advice to leave the line: "please upgrade", "migrate to 3.x", "use 2.x instead". */
const LEAVE_ADVICE = /(?:please\s+)?(?:upgrade|update|migrate|move|switch)(?:\s+(?:to|via)\s+[^\s,;()]+)?|use\s+(?:the\s+)?\S+\s+(?:instead|edition)/giu;
/** What turns a no after a warning sign into a limit: a scope, a time, a condition ("⚠️ No support for Windows", "⚠️ EOL next month"). */
const NO_LIMITED = /\d|\b(?:for|on|in|at|next|after|before|until|till|soon|when|if|unless|without|guaranteed|limited|except|only|but|critical|severity|low|medium|high|approaching|nearing|scheduled|planned|upcoming|may|might|possibly|partial|best|available|paid|extended|vendor|commercial|via|community|welcome|contributions?)\b/i;
/** A warning sign over an outright no and nothing else but a name before it or advice to leave ("⚠️ End of life (upgrade to 2.x)", "⚠️ Legacy — no patches"). */
export function warnedNo(text: string): boolean {
  const words = text.replace(/:[a-z_]+:/g, " ");
  if (!new RegExp(OUTRIGHT_NO, "iu").test(words)) return false;
  const rest = words.replace(new RegExp(OUTRIGHT_NO, "giu"), " ").replace(LEAVE_ADVICE, " ").replace(/[\W_]+/gu, " ").trim();
  return rest.length <= 30 && !NO_LIMITED.test(rest);
}
