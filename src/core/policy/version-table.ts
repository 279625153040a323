/**
 * Reads a grid as a supported-versions table, or decides it is not one (advisory history,
 * "Action | Target" timing tables, changelogs, key fingerprints).
 *
 * The version column is the first whose header names versions (Version, Versión, Версия,
 * 版本, Tag, Release, Branch…) and whose cells are not amounts of time, else the first column
 * when its cells look like versions; under a supported-versions heading, a first column of short
 * names (Platform, Component) names its lines.
 * The support column is chosen among the other columns whose cells mostly read as support:
 * the one whose header names support most clearly ("Supported", "Status" before "Security
 * fixes until" or "EOL"), leftmost on a tie. A table with no such pair is not a support table.
 */
import type { Support, VersionRow } from "./types.js";
import { type Grid, isRuleCell, sameWords } from "./grid.js";
import { COMPONENTS_HEADER, CONFIGURATIONS_HEADER, datesMeanSupported, FEATURES_HEADER, isCounter, LINE_WORD, LINES_HEADER, DEPENDENCY_COLUMN, isSupportedHeading, isVersionHeader, namesEnd, namesSupport, namesSupportedVersion, namesSupportedVersions, namesVersionsSection, notSupportSection, SUPPORT_HEADER, supportHeaderRank } from "./headers.js";
import { checkedSecurityOnly, hasCheckMark, legendKey, mostlySupport, readSupportCell, statesSupportPlainly } from "./support-cell.js";
import { isMovingTarget, labelToRange } from "./version-range.js";
import { findAmounts } from "./durations.js";
import { SEVERITY_HEADER, severityKeyed } from "./severity-table.js";

export interface TableReading {
  /** With each row, the support cell as written (for definitions of its words in the prose). */
  rows: (VersionRow & { cell: string })[];
  /** Labels of rows whose support cell could not be read. */
  unreadable: string[];
}

/** Does this cell look like a version label (a range, a moving target, or a short token with a digit)? */
export function looksLikeVersion(label: string): boolean {
  if (label === "" || label.length > 40) return false;
  if (labelToRange(label) !== null || isMovingTarget(label)) return true;
  return /^[<>=~^v]*\s*\d/i.test(label) && label.split(/\s+/).length <= 4;
}

/** At least half of the cells that say anything look like versions (and one does). */
function mostlyVersions(cells: readonly string[]): boolean {
  const named = cells.map((c) => c.trim()).filter((c) => c !== "");
  return named.length > 0 && named.filter(looksLikeVersion).length * 2 >= named.length;
}

/** A version cell that names nothing ("", "-", "…"): the row continues the one above. */
const isBlankLabel = (label: string): boolean => /^[-–—.…\s]*$/.test(label);

function versionColumn(grid: Grid, width: number): number | null {
  // Of the columns headed like versions ("Component/Version", "Version"), the one whose cells are versions.
  const cellsOf = (c: number): string[] => grid.rows.map((r) => r[c] ?? "");
  // A column of amounts of time ("1-3 days", "1 week" under "Release") is a timeline, whatever its header.
  const timesIn = (c: number): boolean => {
    const named = cellsOf(c).map((x) => x.trim()).filter((x) => x !== "");
    return named.length > 0 && named.filter((x) => findAmounts(x).length > 0).length * 2 > named.length;
  };
  const headed = grid.header.map((h, i) => (isVersionHeader(h) && !timesIn(i) ? i : -1)).filter((i) => i !== -1);
  // "Tag | Version": a column headed "version" in so many words before one headed tag, release or branch.
  const saysVersion = (c: number): boolean => /versi|版本|バージョン|버전|верси|sürüm|wersja/iu.test(grid.header[c] ?? "");
  const versionsIn = (c: number): boolean => mostlyVersions(cellsOf(c));
  const byHeader = headed.find((c) => saysVersion(c) && versionsIn(c)) ?? headed.find(versionsIn) ?? headed[0];
  if (byHeader !== undefined) return byHeader;
  return width >= 2 && mostlyVersions(cellsOf(0)) && !timesIn(0) && !isCounter(grid.header[0] ?? "", cellsOf(0), mostlySupport(cellsOf(1))) ? 0 : null;
}

const SAMPLE = 200;

const CHANGES_HEADER = /^\W*(?:breaking(?:\s+changes?)?|changes?|changelog)\W*$/i;

const ADVISORY_COLUMN = /^\s*(?:cves?|ghsa|cve\s*\/\s*(?:id|ghsa)|cve[\s-]*ids?|advisor(?:y|ies)(?:\s+ids?)?)\s*$/i;

const FULL = /\b(?:full|mainstream|active|general|regular|bugs?|bug[\s-]*fix(?:es)?)\b/i;
const SECURITY_ONLY = /\bsecurity\b/i;

