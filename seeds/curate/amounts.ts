/**
 * Numbers as articles print them, in the five languages the assistant reads: digits with a
 * decimal comma or point and spaces or (in English) commas between thousands, ranges ("5-7"),
 * scale words (млрд/миллиард/mlrd/billion, млн/миллион/mln/million, мың/минг/тыс./ming/thousand,
 * трлн/trillion), units after the number (currencies by word or sign, percent words and signs,
 * tonnes), and number words ("ўнта", "десятку", "бір пайыз", "ten").
 */
import { numberWordValue, scaleDecimal } from '../../src/domain/numbers';
import type { DraftLanguage } from './text';

export type AmountUnit = 'USD' | 'EUR' | 'RUB' | 'KZT' | 'CNY' | 'UZS' | 'JPY' | 'percent' | 'tonnes';

export interface Amount {
  start: number;
  /** End of the number with its scale word and unit (the printed figure), exclusive. */
  end: number;
  text: string;
  value: number;
  /** The lower end of a printed range, on the same scale. */
  low?: number;
  unit: AmountUnit | null;
  /** The words that gave the scale and the unit, for `why`. */
  scaleWord?: string;
  unitWord?: string;
  kind: 'digits' | 'words';
  /** A year (1900–2099, or a range of them) with no scale or unit. */
  isYear: boolean;
}

const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(трлн|триллион|trln|trillion|трлн\.)/iu, 1e12],
  [/^(млрд|миллиард|mlrd|milliard|billion|bn)/iu, 1e9],
  [/^(млн|миллион|mln|million|mn)/iu, 1e6],
  [/^(мың|минг|тысяч|тыс\.?|ming|thousand)/iu, 1e3],
];

