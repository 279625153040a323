/**
 * Amounts of time written in prose: "48 hours", "three working days", "a week", "90-day",
 * "90+ day", "five (5) business days", "48–72 hours" / "2-3 business days" / "24~48 hours" (the upper bound), "24h",
 * "48 小时", "三个工作日", "48시간", "5 días hábiles", and one unit named by a word ("une semaine",
 * "eine Woche", "в течение недели"). Units: hours | days | business_days | weeks, plus
 * months (kept only for disclosure windows).
 */
import type { DurationUnit } from "./types.js";

export type AmountUnit = DurationUnit | "months";

export interface Amount {
  amount: number;
  unit: AmountUnit;
  /** Where the amount starts and ends in the text. */
  index: number;
  end: number;
}

const WORDS: Record<string, number> = {
  a: 1, an: 1, single: 1, "a couple of": 2, "a pair of": 2, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "Seventy two", "forty-eight": tens and ones, with a hyphen or a space. */
const COMPOUND = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-](?:one|two|three|four|five|six|seven|eight|nine)(?!\\w)";
/** Number words from two up, as written alone ("within fourteen"). */
const TWO_AND_UP = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const NUMBER = `\\d{1,4}(?:\\.\\d+)?|${COMPOUND}|one|${TWO_AND_UP}`;
/** "five (5) business days": the number restated in digits. */
const RESTATED = "(?:\\s*\\(\\s*\\d{1,4}\\s*\\))?";
const ENGLISH = new RegExp(
  `(?<![\\w.,])(?:(${NUMBER})${RESTATED}(?:\\s*(?:-|–|—|~|〜|to|or)\\s*(${NUMBER})${RESTATED})?|(an?|a\\s+single|a\\s+(?:couple|pair)\\s+of))\\s*\\+?\\s*[-\u2010\u2011]?\\s*` +
    // "five (German) business days": one word may name whose business days they are (not "a few business day").
    "(?:(?:(?!(?:few|several|some|many|couple)\\b)[a-z]+\\s+)?(business|working|work|calendar)[\\s-]+)?(hours?|hrs?|h|days?|weeks?|wks?|months?|weekdays?|work(?:ing)?days?)(?![\\w])",
  "gi",
);
/** Small numbers in words in Portuguese, Spanish, French, Italian and German ("um ou dois dias", "tres días hábiles", "zwei Wochen"). */
const WORD_NUMBERS: Record<string, number> = {
  um: 1, uma: 1, un: 1, una: 1, une: 1, uno: 1, ein: 1, eine: 1, einen: 1, einem: 1,
  dois: 2, duas: 2, dos: 2, deux: 2, due: 2, zwei: 2,
  três: 3, tres: 3, trois: 3, tre: 3, drei: 3,
  quatro: 4, cuatro: 4, quatre: 4, quattro: 4, vier: 4,
  cinco: 5, cinq: 5, cinque: 5, fünf: 5,
  seis: 6, sechs: 6, sete: 7, siete: 7, sept: 7, sette: 7, sieben: 7,
  dez: 10, diez: 10, dix: 10, dieci: 10, zehn: 10,
  catorze: 14, catorce: 14, quatorze: 14, quattordici: 14, vierzehn: 14,
  quinze: 15, quince: 15, quindici: 15, trinta: 30, treinta: 30, trente: 30, trenta: 30, dreißig: 30,
  noventa: 90, novanta: 90, neunzig: 90,
  // Dutch and Czech ("binnen vijf werkdagen", "do pěti pracovních dnů").
  twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, tien: 10, veertien: 14, dertig: 30, negentig: 90,
  // Turkish ("iki iş günü içinde").
  bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, yedi: 7, otuz: 30, doksan: 90,
  dva: 2, dvou: 2, tři: 3, tří: 3, pět: 5, pěti: 5, sedm: 7, sedmi: 7, deset: 10, deseti: 10, čtrnáct: 14, třicet: 30, devadesát: 90,
};
const OTHER_NUMBER = `\\d{1,4}|[一二两三四五六七八九十]{1,3}|(?<![\\p{L}])(?:${Object.keys(WORD_NUMBERS).join("|")})(?![\\p{L}])`;
const OTHER = new RegExp(
  `(?<![\\d.一二两三四五六七八九十])(${OTHER_NUMBER})(?:\\s*(?:-|–|~|〜|至|到|a|bis|до|đến|(?<=\\s)(?:ou|o|oder)(?=\\s))\\s*(${OTHER_NUMBER}))?\\s*(?:个|個|de\\s+)?\\s*` +
    "(小时|小時|時間|시간|[个個]?工作[日天]|営業日|영업일|天|日|일|周|週間|주|星期|horas?(?![\\p{L}])|d[ií]as?\\s+(?:h[aá]biles|laborables)|dias?\\s+[úu]teis|d[ií]as?(?![\\p{L}])|semanas?(?![\\p{L}])|" +
    "giorni\\s+lavorativi|giorni(?![\\p{L}])|settimane?(?![\\p{L}])|ore(?![\\p{L}])|iş\\s+günü|saat|gün|hafta|stunden(?![\\p{L}])|werktagen?(?![\\p{L}])|arbeitstagen?(?![\\p{L}])|tagen?(?![\\p{L}])|wochen?(?![\\p{L}])|час(?:а|ов)?|рабочих\\s+дн(?:я|ей)|дн(?:я|ей)|недел[ьиюя]|heures?(?![\\p{L}])|jours?\\s+ouvr(?:és|ables)|jours?(?![\\p{L}])|semaines?(?![\\p{L}])|" +
    // Polish, Czech, Indonesian, Dutch, Vietnamese
    "godzin[ya]?|dni\\s+roboczych|dni(?:ach)?(?![\\p{L}])|pracovn[íý]ch\\s+dn[ůíu]|hodin[ay]?(?![\\p{L}])|hodín|dn[íůy](?![\\p{L}])|týdn[ůyu]|týden|tygodni[ea]?|tydzień|jam(?![\\p{L}])|hari\\s+kerja|hari(?![\\p{L}])|minggu|" +
    "uur(?![\\p{L}])|werkdagen|dagen|weken|giờ|ngày\\s+làm\\s+việc|ngày|tuần|" +
    // Romanian, Ukrainian, Danish/Norwegian/Swedish, Hebrew, Arabic
    "zile\\s+lucrătoare|zile(?![\\p{L}])|săptămâni|годин[иу]?(?![\\p{L}])|робочих\\s+дн(?:ів|і)|днів|дні(?![\\p{L}])|тижн(?:ів|і|я|ень)|" +
    "arbejdsdage|arbeidsdager|arbetsdagar|virkedage|virkedager|timer(?![\\p{L}])|timmar|dage(?![\\p{L}])|dager|dagar|døgn|dygn|uger|uker|veckor|" +
    "ימי\\s+עבודה|שעות|ימים|שבועות|ساعات|ساعة|أيام\\s+عمل|أيام|يوما|يوم|أسابيع|أسبوع)",
  "giu",
);