/** A column headed only "Security fixes" (or patches, updates), footnote marks aside. */
const SECURITY_FIXES_HEADER = /^[\W_]*security\s+(?:fix(?:es)?|patch(?:es)?|updates?)[\W_]*$/i;

/**
 * Support split over two columns, "Full Support" and "Security Support", or "Supported" and
 * "Security Fixes": full support is supported, security fixes alone are partial, neither is not
 * supported. Null when the table has no such pair beside `column`.
 */
function splitSupport(grid: Grid, column: number, versionCol: number, legend: ReadonlyMap<string, Support>): Array<Support | null> | null {
  const other = (test: (h: string) => boolean) => grid.header.findIndex((h, i) => i !== versionCol && test(h));
  // "Full Support | Security Support", or "Bugs and Regression Fixes | Security Patches".
  let full = other((h) => FULL.test(h) && !SECURITY_ONLY.test(h));
  let security = other((h) => SECURITY_ONLY.test(h) && !FULL.test(h));
  if (full === -1 || security === -1) {
    // "Security Fixes | Supported": a line no longer supported that still gets security fixes is partly supported.
    full = other((h) => namesSupport(h) && !SECURITY_ONLY.test(h) && !namesEnd(h) && !isVersionHeader(h));
    security = other((h) => SECURITY_FIXES_HEADER.test(h));
  }
  if (full === -1 || security === -1 || (column !== full && column !== security)) return null;
  const a = readColumn(grid, full, legend);
  const b = readColumn(grid, security, legend);
  return a.map((f, i) => (f === true ? true : b[i] === true || b[i] === "partial" ? "partial" : f === null && b[i] === null ? null : false));
}

const YEAR = /\b(?:19|20)\d{2}\b/;

/** `named`: the table's lines are named (components, artifacts), so a cell under "Supported" that names a line ("tip of `main`") is the one supported. */
function readColumn(grid: Grid, column: number, legend: ReadonlyMap<string, Support>, rows = grid.rows, named = false): Array<Support | null> {
  const header = grid.header[column] ?? "";
  // A column of end dates ("End-of-life", "Security fixes until" over dates): "TBD" or a dash there is an end not set yet.
  const endDates = namesEnd(header) && grid.rows.some((r) => YEAR.test(r[column] ?? ""));
  // "Angular Version | Supported Version" over "2.3.0": the line is supported in that version (not "Supported PHP Version", another product's).
  const context = { datesMeanSupported: datesMeanSupported(header), endHeader: namesEnd(header), legend, dashMeansNo: namesSupport(header), endDates, versionsMeanSupported: namesSupportedVersion(header), lineMeansSupported: named && /^\W*supported\W*$/i.test(header) };
  const memo = new Map<string, Support | null>(); // long tables repeat a handful of cell values
  const read = rows.map((row) => {
    const cell = row[column] ?? "";
    let support = memo.get(cell);
    if (support === undefined) {
      support = readSupportCell(cell, context);
      memo.set(cell, support);
    }
    return support;
  });
  // Ballot boxes: "☐" is an empty box, and beside it "☒" is a ticked one.
  const ballots = rows.some((r) => (r[column] ?? "").includes("☐"));
  if (ballots) read.forEach((support, i) => { if (support === null && (rows[i]?.[column] ?? "").includes("☒")) read[i] = true; });
  // A lone X: beside a yes ("O", "✅") or a limit it is the no; beside only noes it is the tick that marks the supported lines ("X | X | EOL").
  const loneX = (i: number): boolean => /^\s*[xX]\s*$/.test(rows[i]?.[column] ?? "");
  const others = read.filter((support, i) => support !== null && !loneX(i));
  const yesBeside = others.includes(true) || rows.some((r) => /^\s*O\s*$/.test(r[column] ?? "") || hasCheckMark(r[column] ?? ""));
  if (others.length > 0) read.forEach((support, i) => { if (loneX(i)) read[i] = !yesBeside && others.every((s) => s === false); });
  // "✅ Security" on every supported line, and no other kind of line: that is how this column says supported.
  // (So is "Security fixes" with no mark, on the first line, above a lesser one: "latest | security fixes", "older | best effort".)
  const plainFirst = read.findIndex((support) => support !== null) === 0 && checkedSecurityOnly(rows[0]?.[column] ?? "", true) && read.slice(1).some((support, i) => support === "partial" && !/\bsecurity\b/i.test(rows[i + 1]?.[column] ?? ""));
  const checkedSecurity = (i: number): boolean => checkedSecurityOnly(rows[i]?.[column] ?? "") || (plainFirst && i === 0);
  // With no line supported in full, a "✅ security fixes" line above any other partial one ("⚠️ critical fixes only") is the best a
  // line gets here; below a line in the making ("🚧 Beta"), it stays partial.
  const firstChecked = read.findIndex((support, i) => support === "partial" && checkedSecurity(i));
  if (read.includes(true) || read.some((support, i) => support === "partial" && !checkedSecurity(i) && i < firstChecked)) return read;
  return read.map((support, i) => (support === "partial" && checkedSecurity(i) ? true : support));
}

