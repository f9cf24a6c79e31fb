/**
 * Numbers, money, percentages, dates and periods formatted for one interface language.
 * Values arrive canonical (US dollars, percent); the words for million and billion follow the language.
 */
import type { Qualifier } from '../../db/schema';
import { classifyPeriod, monthsAround, type Period } from '../domain/periods';
import { type Interval, present, type Shown } from '../domain/precision';

export type Lang = 'en' | 'ru' | 'kk';

interface Scales {
  billion: string;
  million: string;
  thousand: string;
  dollar: (n: string) => string;
}

const SCALES: Record<Lang, Scales> = {
  en: { billion: 'bn', million: 'm', thousand: 'k', dollar: (n) => `$${n}` },
  ru: { billion: 'млрд', million: 'млн', thousand: 'тыс.', dollar: (n) => `${n} $` },
  kk: { billion: 'млрд', million: 'млн', thousand: 'мың', dollar: (n) => `${n} $` },
};

/**
 * Month names as pages print them, read from the runtime's ICU (Node's full ICU) once per form:
 * only the words come from ICU, because its composed dates and ranges differ from ours (see `period`).
 * Read on first use, so the browser bundle (which formats numbers only) never asks its ICU for them.
 */
const MONTH_NAMES = {
  // "Jan" … "Dec"; en-GB abbreviates September "Sept".
  en: ['en', { month: 'short' }],
  // Nominative, for periods: "январь–сентябрь 2025 г." (the standalone form).
  ru: ['ru', { month: 'long' }],
  // Genitive, after a day: "17 декабря 2025 г." (the form inside a date).
  ruOf: ['ru', { day: 'numeric', month: 'long' }],
  // Lower case as inside a date, "2025 ж. 17 желтоқсан", "2025 ж. қаңтар–қыркүйек"; ICU's standalone form is capitalised ("Қаңтар").
  kk: ['kk', { day: 'numeric', month: 'long' }],
} satisfies Record<string, [string, Intl.DateTimeFormatOptions]>;
const monthNamesRead = new Map<keyof typeof MONTH_NAMES, string[]>();

function monthNames(form: keyof typeof MONTH_NAMES): string[] {
  let names = monthNamesRead.get(form);
  if (!names) {
    const [locale, options] = MONTH_NAMES[form];
    const dates = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    if (dates.resolvedOptions().locale.split('-')[0] !== locale) throw new Error(`No '${locale}' month names in this runtime's ICU: Node must be built with full ICU`);
    names = Array.from({ length: 12 }, (_, m) => dates.formatToParts(Date.UTC(2025, m, 1)).find((part) => part.type === 'month')?.value ?? String(m + 1));
    monthNamesRead.set(form, names);
  }
  return names;
}
/** "Among the top N": the rank indicators' value N (always investors in our data). */
const RANK: Record<Lang, (n: string) => string> = {
  en: (n) => `top ${n}`,
  ru: (n) => `топ-${n}`,
  kk: (n) => (n === '1' ? 'ең ірі инвестор' : `ең ірі ${n} инвестордың қатарында`),
};
const QUALIFIER_SIGN: Record<Qualifier, string> = { exact: '', approx: '≈', more_than: '>', less_than: '<', up_to: '≤' };
/** The case a Kazakh qualifier word governs in the amount before it ("…-дан астам", "…-ға дейін"); null: the word comes first ("шамамен 8 млрд $"). */
const KK_QUALIFIER_CASE: Record<Qualifier, KazakhCase | null> = { exact: null, approx: null, more_than: 'ablative', less_than: 'ablative', up_to: 'dative' };
const MINUS = '\u2212';

