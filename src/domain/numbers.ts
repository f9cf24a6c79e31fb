/**
 * Reading numbers the way the articles write them: decimal comma, scale words
 * (миллиард/млрд, миллион/млн, мың/минг/тысяч), percent words (пайыз, фоиз, процент), tonnes
 * (тонна, тонн, тонналық), ranges ("5-7 минг") and number words in Kazakh, Uzbek (Cyrillic) and Russian.
 */

export type ParsedUnit = 'USD' | 'percent' | 'tonnes' | null;

export interface ParsedAmount {
  /** The figure; for a range ("5-7 минг"), its upper end. */
  value: number;
  /** Unit named in the text itself; null when the text gives a bare number. */
  unit: ParsedUnit;
  /** Only for a range: its lower end, on the same scale ("5-7 минг" → 5000, value 7000). */
  low?: number;
}

const SCALE_STEMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(миллиард|млрд)/i, 1e9],
  [/^(миллион|млн)/i, 1e6],
  [/^(мың|минг|тысяч|тыс\.)/i, 1e3],
];
const PERCENT_WORD = /^(пайыз|фоиз|процент)/i;
const CURRENCY_WORD = /^(доллар|долл\.)/i;
/** Metric tonnes in the three languages: тонна, тонн, тонны, тонналық (Kazakh "of … tonnes"). */
const TONNE_WORD = /^тонн/i;
/** Words that may stand between a number and its currency ("4 миллиард АҚШ доллари"). */
const CURRENCY_PREFIX = /^(АҚШ|США)$/i;

/** Cardinal stems; Kazakh and Uzbek add case endings, handled by the suffix lists below. */
const KK_STEMS: Record<string, number> = {
  бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9, он: 10,
  жиырма: 20, отыз: 30, қырық: 40, елу: 50, алпыс: 60, жетпіс: 70, сексен: 80, тоқсан: 90,
  жүз: 100, мың: 1000, екеу: 2, үшеу: 3,
};
const KK_SUFFIXES = [
  'ден', 'дан', 'тен', 'тан', 'нен', 'нан', 'ге', 'ға', 'ке', 'қа', 'дың', 'дің', 'тың', 'тің', 'нің', 'ның',
  'дық', 'дік', 'тық', 'тік', 'дығы', 'дігі', 'дығына', 'дігіне', 'і', 'іміз', 'міз',
];
const UZ_STEMS: Record<string, number> = {
  бир: 1, икки: 2, уч: 3, тўрт: 4, беш: 5, олти: 6, етти: 7, саккиз: 8, тўққиз: 9, ўн: 10,
  йигирма: 20, ўттиз: 30, қирқ: 40, эллик: 50, олтмиш: 60, етмиш: 70, саксон: 80, тўқсон: 90,
  юз: 100, минг: 1000,
};
const UZ_SUFFIXES = ['та', 'тага', 'тагача', 'тача', 'тадан', 'дан', 'га', 'гача', 'лаб'];
const RU_FORMS: Record<string, number> = {};
const ruForms: ReadonlyArray<readonly [number, string]> = [
  [1, 'один одна одно одного одной одному одним одном одну одни одних'],
  [2, 'два две двух двум двумя'],
  [3, 'три трёх трех трём трем тремя'],
  [4, 'четыре четырёх четырех четырём четырем четырьмя'],
  [5, 'пять пяти пятью'], [6, 'шесть шести'], [7, 'семь семи'], [8, 'восемь восьми'], [9, 'девять девяти'],
  [10, 'десять десяти десяток десятка десятку десятки десятков'],
  [11, 'одиннадцать одиннадцати'], [12, 'двенадцать двенадцати'], [15, 'пятнадцать пятнадцати'],
  [20, 'двадцать двадцати'], [30, 'тридцать тридцати'], [40, 'сорок сорока'], [50, 'пятьдесят пятидесяти'],
  [60, 'шестьдесят'], [70, 'семьдесят'], [80, 'восемьдесят'], [90, 'девяносто'],
  [100, 'сто ста сотни сотен'], [200, 'двести'], [300, 'триста'], [500, 'пятьсот'],
  [1000, 'тысяча тысячи тысяч тысячу'],
];
for (const [value, forms] of ruForms) for (const form of forms.split(' ')) RU_FORMS[form] = value;