/**
 * Reads the grid as a support table; null when it is not one. `section`: the heading the table
 * stands under. A table under a heading about something else (release history, roadmap, past
 * advisories) is one only when a column says "supported" in its header. `ended`: the prose under
 * that heading says the table's lines are over.
 */
export function readSupportGrid(table: Grid, legend: ReadonlyMap<string, Support>, section: string | null = null, ended = false, lead: string | null = null): TableReading | null {
  // Rows that repeat the header's separator ("| --- | --- |" between every row) are no rows.
  const grid: Grid = { ...table, rows: table.rows.filter((r) => !r.every(isRuleCell)) };
  const width = Math.max(grid.header.length, ...grid.rows.slice(0, 50).map((r) => r.length));
  if (grid.rows.length === 0) return null;
  // "| Version |" alone under "… no longer receive security updates:": one column of versions whose status the prose gives.
  if (width < 2) return singleColumn(grid, section, lead);
  if (section !== null && notSupportSection(section) && !grid.header.some(namesSupport)) return null;
  // "Dependency | Version | Security Notes": the versions of what the project uses, not its own (unless a column says "Supported").
  if (DEPENDENCY_COLUMN.test(grid.header[0] ?? "") && !grid.header.some(namesSupport)) return null;
  // A column of CVE or advisory ids ("Version | | CVE/ID | cause"): which versions a vulnerability affects, not which are supported.
  if (grid.header.some((h) => ADVISORY_COLUMN.test(h)) && !grid.header.some((h) => !ADVISORY_COLUMN.test(h) && SUPPORT_HEADER.test(h))) return null;
  const bySeverity = severityKeyed(grid);
  if (bySeverity !== null) return bySeverity;
  // "Version | Fix | Severity": past fixes by severity, not which versions are supported.
  if (grid.header.some((h) => SEVERITY_HEADER.test(h)) && !grid.header.some(namesSupport) && !hasShortSupportColumn(grid, legend)) return null;
  const numbered = versionColumn(grid, width);
  const versionCol = numbered ?? namedLinesColumn(grid, section, legend);
  if (versionCol === null) return null;
  const named = numbered === null;

  // The support column is chosen on the first rows, then read in full.
  const sample = grid.rows.slice(0, SAMPLE);
  let best: { column: number; rank: number; read: number } | null = null;
  const candidates: number[] = [];
  let aboutChanges = false;
  for (let column = 0; column < width; column++) {
    if (column === versionCol) continue;
    const filled = sample.filter((r) => (r[column] ?? "").trim() !== "").length;
    const read = readColumn(grid, column, legend, sample).filter((c) => c !== null).length;
    if (read === 0 || read * 2 < filled) continue;
    // A column that names the supported version ("Version recevant les correctifs") says support by naming it.
    const rank = namesSupportedVersion(grid.header[column] ?? "") ? 3 : supportHeaderRank(grid.header[column] ?? "");
    // A column whose header says nothing of support ("Notes", "Changes") counts only when its cells
    // state support plainly (a mark, yes/no, "supported", "end of life"), not when they merely
    // mention bug fixes or maintenance, as a release history does.
    if (rank === 1 && sample.filter((r) => statesSupportPlainly(r[column] ?? "")).length * 2 < filled) continue;
    // "Breaking Changes | Yes": a column about changes answers another question (and the table is about changes).
    if (CHANGES_HEADER.test(grid.header[column] ?? "")) {
      aboutChanges = true;
      continue;
    }
    // The clearest header wins; between equally clear ones, the column that says more rows' support.
    // (Equal still: "Status | Security support" over "pre-GA | best effort", the column headed "security support" and nothing else.)
    const securitySupport = (c: number): boolean => /^\W*security\s+support\W*$/i.test(grid.header[c] ?? "");
    if (rank >= 2) candidates.push(column);
    if (best === null || rank > best.rank || (rank === best.rank && (read > best.read || (read === best.read && securitySupport(column) && !securitySupport(best.column))))) best = { column, rank, read };
  }
  const labels = grid.rows.map((r) => (r[versionCol] ?? "").trim());
  // No column says which are supported, but the section's heading does ("Supported Versions" over
  // "Version | PHP | Release"): being listed there says so, as it does for a list.
  if (best === null && aboutChanges) return null;
  if (best === null) return listedAsSupported(grid, versionCol, labels, section, named);
  const supportHeader = grid.header[best.column] ?? "";
  const own = splitSupport(grid, best.column, versionCol, legend) ?? readColumn(grid, best.column, legend, grid.rows, named);
  const read = limitedByNotes(grid, best.column, labels, fromOtherColumns(grid, best.column, candidates, own, legend));
  // A table under "End of Life" whose prose says its lines are over ("These versions no longer receive any patches"):
  // its end dates are past ends, not "supported until" (a header saying "until" or "support" still means until).
  const past = ended && section !== null && EOL_SECTION.test(section) && namesEnd(supportHeader) && !/until|support/i.test(supportHeader);
  const chosen = past ? read.map((c, i) => (c === true && !statesSupportPlainly(grid.rows[i]?.[best.column] ?? "") ? false : c)) : read;

  const rows: TableReading["rows"] = [];
  const unreadable: string[] = [];
  labels.forEach((label, i) => {
    if (isBlankLabel(label)) return;
    // A row that repeats the header's words ("Backported Version | Supported" under "Version | Supported"): a sub-heading.
    if (isVersionHeader(label) && !looksLikeVersion(label) && sameWords(grid.rows[i]?.[best.column] ?? "", supportHeader)) return;
    // An empty cell in a "Supported" column whose other rows are ticked: the tick was taken away.
    const empty = (grid.rows[i]?.[best.column] ?? "").trim() === "" && namesSupport(supportHeader) && chosen.some((c) => c === true);
    const supported = chosen[i] ?? (empty ? false : null);
    if (supported === null) unreadable.push(label);
    else rows.push({ label, supported, range: labelToRange(label), cell: (grid.rows[i]?.[best.column] ?? "").trim() });
  });
  return { rows, unreadable };
}