export interface Formatter {
  lang: Lang;
  /** A plain number with at most `digits` significant digits: 331.9, 1.733. */
  number(value: number, digits?: number): string;
  /** US dollars with the language's scale word: "$331.9 m", "1,3 млрд $". */
  money(value: number, options?: { signed?: boolean }): string;
  percent(value: number, options?: { signed?: boolean }): string;
  /** Change in percentage points: "+2.3 pp". */
  points(value: number): string;
  /** A value in its unit. */
  value(value: number, unit: string, options?: { signed?: boolean }): string;
  /** A range "8–9 bn" in its unit; a single value when both ends agree. */
  range(r: Interval, unit: string, options?: { signed?: boolean }): string;
  /**
   * A derived value as its inputs' precision allows (see src/domain/precision.ts): "≈ $1.7 bn",
   * "$0 – 0.2 bn" (a range: too wide for one number, or its sign unknown), "> $4 bn".
   */
  shown(s: Shown, unit: string, options?: { signed?: boolean }): string;
  /** The same for an interval: present() then shown(). */
  estimate(e: Interval & { digits: number; step: number }, unit: string, options?: { signed?: boolean }): string;
  qualifierSign(q: Qualifier): string;
  /**
   * A stated value with its qualifier's word in the language's word order, or null where the
   * language marks the qualifier with a sign before the value (en, ru: "≈", ">"). Kazakh keeps
   * "шамамен 8 млрд $" but puts the other words after the amount, which takes the case the word
   * governs: "8,5 млрд $-дан астам", "1%-дан төмен", "30-ға дейін".
   */
  qualifiedWords(q: Qualifier, amount: string, word: string): { before: string; amount: string; after: string } | null;
  date(iso: string): string;
  /** A publication date at the precision known: "17 Dec 2025", "Dec 2025", "2014". */
  partialDate(iso: string): string;
  period(p: Period): string;
  /**
   * What "as of …" names for a figure at a date: the day where it is known, else the month or the
   * span of months its as-of date lies in: "17 Dec 2025", "Dec 2025", "Mar–Dec 2014", "2014".
   */
  asOfDate(p: Period): string;
}

