/**
 * Drafts a curation of one article (README, "Adding an article"): every figure the text states,
 * in the columns of seeds/observations.csv and seeds/commodity-shares.csv, with a confidence and
 * the words that decided each field; every other number, with the reason it is not a figure, in
 * the columns of seeds/skipped.csv; and the article's sources row. Nothing here guesses a
 * translation: quote_en/ru/kk are left empty and flagged. The rules are general (words of each
 * language, their inflected forms), never phrases of one article.
 */
import { findNumericMentions } from '../../src/domain/numbers';
import { type Amount, findAmounts } from './amounts';
import { findCommodity } from './commodities';
import type { DraftRow } from './format';
import {
  DIRECT_WORDS,
  FIRST_MONTHS,
  FOREIGN_WORDS,
  FORECAST_WORDS,
  GROWTH_WORDS,
  INDICATOR_WORDS,
  type IndicatorWord,
  LARGEST,
  LAST_YEAR,
  MONTHS,
  NEXT_YEAR,
  OUTPUT_WORDS,
  PER_WORDS,
  PLANNED_WORDS,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
  REGION_WORDS,
  THIS_YEAR,
  TOTAL_WORDS,
  VALUE_WORDS,
  VOLUME_WORDS,
} from './lexicon';
import { findPlaces, type PlaceMention } from './places';
import { assignSourceId } from './review';
import { checkArticleText, DraftInputError, type DraftLanguage, detectLanguage, readHead, splitSentences } from './text';

export { DraftInputError };

export interface DraftOptions {
  /** The article file, as the curator named it (kept in the draft so that accept can copy it). */
  articlePath: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; else the date line of the article, else empty and flagged. */
  published?: string;
  publisher?: string;
  /** Source ids already taken (seeds/sources.csv), for the next number. */
  existingSourceIds?: readonly string[];
}

export interface DraftFigure {
  table: 'observations' | 'commodity-shares';
  indicator: string;
  reporter: string;
  partner: string;
  flow?: 'export' | 'import';
  commodity?: string;
  commodityOriginal?: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  unit: string;
  qualifier: string;
  asWritten: string;
  quote: string;
  /** Where the quote begins in the article. */
  quoteStart: number;
  scope?: string;
  note: string[];
  flags: string[];
  why: string[];
  confidence: number;
  /** Where the number stands in the article. */
  start: number;
  end: number;
}

export interface Draft {
  sourceId: string;
  language: DraftLanguage;
  title: string;
  published: string;
  figures: DraftFigure[];
  skipped: Array<{ context: string; reason: Reason }>;
  rows: DraftRow[];
}

interface Period {
  start: string;
  end: string;
  /** What the period is read from, for `why`; a note where it was inferred. */
  why: string;
  note?: string;
}

interface Reason {
  en: string;
  ru: string;
  kk: string;
}

const REASONS = {
  year: { en: 'a year (a date, not a figure)', ru: 'год (дата, а не показатель)', kk: 'жыл (күн, көрсеткіш емес)' },
  date: { en: 'part of a date', ru: 'часть даты', kk: 'күннің бөлігі' },
  name: { en: 'part of a name, code or format', ru: 'часть названия, кода или формата', kk: 'атаудың, кодтың немесе форматтың бөлігі' },
  base: { en: 'the earlier period a growth rate is measured against', ru: 'предыдущий период, с которым сравнивается рост', kk: 'өсім салыстырылатын алдыңғы кезең' },
  others: { en: 'a figure between two other countries', ru: 'показатель двух других стран', kk: 'басқа екі елдің көрсеткіші' },
  unmeasured: {
    en: 'a number that measures no trade or investment indicator (a count of visits, years, people or places)',
    ru: 'число, не измеряющее показатель торговли или инвестиций (число визитов, лет, людей или мест)',
    kk: 'сауда немесе инвестиция көрсеткішін өлшемейтін сан (сапарлар, жылдар, адамдар немесе орындар саны)',
  },
} as const satisfies Record<string, Reason>;

/** Fixed notes in English with our Russian and Kazakh, so that an accepted note needs no translation of ours. */
const NOTES = {
  asOf: {
    en: 'As-of date not stated in the article; its publication date is used.',
    ru: 'Дата, на которую приведена цифра, в статье не указана; взята дата публикации статьи.',
    kk: 'Көрсеткіштің қай күнгі жағдай бойынша берілгені мақалада көрсетілмеген; мақаланың жарияланған күні алынды.',
  },
  range: (low: string, high: string) => ({
    en: `The article gives a range, ${low}–${high}; stored as its upper end, with qualifier up_to.`,
    ru: `В статье указан диапазон ${low}–${high}; записан его верхний предел с квалификатором up_to.`,
    kk: `Мақалада ${low}–${high} аралығы берілген; оның жоғарғы шегі up_to белгісімен жазылды.`,
  }),
  relative: (phrase: string, year: number) => ({
    en: `"${phrase}" is read as ${year}, against the publication date.`,
    ru: `«${phrase}» прочитано как ${year} год, исходя из даты публикации.`,
    kk: `«${phrase}» жарияланған күнге қарай ${year} жыл деп оқылды.`,
  }),
  quoted: (day: string) => ({
    en: `A quoted statement: dated ${day}, the day the article says it was made.`,
    ru: `Цитата: датирована ${day} — днём, когда, по статье, были сказаны эти слова.`,
    kk: `Дәйексөз: мақалада айтылған күнмен, ${day}, белгіленді.`,
  }),
  firstYear: {
    en: 'The first year is read as the twelve months from the start the article gives in the sentence before.',
    ru: 'Первый год прочитан как двенадцать месяцев с начала, указанного в предыдущем предложении.',
    kk: 'Алғашқы жыл алдыңғы сөйлемде көрсетілген басталу уақытынан бастап он екі ай деп оқылды.',
  },
  context: (what: string) => ({
    en: `The ${what} is not in the sentence; taken from the sentences before it.`,
    ru: `${what === 'partner' ? 'Партнёр' : 'Период'} в предложении не назван; взят из предыдущих предложений.`,
    kk: `${what === 'partner' ? 'Серіктес' : 'Кезең'} сөйлемде аталмаған; алдыңғы сөйлемдерден алынды.`,
  }),
} as const;

