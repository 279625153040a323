/** What table headers say about their column: the version column and the support column. */

/** A header naming the version column (several languages; tags, releases, branches and major lines count). */
export const VERSION_HEADER =
  /(?:^|[^\p{L}])(?:versions?|versión|versiones|versão|versões|versione|versioni|versionen|versie|wersj[aei]|sürüm|sürümler|версия|версии|версія|версії|verze|verzió|versiune|versio|versi|versiyon|versiyonlar|phiên\s+bản|έκδοση|εκδόσεις|tags?|releases?|branch(?:es)?|series|lines?|majors?|minors?)(?:[^\p{L}]|$)|版本|バージョン|버전|نسخه|الإصدار|גרסה/iu;

/** Support named in more languages (Czech, Vietnamese, Indonesian with its security fixes and updates, Hungarian, Finnish, Scandinavian, Ukrainian, Persian, Arabic, Greek, Hebrew, Romanian). */
const SUPPORT_ELSEWHERE = "podpor|hỗ\\s*trợ|didukung|dukungan|perbaikan\\s+keamanan|pembaruan\\s+keamanan|támogat|tuettu|stöd|støtte|understøtt|підтрим|پشتیبانی|مدعوم|الدعم|υποστήρ|נתמך|suportat";

/** A header about something else of a release ("Release Phase", "Release Date", "Release status", "Upon patched release"): never the version column. */
const NOT_VERSION_HEADER = /phase|stage|status|state|date|datum|fecha|日期|日付|released\s+on|support|eol|end[\s-]*of|until|notes?|changes?|timeline|schedule|\b(?:upon|during|after|before|within)\b/iu;

/** A header naming the support column. */
export const SUPPORT_HEADER = new RegExp(
  `support|status|state|phase|stage|lifecycle|soportad|soporte|suport|поддерж|статус|состояни|支持|支援|安全(?:修正|修复|修復|更新|补丁|補丁)|セキュリティ(?:更新|修正|アップデート|パッチ)|보안\\s*(?:업데이트|패치|수정)|状态|状態|상태|サポート|対応|지원|unterst(?:ü|ue)tz|maintain|security|fix|update|patch|eol|end[\\s-]*of|until|stato|statut|estado|durum|trạng\\s*thái|(?<!\\p{L})stav(?!\\p{L})|pris[e]?\\s+en\\s+charge|${SUPPORT_ELSEWHERE}`,
  "iu",
);

const DATE_HEADER = /date|datum|fecha|日期|日付|released on/iu;
const STRONG_SUPPORT = new RegExp(
  `support|(?<![\\p{L}])(?<!(?:not|não|nao|no|non|nicht)\\s+)(?:covered|cobert[ao]s?|cubiert[ao]s?)(?![\\p{L}])|status|state|phase|stage|lifecycle|life\\s+cycle|soportad|soporte|suport|поддерж|статус|состояни|支持|支援|状态|サポート|対応|지원|unterst(?:ü|ue)tz|maintained|destek|durum|ondersteun|wspier|situa[çc][ãa]o|situaci[oó]n|estado|statut|stato|状態|상태|trạng\\s*thái|pris[e]?\\s+en\\s+charge|${SUPPORT_ELSEWHERE}`,
  "iu",
);
/** A header naming an end of support ("Supported until", "End of life", "EOL", "Expires"). */
const END = /until|end[\s-]*of|\beo[ls]\b|expir/iu;
const WEAK_SUPPORT = new RegExp(`${END.source}|date`, "iu");

/** Is this header the version column's? (Not "지원 버전", supported version: that column says which version is supported.) */
export function isVersionHeader(header: string): boolean {
  return VERSION_HEADER.test(header) && !DATE_HEADER.test(header) && !NOT_VERSION_HEADER.test(header.replace(VERSION_HEADER, " ")) && !namesSupportedVersion(header);
}

/** "Receiving the fixes": words that say a version named in the column gets the fixes. */
const GETS_FIXES = /recevant\s+les\s+correctifs|re(?:ceiv|ceb|cib)\w*\s+(?:(?:los|las|les|as|os|the)\s+)?(?:security\s+)?(?:fixes|patches|updates|correctifs|parches|correcciones|corre[çc][õo]es)|mit\s+sicherheits(?:updates|korrekturen)|with\s+security\s+(?:fixes|patches|updates)/iu;
/** What may stand beside the version and support words in such a header: a few short function words. */
const FILLER = /^(?:[\s\p{P}\p{S}]|(?<![\p{L}])(?:the|a|de|la|le|les|du|der|die|das|el|los|las|que|qui|o|os|as|di|del|currently|actuellement|aktuell)(?![\p{L}]))*$/iu;