export function createFormatter(lang: Lang): Formatter {
  // Kazakh writes numbers as Russian does ("1 234,5"); browsers' kk data is incomplete (a decimal point in Chromium).
  const numberLocale = lang === 'en' ? 'en-US' : 'ru-RU';
  const scales = SCALES[lang];
  const fmt = (value: number, digits = 4) => {
    const abs = Math.abs(value);
    const rounded = abs === 0 ? 0 : Number(abs.toPrecision(digits));
    const maxFraction = rounded >= 1000 ? 0 : Math.min(3, Math.max(0, digits - 1 - Math.floor(Math.log10(rounded || 1))));
    return new Intl.NumberFormat(numberLocale, { maximumFractionDigits: maxFraction, useGrouping: true }).format(rounded);
  };
  const sign = (value: number, signed?: boolean) => (value < 0 ? MINUS : signed && value > 0 ? '+' : '');
  const money = (value: number, options?: { signed?: boolean }) => {
    const abs = Math.abs(value);
    const [divisor, word] = abs >= 1e9 ? [1e9, scales.billion] : abs >= 1e6 ? [1e6, scales.million] : [1, ''];
    const n = `${fmt(abs / divisor)}${word ? `\u00a0${word}` : ''}`;
    return `${sign(value, options?.signed)}${scales.dollar(n)}`;
  };
  const percent = (value: number, options?: { signed?: boolean }) => `${sign(value, options?.signed)}${fmt(Math.abs(value), 3)}%`;
  const points = (value: number) => `${sign(value, true)}${fmt(Math.abs(value), 3)}\u00a0${lang === 'en' ? 'pp' : 'п.п.'}`;
  /** The year with the language's abbreviation: "2025", "2025 г.", "2025 ж.". */
  const yearOf = (year: string) => (lang === 'ru' ? `${year}\u00a0г.` : lang === 'kk' ? `${year}\u00a0ж.` : year);
  const monthOf = (iso: string) => monthNames(lang)[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  /** Months of one year in the language's order: "Jan–Sep 2025", "январь–сентябрь 2025 г.", "2025 ж. қаңтар–қыркүйек". */
  const inYear = (months: string, year: string) => (lang === 'kk' ? `${yearOf(year)} ${months}` : `${months} ${yearOf(year)}`);
  /**
   * A date in the language's own order ("17 Dec 2025", "17 декабря 2025 г.", "2025 ж. 17 желтоқсан"), with the day part replaceable for ranges.
   * ICU writes "17 Sept 2025" (en-GB), "17 декабря 2025 г." and "2025 ж. 17 желтоқсан" with a plain space before г./ж., and ranges with U+202F there.
   */
  const dateWithDay = (iso: string, day?: string) => {
    const [year, month, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)) - 1, day ?? String(Number(iso.slice(8, 10)))];
    if (lang === 'ru') return `${d} ${monthNames('ruOf')[month] ?? ''} ${yearOf(year)}`;
    if (lang === 'kk') return `${yearOf(year)} ${d} ${monthNames('kk')[month] ?? ''}`;
    return `${d} ${monthNames('en')[month] ?? ''} ${year}`;
  };
  const date = (iso: string) => dateWithDay(iso);
  const value = (v: number, unit: string, options?: { signed?: boolean }) => {
    switch (unit) {
      case 'USD':
        return money(v, options);
      case 'percent':
      case 'percent_per_year':
        return percent(v, options);
      case 'pp':
        return points(v);
      case 'rank':
        return RANK[lang](fmt(Math.abs(v)));
      case 'tonnes': {
        // Metric tonnes with the language's scale word: "115 m t", "115 млн т", "120 t".
        const abs = Math.abs(v);
        const [divisor, word] = abs >= 1e9 ? [1e9, scales.billion] : abs >= 1e6 ? [1e6, scales.million] : [1, ''];
        return `${sign(v, options?.signed)}${fmt(abs / divisor)}${word ? `\u00a0${word}` : ''}\u00a0${lang === 'en' ? 't' : 'т'}`;
      }
      default:
        return `${sign(v, options?.signed)}${fmt(Math.abs(v))}`;
    }
  };
  /** Both ends of a money range in the scale of the larger: "$0 – $0.2 bn", "−0,9 – +0,3 млрд $". */
  const moneyRange = (low: number, high: number, signed?: boolean) => {
    const top = Math.max(Math.abs(low), Math.abs(high));
    const [divisor, word] = top >= 1e9 ? [1e9, scales.billion] : top >= 1e6 ? [1e6, scales.million] : [1, ''];
    const n = (v: number) => `${sign(v, signed)}${fmt(Math.abs(v) / divisor)}`;
    const tail = word ? `\u00a0${word}` : '';
    if (lang === 'en') return `${n(low).replace(/^([−+]?)/, '$1$')} – ${n(high).replace(/^([−+]?)/, '$1$')}${tail}`;
    return `${n(low)} – ${n(high)}${tail}\u00a0$`;
  };
  const shown = (s: Shown, unit: string, options?: { signed?: boolean }): string => {
    switch (s.kind) {
      case 'exact':
        return value(s.value, unit, options);
      case 'about':
        return `≈\u00a0${value(s.value, unit, options)}`;
      case 'at_least':
        return `>\u00a0${value(s.value, unit, options)}`;
      case 'at_most':
        return `<\u00a0${value(s.value, unit, options)}`;
      case 'range':
        return unit === 'USD' ? moneyRange(s.low, s.high, options?.signed ?? s.signUncertain) : `${value(s.low, unit, { signed: options?.signed ?? s.signUncertain })} – ${value(s.high, unit, { signed: options?.signed ?? s.signUncertain })}`;
      case 'unknown':
        return '?';
    }
  };
  const partialDate = (iso: string) => (iso.length === 10 ? date(iso) : iso.length === 7 ? inYear(monthOf(`${iso}-01`), iso.slice(0, 4)) : /^\d{4}$/.test(iso) ? yearOf(iso) : iso);
  /**
   * Intl's formatRange gives other text for each form (measured in Node 20, ICU 78):
   * en-GB "Jan – Sept 2025", "18 – 20 Dec 2025", "2008 – 2012", "Nov 2024 – Feb 2025" (thin spaces U+2009 around the dash);
   * ru "январь 2025 г. – сентябрь 2025 г.", "2008–2012" (no "гг."), "18–20 декабря 2025 г." (U+202F before "г.");
   * kk "2025 ж. қаңтар – қыркүйек", "2008–2012", "2025 ж. 18–20 желтоқсан" (U+202F after the year). So ranges are joined here.
   */
  const period = (p: Period): string => {
    const kind = classifyPeriod(p);
    const [ys, ye] = [p.start.slice(0, 4), p.end.slice(0, 4)];
    switch (kind) {
      case 'instant':
        return date(p.start);
      case 'year':
        return yearOf(ys);
      case 'multi_year':
        return lang === 'ru' ? `${ys}–${ye}\u00a0гг.` : lang === 'kk' ? `${ys}–${ye}\u00a0жж.` : `${ys}–${ye}`;
      case 'months':
        if (ys !== ye) return `${inYear(monthOf(p.start), ys)} – ${inYear(monthOf(p.end), ye)}`;
        return inYear(p.start.slice(5, 7) === p.end.slice(5, 7) ? monthOf(p.start) : `${monthOf(p.start)}–${monthOf(p.end)}`, ys);
      case 'days':
        return p.start.slice(0, 7) === p.end.slice(0, 7) ? dateWithDay(p.end, `${Number(p.start.slice(8))}–${Number(p.end.slice(8))}`) : `${date(p.start)} – ${date(p.end)}`;
    }
  };
  return {
    lang,
    number: (v, digits) => `${sign(v)}${fmt(Math.abs(v), digits)}`,
    money,
    percent,
    points,
    value,
    range: (r, unit, options) => (r.low === r.high ? value(r.low, unit, options) : `${value(r.low, unit, options)} – ${value(r.high, unit, options)}`),
    shown,
    estimate: (e, unit, options) => shown(present(e), unit, options),
    qualifierSign: (q) => QUALIFIER_SIGN[q],
    qualifiedWords: (q, amount, word) => {
      if (lang !== 'kk' || q === 'exact' || !word) return null;
      const kase = KK_QUALIFIER_CASE[q];
      // A word-final amount (a rank, "ең ірі 10 инвестордың қатарында") takes no ending: the word goes first.
      if (!kase || !spokenTail(amount)?.symbol) return { before: word, amount, after: '' };
      return { before: '', amount: withKazakhEnding(amount, kase), after: word };
    },
    date,
    partialDate,
    period,
    asOfDate: (p) => (p.start === p.end ? date(p.start) : p.start.slice(0, 7) === p.end.slice(0, 7) ? partialDate(p.start.slice(0, 7)) : period(monthsAround(p))),
  };
}