/** "In the first year": биринчи йилида, в первый год, алғашқы жылы, first year. */
const FIRST_YEAR = /(?<!\p{L})(?:биринчи\s+йил|birinchi\s+yil|в\s+первый\s+год|первый\s+год|за\s+первый\s+год|алғашқы\s+жыл|бірінші\s+жыл|first\s+year)\p{L}*/iu;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const yearPeriod = (from: number, to = from): Pick<Period, 'start' | 'end'> => ({ start: `${from}-01-01`, end: `${to}-12-31` });
const monthsPeriod = (year: number, from: number, to: number): Pick<Period, 'start' | 'end'> => ({ start: `${year}-${pad(from)}-01`, end: `${year}-${pad(to)}-${pad(lastDay(year, to))}` });

const monthOf = (word: string): number | null => {
  const w = word.toLocaleLowerCase('ru');
  const index = MONTHS.findIndex((stems) => stems.some((stem) => new RegExp(`^${stem}`, 'u').test(w)));
  return index < 0 ? null : index + 1;
};
const MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${MONTHS.flat().join('|')})\\p{L}*`, 'giu');

/** The publication date as the period a figure "at the publication date" lies in, narrowed by the latest date the article states in it. */
function asOfPeriod(published: string, latestStated: string | undefined): Pick<Period, 'start' | 'end'> | null {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(published)) return { start: published, end: published };
  const month = /^(\d{4})-(\d{2})$/u.exec(published);
  const year = /^(\d{4})$/u.exec(published);
  let span: Pick<Period, 'start' | 'end'> | null = null;
  if (month) span = monthsPeriod(Number(month[1]), Number(month[2]), Number(month[2]));
  else if (year) span = yearPeriod(Number(year[1]));
  if (span && latestStated && latestStated >= span.start && latestStated <= span.end) span = { start: latestStated, end: span.end };
  return span;
}

/** The latest day the article states within its publication period ("20 желтоқсан 2025", "наурыз айында" of this year). */
function latestStatedDate(text: string, published: string): string | undefined {
  const year = Number(published.slice(0, 4));
  if (!year) return undefined;
  let latest: string | undefined;
  const consider = (date: string) => {
    if (date.startsWith(String(year)) && (!latest || date > latest)) latest = date;
  };
  for (const m of text.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_WORD.source})(?:\\s+((?:19|20)\\d\\d))?`, 'giu'))) {
    const month = monthOf(m[2] ?? '');
    const day = Number(m[1]);
    const y = m[3] ? Number(m[3]) : year;
    if (month && day >= 1 && day <= lastDay(y, month)) consider(`${y}-${pad(month)}-${pad(day)}`);
  }
  // A month of this year without a day: "биылғы жылы да наурыз айында" → its first day.
  for (const s of splitSentences(text)) {
    if (!THIS_YEAR.test(s.text) && !/(?<!\p{L})биылғы(?!\p{L})/iu.test(s.text)) continue;
    THIS_YEAR.lastIndex = 0;
    for (const m of s.text.matchAll(MONTH_WORD)) {
      const month = monthOf(m[0]);
      if (month) consider(`${year}-${pad(month)}-01`);
    }
  }
  return latest;
}

const test = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return re.test(text);
};
const firstMatch = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return re.exec(text);
};

/** The period a sentence states, if any: years, year ranges, month ranges, "first N months", "this year", "last year". */
function statedPeriod(sentence: string, publishedYear: number | null, lang: DraftLanguage): Period | null {
  const years = [...sentence.matchAll(/(?<!\d)((?:19|20)\d\d)(?:\s?[-–—]\s?((?:19|20)\d\d))?(?!\d)/gu)];
  let year: number | null = null;
  let yearWhy = '';
  let note: string | undefined;
  const range = years.find((m) => m[2]);
  if (range) return { ...yearPeriod(Number(range[1]), Number(range[2])), why: `"${range[0]}"` };
  if (years.length > 0) {
    year = Number(years[0]?.[1]);
    yearWhy = `"${years[0]?.[0]}"`;
  } else if (publishedYear) {
    const thisYear = firstMatch(THIS_YEAR, sentence);
    const lastYear = firstMatch(LAST_YEAR, sentence);
    const nextYear = firstMatch(NEXT_YEAR, sentence);
    if (nextYear) {
      year = publishedYear + 1;
      yearWhy = `"${nextYear[0]}" (${year})`;
      note = JSON.stringify(NOTES.relative(nextYear[0], year));
    } else if (thisYear) {
      year = publishedYear;
      yearWhy = `"${thisYear[0]}" (${year})`;
      note = JSON.stringify(NOTES.relative(thisYear[0], year));
    } else if (lastYear) {
      year = publishedYear - 1;
      yearWhy = `"${lastYear[0]}" (${year})`;
      note = JSON.stringify(NOTES.relative(lastYear[0], year));
    }
  }
  // Months: "январдан сентябргача", "январь–сентябрь", "first 9 months".
  const months = [...sentence.matchAll(MONTH_WORD)].map((m) => ({ m: monthOf(m[0]), text: m[0] })).filter((m): m is { m: number; text: string } => m.m !== null);
  const first = FIRST_MONTHS.exec(sentence);
  const firstN = first ? (Number(first[1]) || wordMonths(first[1] ?? '', lang)) : 0;
  if (year !== null) {
    const withNote = (p: Pick<Period, 'start' | 'end'>, why: string): Period => (note ? { ...p, why, note } : { ...p, why });
    if (firstN >= 1 && firstN <= 12) return withNote(monthsPeriod(year, 1, firstN), `${yearWhy}, "${first?.[0]}"`);
    if (months.length >= 2 && (months[0]?.m ?? 0) < (months[1]?.m ?? 0)) return withNote(monthsPeriod(year, months[0]?.m ?? 1, months[1]?.m ?? 12), `${yearWhy}, "${months[0]?.text}"–"${months[1]?.text}"`);
    // One month of the year with no day before it: "2026 йил март ойида" (a day would make it a date).
    if (months.length === 1 && !new RegExp(`\\d\\s+${months[0]?.text}`, 'u').test(sentence)) return withNote(monthsPeriod(year, months[0]?.m ?? 1, months[0]?.m ?? 12), `${yearWhy}, "${months[0]?.text}"`);
    return withNote(yearPeriod(year), yearWhy);
  }
  return null;
}