/** Words built on a number stem that are not numbers: "бірге"/"бирга" mean "together". */
const NOT_NUMBERS = new Set(['бірге', 'бирга']);

const lower = (s: string) => s.toLocaleLowerCase('ru');

/** Article languages whose number words we read. */
export type NumberLanguage = 'kk' | 'ru' | 'uz-Cyrl';

function stemValue(w: string, stems: Record<string, number>, suffixes: readonly string[]): number | null {
  for (const [stem, value] of Object.entries(stems)) {
    if (w === stem || (w.startsWith(stem) && suffixes.includes(w.slice(stem.length)))) return value;
  }
  return null;
}

/**
 * The value of one number word in the given language, or null. Per language, because a
 * Kazakh number can be a Russian pronoun ("он": ten / he).
 */
export function numberWordValue(word: string, lang: NumberLanguage): number | null {
  // Articles repeat their words: each is read once per language.
  const key = `${lang}\u0000${word}`;
  const known = WORD_VALUES.get(key);
  if (known !== undefined) return known;
  const value = readNumberWord(word, lang);
  if (WORD_VALUES.size > 100_000) WORD_VALUES.clear();
  WORD_VALUES.set(key, value);
  return value;
}
const WORD_VALUES = new Map<string, number | null>();

function readNumberWord(word: string, lang: NumberLanguage): number | null {
  const w = lower(word);
  if (NOT_NUMBERS.has(w)) return null;
  const value =
    lang === 'ru' ? (RU_FORMS[w] ?? null) : lang === 'kk' ? stemValue(w, KK_STEMS, KK_SUFFIXES) : stemValue(w, UZ_STEMS, UZ_SUFFIXES);
  if (value !== null) return value;
  for (const [re, scale] of SCALE_STEMS) if (re.test(w)) return scale;
  return null;
}

/** Combine consecutive number words: "жиырма екі" → 22, "бес жүз" → 500. */
function combineWords(values: readonly number[]): number {
  let total = 0;
  let current = 0;
  for (const v of values) {
    if (v >= 1000) {
      total += Math.max(current, 1) * v;
      current = 0;
    } else if (v === 100) {
      current = Math.max(current, 1) * 100;
    } else {
      current += v;
    }
  }
  return total + current;
}

/** Decimal digits with a comma or point, read exactly: "331,9" × 1e6 = 331900000. */
export function scaleDecimal(digits: string, scale: number): number {
  const [whole = '0', frac = ''] = digits.split(/[.,]/);
  const exponent = Math.round(Math.log10(scale)) - frac.length;
  return Number(`${whole}${frac}e${exponent}`);
}

const DIGITS_AT_START = /^(\d+(?:[.,]\d+)?)(%)?(?:-\p{L}+)?$/u;
/** A range of two plain numbers, "5-7" or "5–7" (the scale word after it applies to both ends). */
const RANGE_AT_START = /^(\d+(?:[.,]\d+)?)[-–](\d+(?:[.,]\d+)?)$/u;

/**
 * Reads a figure as printed ("331,9 миллион доллар", "94,8%", "8,5 миллиард доллардан",
 * "бір пайыздан", "ўнта", "7 млрд.", "115 миллион тонна") into a canonical value and the unit the
 * text names. A range ("5-7 минггача") reads as its upper end, with the lower end in `low`.
 * Case endings after the words are tolerated; anything else is an error.
 */