/**
 * Kazakh cases used after amounts and dates: ablative "-дан" ("8,5 млрд $-дан астам"), dative
 * "-ға" ("30-ға дейін"), locative "-да", and the locative attribute "-дағы" ("17 желтоқсандағы жағдай").
 */
export type KazakhCase = 'ablative' | 'dative' | 'locative' | 'locativeAttribute';

const KK_UNITS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
/** How symbols and abbreviations after a number are read aloud: the ending follows the spoken word. */
const KK_SPOKEN: Record<string, string> = { $: 'доллар', '%': 'пайыз', млрд: 'миллиард', млн: 'миллион', т: 'тонна' };

/** The last word of a whole number as read aloud in Kazakh: 60 "алпыс", 7000 "мың", 331 "бір". */
function kazakhLastNumberWord(n: number): string {
  if (n === 0) return KK_UNITS[0]!;
  if (n % 10) return KK_UNITS[n % 10]!;
  if (n % 100) return KK_TENS[(n % 100) / 10]!;
  if (n % 1000) return 'жүз';
  if (n % 1e6) return 'мың';
  if (n % 1e9) return 'миллион';
  if (n % 1e12) return 'миллиард';
  return 'триллион';
}

/**
 * The last word of a text as read aloud, and whether it is written as a number, symbol or
 * abbreviation (then a case ending is joined with a hyphen: "$-дан", "30-ға", "млрд-тан").
 */