function wordMonths(word: string, lang: DraftLanguage): number {
  const amounts = findAmounts(word, lang);
  return amounts[0]?.value ?? 0;
}

/** The words before and after a number within its clause (commas and colons bound a clause in lists). */
function around(sentence: string, start: number, end: number) {
  return { before: sentence.slice(Math.max(0, start - 60), start), after: sentence.slice(end, end + 60) };
}

function qualifierOf(sentence: string, amount: { start: number; end: number; text: string; low?: number }): { qualifier: string; why: string } {
  if (amount.low !== undefined) return { qualifier: 'up_to', why: `a range, "${amount.text}"` };
  if (/(гача|gacha)(?!\p{L})/iu.test(amount.text) || /^\s*(\p{L}*гача|\p{L}*gacha)(?!\p{L})/iu.test(sentence.slice(amount.end))) return { qualifier: 'up_to', why: '"-гача" (up to)' };
  const { before, after } = around(sentence, amount.start, amount.end);
  const lastWords = before.split(/[,;:]/u).pop() ?? '';
  const near = lastWords.split(/\s+/u).slice(-3).join(' ');
  for (const [qualifier, re] of Object.entries(QUALIFIER_BEFORE)) {
    if (qualifier === 'up_to') {
      // "до 30" is up to 30; "довести до 10 млрд" (raise to) is a target, exact.
      if (/(?<!\p{L})(?:до|up\s+to)\s*$/iu.test(before) && !/^\s*(?:19|20)\d\d/u.test(sentence.slice(amount.start)) && !/(?:довести|доведени\p{L}*|увеличить|нарастить|increase\p{L}*|raise)\s+(?:\p{L}+\s+){0,3}до\s*$/iu.test(before)) return { qualifier, why: `"${near.trim()}"` };
      continue;
    }
    const m = firstMatch(re, near);
    if (m) return { qualifier, why: `"${m[0]}" before the number` };
  }
  const firstAfter = (after.split(/[,;:.]/u)[0] ?? '').split(/\s+/u).slice(0, 4).join(' ');
  for (const [qualifier, re] of Object.entries(QUALIFIER_AFTER)) {
    const m = firstMatch(re, firstAfter);
    if (m) return { qualifier, why: `"${m[0]}" after the number` };
  }
  return { qualifier: 'exact', why: 'no qualifying word' };
}

/** The indicator words of a sentence, with positions. */
function indicatorWords(sentence: string): Array<{ kind: IndicatorWord; start: number; end: number; text: string }> {
  const found: Array<{ kind: IndicatorWord; start: number; end: number; text: string }> = [];
  for (const [kind, re] of Object.entries(INDICATOR_WORDS) as Array<[IndicatorWord, RegExp]>) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) found.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // The longer of two overlapping words: "савдо айланмаси" over "савдо", "біріккен кәсіпорын" over "кәсіпорын".
  return found.filter((w) => !found.some((o) => o !== w && o.start <= w.start && o.end >= w.end && o.end - o.start > w.end - w.start)).sort((a, b) => a.start - b.start);
}

/** The nearest indicator word to a number: in its clause before it, else the nearest after it, else anywhere before. */
function nearestWord(words: ReturnType<typeof indicatorWords>, sentence: string, start: number, end: number, kinds: readonly IndicatorWord[]) {
  const candidates = words.filter((w) => kinds.includes(w.kind));
  const clauseStart = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(':', start), sentence.lastIndexOf(';', start));
  const inClause = candidates.filter((w) => w.end <= start && w.start > clauseStart);
  if (inClause.length > 0) return inClause[inClause.length - 1];
  const clauseEnd = [',', ';', '.'].map((c) => sentence.indexOf(c, end)).filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), sentence.length);
  const after = candidates.filter((w) => w.start >= end && w.start < clauseEnd);
  if (after.length > 0) return after[0];
  const before = candidates.filter((w) => w.end <= start);
  if (before.length > 0) return before[before.length - 1];
  return candidates.find((w) => w.start >= end);
}

const COUNT_CODES: Partial<Record<IndicatorWord, { count: string; rate: string }>> = {
  agreements: { count: 'agreements_count', rate: 'agreements' },
  projects: { count: 'projects_count', rate: 'projects' },
  joint_ventures: { count: 'joint_ventures_count', rate: 'joint_ventures' },
  companies: { count: 'companies_count', rate: 'companies' },
  goods_types: { count: 'goods_types_count', rate: 'goods_types' },
  tourists: { count: 'tourist_arrivals', rate: 'tourist_arrivals' },
  containers: { count: 'containers_count', rate: 'containers' },
  trains: { count: 'trains_count', rate: 'trains' },
  investors: { count: 'investors_count', rate: 'investors' },
};