/** One unit named by a word: "une semaine", "una semana", "eine Woche", "в течение недели" / "суток". */
const ONE_UNIT = /(?<![\p{L}\d])(?:(?:une|una|uma|eine[rn]?|одн(?:ой|у))\s+(semaines?|semanas?|woche)|в\s+течение\s+(недели|суток|дня)|(?<=\bwithin\s+)the\s+(?:next\s+|following\s+)?(day|week)(?!\s+or\s+two))(?![\p{L}])/giu;

const TIMES_24 = /(?<![\d.])(\d)\s*[x×]\s*(24)\s*(?:jam|hours?|hrs?|h|horas|heures|stunden|giờ)(?![\p{L}])/giu;

const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "3", "十四", "二十", "三十", "九十", "dois". */
function cjkNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  if (/^\d+$/.test(text)) return Number(text);
  const word = WORD_NUMBERS[text.toLowerCase()];
  if (word !== undefined) return word;
  const ten = text.indexOf("十");
  if (ten === -1) return text.length === 1 ? (CJK_DIGITS[text] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CJK_DIGITS[text.slice(0, ten)] ?? NaN);
  const ones = ten === text.length - 1 ? 0 : (CJK_DIGITS[text.slice(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}

function numberOf(text: string | undefined): number {
  if (text === undefined) return NaN;
  const t = text.toLowerCase().replace(/\s+/g, " ");
  // "seventy two", "forty-eight": tens and ones.
  const [, tens, ones] = /^(\w+)[\s-](\w+)$/.exec(t) ?? [];
  const [ten, one] = [WORDS[tens ?? ""] ?? 0, WORDS[ones ?? ""] ?? 0];
  if (ten >= 20 && ten % 10 === 0 && one >= 1 && one <= 9) return ten + one;
  return WORDS[t] ?? WORDS[t.replace(/^a /, "")] ?? Number(t);
}

function englishUnit(qualifier: string | undefined, base: string): AmountUnit {
  const q = (qualifier ?? "").toLowerCase();
  const b = base.toLowerCase();
  if (b.startsWith("h")) return "hours"; // business hours are hours
  if (b.startsWith("weekday") || /^work(?:ing)?day/.test(b)) return "business_days";
  if (b.startsWith("w")) return "weeks";
  if (b.startsWith("m")) return "months";
  return q === "business" || q === "working" || q === "work" ? "business_days" : "days";
}

function otherUnit(word: string): AmountUnit {
  const u = word.toLowerCase();
  if (/小|時間|시간|hora|stunde|час|heure|^ore$|saat|godzin|hodin|hodín|^jam$|^uur$|giờ|годин|שעות|timer|timmar|ساع/.test(u)) return "hours";
  if (/工作[日天]|営業日|영업일|h[aá]bil|[úu]teis|lavorativ|iş\s+gün|werk|arbeit|рабоч|ouvr|robocz|pracovn|laborabl|kerja|làm\s+việc|lucrăto|робоч|arbejds|arbeids|arbets|virke|עבודה|عمل/.test(u)) return "business_days";
  if (/周|週|주|星期|semana|settiman|hafta|woche|недел|semaine|tydz|tygod|týd|minggu|weken|tuần|săptăm|тижн|uger|uker|veckor|שבוע|أسبوع|أسابيع/.test(u)) return "weeks";
  return "days";
}

/** Every amount of time in `text`, in order. */
/** "a day or two", "a week or two": up to two. */
const ONE_OR_TWO = /(?<![\p{L}])an?\s+(day|week)\s+or\s+two(?![\p{L}])/giu;

/** "any report received in the last 6 months": a period looked back over, never a time promised. */
export const LOOK_BACK = /\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|preceding)\s+$/i;
/** "it is not a 24-hour desk": an amount denied, never a time promised. */
export const NOT_A = /\b(?:not|n't|never)\s+an?\s+$/i;
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(ONE_OR_TWO)) found.push({ amount: 2, unit: m[1]!.toLowerCase() === "day" ? "days" : "weeks", index: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(ENGLISH)) {
    if (found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) continue;
    const low = numberOf(m[1] ?? m[3]);
    const high = numberOf(m[2]);
    const amount = Number.isFinite(high) && high > low ? high : low;
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const base = m[5] ?? "";
    if (m[3] && !/couple|pair/i.test(m[3]) && /s$/i.test(base)) continue; // "a days"
    if (/^h$/i.test(base) && m[1] === undefined) continue;
    found.push({ amount, unit: englishUnit(m[4], base), index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(OTHER)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (/[月월]/.test(before) || /^(?:日|일)$/.test(m[3] ?? "") && /\d\s*[月월]\s*$/.test(text.slice(0, m.index))) continue;
    // Portuguese "dos dias" is "of the days"; Spanish writes two days "dos días".
    if (/^dos$/i.test(m[1] ?? "") && /^dias/i.test(m[3] ?? "")) continue;
    const low = cjkNumber(m[1]);
    const high = cjkNumber(m[2]);
    const amount = Number.isFinite(high) && high > low ? high : low;
    if (!(amount > 0) || found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) continue;
    // "영업일 기준 3일" (3 days, counted in business days).
    const unit = otherUnit(m[3] ?? "");
    found.push({ amount, unit: unit === "days" && BUSINESS_BASIS.test(text.slice(Math.max(0, m.index - 12), m.index)) ? "business_days" : unit, index: m.index, end: m.index + m[0].length });
  }
  // "2x24 jam", "3 × 24 hours": a count of days written as hours.
  for (const m of text.matchAll(TIMES_24)) {
    const amount = Number(m[1]) * Number(m[2]);
    const overlapping = found.filter((f) => m.index < f.end && f.index < m.index + m[0].length);
    for (const f of overlapping) found.splice(found.indexOf(f), 1);
    if (amount > 0) found.push({ amount, unit: "hours", index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ONE_UNIT)) {
    const word = (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase();
    if (found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) continue;
    const [amount, unit]: [number, AmountUnit] = word === "суток" ? [24, "hours"] : word === "дня" || word === "day" ? [1, "days"] : [1, "weeks"];
    found.push({ amount, unit, index: m.index, end: m.index + m[0].length });
  }
  // "acknowledge within 2 business days and triage within 5.": a number with its unit left out takes the unit of the amount before it.
  for (const m of text.matchAll(WITHIN_BARE_NUMBER)) {
    const at = m.index + m[0].lastIndexOf(m[1] ?? "");
    const previous = found.filter((f) => f.end <= m.index && m.index - f.end <= 120).sort((a, b) => b.end - a.end)[0];
    if (previous === undefined) continue;
    const amount = numberOf(m[1]);
    const end = at + (m[1] ?? "").length;
    // Only beside a parallel promise ("within 2 business days"), not a rate ("8 hours a day") or a time counted from a step ("within 2 weeks of …"),
    // and not the first half of a range whose unit comes after it ("within 5 and 10 days", "within 2, at most 3, business days").
    const parallel = /\bwithin\s+$/i.test(text.slice(Math.max(0, previous.index - 8), previous.index)) && !/^\s*(?:of|after|from|following)\b/i.test(text.slice(previous.end)) && !PER_DAY.test(text.slice(previous.end));
    // (A later step is not sooner, nor many times longer: "within 48 hours and triage within 5" is no 5 hours, "within 2 business days and disclose within 90" no 90 business days.)
    const plausible = previous.unit !== "hours" && amount >= previous.amount && amount <= previous.amount * 7;
    if (parallel && plausible && amount > 0 && amount <= 365 && !UNIT_FOLLOWS.test(text.slice(end))) found.push({ amount, unit: previous.unit, index: at, end });
  }
  found.sort((a, b) => a.index - b.index);
  // "24h - 48h", "1 day to 1 week": a range with a unit at each end is read as its upper bound.
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (!/^\s*(?:-|–|—|~|to)\s*$/i.test(text.slice(a.end, b.index))) continue;
    // "within 2 business days – 5 days later we share …", "1 day ~ 7 days for a fix": two steps, not a range.
    if (/^\s*(?:later|after|afterwards|for\s+(?:a\s+|the\s+)?(?:fix|patch|release|resolution))\b/i.test(text.slice(b.end))) continue;
    const upper = hoursOf(b.amount, b.unit) >= hoursOf(a.amount, a.unit) ? b : a;
    found.splice(i, 2, { amount: upper.amount, unit: upper.unit, index: a.index, end: b.end });
  }
  // "within one week (7 days)": weeks restated in days in brackets are read as the days.
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (/^\s*\(\s*$/.test(text.slice(a.end, b.index)) && /^\s*\)/.test(text.slice(b.end)) && a.unit === "weeks" && b.unit === "days" && a.amount * 7 === b.amount) found.splice(i, 2, { ...b, index: a.index });
  }
  // "24 hours a day", "od 9 do 17 hodin", "om drie uur": a rate or a time of day, no length of time.
  return found.filter((f) => !PER_DAY.test(text.slice(f.end)) && !(RATE_AFTER_HOURS.test(text.slice(0, f.index)) && !BOUND_NEXT.test(text.slice(f.end))) && !(f.unit === "hours" && CLOCK.test(text.slice(0, f.index))));
}

/** "within 5" at the end of a clause, with no unit after it. */
const WITHIN_BARE_NUMBER = new RegExp(`\\bwithin\\s+[*_]*(\\d{1,3}|${COMPOUND}|${TWO_AND_UP})[*_]*(?=\\s*(?:[.,;:)]|$)|\\s+(?:and|or)\\s)`, "gi");
const UNIT_FOLLOWS = /^[^.;]{0,40}?\d+[\s,]*(?:(?:business|working|calendar)\s+)?(?:hours?|days?|weeks?)\b/i;

/** After an amount: "… 72 hours at the latest", a bound on the time before it, no rate. */
const BOUND_NEXT = /^[\s*_]*(?:at\s+(?:the\s+)?(?:latest|most|outside)|max(?:imum)?\b)/i;
/** The "a day" of "8 hours a day", the "7 dní" of "24 hodin denně, 7 dní v týdnu": the second half of a rate. */
const RATE_AFTER_HOURS = /(?:hours?|hodin|timer|ore|horas|heures|stunden|годин\S*|שעות|ساعة)[\s,]*$/iu;

/** After an amount: "a day", "denně", "i døgnet", "ביממה", "на добу", "pe zi" (a rate, as in "24 hours a day"). */
const PER_DAY = /^\s*(?:(?:a|per|each|every|al|par|am|pro|pe|i|на|в|ב|v)\s*(?:day|døgnet|dygnet|dagen|día|jour|tag|zi|добу|сутки|день|week|týdnu|ugen|uken|veckan|semana|semaine|woche|săptămână|тиждень|неделю)(?![\p{L}])|(?:denně|daily|ביממה|בשבוע|يوميا|يومياً))/iu;
/** Before an amount of hours: a time of day ("v 10 hodin", "om drie uur", "from 9 to 17 hodin", "з 9 до 18 години", "tussen negen en vijf uur", "على مدار"). */
const CLOCK_WORDS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf";
const CLOCK = new RegExp(String.raw`(?:(?<![\p{L}])(?:v|ve|om|um|o|в|о|à|at|з|від|od|mezi|tussen)\s+|(?<![\p{L}])(?:od|from|z|з|від|tussen|between|de)\s+(?:\d{1,2}(?:[:.]\d{2})?|${CLOCK_WORDS})\s+(?:do|to|до|en|and|a|à)\s+|على\s+مدار\s+)$`, "iu");

/** Before an amount of days: "counted in business days" (영업일 기준, 営業日ベースで, 按工作日). */
const BUSINESS_BASIS = /(?<!不按)(?<!不)按?(?:영업일|営業日|营业日|工作日|工作天)\s*(?:기준(?:으로)?|로|ベース(?:で)?|換算で|で|计算|計算)\s*[,，、]?\s*(?:약|대략|최대|約|およそ|约|約|大约|大約)?\s*$/u;

/** Rough length in hours, to compare promises. */
function hoursOf(amount: number, unit: AmountUnit): number {
  const per: Record<AmountUnit, number> = { hours: 1, days: 24, business_days: 24 * 1.4, weeks: 168, months: 720 };
  return amount * per[unit];
}

/** The same, for a duration ({ amount, unit }). */
export const durationHours = (d: { amount: number; unit: AmountUnit }): number => hoursOf(d.amount, d.unit);
