/**
 * Numbers, money, percentages, dates and periods formatted for one interface language.
 * Values arrive canonical (US dollars, percent); the words for million and billion follow the language.
 */
import type { Qualifier } from '../../db/schema';
import { classifyPeriod, type Period } from '../domain/periods';
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

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Among the top N": the rank indicators' value N. */
const RANK: Record<Lang, (n: string) => string> = { en: (n) => `top ${n}`, ru: (n) => `топ-${n}`, kk: (n) => `үздік ${n}` };
const QUALIFIER_SIGN: Record<Qualifier, string> = { exact: '', approx: '≈', more_than: '>', less_than: '<', up_to: '≤' };
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
  date(iso: string): string;
  /** A publication date at the precision known: "17 Dec 2025", "Dec 2025", "2014". */
  partialDate(iso: string): string;
  period(p: Period): string;
}

export function createFormatter(lang: Lang): Formatter {
  const locale = lang === 'kk' ? 'kk-KZ' : lang === 'ru' ? 'ru-RU' : 'en-US';
  const scales = SCALES[lang];
  const fmt = (value: number, digits = 4) => {
    const abs = Math.abs(value);
    const rounded = abs === 0 ? 0 : Number(abs.toPrecision(digits));
    const maxFraction = rounded >= 1000 ? 0 : Math.min(3, Math.max(0, digits - 1 - Math.floor(Math.log10(rounded || 1))));
    return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction, useGrouping: true }).format(rounded);
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
  const shortMonths =
    lang === 'en'
      ? EN_MONTHS
      : Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, m, 15)).replace(/\.$/, ''));
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  /** A date in the language's own order ("17 Dec 2025", "2025 ж. 17 жел."), with the day part replaceable for ranges. */
  const dateWithDay = (iso: string, day?: string) => {
    if (lang === 'en') return `${day ?? Number(iso.slice(8))} ${shortMonths[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
    return dateFormat
      .formatToParts(Date.parse(`${iso}T00:00:00Z`))
      .map((part) => (part.type === 'day' && day ? day : part.value))
      .join('');
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
  const monthOf = (iso: string) => shortMonths[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
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
    date,
    partialDate: (iso) => (iso.length === 10 ? date(iso) : iso.length === 7 ? `${monthOf(`${iso}-01`)} ${iso.slice(0, 4)}` : iso),
    period: (p) => {
      const kind = classifyPeriod(p);
      const [ys, ye] = [p.start.slice(0, 4), p.end.slice(0, 4)];
      switch (kind) {
        case 'instant':
          return date(p.start);
        case 'year':
          return ys;
        case 'multi_year':
          return `${ys}–${ye}`;
        case 'months':
          if (ys !== ye) return `${monthOf(p.start)} ${ys} – ${monthOf(p.end)} ${ye}`;
          return p.start.slice(5, 7) === p.end.slice(5, 7) ? `${monthOf(p.start)} ${ys}` : `${monthOf(p.start)}–${monthOf(p.end)} ${ys}`;
        case 'days':
          return p.start.slice(0, 7) === p.end.slice(0, 7) ? dateWithDay(p.end, `${Number(p.start.slice(8))}–${Number(p.end.slice(8))}`) : `${date(p.start)} – ${date(p.end)}`;
      }
    },
  };
}