const AT_DATE = /_count$|_stock$|_top_n$|_value$|_share_pct$|_volume|_planned$|^containers|^trains/u;

interface Classified {
  indicator: string;
  unit: string;
  kind: 'flow' | 'at_date';
  why: string;
  confidence: number;
  scope?: string;
}

/** What a number measures, from its unit and the words around it; null when it measures no indicator the assistant knows. */
function classify(sentence: string, amount: Amount, local: { start: number; end: number }, lang: DraftLanguage, hasPeriod: boolean): Classified | null {
  const ws = indicatorWords(sentence);
  const planned = test(PLANNED_WORDS, sentence);
  const forecast = !planned && test(FORECAST_WORDS, sentence);
  const suffix = planned ? '_planned' : forecast ? '_forecast' : '';
  // "Per day/month/year" nearest the number: "кунига 596 та контейнер … ойига 30 тагача поезд".
  const pers = (Object.entries(PER_WORDS) as Array<[string, RegExp]>).flatMap(([name, re]) => [...sentence.matchAll(re)].map((m) => ({ name, at: m.index })));
  const per = pers.filter((p) => p.at < local.start && local.start - p.at < 40).sort((a, b) => b.at - a.at)[0]?.name ?? pers.filter((p) => p.at >= local.end && p.at - local.end < 40)[0]?.name;
  const unit = amount.unit;
  if (unit && unit !== 'percent' && unit !== 'tonnes') {
    // Money.
    const w = nearestWord(ws, sentence, local.start, local.end, ['exports', 'imports', 'trade_turnover', 'investment', 'agreements', 'projects', 'companies', 'investors']);
    const valued = test(VALUE_WORDS, sentence);
    const counted = nearestWord(ws, sentence, local.start, local.end, ['agreements', 'projects']);
    if (valued && counted) return { indicator: `${counted.kind}_value`, unit, kind: 'at_date', why: `"${counted.text}" with a value word`, confidence: 0.8 };
    if (!w) return { indicator: '', unit, kind: 'flow', why: 'money, but no indicator word near it', confidence: 0.3 };
    if (w.kind === 'investment' || w.kind === 'investors') {
      const scope = test(DIRECT_WORDS, sentence) ? 'direct' : test(TOTAL_WORDS, sentence) ? 'total' : undefined;
      const year = /(?<!\d)(19|20)\d\d(?!\d)/u.test(sentence) && !/[-–]\s?(19|20)\d\d/u.test(sentence);
      return year
        ? { indicator: 'investment_inflow', unit, kind: 'flow', why: `"${w.text}" with a year`, confidence: 0.7, ...(scope ? { scope } : {}) }
        : { indicator: 'investment_stock', unit, kind: 'at_date', why: `"${w.text}" with no year: accumulated`, confidence: 0.75, ...(scope ? { scope } : {}) };
    }
    if (w.kind === 'agreements' || w.kind === 'projects') return { indicator: `${w.kind}_value`, unit, kind: 'at_date', why: `"${w.text}"`, confidence: 0.7 };
    if (w.kind === 'companies') return { indicator: '', unit, kind: 'flow', why: `money near "${w.text}"`, confidence: 0.3 };
    return { indicator: `${w.kind}${suffix}`, unit, kind: 'flow', why: `"${w.text}"${suffix ? `, ${suffix.slice(1)}` : ''}`, confidence: suffix ? 0.6 : 0.85 };
  }
  if (unit === 'percent') {
    const w = nearestWord(ws, sentence, local.start, local.end, ['investment', 'exports', 'imports', 'trade_turnover', 'cargo']);
    if (test(GROWTH_WORDS, sentence) && w && w.kind !== 'cargo') {
      const base = w.kind === 'investment' ? 'investment' : w.kind;
      return { indicator: `${base}_growth_pct`, unit: 'percent', kind: 'flow', why: `"${w.text}" with a comparison`, confidence: 0.7 };
    }
    if (ws.some((x) => x.kind === 'cargo')) return { indicator: 'transit_cargo_share_pct', unit: 'percent', kind: 'at_date', why: 'a share of cargo', confidence: 0.6 };
    if (ws.some((x) => x.kind === 'investment') && test(REGION_WORDS, sentence) && test(FOREIGN_WORDS, sentence)) return { indicator: 'fdi_region_share_pct', unit: 'percent', kind: 'at_date', why: 'a share of foreign investment in the region', confidence: 0.6 };
    const commodity = findCommodity(sentence, lang);
    if (commodity && test(OUTPUT_WORDS, sentence)) return { indicator: `${commodity.entry.code}_output_share_pct`, unit: 'percent', kind: 'at_date', why: `a share of ${commodity.entry.nameEn} output`, confidence: 0.6 };
    if (w && (w.kind === 'trade_turnover' || w.kind === 'exports' || w.kind === 'imports')) return { indicator: w.kind === 'trade_turnover' ? 'trade_share_pct' : `${w.kind}_share_pct`, unit: 'percent', kind: hasPeriod ? 'flow' : 'at_date', why: `a share, "${w.text}"`, confidence: 0.5 };
    return null;
  }
  if (unit === 'tonnes') {
    const commodity = findCommodity(sentence, lang);
    const base = commodity ? commodity.entry.code : '';
    const volume = test(VOLUME_WORDS, sentence) ? '_volume' : '_tonnes';
    const rate = per ? `_per_${per}` : '';
    return { indicator: base ? `${base}${volume}${rate}${suffix}` : '', unit: 'tonnes', kind: 'at_date', why: commodity ? `tonnes of ${commodity.entry.nameEn}` : 'tonnes of a commodity the assistant does not know', confidence: base ? 0.5 : 0.2 };
  }
  // A bare number: a rank ("энг йирик ўнта инвестор") or a count of something ("170 та лойиҳа").
  const after = sentence.slice(local.end, local.end + 80);
  const countWord = ws.find((w) => w.start >= local.end && w.start - local.end < 60 && COUNT_CODES[w.kind]);
  if (countWord?.kind === 'investors' && test(LARGEST, sentence.slice(Math.max(0, local.start - 40), local.end + 40))) {
    return { indicator: 'investor_top_n', unit: 'rank', kind: 'at_date', why: `"${amount.text}" largest "${countWord.text}"`, confidence: 0.75 };
  }
  if (countWord && test(LARGEST, after.slice(0, countWord.start - local.end)) && countWord.kind === 'investors') {
    return { indicator: 'investor_top_n', unit: 'rank', kind: 'at_date', why: `a rank among "${countWord.text}"`, confidence: 0.7 };
  }
  // A rank by a collective numeral after "investors": "инвесторлардың ондығына", "в десятку крупнейших инвесторов".
  const investorsBefore = ws.find((w) => w.kind === 'investors' && w.end <= local.start && local.start - w.end < 30);
  if (amount.kind === 'words' && investorsBefore && /(?:ондығ|десятк|дюжин|top)/iu.test(amount.text)) return { indicator: 'investor_top_n', unit: 'rank', kind: 'at_date', why: `"${investorsBefore.text}" "${amount.text}"`, confidence: 0.6 };
  // Number words count nothing here ("екі ел", "икки томонлама"): counts are printed in digits.
  if (amount.kind === 'words') return null;
  // The counted noun right after the number (a few words may stand between: "170 та саноат кооперацияси лойиҳалари").
  const counted = countWord && countWord.start - local.end <= 45 ? countWord : undefined;
  if (counted) {
    const codes = COUNT_CODES[counted.kind];
    if (!codes) return null;
    const indicator = per ? `${codes.rate}_per_${per}${suffix}` : `${codes.count}${suffix}`;
    return { indicator, unit: 'count', kind: forecast || suffix === '_forecast' ? 'flow' : 'at_date', why: `counts "${counted.text}"${per ? `, per ${per}` : ''}${suffix ? `, ${suffix.slice(1)}` : ''}`, confidence: 0.7 };
  }
  return null;
}