const CURRENCIES: ReadonlyArray<readonly [RegExp, AmountUnit]> = [
  [/^(доллар|долл\.?|dollar|usd|\$)/iu, 'USD'],
  [/^(евро|euro|yevro|eur|€)/iu, 'EUR'],
  [/^(рубл|руб\.?|rubl|rouble|ruble|rub|₽)/iu, 'RUB'],
  [/^(теңге|тенге|tenge|kzt|₸)/iu, 'KZT'],
  [/^(юан|yuan|cny|renminbi)/iu, 'CNY'],
  [/^(сўм|so['ʻ‘’]m|sum|uzs)$/iu, 'UZS'],
  [/^(иен|йен|yen|иена|jpy|¥)/iu, 'JPY'],
];
const PERCENT = /^(%|процент|пайыз|фоиз|foiz|percent|per\s?cent|pct)/iu;
const TONNES = /^(тонн|tonna|tonne|ton)/iu;
/** Words that stand between a number and its currency: "4 миллиард АҚШ доллари", "долларов США" comes after. */
const CURRENCY_PREFIX = /^(АҚШ|США|AQSh|US|U\.S\.)$/u;

const WORD_LANGS: Record<DraftLanguage, 'kk' | 'ru' | 'uz-Cyrl' | null> = { kk: 'kk', ru: 'ru', 'uz-Cyrl': 'uz-Cyrl', 'uz-Latn': null, en: null };

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const UZ_LATN_WORDS: Record<string, number> = {
  bir: 1, ikki: 2, uch: 3, "to'rt": 4, besh: 5, olti: 6, yetti: 7, sakkiz: 8, "to'qqiz": 9, "o'n": 10, yigirma: 20, "o'ttiz": 30, qirq: 40, ellik: 50, yuz: 100,
};
const UZ_LATN_SUFFIXES = ['', 'ta', 'taga', 'tagacha', 'tadan', 'dan', 'ga', 'gacha', 'talik', 'likka', 'ligi'];

/** The value of a number word in the language, or null (scale words alone are not numbers here). */
export function wordValue(word: string, lang: DraftLanguage): number | null {
  const w = word.toLocaleLowerCase('ru').replace(/[ʻ‘’`]/gu, "'");
  if (lang === 'en') return EN_WORDS[w] ?? null;
  if (lang === 'uz-Latn') {
    for (const [stem, value] of Object.entries(UZ_LATN_WORDS)) if (w.startsWith(stem) && UZ_LATN_SUFFIXES.includes(w.slice(stem.length))) return value;
    return null;
  }
  const native = WORD_LANGS[lang];
  const value = native ? numberWordValue(w, native) : null;
  // Scale words alone ("миллиард") are read with the digits before them, not as numbers.
  return value !== null && value < 1e6 ? value : null;
}

/** Digits as the language prints them, in plain form: "331,9" (comma decimal), "1 300" (space thousands), "1,300.5" (English) → "331.9", "1300", "1300.5". */
function plainDigits(digits: string, lang: DraftLanguage): string {
  const compact = digits.replace(/[\s\u00A0\u202F]/gu, '');
  // English thousands commas: "1,300,000"; a comma before exactly three digits at the end of a group is a separator.
  if ((lang === 'en' || lang === 'uz-Latn') && /^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(compact)) return compact.replaceAll(',', '');
  return compact.replace(',', '.');
}

/** The value of digits as the language prints them, times a scale, read exactly (scaleDecimal: "331,9" × 1e6 = 331900000). */
export const readDigits = (digits: string, lang: DraftLanguage, scale = 1): number => scaleDecimal(plainDigits(digits, lang), scale);

const NUMBER = String.raw`\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*`;
const DIGITS = new RegExp(String.raw`(\$)?(${NUMBER})(?:\s?[-–—]\s?(${NUMBER}))?(%)?`, 'gu');
const WORD = /[\p{L}\p{M}'ʻ‘’`]+\.?|[%$€₽₸¥]/gu;

/**
 * Every number in a text: digits (with a range, a scale word and a unit when they follow) and
 * number words, each with its value. A year is marked as such. Offsets are the text's.
 */
export function findAmounts(text: string, lang: DraftLanguage): Amount[] {
  const amounts: Amount[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    const [, dollar, first = '', second, percentSign] = m;
    // Part of a word or a code ("G20", "C5", "EXPO-2017", "5.0"): not a figure of its own; kept as a mention.
    const before = text[start - 1] ?? '';
    const glued = /[\p{L}]/u.test(before) || (before === '-' && /\p{L}/u.test(text[start - 2] ?? ''));
    let value = readDigits(second ?? first, lang);
    let low = second !== undefined ? readDigits(first, lang) : undefined;
    let end = start + m[0].length;
    let unit: AmountUnit | null = percentSign ? 'percent' : dollar ? 'USD' : null;
    let unitWord = percentSign ? '%' : dollar ? '$' : undefined;
    let scaleWord: string | undefined;
    // A case ending glued to the number by a hyphen: "60-тан", "4-ші".
    const hyphen = /^-(\p{L}{1,5})(?!\p{L})/u.exec(text.slice(end));
    if (hyphen) end += hyphen[0].length;
    // The words after: scale, currency prefix, unit; a case ending alone ("60 дан", "20 та").
    let cursor = end;
    for (let taken2 = 0; taken2 < 4; taken2 += 1) {
      const rest = text.slice(cursor);
      const next = /^[\s\u00A0]*([\p{L}\p{M}'ʻ‘’`]+\.?|[%$€₽₸¥])/u.exec(rest);
      if (!next || /\n\s*\n/u.test(rest.slice(0, next[0].length - (next[1] ?? '').length))) break;
      const word = next[1] ?? '';
      const scale = SCALES.find(([re]) => re.test(word));
      if (scale && !scaleWord && unit !== 'percent') {
        scaleWord = word;
        value = readDigits(second ?? first, lang, scale[1]);
        if (low !== undefined) low = readDigits(first, lang, scale[1]);
        cursor += next[0].length;
        continue;
      }
      if (!unit && CURRENCY_PREFIX.test(word.replace(/\.$/u, ''))) {
        // Only when a currency follows: "АҚШ долларын".
        const after = /^[\s\u00A0]*([\p{L}$]+)/u.exec(text.slice(cursor + next[0].length));
        if (after && CURRENCIES.some(([re]) => re.test(after[1] ?? ''))) {
          cursor += next[0].length;
          continue;
        }
        break;
      }
      const currency = CURRENCIES.find(([re]) => re.test(word));
      if (!unit && currency) {
        unit = currency[1];
        unitWord = word;
        cursor += next[0].length;
        break;
      }
      if (!unit && PERCENT.test(word)) {
        unit = 'percent';
        unitWord = word;
        cursor += next[0].length;
        break;
      }
      if (!unit && TONNES.test(word)) {
        unit = 'tonnes';
        unitWord = word;
        cursor += next[0].length;
        break;
      }
      break;
    }
    end = cursor > end ? cursor : end;
    // A point after a whole word ends the sentence; after an abbreviation ("млрд.", "долл.") it is part of it.
    if (text[end - 1] === '.' && !/(?<!\p{L})\p{L}{1,4}\.$/u.test(text.slice(Math.max(0, end - 6), end))) {
      end -= 1;
      if (unitWord?.endsWith('.')) unitWord = unitWord.slice(0, -1);
      if (scaleWord?.endsWith('.')) scaleWord = scaleWord.slice(0, -1);
    }
    // "долларов США" after the currency belongs to it too.
    const usa = /^\s+(США|АҚШ)(?!\p{L})/u.exec(text.slice(end));
    if (unit === 'USD' && usa) end += usa[0].length;
    let printed = text.slice(start, end).trimEnd();
    if (glued) {
      amounts.push({ start, end: start + m[0].length, text: m[0], value: readDigits(first, lang), unit: null, kind: 'digits', isYear: false });
      taken.push([start, start + m[0].length]);
      continue;
    }
    printed = printed.replace(/[\s\u00A0]+$/u, '');
    const isYear = !unit && !scaleWord && /^(19|20)\d\d(\s?[-–—]\s?(19|20)\d\d)?$/u.test(printed.replace(/-\p{L}+$/u, ''));
    amounts.push({ start, end: start + printed.length, text: printed, value, ...(low !== undefined ? { low } : {}), unit, ...(scaleWord ? { scaleWord } : {}), ...(unitWord ? { unitWord } : {}), kind: 'digits', isYear });
    taken.push([start, start + printed.length]);
  }
  // Number words, consecutive ones merged ("жиырма екі"), with a unit when one follows ("бір пайыздан").
  let run: { start: number; end: number; values: number[] } | null = null;
  const flush = () => {
    if (!run) return;
    let total = 0;
    let current = 0;
    for (const v of run.values) {
      if (v >= 1000) {
        total += Math.max(current, 1) * v;
        current = 0;
      } else if (v === 100) current = Math.max(current, 1) * 100;
      else current += v;
    }
    const value = total + current;
    let end = run.end;
    let unit: AmountUnit | null = null;
    let unitWord: string | undefined;
    const next = /^\s+([\p{L}%]+)/u.exec(text.slice(end));
    if (next && PERCENT.test(next[1] ?? '')) {
      unit = 'percent';
      unitWord = next[1];
      end += next[0].length;
    }
    amounts.push({ start: run.start, end, text: text.slice(run.start, end), value, unit, ...(unitWord ? { unitWord } : {}), kind: 'words', isYear: false });
    run = null;
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = /^\p{L}/u.test(m[0]) ? wordValue(m[0].replace(/\.$/u, ''), lang) : null;
    if (value === null || taken.some(([s, e]) => start >= s && start < e)) {
      flush();
      continue;
    }
    if (run && /^\s+$/u.test(text.slice(run.end, start)) && !/\n/u.test(text.slice(run.end, start))) {
      run.end = end;
      run.values.push(value);
    } else {
      flush();
      run = { start, end, values: [value] };
    }
  }
  flush();
  return amounts.sort((a, b) => a.start - b.start);
}