function spokenTail(text: string): { word: string; symbol: boolean } | undefined {
  const t = text.trim();
  // A number as we print it: "8,5", "7 000" (grouped with a no-break space), "0,37"; a decimal is read up to its last digit.
  const number = /(\d+(?:[\s\u00a0\u202f]\d{3})*)(?:[,.](\d+))?$/.exec(t);
  if (number) {
    const fraction = number[2] ? Number(number[2]) : 0;
    return { word: kazakhLastNumberWord(fraction || Number(number[1]!.replace(/\D/g, ''))), symbol: true };
  }
  const last = t.split(/[\s\u00a0\u202f]+/).pop() ?? '';
  const token = last.endsWith('%') || last.endsWith('$') ? last.slice(-1) : last;
  const spoken = KK_SPOKEN[token.toLowerCase()];
  if (spoken) return { word: spoken, symbol: true };
  const word = /[\p{L}]+$/u.exec(token)?.[0];
  return word ? { word: word.toLowerCase(), symbol: !/^[\u0400-\u04ff]+$/.test(word) || word === word.toUpperCase() } : undefined;
}

/**
 * The ending a Kazakh case adds to a word, following vowel harmony (back "а/ы", front "е/і") and
 * the last sound: vowels and voiced consonants "-дан/-ға/-да", м н ң "-нан", voiceless consonants
 * (and б в г д, devoiced at the end of a word) "-тан/-қа/-та".
 */
export function kazakhEnding(word: string, kase: KazakhCase): string {
  const w = word.toLowerCase().replace(/[ьъ]+$/, '');
  const vowels = [...w].filter((c) => 'аоұыяәеөүіэ'.includes(c));
  const front = 'әеөүіэ'.includes(vowels.at(-1) ?? 'а');
  const last = w.at(-1) ?? 'а';
  const sound = 'аәеиоөуұүыіэюя'.includes(last) || 'лрйзжғ'.includes(last) ? 'voiced' : 'мнң'.includes(last) ? 'nasal' : 'voiceless';
  const [a, y] = front ? ['е', 'і'] : ['а', 'ы'];
  switch (kase) {
    case 'ablative':
      return `${sound === 'voiced' ? 'д' : sound === 'nasal' ? 'н' : 'т'}${a}н`;
    case 'dative':
      return `${sound === 'voiceless' ? (front ? 'к' : 'қ') : front ? 'г' : 'ғ'}${a}`;
    case 'locative':
      return `${sound === 'voiceless' ? 'т' : 'д'}${a}`;
    case 'locativeAttribute':
      return `${sound === 'voiceless' ? 'т' : 'д'}${a}${front ? 'г' : 'ғ'}${y}`;
  }
}

/**
 * A text with a Kazakh case ending on its last word, read as spoken: "8,5 млрд $" → "8,5 млрд $-дан",
 * "30" → "30-ға", "1%" → "1%-дан", "17 желтоқсан" → "17 желтоқсандағы", "2014 ж." → "2014 жылғы".
 */
export function withKazakhEnding(text: string, kase: KazakhCase): string {
  const t = text.trimEnd();
  // Years abbreviated "ж." and "жж." are written out before an ending: "2014 жылғы жағдай", "2008–2012 жылдардағы".
  if (/жж\.$/.test(t)) return `${t.slice(0, -3)}жылдар${kazakhEnding('жылдар', kase)}`;
  if (/ж\.$/.test(t)) return `${t.slice(0, -2)}${kase === 'locativeAttribute' ? 'жылғы' : `жыл${kazakhEnding('жыл', kase)}`}`;
  const tail = spokenTail(t);
  if (!tail) return t;
  return `${t}${tail.symbol ? '-' : ''}${kazakhEnding(tail.word, kase)}`;
}
