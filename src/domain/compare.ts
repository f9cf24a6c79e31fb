/**
 * Comparing two periods honestly (DESIGN.md, "Comparing periods"):
 * - like for like (same length, same months): absolute and percent change;
 * - different lengths (2024 vs Jan–Sep 2025): both values as stated, per month, and an
 *   annualised estimate that ignores seasonality; the change is only between the estimates;
 * - multi-year totals (2008–2012): the annual average, marked as derived;
 * - stocks: change and compound annual growth between as-of dates;
 * - shares and growth rates: change in percentage points;
 * - qualifiers propagate (any "about" or "more than" makes the change approximate);
 * - several sources for one figure give a range, and every derived value becomes a range.
 */
import type { Qualifier } from '../../db/schema';
import { type IndicatorKind, isInstant } from './figures';
import { classifyPeriod, daysIn, type Period, type PeriodKind, wholeMonths } from './periods';

export interface Range {
  low: number;
  high: number;
}

export interface CompareFigure {
  id: string;
  value: number;
  qualifier: Qualifier;
  periodStart: string;
  periodEnd: string;
  sourceId: string;
}

export interface CompareSide {
  period: Period;
  kind: PeriodKind;
  figures: CompareFigure[];
  stated: Range;
  sourcesDiffer: boolean;
  approximate: boolean;
}

export type CompareMethod = 'like_for_like' | 'different_lengths' | 'annual_average' | 'stock' | 'percentage_points' | 'as_stated';

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

export type MeasureUnit = 'USD' | 'percent' | 'count' | 'rank' | 'pp' | 'percent_per_year';

export interface Measure {
  key: MeasureKey;
  a?: Range;
  b?: Range;
  change?: Range;
  unit: MeasureUnit;
  /** stated: as the articles say; derived: arithmetic on stated figures; estimate: derived and assumes even spread over the year. */
  status: 'stated' | 'derived' | 'estimate';
  approximate: boolean;
}

export interface Comparison {
  method: CompareMethod;
  a: CompareSide;
  b: CompareSide;
  measures: Measure[];
  /** Plain-English notes keyed for translation: see the `compare.notes` messages. */
  notes: CompareNote[];
}

export type CompareNote =
  | 'approximate'
  | 'sources_differ'
  | 'seasonality'
  | 'multi_year_average'
  | 'percentage_points'
  | 'different_lengths_no_change'
  | 'instant_dates'
  | 'same_period';

const range = (low: number, high = low): Range => ({ low: Math.min(low, high), high: Math.max(low, high) });

/** Applies f to every pair of ends and returns the span of the results. */
function across(a: Range, b: Range, f: (x: number, y: number) => number): Range | undefined {
  const results = [f(a.low, b.low), f(a.low, b.high), f(a.high, b.low), f(a.high, b.high)].filter(Number.isFinite);
  return results.length === 4 ? range(Math.min(...results), Math.max(...results)) : undefined;
}

const scale = (r: Range, k: number): Range => range(r.low * k, r.high * k);
const pctChange = (a: Range, b: Range) => (a.low > 0 ? across(a, b, (x, y) => (y / x - 1) * 100) : undefined);

/** Builds one side of a comparison from the figures the sources state for a period. */
export function compareSide(period: Period, figures: CompareFigure[]): CompareSide {
  const values = figures.map((f) => f.value);
  return {
    period,
    kind: classifyPeriod(period),
    figures,
    stated: range(Math.min(...values), Math.max(...values)),
    sourcesDiffer: new Set(values).size > 1,
    approximate: figures.some((f) => f.qualifier !== 'exact'),
  };
}

/** Same months of the year and same length: January–September against January–September. */
function likeForLike(a: Period, b: Period): boolean {
  const ma = wholeMonths(a);
  const mb = wholeMonths(b);
  if (ma !== null && mb !== null) return ma === mb && (ma % 12 === 0 || a.start.slice(5) === b.start.slice(5));
  return daysIn(a) === daysIn(b) && a.start.slice(5) === b.start.slice(5);
}

/** Years between two as-of dates, for compound growth. */
const yearsBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.25 * 86_400_000);

/**
 * Compares two sides for one indicator. `unit` is the indicator's unit; `kind` its kind.
 * The result lists the measures to show, each with its status (stated, derived, estimate).
 */