export function parseAsWritten(text: string, lang: NumberLanguage): ParsedAmount | { error: string } {
  const tokens = text.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return { error: 'empty' };
  let unit: ParsedUnit = null;
  let digits: string | null = null;
  let lowDigits: string | null = null;
  const words: number[] = [];
  let i = 0;
  const first = tokens[0] ?? '';
  const m = DIGITS_AT_START.exec(first.replace(/^\$/, ''));
  const range = RANGE_AT_START.exec(first);
  if (range) {
    lowDigits = range[1] ?? null;
    digits = range[2] ?? null;
    if (Number((lowDigits ?? '').replace(',', '.')) >= Number((digits ?? '').replace(',', '.'))) return { error: `the range "${first}" does not rise` };
    i = 1;
  } else if (m) {
    digits = m[1] ?? null;
    if (m[2]) unit = 'percent';
    if (first.startsWith('$')) unit = 'USD';
    i = 1;
  } else {
    while (i < tokens.length) {
      const v = numberWordValue(tokens[i] ?? '', lang);
      if (v === null || (words.length > 0 && v >= 1e6)) break;
      words.push(v);
      i += 1;
    }
    if (words.length === 0) return { error: `no number at the start of "${text}"` };
  }
  let scale = 1;
  for (; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    const scaleHit = SCALE_STEMS.find(([re]) => re.test(token));
    if (scaleHit && scale === 1 && unit !== 'percent') {
      scale = scaleHit[1];
    } else if (token === '%' || PERCENT_WORD.test(token)) {
      if (unit) return { error: `two units in "${text}"` };
      unit = 'percent';
    } else if (CURRENCY_WORD.test(token)) {
      if (unit) return { error: `two units in "${text}"` };
      unit = 'USD';
    } else if (TONNE_WORD.test(token)) {
      if (unit) return { error: `two units in "${text}"` };
      unit = 'tonnes';
    } else if (CURRENCY_PREFIX.test(token)) {
      continue;
    } else if (/^[-–—]?[а-яёәғқңөұүһіўҳ]{1,4}(?:гача)?$/iu.test(token) && i === tokens.length - 1 && !unit && scale === 1) {
      // A detached Cyrillic case ending or counter after a bare number: "60 дан", "170 та", "30 тагача" (up to 30).
      continue;
    } else {
      return { error: `unexpected "${token}" in "${text}"` };
    }
  }
  const value = digits !== null ? scaleDecimal(digits, scale) : combineWords(words) * scale;
  return lowDigits !== null ? { value, unit, low: scaleDecimal(lowDigits, scale) } : { value, unit };
}

/** Relative tolerance for comparing canonical values read in two ways. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export interface NumericMention {
  /** Offsets in the article (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
  kind: 'digits' | 'words';
  /** True for a four-digit year or a range of years (1900–2099) with no unit after it. */
  isYear: boolean;
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const SCALE_WORD = String.raw`(?:миллиард|млрд|миллион|млн|мың|минг|тысяч|тыс)\p{L}*\.?`;
const UNIT_AFTER = String.raw`(?:\s*%(?:\s?\p{L}{1,3}(?!\p{L}))?|\s+(?:АҚШ\s+|США\s+)?(?:доллар\p{L}*|долл\.)|\s+(?:пайыз|фоиз|процент)\p{L}*)`;
const DIGIT_MENTION = new RegExp(
  String.raw`\$?${NUM}(?:\s?[-–]\s?${NUM})?(?:-\p{L}+)?(?:\s+${SCALE_WORD})?${UNIT_AFTER}?`,
  'gu',
);
const WORD = /[\p{L}\p{M}]+/gu;
const YEAR = /^(19|20)\d\d(?:\s?[-–]\s?(19|20)\d\d)?$/;

/**
 * Every numeric mention in a text: digit groups (with a range, scale word and unit when they
 * follow) and number words in Kazakh, Uzbek and Russian (consecutive words merged).
 * Ordinal words ("бірінші", "первый") are not counted; digit ordinals ("4-ші") are.
 */
export function findNumericMentions(text: string, lang: NumberLanguage): NumericMention[] {
  const mentions: NumericMention[] = [];
  for (const m of text.matchAll(DIGIT_MENTION)) {
    const start = m.index;
    const matched = m[0];
    mentions.push({ start, end: start + matched.length, text: matched, kind: 'digits', isYear: YEAR.test(matched) });
  }
  let run: { start: number; end: number } | null = null;
  const flush = () => {
    if (run) mentions.push({ ...run, text: text.slice(run.start, run.end), kind: 'words', isYear: false });
    run = null;
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (numberWordValue(m[0], lang) === null || mentions.some((x) => x.kind === 'digits' && start >= x.start && start < x.end)) {
      flush();
      continue;
    }
    if (run && /^\s$/u.test(text.slice(run.end, start))) run.end = end;
    else {
      flush();
      run = { start, end };
    }
  }
  flush();
  return mentions.sort((a, b) => a.start - b.start);
}

/** All start offsets of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}