const EOL_SECTION = /^\W*(?:end[\s-]+of[\s-]+(?:life|support)|eol|unsupported(?:\s+versions)?|(?:versions\s+)?no\s+longer\s+supported(?:\s+versions)?)\W*$/i;
const NOTES_HEADER = /^\W*(?:notes?|comments?|remarks?|details?|description|status|비고|備考|备注|備註|remarques?|bemerkungen?|anmerkungen?|hinweise?|notas?|observaciones|observações)\W*$/iu;
/**
 * A note that limits support to security fixes in so many words: "Security patches only", "only security fixes", "critical fixes only"
 * (not "bugfix only mode"); critical fixes only in German, French, Spanish, Portuguese or Italian too ("Nur kritische Fehler", "Correctifs critiques
 * uniquement"; security fixes only there are WHOLE_NOTE_LIMIT's).
 */
const LIMITING_NOTE = /\bsecurity\b[^.;]{0,30}\bonly\b|\bonly\b[^.;]{0,30}\bsecurity\b|\b(?:critical|severe)\b[^.;]{0,30}\bonly\b|(?<![\p{L}])(?<!(?:nicht|pas|non|no|não)\s+)(?:nur|lediglich|uniquement|seulement|solo|sólo|solamente|únicamente|apenas|somente|soltanto)(?![\p{L}])[^.;]{0,30}(?:kritisch|critique|cr[ií]tic)|critiques?[^.;]{0,30}(?<![\p{L}])uniquement(?![\p{L}])/iu;
/** The same limit in German, French, Spanish, Portuguese, Korean, Japanese or Chinese, as the whole note ("보안 패치만", "セキュリティ修正のみ", "仅安全修复"). */
const WHOLE_NOTE_LIMIT = /^\s*(?:nur\s+sicherheits(?:updates|korrekturen|patches|fixes)|(?:correctifs|mises\s+à\s+jour)\s+de\s+s[ée]curit[ée]\s+uniquement|uniquement\s+(?:les\s+)?correctifs\s+de\s+s[ée]curit[ée]|s[óo]lo\s+(?:parches|correcciones|actualizaciones)\s+de\s+seguridad|apenas\s+(?:correções|atualizações|patches)\s+de\s+segurança|보안\s*(?:패치|업데이트|수정)\s*만(?:\s*제공)?|セキュリティ(?:修正|パッチ|アップデート)のみ|(?:仅|僅|只)(?:提供)?安全(?:性)?(?:修复|修復|更新|补丁|補丁|修正))[\s。.!]*$/iu;

