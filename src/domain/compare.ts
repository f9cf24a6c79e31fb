/**
 * Comparing two periods honestly (README, "Honest numbers"):
 * - like for like (same length, same months): difference and percent change; compound annual
 *   growth between calendar years that are more than one year apart;
 * - different lengths (2024 vs Jan–Sep 2025): both values as stated, per month, and an
 *   annualised estimate that ignores seasonality; differences only between the annual values;
 * - multi-year totals (2008–2012): the annual average, marked as derived;
 * - stocks: difference, percent change and compound annual growth between as-of dates;
 * - shares and growth rates: difference in percentage points;
 * - every derived value is an interval from the printed precision and qualifiers of its inputs
 *   (src/domain/precision.ts), so "about 2 bn" against "1,3 bn" may give "sign uncertain";
 * - several sources for one period are "sources differ" on that side, never a change: a period
 *   compared with itself is refused by the caller (see `samePeriod`).
 */
import type { Qualifier } from '../../db/schema';
import { type IndicatorKind, isInstant } from './figures';
import { classifyPeriod, type Period, type PeriodKind, wholeMonths } from './periods';
import { compoundGrowth, difference, type Estimate, hull, type Interval, percentChange, scaled, statedEstimate } from './precision';

export interface CompareFigure {
  id: string;
  value: number;
  qualifier: Qualifier;
  /** The number as printed: its precision bounds every derived value. */
  asWritten: string;
  unit: string;
  periodStart: string;
  periodEnd: string;
  sourceId: string;
  reporter: string;
  /** For investment: 'direct' where the article says direct investment, 'total' where it says total. */
  scope?: string | null;
}

export interface CompareSide {
  period: Period;
  kind: PeriodKind;
  figures: CompareFigure[];
  /** The lowest and highest value as the sources print them. */
  stated: Interval;
  /** Every value the sources allow, from their printed precision and qualifiers. */
  estimate: Estimate;
  sourcesDiffer: boolean;
  approximate: boolean;
}

export type CompareMethod = 'like_for_like' | 'different_lengths' | 'annual_average' | 'stock' | 'percentage_points' | 'as_stated' | 'partners';

export type MeasureKey =
  | 'stated'
  | 'change'
  | 'change_pct'
  | 'per_month'
  | 'annual_rate'
  | 'annual_rate_change'
  | 'annual_rate_change_pct'
  | 'cagr'
  | 'change_pp';

export type MeasureUnit = 'USD' | 'percent' | 'count' | 'rank' | 'tonnes' | 'pp' | 'percent_per_year';

export interface Measure {
  key: MeasureKey;
  a?: Estimate;
  b?: Estimate;
  change?: Estimate;
  unit: MeasureUnit;
  /** stated: as the articles say; derived: arithmetic on stated figures; estimate: derived and assumes even spread over the year. */
  status: 'stated' | 'derived' | 'estimate';
}

export interface Comparison {
  method: CompareMethod;
  a: CompareSide;
  b: CompareSide;
  measures: Measure[];
  /** Plain-language notes keyed for translation: see the `compare.notes` messages. */
  notes: CompareNote[];
  /** The two sides measure different things: shown above the result. See `compare.warnings`. */
  warnings: CompareWarning[];
}

export type CompareNote = 'approximate' | 'sources_differ' | 'seasonality' | 'multi_year_average' | 'percentage_points' | 'different_lengths_no_change' | 'instant_dates';

export type CompareWarning = 'mixed_scope' | 'different_reporters';

/** Builds one side of a comparison from the figures the sources state for a period. */
export function compareSide(period: Period, figures: CompareFigure[]): CompareSide {
  const values = figures.map((f) => f.value);
  return {
    period,
    kind: classifyPeriod(period),
    figures,
    stated: { low: Math.min(...values), high: Math.max(...values) },
    estimate: hull(figures.map(statedEstimate)),
    sourcesDiffer: new Set(values).size > 1,
    approximate: figures.some((f) => f.qualifier !== 'exact'),
  };
}

/** True when the two sides are one period (or, for figures at a date, one month): nothing changed between them. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Same months of the year and same length: January–September against January–September. */
function likeForLike(a: Period, b: Period): boolean {
  const ma = wholeMonths(a);
  const mb = wholeMonths(b);
  if (ma !== null && mb !== null) return ma === mb && (ma % 12 === 0 || a.start.slice(5) === b.start.slice(5));
  return false;
}

const DAY = 86_400_000;
const YEAR_DAYS = 365.25;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Years from an as-of date in span a to one in span b: as-of dates known only to a month or a year widen it. */
export function yearsBetween(a: Period, b: Period): Interval {
  return { low: (dayNumber(b.start) - dayNumber(a.end)) / YEAR_DAYS, high: (dayNumber(b.end) - dayNumber(a.start)) / YEAR_DAYS };
}