export function comparePeriods(kind: IndicatorKind, unit: 'USD' | 'percent' | 'count' | 'rank', a: CompareSide, b: CompareSide): Comparison {
  const approximate = a.approximate || b.approximate;
  const notes: CompareNote[] = [];
  if (approximate) notes.push('approximate');
  if (a.sourcesDiffer || b.sourcesDiffer) notes.push('sources_differ');
  if (a.period.start === b.period.start && a.period.end === b.period.end) notes.push('same_period');
  const stated: Measure = { key: 'stated', a: a.stated, b: b.stated, unit, status: 'stated', approximate };
  const measures: Measure[] = [stated];

  if (unit === 'percent') {
    notes.push('percentage_points');
    const change = across(a.stated, b.stated, (x, y) => y - x);
    if (change) measures.push({ key: 'change_pp', change, unit: 'pp', status: 'derived', approximate });
    return { method: 'percentage_points', a, b, measures, notes };
  }

  if (isInstant(kind)) {
    notes.push('instant_dates');
    const change = across(a.stated, b.stated, (x, y) => y - x);
    if (change) measures.push({ key: 'change', change, unit, status: 'derived', approximate });
    if (unit !== 'rank') {
      const pct = pctChange(a.stated, b.stated);
      if (pct) measures.push({ key: 'change_pct', change: pct, unit: 'percent', status: 'derived', approximate });
      // Growth per year between each pair of as-of dates, so that differing dates widen the range.
      const rates: number[] = [];
      for (const fa of a.figures)
        for (const fb of b.figures) {
          const years = yearsBetween(fa.periodStart, fb.periodStart);
          if (years > 0 && fa.value > 0 && fb.value > 0) rates.push(((fb.value / fa.value) ** (1 / years) - 1) * 100);
        }
      if (rates.length > 0) measures.push({ key: 'cagr', change: range(Math.min(...rates), Math.max(...rates)), unit: 'percent_per_year', status: 'derived', approximate });
    }
    return { method: 'stock', a, b, measures, notes };
  }

  const monthsA = wholeMonths(a.period);
  const monthsB = wholeMonths(b.period);
  if (likeForLike(a.period, b.period)) {
    if (a.kind === 'multi_year') notes.push('multi_year_average');
    const change = across(a.stated, b.stated, (x, y) => y - x);
    if (change) measures.push({ key: 'change', change, unit, status: 'derived', approximate });
    const pct = pctChange(a.stated, b.stated);
    if (pct) measures.push({ key: 'change_pct', change: pct, unit: 'percent', status: 'derived', approximate });
    return { method: 'like_for_like', a, b, measures, notes };
  }

  if (monthsA === null || monthsB === null) {
    // Periods that are not whole months (a visit of three days): shown as stated, no change computed.
    notes.push('different_lengths_no_change');
    return { method: 'as_stated', a, b, measures, notes };
  }

  const multiYear = a.kind === 'multi_year' || b.kind === 'multi_year';
  const partial = monthsA % 12 !== 0 || monthsB % 12 !== 0;
  const rateA = scale(a.stated, 12 / monthsA);
  const rateB = scale(b.stated, 12 / monthsB);
  const status = partial ? 'estimate' : 'derived';
  if (partial) {
    notes.push('seasonality');
    measures.push({ key: 'per_month', a: scale(a.stated, 1 / monthsA), b: scale(b.stated, 1 / monthsB), unit, status: 'derived', approximate });
  }
  if (multiYear) notes.push('multi_year_average');
  measures.push({ key: 'annual_rate', a: rateA, b: rateB, unit, status, approximate });
  const change = across(rateA, rateB, (x, y) => y - x);
  if (change) measures.push({ key: 'annual_rate_change', change, unit, status, approximate });
  const pct = pctChange(rateA, rateB);
  if (pct) measures.push({ key: 'annual_rate_change_pct', change: pct, unit: 'percent', status, approximate });
  return { method: multiYear && !partial ? 'annual_average' : 'different_lengths', a, b, measures, notes };
}

/** Derived numbers for downloads: whole dollars and counts, four decimals for percentages. */
export function roundForExport(value: number, unit: MeasureUnit): number {
  return unit === 'USD' || unit === 'count' || unit === 'rank' ? Math.round(value) : Math.round(value * 10_000) / 10_000;
}