/** "Will move to security fixes only when 5.0 ships", "not only security": a limit to come, or none. */
const NOT_A_LIMIT_NOW = /\bwill\s+(?:move|become|switch|change|go|transition|enter)\b|\b(?:thereafter|afterwards|after\s+that|from\s+then\s+on)\b|\b(?:moves?|switch(?:es)?|transitions?)\s+to\b|\b(?:after|starting|once|when|until)\b|\bfrom\s+v?\d|\bnot\s+(?:\S+\s+){0,2}?only\b|\bnot\s+security[\s-]+only\b|\b(?:older|legacy|previous|earlier|prior)\s+(?:releases?|versions?|branch(?:es)?|lines?)\s+(?:get|gets|receive|receives|are|is|will|only)\b|(?<![\p{L}])(?:ab|dès)\s+(?:\S+\s+)?\d|à\s+partir\s+d|a\s+partir\s+d/iu;
/** "Only security fixes are backported to 1.x" on the 2.x row: a note about another line. */
const namesOtherLine = (note: string, label: string): boolean =>
  [...note.replace(END_DATE, " ").matchAll(/\bv?\d+(?:\.(?:\d+|x))*\b/gi)].some((m) => !label.replace(/[`*_]/g, "").includes(m[0]));
/** The date a line's support ends or began ("ends Dec 2026", "EOL 2027-03", "since January 2026"): a date, not another line. */
const END_DATE = /\b(?:ends?|ending|eol|end\s+of\s+(?:life|support)|expires?|since|seit|desde|depuis|released)\s*:?\s+(?:on\s+|in\s+)?(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}(?:[-/.]\d{1,2}){0,2}\b/gi;

/** An exact release ("1.4.2", "v2.0.1"), as a release history lists them. */
const EXACT_RELEASE = /^[\s*_`]*v?\d+\.\d+\.\d+[\s*_`]*$/i;
/** A note that names a lesser phase and nothing else: "Maintenance only", "Security fixes" (on a line below one fully supported; "Maintenance" alone beside a tick is the line supported in its maintenance phase). */
const LESSER_PHASE_NOTE = /^[\s*_]*(?:maintenance\s+only|security\s+(?:fixes|patches|updates))[\s.*_]*$/i;
const LESSER_LEVEL = /^[\s*_]*(?:maintenance(?:\s+only)?|security\s+(?:fixes|patches|updates))[\s.*_]*$/i;
/** A note that is a limit to some fixes and nothing else: "Critical issues only", "Security fixes only for critical issues", "Only critical security patches". */
const LIMIT_ALONE = /^[\s*_]*(?:(?:(?:critical|severe|high[\s-]+severity)\s+)?(?:security\s+)?(?:fix(?:es)?|patch(?:es)?|updates?|issues)\s+only|only\s+(?:critical\s+|severe\s+)?security\s+(?:fix(?:es)?|patch(?:es)?|updates?)|(?:critical|severe)\s+(?:security\s+)?(?:fix(?:es)?|patch(?:es)?|updates?|issues)\s+only)(?:\s+for\s+(?:critical|severe|serious|high[\s-]+severity)\s+(?:(?:security\s+)?issues|vulnerabilities|bugs|cves))?(?:\s*\(\s*best[\s-]+effort\s*\))?[\s.*_]*$/i;

const LIMITED_LEVEL = /security|critical|best[\s-]+effort|limited|minimal/i;

/** A column of support levels beside the status: "Support Level", "Coverage", "Updates". */
const LEVEL_HEADER = /^\W*(?:(?:security\s+)?support\s+(?:level|type|scope|given|provided|offered)|(?:security\s+)?level(?:\s+of\s+(?:security\s+)?support)?|coverage|updates|fixes)\W*$/i;
/** A level column that names support ("Security Support Level", "Level of support"), not what a release contained ("Updates", "Fixes"). */
const SUPPORT_LEVEL_HEADER = /^\W*(?:(?:security\s+)?support\s+(?:level|type|scope|given|provided|offered)|level\s+of\s+(?:security\s+)?support)\W*$/i;

/**
 * "✅ Yes | Security patches only": a yes whose own row's note limits it to some fixes is partial. So is a yes
 * whose support level reads partial ("Security & critical bug fixes") where another row's level is full.
 */
function limitedByNotes(grid: Grid, column: number, labels: readonly string[], read: Array<Support | null>): Array<Support | null> {
  const level = grid.header.findIndex((h, i) => i !== column && LEVEL_HEADER.test(h));
  // Every notes column (a bilingual table may have "备注" and "Notes"); a column of support levels limits a ticked line in so many
  // words as a note does ("✅ Active | Critical security patches only").
  const notesColumns = grid.header.map((h, i) => (i !== column && (NOTES_HEADER.test(h) || SUPPORT_LEVEL_HEADER.test(h)) ? i : -1)).filter((i) => i !== -1);
  // A "Security Patches" column limits only where its cell is the limit alone ("Critical issues only"), not a release's contents.
  const fixesColumns = grid.header.map((h, i) => (i !== column && SECURITY_FIXES_HEADER.test(h) ? i : -1)).filter((i) => i !== -1);
  const levels = level === -1 ? [] : grid.rows.map((r) => readSupportCell(r[level] ?? ""));
  const someFull = levels.includes(true);
  const lastFull = levels.lastIndexOf(true);
  if (notesColumns.length === 0 && fixesColumns.length === 0 && !someFull) return read;
  // "✅ | Maintenance only", "✅ | Security fixes" beside "✅ | Stable": a lesser phase, where another ticked line's note names none.
  // (In a column of support levels "Maintenance" is itself a lesser level: "Full / Maintenance / Security fixes".)
  const lesserNote = (i: number): boolean => notesColumns.some((c) => (SUPPORT_LEVEL_HEADER.test(grid.header[c] ?? "") ? LESSER_LEVEL : LESSER_PHASE_NOTE).test(grid.rows[i]?.[c] ?? ""));
  const plain = (support: Support | null, i: number): boolean => support === true && !lesserNote(i) && notesColumns.some((c) => (grid.rows[i]?.[c] ?? "").trim() !== "");
  const firstPlain = read.findIndex(plain);
  const firstLesser = read.findIndex((support, j) => j > firstPlain && support === true && lesserNote(j));
  // (Not in a release history, whose exact releases' notes say what each contained, nor where a plain line comes below a lesser one.)
  const lesserTail = firstPlain !== -1 && !labels.some((l) => EXACT_RELEASE.test(l)) && !(firstLesser !== -1 && read.some((support, i) => i > firstLesser && plain(support, i)));
  return read.map((support, i) => {
    const limiting = (note: string): boolean => (LIMITING_NOTE.test(note) || WHOLE_NOTE_LIMIT.test(note)) && !NOT_A_LIMIT_NOW.test(note) && !namesOtherLine(note, labels[i] ?? "") && readSupportCell(note) === "partial";
    const limits = notesColumns.some((c) => limiting(grid.rows[i]?.[c] ?? "")) || fixesColumns.some((c) => LIMIT_ALONE.test(grid.rows[i]?.[c] ?? ""));
    // A no is limited only by a note that is the limit alone ("Critical security fixes only", "Security fixes only for critical issues").
    const limitsNo = [...notesColumns, ...fixesColumns].some((c) => LIMIT_ALONE.test(grid.rows[i]?.[c] ?? ""));
    // A level that limits in so many words (security, critical, best effort), below every fully supported line.
    const levelCell = grid.rows[i]?.[level] ?? "";
    const lesser = someFull && levels[i] === "partial" && LIMITED_LEVEL.test(levelCell) && !/feature/i.test(levelCell) && !NOT_A_LIMIT_NOW.test(levelCell) && i > lastFull;
    // "❌ | Security fixes only for critical issues", "Deprecated | Critical issues only": a no whose own note says which fixes still come.
    if (support === false && limitsNo) return "partial";
    return support === true && (limits || lesser || (lesserTail && i > firstPlain && lesserNote(i) && levels[i] !== true)) ? "partial" : support;
  });
}

const QUESTION_ONLY = /^\s*(?:❓|❔|:question:|:grey_question:|\?)\uFE0F?\s*$/u;
/**
 * "Status | Security Updates" over "Legacy | No": a cell the chosen column leaves unread (not an empty one) is read in the next
 * column whose header is about support, fixes or updates, the clearest first (not one of ends: "Yes" under "EOL" says it ended).
 */
function fromOtherColumns(grid: Grid, column: number, others: readonly number[], read: Array<Support | null>, legend: ReadonlyMap<string, Support>): Array<Support | null> {
  // (A lone question mark, "❓", is a doubt the next column may settle: "❓ | Not yet released".)
  const unread = read.map((support, i) => (support === null && (grid.rows[i]?.[column] ?? "").trim() !== "") || QUESTION_ONLY.test(grid.rows[i]?.[column] ?? ""));
  if (!unread.includes(true)) return read;
  const ordered = others.filter((c) => c !== column && !namesEnd(grid.header[c] ?? "")).sort((a, b) => supportHeaderRank(grid.header[b] ?? "") - supportHeaderRank(grid.header[a] ?? ""));
  const columns = ordered.map((c) => readColumn(grid, c, legend));
  // (A question mark is settled only by a column about support itself, not one of bug fixes.)
  const bugFixesOnly = ordered.map((c) => /\bbug/i.test(grid.header[c] ?? "") && !/secur/i.test(grid.header[c] ?? ""));
  const settles = (c: number, i: number): boolean => !(QUESTION_ONLY.test(grid.rows[i]?.[column] ?? "") && bugFixesOnly[c] === true);
  return read.map((support, i) => (unread[i] ? (columns.map((col, c) => (settles(c, i) ? (col[i] ?? null) : null)).find((s) => s !== null) ?? support) : support));
}

const supportedSection = (section: string | null): boolean => section !== null && isSupportedHeading(section) && !notSupportSection(section);

/**
 * Under a heading that names what is supported, a table whose lines are named rather than numbered
 * ("Platform | Package | Supported" with WPF, Xamarin.iOS…; "Component | Comment"): its first column
 * names them, when every name is short. Null otherwise.
 */
function namedLinesColumn(grid: Grid, section: string | null, legend: ReadonlyMap<string, Support>): number | null {
  // "Component | Supported version" ("Composant | Version recevant les correctifs"): the table says itself what its lines are, under any heading.
  // (Under a heading about versions or support: under "Requirements" or "Dependencies" such a table gives other products' versions.)
  const componentsHeader = section !== null && namesVersionsSection(section) && COMPONENTS_HEADER.test(grid.header[0] ?? "") && grid.header.some((h, i) => i > 0 && namesSupportedVersion(h));
  if (!supportedSection(section) && !componentsHeader) return null;
  // "Supported Versions" over the table, or a first column headed as the lines it names ("Configuration | Supported" under "Supported Configurations").
  const linesHeader = CONFIGURATIONS_HEADER.test(grid.header[0] ?? "") && grid.header.some((h, i) => i > 0 && namesSupport(h));
  // A first column whose every name is a line of the project in words ("`main` branch", "Latest tagged release", "Older minors", "Forks")
  // beside a column about support ("Surface | Supported versions" under "What we support").
  const firstNames = grid.rows.map((r) => (r[0] ?? "").trim()).filter((x) => x !== "");
  const wordLines = firstNames.length > 0 && !FEATURES_HEADER.test(grid.header[0] ?? "") && firstNames.every((n) => LINE_WORD.test(n));
  const linesInWords = wordLines && grid.header.some((h, i) => i > 0 && namesSupport(h));
  if (!namesSupportedVersions(section ?? "") && !linesHeader && !componentsHeader && !linesInWords) return null;
  // "Peer dependency | Supported versions": other products' lines the project works with, not its own parts.
  if (DEPENDENCY_COLUMN.test(grid.header[0] ?? "")) return null;
  // A legend's codes ("L", "✔") are no names of lines; a name has at most five words ("Acme Visual Studio Code Extension").
  // (Under a header that says it names components, or where every name is a line in words, a name may be longer: "Older versions, forks and
  // personal deployments", "Latest commit on the default branch (`main`)".)
  // A name may be code, or an npm package with its scope ("`@acme/core`", all of a scope "`@acme/*`"; not "@alice", a person).
  const [chars, words] = componentsHeader || wordLines ? [80, 10] : [40, 5];
  // (A bracket listing a group's members, "Active repositories (`api`, `web`, …)", is not counted in the name's length.)
  const short = (c: string): string => (componentsHeader ? c.replace(MEMBERS, "") : c);
  const isName = (c: string): boolean => /^`?(?:@[\w.-]+\/\*|(?:@[\w.-]+\/)?\.?\p{L})/u.test(c) && short(c).length <= chars && short(c).split(/\s+/).length <= words && !legend.has(legendKey(c));
  const namesIn = (c: number): boolean => {
    const names = grid.rows.map((r) => (r[c] ?? "").trim()).filter((x) => x !== "");
    return names.length > 0 && names.every(isName);
  };
  if (namesIn(0)) return 0;
  // "Status | Name" with the marks first: the names are in the column headed as names, after a column of marks.
  const marksFirst = grid.rows.every((r) => firstIsMark(r[0] ?? ""));
  const headedName = grid.header.findIndex((h, i) => i > 0 && LINES_HEADER.test(h));
  return marksFirst && headedName !== -1 && namesIn(headedName) ? headedName : null;
}

/** A trailing bracket listing a group's members: two or more short names or code spans ("(`api`, `web`, …)"). */
const MEMBERS = /\s*\((?:\s*(?:`[^`]+`|[^,()`]{1,30}))(?:\s*,\s*(?:`[^`]+`|[^,()`]{1,30}))+\s*(?:,?\s*(?:…|\.\.\.|etc\.?))?\s*\)\s*$/u;