/**
 * A header that names the supported version and nothing else ("Supported version", "지원 버전", "Unterstützte Version",
 * "Version recevant les correctifs"): a version named in its cells is the line that is supported. Not "Supported PHP
 * Version", another product's.
 */
export function namesSupportedVersion(header: string): boolean {
  if (!VERSION_HEADER.test(header) || !(NAMES_SUPPORT.test(header) || GETS_FIXES.test(header))) return false;
  return FILLER.test(header.replace(VERSION_WORDS, " ").replace(GETS_FIXES, " ").replace(SUPPORT_WORDS, " "));
}

const NAMES_SUPPORT = new RegExp(`support|soport|suport|(?<![\\p{L}])(?<!(?:not|não|nao|no|non|nicht)\\s+)(?:covered|cobert[ao]s?|cubiert[ao]s?)(?![\\p{L}])|поддерж|支持|支援|サポート|対応|지원|unterst(?:ü|ue)tz|maintained|destek|ondersteun|wspier|pris[e]?\\s+en\\s+charge|${SUPPORT_ELSEWHERE}`, "iu");

/** Every version word and every support word of a header, to see what else it says. */
const VERSION_WORDS = new RegExp(VERSION_HEADER.source, "giu");
const SUPPORT_WORDS = new RegExp(`[\\p{L}]*(?:${NAMES_SUPPORT.source})[\\p{L}]*`, "giu");

/** A first column of the project's parts: components, packages, modules, products, in the languages read. */
const COMPONENT_WORD = "(?:components?|composants?|componentes?|komponenten?|컴포넌트|구성\\s*요소|组件|組件|コンポーネント|modules?|moduli|packages?|paquetes?|pacotes?|pakete?|products?|produits?|productos?|produkte?|crates?|librar(?:y|ies)|biblioth[èe]ques?|sdks?|artifacts?|repositor(?:y|ies)|repos)";
/** …or two such words ("Repository / Package", "Package or module"). */
export const COMPONENTS_HEADER = new RegExp(`^\\W*${COMPONENT_WORD}(?:\\s*(?:[/&]|\\bor\\b|\\band\\b)\\s*${COMPONENT_WORD})?\\W*$`, "iu");
/** A first column of the project's dependencies ("Dependency", "Third-party library", "依赖", "의존성"); not "Package" or "Component", which often name its own. */
export const DEPENDENCY_COLUMN = /^\W*(?:(?:third[\s-]party\s+|peer\s+)?(?:dependenc(?:y|ies)|deps?)(?:\s+name)?|third[\s-]party(?:\s+\w+)?|abhängigkeit(?:en)?|dependencias?|dependências?|dépendances?|依赖(?:项|库|包)?|依賴(?:套件|項目)?|依存(?:関係|パッケージ)?|의존성|종속성)\W*$/iu;

/** A history in other languages ("Histórico de Segurança", "Verlauf", "履歴", "이력"), not "earlier versions" (历史版本). */
const HISTORY_ELSEWHERE = /hist[óo]rico|historik|verlauf|历史(?!版本)|歷史(?!版本)|履歴|이력/iu;
/** …of security, of changes or of releases ("Histórico de Segurança", "Sicherheitsverlauf", "セキュリティ履歴", "更新履歴", "변경 이력", "发布历史", "版本历史"). */
const SECURITY_OR_CHANGES = /发布|發布|リリース|릴리스|版本|バージョン|버전|segur|sicherheit|s[ée]curit|securit|安全|セキュリティ|脆弱性|보안|更新|変更|变更|變更|변경|cambios|änderung|mudan[çc]as|altera[çc][õo]es|vulnerab/iu;

/** A section whose heading names a history, a roadmap or thanks, not support; a history in other languages only where the heading does not name support too ("Versionsverlauf und Unterstützung"). */
export function notSupportSection(section: string): boolean {
  return NOT_SUPPORT_SECTION.test(section) || (HISTORY_ELSEWHERE.test(section) && SECURITY_OR_CHANGES.test(section) && !isSupportedHeading(section) && !/maint|wart|维护|維護|保守|유지/iu.test(section));
}

/** A column header that says, in so many words, that the column is about support ("Supported", "Support status"). */
export function namesSupport(header: string): boolean {
  return NAMES_SUPPORT.test(header);
}

/** A section about something other than which versions are supported: release history, roadmap, past advisories. */
const NOT_SUPPORT_SECTION = /roadmap|history|historique|historial|changelog|change\s*log|release\s+notes|timeline|advisor(?:y|ies)|past\s+(?:vulnerabilit|issues|reports)|hall\s+of\s+fame|acknowledg|credits|thanks/iu;

/**
 * How strongly a header names the support column: 3 "Supported"/"Status", 2 "Security fixes
 * until", "EOL", "Update", 1 anything else.
 */