/** A short verbatim stretch around a number that skips it (and, where it can, only it): the number with a word on each side. */
function skipContext(text: string, start: number, end: number): string {
  const before = /(\S+\s+)?$/u.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? '';
  const after = /^(\s*\S+)?/u.exec(text.slice(end, end + 40))?.[0] ?? '';
  return `${before}${text.slice(start, end)}${after}`.replace(/^\s+|\s+$/gu, '');
}

/** Quoted speech: the paragraph opens with a quotation mark and the quotation is followed by a verb of saying ("…" деді Тоқаев; «…», — сказал министр). */
const SAID = /["»”“][\s,—–-]*(?:деді|деп\s+айтты|айтты|деди|dedi|деб\s+таъкидлади|сказал|заявил|отметил|подчеркнул|said|stated|told)(?!\p{L})/iu;
function inQuotedSpeech(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const endAt = text.indexOf('\n\n', at);
  const paragraph = text.slice(start, endAt < 0 ? undefined : endAt);
  return /^\s*["«“„]/u.test(paragraph) && SAID.test(paragraph);
}

/** A place in the ablative, where goods or people come from ("Хитойдан 30 поезд", "из Китая"): an origin, not a side. */
const isOrigin = (p: PlaceMention, text: string) => (/(дан|дән|тан|тен|ден|нан|нен|dan|tan|den)$/iu.test(p.text) && !/(стан|stan|судан|sudan)$/iu.test(p.text)) || /(?<!\p{L})(из|from)\s+$/iu.test(text.slice(Math.max(0, p.start - 6), p.start));

/** The place a figure is about, and who reports it. */
function sides(places: PlaceMention[], contextPlaces: PlaceMention[], text: string, articleCounts: Map<string, number>): { reporter: string; partner: string; why: string; fromContext: boolean } | { skip: true } | null {
  const kaz = places.some((p) => p.code === 'KAZ');
  const groups = new Set(['C5', 'WLD', 'EAU', 'EAEU', 'CIS', 'SNG']);
  const all = places.filter((p) => p.code !== 'KAZ');
  // Origins count only when nothing else names a side, here or in the sentences before.
  const named = all.filter((p) => !isOrigin(p, text));
  const foreign = named.length > 0 || !contextPlaces.some((p) => p.code !== 'KAZ' && p.code !== 'WLD') ? all : named;
  const countries = [...new Set(foreign.filter((p) => !groups.has(p.code)).map((p) => p.code))];
  const groupCodes = [...new Set(foreign.filter((p) => groups.has(p.code)).map((p) => p.code))];
  if (countries.length === 1 && groupCodes.length >= 1 && !kaz) {
    const country = foreign.find((p) => p.code === countries[0]);
    return { reporter: countries[0] ?? '', partner: groupCodes[0] ?? '', why: `"${country?.text}" reports its trade with "${foreign.find((p) => groups.has(p.code))?.text}"`, fromContext: false };
  }
  if (countries.length >= 2 && !kaz) return { skip: true };
  // Reported by the other side: "Узбекистан импортировал из Казахстана", "imports from Kazakhstan".
  const kazOrigin = places.find((p) => p.code === 'KAZ' && isOrigin(p, text));
  if (kazOrigin && countries.length === 1 && test(INDICATOR_WORDS.imports, text.slice(Math.max(0, kazOrigin.start - 80), kazOrigin.end + 80))) {
    return { reporter: countries[0] ?? '', partner: 'KAZ', why: `"${foreign.find((p) => p.code === countries[0])?.text}" imports from "${kazOrigin.text}": reported by the other side`, fromContext: false };
  }
  if (countries.length >= 1) {
    const main = foreign.find((p) => p.code === countries[0]);
    return { reporter: 'KAZ', partner: countries[0] ?? '', why: `"${main?.text}"`, fromContext: false };
  }
  if (groupCodes.length >= 1) return { reporter: 'KAZ', partner: groupCodes[0] ?? '', why: `"${foreign[0]?.text}"`, fromContext: false };
  // The sentences before: the country they name most; on a tie, the one the whole article names most, then the latest.
  const counts = new Map<string, { n: number; last: PlaceMention }>();
  for (const p of contextPlaces) if (p.code !== 'KAZ' && p.code !== 'WLD') counts.set(p.code, { n: (counts.get(p.code)?.n ?? 0) + 1, last: p });
  const article = (code: string) => articleCounts.get(code) ?? 0;
  const best = [...counts.values()].sort((a, b) => b.n - a.n || article(b.last.code) - article(a.last.code) || b.last.start - a.last.start)[0];
  if (best) return { reporter: 'KAZ', partner: best.last.code, why: `"${best.last.text}" in the sentences before`, fromContext: true };
  return null;
}

const OUR_COUNTRY = /(?<!\p{L})(?:біздің\s+ел\p{L}*|еліміз\p{L}*|мамлакатимиз\p{L}*|mamlakatimiz\p{L}*|наш\p{L}*\s+стран\p{L}*|нашей\s+республик\p{L}*)/giu;

const SHARE_FLOW = { export: INDICATOR_WORDS.exports, import: INDICATOR_WORDS.imports } as const;

/** Drafts the article. Throws DraftInputError for input that is not an article. */
export function draftArticle(text: string, options: DraftOptions): Draft {
  checkArticleText(text);
  const language = detectLanguage(text);
  const head = readHead(text);
  const published = options.published ?? head.date ?? '';
  if (published && !/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(published)) throw new DraftInputError(`--published ${published} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY`);
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  // The id accept gives it (./review.ts): the next free number and the SHA-256 of the article's bytes.
  const sourceId = assignSourceId('', options.existingSourceIds ?? [], Buffer.from(text, 'utf8'));
  if (!sourceId) throw new DraftInputError('all 1,000 source numbers (000–999) are taken');
  const sentences = splitSentences(text);
  const statedDay = published ? latestStatedDate(text, published) : undefined;
  const asOf = published ? asOfPeriod(published, statedDay) : null;
  const figures: DraftFigure[] = [];
  const skipped: Array<{ context: string; reason: Reason; start: number; end: number }> = [];
  // "Our country" in Kazakhstan's press is Kazakhstan: біздің ел, еліміз, мамлакатимиз, наша страна.
  const ourCountry = [...text.matchAll(OUR_COUNTRY)].map((m): PlaceMention => ({ code: 'KAZ', start: m.index, end: m.index + m[0].length, text: m[0], form: 'name' }));
  const allPlaces = [...findPlaces(text), ...ourCountry].sort((a, b) => a.start - b.start);
  /** The places within [from, to), by binary search over the sorted mentions. */
  const placesIn = (from: number, to: number) => {
    let lo = 0;
    let hi = allPlaces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((allPlaces[mid]?.start ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    const found: PlaceMention[] = [];
    for (let i = lo; i < allPlaces.length && (allPlaces[i]?.start ?? 0) < to; i += 1) if ((allPlaces[i]?.end ?? 0) <= to) found.push(allPlaces[i] as PlaceMention);
    return found;
  };
  const articleCounts = new Map<string, number>();
  for (const p of allPlaces) articleCounts.set(p.code, (articleCounts.get(p.code) ?? 0) + 1);
  let lastPeriod: { period: Period; sentence: number } | null = null;
  let lastFlow: { flow: 'export' | 'import'; sentence: number } | null = null;

  sentences.forEach((s, index) => {
    const places = placesIn(s.start, s.end);
    const contextPlaces = placesIn(sentences[Math.max(0, index - 6)]?.start ?? 0, s.start);
    const period = statedPeriod(s.text, publishedYear, language);
    const amounts = findAmounts(s.text, language);
    const flowWord = (['export', 'import'] as const).find((f) => test(SHARE_FLOW[f], s.text));
    const percents = amounts.filter((a) => a.unit === 'percent');
    // A list of commodity shares: a flow word and two or more percentages ("Экспортнинг 94,8% ферроқотишмалар, 2,3% — тантал").
    const shareFlow = percents.length >= 2 && !test(GROWTH_WORDS, s.text) ? (flowWord ?? (lastFlow && index - lastFlow.sentence <= 2 ? lastFlow.flow : undefined)) : undefined;
    const inherited = lastPeriod && index - lastPeriod.sentence <= 4 ? lastPeriod.period : null;
    const sideOf = () => sides(places, contextPlaces, text, articleCounts);

    for (const amount of amounts) {
      const absolute = { start: s.start + amount.start, end: s.start + amount.end };
      const skip = (reason: Reason) => skipped.push({ context: skipContext(text, absolute.start, absolute.end), reason, ...absolute });
      if (amount.isYear) {
        if (!period || !(Number(amount.text.slice(0, 4)) >= Number(period.start.slice(0, 4)) && Number(amount.text.slice(-4)) <= Number(period.end.slice(0, 4)))) skip(test(GROWTH_WORDS, s.text) ? REASONS.base : REASONS.year);
        continue;
      }
      const nextWord = /^\s*([\p{L}]+)/u.exec(s.text.slice(amount.end))?.[1] ?? '';
      if (!amount.unit && monthOf(nextWord) !== null && amount.value >= 1 && amount.value <= 31) {
        skip(REASONS.date);
        continue;
      }
      const glued = /[\p{L}+-]/u.test(s.text[amount.start - 1] ?? '') || /^[+][\d]/u.test(s.text.slice(amount.end)) || /^\.\d/u.test(s.text.slice(amount.end));
      if (glued && !amount.unit) {
        skip(REASONS.name);
        continue;
      }
      const who = sideOf();
      if (who && 'skip' in who) {
        skip(REASONS.others);
        continue;
      }
      if (shareFlow && amount.unit === 'percent') {
        // The commodity: the words after the percentage up to the next comma or point, without dashes and the Uzbek copula "-дир".
        const rest = s.text.slice(amount.end);
        const phrase = (/^[\s—–-]*([^,;.]+)/u.exec(rest)?.[1] ?? '').replace(/(?<=\p{L})(дир|dir|дур)(?!\p{L})/giu, '').trim();
        const found = findCommodity(phrase, language);
        const q = qualifierOf(s.text, amount);
        const sharePeriod = period ?? inherited;
        const note: string[] = [];
        const flags = ['translate'];
        if (!sharePeriod) flags.push('period');
        else if (!period && sharePeriod.note) note.push(sharePeriod.note);
        if (!period && sharePeriod) note.push(JSON.stringify(NOTES.context('period')));
        if (!found) flags.push('commodity');
        const side = who && !('skip' in who) ? who : null;
        if (!side) flags.push('partner');
        figures.push({
          table: 'commodity-shares',
          indicator: '',
          reporter: side?.reporter ?? 'KAZ',
          partner: side?.partner ?? '',
          flow: shareFlow,
          commodity: found?.entry.code ?? '',
          commodityOriginal: phrase,
          periodStart: sharePeriod?.start ?? '',
          periodEnd: sharePeriod?.end ?? '',
          value: amount.value,
          unit: 'percent',
          qualifier: q.qualifier,
          asWritten: amount.text,
          ...(() => {
            const previous = sentences[index - 1];
            const withPrevious = !period && sharePeriod && previous && previous.paragraph === s.paragraph;
            return withPrevious ? { quote: text.slice(previous.start, s.end), quoteStart: previous.start } : { quote: s.text, quoteStart: s.start };
          })(),
          note,
          flags,
          why: [`share of ${shareFlow}s: "${flowWord ?? 'the flow of the sentence before'}"`, `commodity: "${phrase}"${found ? ` → ${found.entry.code}` : ' (not in the lexicon)'}`, `period: ${sharePeriod?.why ?? 'none'}`, `qualifier: ${q.why}`, `partner: ${side?.why ?? 'none'}`],
          confidence: Math.max(0.1, 0.85 - (found ? 0 : 0.3) - (period ? 0 : 0.15) - (side?.fromContext ? 0.1 : 0)),
          ...absolute,
        });
        continue;
      }
      const c = classify(s.text, amount, amount, language, period !== null);
      if (!c) {
        skip(REASONS.unmeasured);
        continue;
      }
      const q = qualifierOf(s.text, amount);
      const note: string[] = [];
      const flags = ['translate'];
      const why = [`value: "${amount.text}"${amount.scaleWord ? ` (scale "${amount.scaleWord}")` : ''}${amount.unitWord ? ` (unit "${amount.unitWord}")` : ''}`, `indicator: ${c.why}`, `qualifier: ${q.why}`];
      let figurePeriod: Pick<Period, 'start' | 'end'> | null = null;
      const atDate = c.kind === 'at_date' || AT_DATE.test(c.indicator);
      if (period) {
        figurePeriod = period;
        why.push(`period: ${period.why}`);
        if (period.note) note.push(period.note);
      } else if (!atDate && inherited && FIRST_YEAR.test(s.text) && inherited.start.slice(0, 7) === inherited.end.slice(0, 7)) {
        // "In the first year" of something that starts in a stated month: the twelve months from it.
        const [y = 0, m = 1] = inherited.start.split('-').map(Number);
        const endMonth = m === 1 ? 12 : m - 1;
        const endYear = m === 1 ? y : y + 1;
        figurePeriod = { start: inherited.start, end: `${endYear}-${pad(endMonth)}-${pad(lastDay(endYear, endMonth))}` };
        why.push(`period: "${firstMatch(FIRST_YEAR, s.text)?.[0]}" after ${inherited.why} in an earlier sentence: twelve months`);
        note.push(JSON.stringify(NOTES.firstYear));
      } else if (!atDate && inherited) {
        figurePeriod = inherited;
        why.push(`period: ${inherited.why}, from an earlier sentence`);
        note.push(JSON.stringify(NOTES.context('period')));
        if (inherited.note) note.push(inherited.note);
      } else if (asOf && statedDay && published.length < 10 && inQuotedSpeech(text, s.start)) {
        // Words quoted from a speaker are dated by the day the article says they spoke, not by the publication month.
        figurePeriod = { start: statedDay, end: statedDay };
        why.push(`period: a quoted statement, dated by the day the article states (${statedDay})`);
        note.push(JSON.stringify(NOTES.quoted(statedDay)));
      } else if (asOf) {
        figurePeriod = asOf;
        why.push(`period: the publication date ${published}`);
        note.push(JSON.stringify(NOTES.asOf));
      } else flags.push('period');
      if (amount.low !== undefined) {
        note.push(JSON.stringify(NOTES.range(String(amount.low), String(amount.value))));
      }
      const side = who && !('skip' in who) ? who : null;
      let reporter = side?.reporter ?? 'KAZ';
      let partner = side?.partner ?? '';
      if (/_output_share_pct$|_volume/u.test(c.indicator) || c.indicator === 'transit_cargo_share_pct' || c.indicator === 'fdi_region_share_pct') {
        partner = 'WLD';
        reporter = 'KAZ';
        why.push('partner: the world (a share or volume of the whole)');
      } else why.push(`partner: ${side?.why ?? 'none found'}`);
      if (side?.fromContext) note.push(JSON.stringify(NOTES.context('partner')));
      if (!partner) flags.push('partner');
      if (!c.indicator) flags.push('indicator');
      if (!['USD', 'percent', 'count', 'rank', 'tonnes'].includes(c.unit)) flags.push(`unit ${c.unit} is not one the dashboard stores: convert or skip`);
      figures.push({
        table: 'observations',
        indicator: c.indicator,
        reporter,
        partner,
        periodStart: figurePeriod?.start ?? '',
        periodEnd: figurePeriod?.end ?? '',
        value: amount.value,
        unit: c.unit,
        qualifier: q.qualifier,
        asWritten: amount.text,
        quote: s.text,
        quoteStart: s.start,
        ...(c.scope ? { scope: c.scope } : {}),
        note,
        flags,
        why,
        confidence: Math.max(0.1, Math.min(0.95, c.confidence - (side?.fromContext ? 0.1 : 0) - (figurePeriod === asOf ? 0.05 : 0))),
        ...absolute,
      });
    }
    if (period) lastPeriod = { period, sentence: index };
    if (flowWord) lastFlow = { flow: flowWord, sentence: index };
  });

  // Every number the coverage check finds must be a figure, a year of a figure's period, or skipped.
  const coverageLang = language === 'kk' || language === 'ru' || language === 'uz-Cyrl' ? language : null;
  if (coverageLang) {
    const marked = new Uint8Array(text.length + 1);
    for (const span of [...figures, ...skipped]) marked.fill(1, span.start, span.end);
    for (const m of findNumericMentions(text, coverageLang)) {
      const covered = marked.subarray(m.start, m.end).includes(1);
      if (covered) continue;
      const years = (m.text.match(/\d{4}/gu) ?? []).map(Number);
      const periodYear = m.isYear && figures.some((f) => f.quoteStart <= m.start && m.end <= f.quoteStart + f.quote.length && years.every((y) => y >= Number(f.periodStart.slice(0, 4)) && y <= Number(f.periodEnd.slice(0, 4))));
      if (periodYear) continue;
      skipped.push({ context: skipContext(text, m.start, m.end), reason: m.isYear ? REASONS.year : REASONS.unmeasured, start: m.start, end: m.end });
    }
  }
  const uniqueSkips = [...new Map(skipped.map((k) => [k.context, k])).values()];
  const draft: Omit<Draft, 'rows'> = { sourceId, language, title: head.title, published, figures, skipped: uniqueSkips };
  return { ...draft, rows: toRows(draft, options) };
}

const decode = (note: string): Reason => JSON.parse(note) as Reason;

function toRows(draft: Omit<Draft, 'rows'>, options: DraftOptions): DraftRow[] {
  const precision = draft.published.length === 10 ? 'day' : draft.published.length === 7 ? 'month' : draft.published.length === 4 ? 'year' : '';
  const rows: DraftRow[] = [
    {
      table: 'sources',
      id: draft.sourceId,
      publisher: options.publisher ?? '',
      title: draft.title,
      language: draft.language,
      published_on: draft.published,
      date_precision: precision,
      date_note: draft.published ? (options.published ? 'Given by the curator.' : 'Stated in the date line at the head of the article.') : '',
      date_note_ru: draft.published ? (options.published ? 'Указана куратором.' : 'Указана в строке с датой в начале статьи.') : '',
      date_note_kk: draft.published ? (options.published ? 'Куратор көрсеткен.' : 'Мақаланың басындағы күн жолында көрсетілген.') : '',
      article: options.articlePath,
      confidence: draft.published ? '0.9' : '0.3',
      flags: ['translate title', ...(draft.published ? [] : ['published_on: the article states no date; give --published']), ...(options.publisher ? [] : ['publisher'])].join('; '),
      why: `language: ${draft.language} from its letters; title: the first line${draft.published ? `; published: ${options.published ? '--published' : 'the date line'}` : ''}`,
    },
  ];
  draft.figures.forEach((f, i) => {
    const notes = f.note.map(decode);
    const common = {
      id: `draft-${i + 1}`,
      reporter: f.reporter,
      partner: f.partner,
      period_start: f.periodStart,
      period_end: f.periodEnd,
      qualifier: f.qualifier,
      as_written: f.asWritten,
      source_id: draft.sourceId,
      quote: f.quote,
      note: notes.map((n) => n.en).join(' '),
      note_ru: notes.map((n) => n.ru).join(' '),
      note_kk: notes.map((n) => n.kk).join(' '),
      confidence: f.confidence.toFixed(2),
      flags: f.flags.join('; '),
      why: f.why.join('; '),
    };
    rows.push(
      f.table === 'observations'
        ? { table: 'observations', ...common, indicator: f.indicator, value: String(f.value), unit: f.unit, scope: f.scope ?? '' }
        : { table: 'commodity-shares', ...common, flow: f.flow ?? '', commodity: f.commodity ?? '', commodity_original: f.commodityOriginal ?? '', share_pct: String(f.value) },
    );
  });
  for (const k of draft.skipped) rows.push({ table: 'skipped', source_id: draft.sourceId, context: k.context, reason: k.reason.en, reason_ru: k.reason.ru, reason_kk: k.reason.kk, confidence: '0.8', flags: '', why: '' });
  return rows;
}