const firstIsMark = (cell: string): boolean => {
  const text = cell.trim();
  return text !== "" && text.length <= 12 && readSupportCell(text) !== null && !/\p{L}{2}/u.test(text.replace(/:[a-z0-9_+-]+:/g, ""));
};

const EXCEPTIONS_HEADER = /\b(?:exceptions?|except|excluding|exclusions?|caveats?|limitations?)\b/i;
const NO_EXCEPTION = /^[\s\-–—]*(?:none|n\/?a|no)?[\s.\-–—]*$/i;

const URL = /\bhttps?:\/\/\S+/gi;
const UNCERTAIN = /\b(?:maybe|perhaps|depends|ask\s+us|unclear|undecided|case[\s-]by[\s-]case)\b|\?/i;

/** The rows of a table without a support column, under a heading that calls its versions supported; else null. */
function listedAsSupported(grid: Grid, versionCol: number, labels: readonly string[], section: string | null, named: boolean): TableReading | null {
  if (!supportedSection(section)) return null;
  // Another column names the supported versions ("CVSS | Supported Versions", in words): these rows are not them.
  if (grid.header.some((h, i) => i !== versionCol && namesSupportedVersions(h))) return null;
  if (!named && !mostlyVersions(labels)) return null;
  // Cells that leave support open ("maybe, ask us", "depends") are for a maintainer to read, not a yes.
  // (A link's query string, "…/items?itemName=…", asks nothing.)
  if (grid.rows.some((r) => r.some((cell, c) => c !== versionCol && UNCERTAIN.test(cell.replace(URL, ""))))) return null;
  // A "no" in a column about fixes or support ("Security Release | None") takes a row out.
  const fixColumns = grid.header.map((h, i) => (i !== versionCol && SUPPORT_HEADER.test(h) ? i : -1)).filter((i) => i !== -1);
  // A listed line with exceptions ("Exceptions | Jitter, ISAAC") is supported but for them: partly.
  const exceptionColumns = grid.header.map((h, i) => (i !== versionCol && EXCEPTIONS_HEADER.test(h) ? i : -1)).filter((i) => i !== -1);
  const rows: TableReading["rows"] = [];
  labels.forEach((label, i) => {
    if (isBlankLabel(label)) return;
    const no = fixColumns.some((c) => readSupportCell(grid.rows[i]?.[c] ?? "") === false);
    const except = exceptionColumns.some((c) => !NO_EXCEPTION.test(grid.rows[i]?.[c] ?? ""));
    rows.push({ label, supported: no ? false : except ? "partial" : true, range: labelToRange(label), cell: "" });
  });
  return { rows, unreadable: [] };
}