export function supportHeaderRank(header: string): number {
  if (STRONG_SUPPORT.test(header) && !WEAK_SUPPORT.test(header)) return 3;
  if (SUPPORT_HEADER.test(header)) return 2;
  return 1;
}

/** In a column headed like this, a bare date means "supported until that date". */
export function datesMeanSupported(header: string): boolean {
  return namesEnd(header) || /support|fixes|security|maintain/iu.test(header);
}

/** A header naming an end of support: its dates are when lines stop being supported. */
export function namesEnd(header: string): boolean {
  return END.test(header);
}

/** A heading about versions or support, in any of the languages read ("Versions", "Support", "Releases", "サポート", "지원 버전", "Версии"). */
export function namesVersionsSection(heading: string): boolean {
  return /version|support|maintain|release|バージョン|サポート|支持|版本|버전|soport|suport|vers[õã]|versi|поддерж|верси|верс|verz|phiên\s+bản|podpor|hỗ\s*trợ|wersj|підтрим|نسخه|پشتیبانی/i.test(heading);
}

/** A heading that says its versions are the supported ones ("Supported Versions", "対象バージョン", "Versiones soportadas"). */
export function isSupportedHeading(heading: string): boolean {
  return namesSupport(heading) || /maintain(?!ers?\b)|対象|pris\s+en\s+charge/i.test(heading);
}

/** A header row whose first cell names versions and a later one support ("Version | Status"): a table even without its rule. */
export function namesVersionAndSupport(header: readonly string[]): boolean {
  return VERSION_HEADER.test(header[0] ?? "") && header.slice(1).some((h) => SUPPORT_HEADER.test(h));
}

/** A header naming the supported versions themselves ("Supported Versions" over cells in words). */
export function namesSupportedVersions(header: string): boolean {
  return namesSupport(header) && VERSION_HEADER.test(header);
}

/** A header that only counts rows: "#", "No.", "Nr", "№", "S.No". */
const COUNTER_HEADER = /^[\s*_]*(?:#|№|n[º°o]\.?|nr\.?|s\.?\s*no\.?|sr\.?(?:\s*no\.?)?|sl\.?(?:\s*no\.?)?|idx|index)[\s*_]*$/i;
/** A header of steps or ranks ("Step", "Tier", "Priority"): a count where its cells are bare numbers. */
const STEP_HEADER = /^[\s*_]*(?:steps?|stages?|tiers?|rank|priority|order)[\s*_]*$/i;

/**
 * A first column that numbers the rows ("# | Control | Status" over 1, 2, 3…): a count, not versions. Headed otherwise, 1, 2, 3 in
 * order count only beside a column of names (`nextIsSupport` false: "1 | SAST | ✅"), not beside the support marks of API versions 1, 2, 3.
 */
export function isCounter(header: string, cells: readonly string[], nextIsSupport: boolean): boolean {
  if (COUNTER_HEADER.test(header)) return true;
  const named = cells.map((c) => c.trim()).filter((c) => c !== "");
  const numbers = named.length > 0 && named.every((c) => /^\d+$/.test(c));
  return (STEP_HEADER.test(header) && numbers) || (named.length >= 3 && named.every((c, i) => c === String(i + 1)) && !nextIsSupport);
}

/**
 * A name whose head is a word for a line of the project itself, at its end or among its first three words ("`main` branch", "Latest tagged
 * release (`v1.2.3`)", "Older minors", "Forks", "Latest release on PyPI", "Releases older than 12 months").
 */
const LINE = "(?:releases?|versions?|branch(?:es)?|commits?|tags?|builds?|deployments?|forks?|minors?|majors?|main|master|trunk|snapshots?|nightl(?:y|ies))";
export const LINE_WORD = new RegExp(`(?<![\\p{L}])${LINE}[\\s\`*_.]*(?:\\([^()]*\\)[\\s\`*_.]*)?$|^[\\s\`*_]*(?:\\S+\\s+){0,2}\\W*${LINE}(?![\\p{L}])`, "iu");
/** A first column of features or measures, not lines ("Feature | Supported" over "Signed release tags"). */
export const FEATURES_HEADER = /^\W*(?:features?|capabilit(?:y|ies)|controls?|integrations?|checks?|measures?|practices?|protections?|mechanisms?|tools?|functions?|functionality)\W*$/i;

/** A first column of the project's own configurations or editions (not platforms or browsers it runs on). */
export const CONFIGURATIONS_HEADER = /^\W*(?:configurations?|editions?|variants?|flavou?rs?)\W*$/i;
/** A header naming the lines by what they are rather than by number, after a first column of marks: names, systems, platforms. */
export const LINES_HEADER = /^\W*(?:configurations?|platforms?|os|operating\s+systems?|names?|environments?|distributions?|distros?|editions?|targets?)\W*$/i;