/** What the two sides measure differently, said above the result. */
function warningsFor(a: CompareSide, b: CompareSide): CompareWarning[] {
  const warnings: CompareWarning[] = [];
  const scopes = (s: CompareSide) => new Set(s.figures.map((f) => f.scope ?? ''));
  const direct = (s: CompareSide) => scopes(s).has('direct');
  if (direct(a) !== direct(b) || (direct(a) && scopes(a).size > 1) || (direct(b) && scopes(b).size > 1)) warnings.push('mixed_scope');
  const reporters = new Set([...a.figures, ...b.figures].map((f) => f.reporter));
  if (reporters.size > 1) warnings.push('different_reporters');
  return warnings;
}

/**
 * Compares two sides for one indicator. `unit` is the indicator's unit; `kind` its kind.
 * The result lists the measures to show, each with its status (stated, derived, estimate).
 */
export function comparePeriods(kind: IndicatorKind, unit: Exclude<MeasureUnit, 'pp' | 'percent_per_year'>, a: CompareSide, b: CompareSide): Comparison {
  const notes: CompareNote[] = [];
  if (a.approximate || b.approximate) notes.push('approximate');
  if (a.sourcesDiffer || b.sourcesDiffer) notes.push('sources_differ');
  const warnings = warningsFor(a, b);
  const measures: Measure[] = [{ key: 'stated', a: a.estimate, b: b.estimate, unit, status: 'stated' }];
  const done = (method: CompareMethod): Comparison => ({ method, a, b, measures, notes, warnings });
  const derived = (key: MeasureKey, change: Estimate | undefined, measureUnit: MeasureUnit = unit, status: Measure['status'] = 'derived') => {
    if (change) measures.push({ key, change, unit: measureUnit, status });
  };

  if (unit === 'percent') {
    notes.push('percentage_points');
    derived('change_pp', difference(a.estimate, b.estimate), 'pp');
    return done('percentage_points');
  }

  if (isInstant(kind)) {
    notes.push('instant_dates');
    derived('change', difference(a.estimate, b.estimate));
    if (unit !== 'rank') {
      derived('change_pct', percentChange(a.estimate, b.estimate), 'percent');
      derived('cagr', compoundGrowth(a.estimate, b.estimate, yearsBetween(a.period, b.period)), 'percent_per_year');
    }
    return done('stock');
  }

  const monthsA = wholeMonths(a.period);
  const monthsB = wholeMonths(b.period);
  if (likeForLike(a.period, b.period)) {
    if (a.kind === 'multi_year') notes.push('multi_year_average');
    derived('change', difference(a.estimate, b.estimate));
    derived('change_pct', percentChange(a.estimate, b.estimate), 'percent');
    const years = Number(b.period.start.slice(0, 4)) - Number(a.period.start.slice(0, 4));
    if (a.kind === 'year' && b.kind === 'year' && years > 1) derived('cagr', compoundGrowth(a.estimate, b.estimate, { low: years, high: years }), 'percent_per_year');
    return done('like_for_like');
  }

  if (monthsA === null || monthsB === null) {
    // Periods that are not whole months (a visit of three days): shown as stated, no change computed.
    notes.push('different_lengths_no_change');
    return done('as_stated');
  }

  const multiYear = a.kind === 'multi_year' || b.kind === 'multi_year';
  const partial = monthsA % 12 !== 0 || monthsB % 12 !== 0;
  const rateA = scaled(a.estimate, 12 / monthsA);
  const rateB = scaled(b.estimate, 12 / monthsB);
  const status = partial ? 'estimate' : 'derived';
  if (partial) {
    notes.push('seasonality');
    measures.push({ key: 'per_month', a: scaled(a.estimate, 1 / monthsA), b: scaled(b.estimate, 1 / monthsB), unit, status: 'derived' });
  }
  if (multiYear) notes.push('multi_year_average');
  measures.push({ key: 'annual_rate', a: rateA, b: rateB, unit, status });
  derived('annual_rate_change', difference(rateA, rateB), unit, status);
  derived('annual_rate_change_pct', percentChange(rateA, rateB), 'percent', status);
  return done(multiYear && !partial ? 'annual_average' : 'different_lengths');
}

/**
 * Two partners on one figure and one period (Japan's and Russia's accumulated investment as of
 * Dec 2025, say): both as stated, the difference (b − a) and b relative to a in percent, or the
 * difference in percentage points for shares and rates. Ranks are shown as stated.
 */
export function comparePartners(unit: Exclude<MeasureUnit, 'pp' | 'percent_per_year'>, a: CompareSide, b: CompareSide): Comparison {
  const notes: CompareNote[] = [];
  if (a.approximate || b.approximate) notes.push('approximate');
  if (a.sourcesDiffer || b.sourcesDiffer) notes.push('sources_differ');
  const measures: Measure[] = [{ key: 'stated', a: a.estimate, b: b.estimate, unit, status: 'stated' }];
  if (unit === 'percent') {
    measures.push({ key: 'change_pp', change: difference(a.estimate, b.estimate), unit: 'pp', status: 'derived' });
  } else if (unit !== 'rank') {
    measures.push({ key: 'change', change: difference(a.estimate, b.estimate), unit, status: 'derived' });
    const pct = percentChange(a.estimate, b.estimate);
    if (pct) measures.push({ key: 'change_pct', change: pct, unit: 'percent', status: 'derived' });
  }
  return { method: 'partners', a, b, measures, notes, warnings: warningsFor(a, b) };
}