/** A column other than the version and severity columns whose cells are short and mostly read as support ("Active", "EOL"). */
function hasShortSupportColumn(grid: Grid, legend: ReadonlyMap<string, Support>): boolean {
  return grid.header.some((h, c) => {
    if (SEVERITY_HEADER.test(h) || isVersionHeader(h)) return false;
    const cells = grid.rows.map((r) => (r[c] ?? "").trim()).filter((x) => x !== "");
    const read = readColumn(grid, c, legend).filter((x) => x !== null).length;
    return cells.length > 0 && cells.every((x) => x.length <= 40) && read * 2 >= cells.length;
  });
}

/** A header that is only "Version" (not "Node.js version": another product's). */
export const BARE_VERSION_HEADER = /^[\W_]*(?:versions?|releases?|branch(?:es)?|tags?|versión|versiones|versão|versões|версия|версии|版本|バージョン|버전)[\W_]*$/iu;
/** A lead that says the versions below are over: "are not supported", "no longer receive", "please upgrade from". */
const LEAD_SAYS_NO = /\b(?:not\s+(?:\S+\s+)?supported|unsupported|deprecated|(?:will\s+)?not\s+receive|no\s+longer|end[\s-]+of[\s-]+life|(?:have|has)\s+reached|please\s+upgrade)\b/i;
/** A lead that says they are supported: "The following versions receive security updates:", "are supported:". */
const LEAD_SAYS_YES = /\b(?:receive|get)\s+(?:security\s+)?(?:updates|fixes|patches)|\b(?:are|is)\s+(?:currently\s+)?supported\b/i;

/** A one-column table of versions: its status is what the sentence just before it says, else what the heading says. */
function singleColumn(grid: Grid, section: string | null, lead: string | null): TableReading | null {
  const labels = grid.rows.map((r) => (r[0] ?? "").trim()).filter((l) => !isBlankLabel(l));
  if (!BARE_VERSION_HEADER.test(grid.header[0] ?? "") || labels.length === 0 || !labels.every(looksLikeVersion)) return null;
  const said = lead === null ? null : LEAD_SAYS_NO.test(lead) ? false : LEAD_SAYS_YES.test(lead) ? true : null;
  const supported: Support | null = said ?? (supportedSection(section) ? true : null);
  if (supported === null) return null;
  return { rows: labels.map((label) => ({ label, supported, range: labelToRange(label), cell: "" })), unreadable: [] };
}
