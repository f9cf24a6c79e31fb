import { describe, expect, it } from 'vitest';
import { type CompareFigure, compareSide, comparePeriods, type Measure, samePeriod, yearsBetween } from '../../src/domain/compare';
import { present } from '../../src/domain/precision';

let n = 0;
const fig = (value: number, asWritten: string, start: string, end: string, qualifier: CompareFigure['qualifier'] = 'exact', over: Partial<CompareFigure> = {}): CompareFigure => ({
  id: `f${(n += 1)}`,
  value,
  qualifier,
  asWritten,
  unit: 'USD',
  periodStart: start,
  periodEnd: end,
  sourceId: `s${n}`,
  reporter: 'KAZ',
  ...over,
});
const side = (...figures: CompareFigure[]) =>
  compareSide({ start: figures.map((f) => f.periodStart).sort()[0]!, end: figures.map((f) => f.periodEnd).sort().pop()! }, figures);
const measure = (measures: Measure[], key: Measure['key']) => measures.find((m) => m.key === key);
const shownChange = (measures: Measure[], key: Measure['key']) => present(measure(measures, key)!.change!);

const y2024 = () => fig(2e9, '2 миллиард доллар', '2024-01-01', '2024-12-31', 'approx');
const janSep2025 = () => fig(1.3e9, '1,3 миллиард доллар', '2025-01-01', '2025-09-30');
const total2008 = () => fig(7e9, '7 млрд.', '2008-01-01', '2012-12-31');

describe('comparePeriods', () => {
  it('like for like (two calendar years): difference and percent change within the printed precision', () => {
    const r = comparePeriods('flow', 'USD', side(fig(2e9, '2,0 млрд', '2023-01-01', '2023-12-31')), side(fig(2.5e9, '2,5 млрд', '2024-01-01', '2024-12-31')));
    expect(r.method).toBe('like_for_like');
    expect(shownChange(r.measures, 'change')).toEqual({ kind: 'about', value: 0.5e9 });
    // 1.95–2.05 bn to 2.45–2.55 bn: +19.5 % to +30.8 %, two significant figures.
    expect(shownChange(r.measures, 'change_pct')).toEqual({ kind: 'range', low: 19, high: 31, signUncertain: false });
    expect(measure(r.measures, 'annual_rate')).toBeUndefined();
    expect(measure(r.measures, 'cagr')).toBeUndefined();
  });

  it('calendar years more than a year apart also get compound annual growth', () => {
    const r = comparePeriods('flow', 'USD', side(fig(1e9, '1,0 млрд', '2020-01-01', '2020-12-31')), side(fig(2e9, '2,0 млрд', '2024-01-01', '2024-12-31')));
    expect(measure(r.measures, 'cagr')).toMatchObject({ unit: 'percent_per_year', status: 'derived' });
    // 0.95–1.05 bn to 1.95–2.05 bn over four years: +16.7 % to +21.2 % a year.
    expect(shownChange(r.measures, 'cagr')).toEqual({ kind: 'range', low: 16, high: 22, signUncertain: false });
  });

  it('2024 vs Jan–Sep 2025: per month and per year rounded to the sources, the difference a range with an uncertain sign', () => {
    const r = comparePeriods('flow', 'USD', side(y2024()), side(janSep2025()));
    expect(r.method).toBe('different_lengths');
    expect(measure(r.measures, 'change')).toBeUndefined();
    const annual = measure(r.measures, 'annual_rate')!;
    expect(annual.status).toBe('estimate');
    expect(present(annual.b!)).toEqual({ kind: 'about', value: 1.7e9 });
    expect(present(measure(r.measures, 'per_month')!.b!)).toEqual({ kind: 'about', value: 140e6 });
    expect(present(measure(r.measures, 'per_month')!.a!)).toEqual({ kind: 'about', value: 200e6 });
    expect(shownChange(r.measures, 'annual_rate_change')).toMatchObject({ kind: 'range', signUncertain: true });
    expect(shownChange(r.measures, 'annual_rate_change_pct')).toEqual({ kind: 'range', low: -40, high: 20, signUncertain: true });
    expect(r.notes).toEqual(expect.arrayContaining(['seasonality', 'approximate']));
  });

  it('a multi-year total against a year: the annual average (one significant figure), the percent change reaching zero', () => {
    const r = comparePeriods('flow', 'USD', side(total2008()), side(y2024()));
    expect(r.method).toBe('annual_average');
    const annual = measure(r.measures, 'annual_rate')!;
    expect(annual.status).toBe('derived');
    expect(annual.a).toMatchObject({ low: 1.3e9, high: 1.5e9 });
    expect(present(annual.a!)).toEqual({ kind: 'about', value: 1e9 });
    expect(shownChange(r.measures, 'annual_rate_change_pct')).toMatchObject({ kind: 'range', signUncertain: true });
    expect(r.notes).toContain('multi_year_average');
  });

  it('stocks: difference, percent change and compound annual growth between as-of dates known only to a span', () => {
    const direct = fig(4.4e9, '4,4 млрд.', '2014-03-01', '2014-12-31', 'exact', { scope: 'direct' });
    const total = fig(8e9, '8 миллиард доллар', '2025-12-17', '2025-12-17', 'approx', { scope: 'total' });
    const r = comparePeriods('stock', 'USD', side(direct), side(total));
    expect(r.method).toBe('stock');
    expect(measure(r.measures, 'cagr')).toMatchObject({ unit: 'percent_per_year' });
    const years = yearsBetween({ start: '2014-03-01', end: '2014-12-31' }, { start: '2025-12-17', end: '2025-12-17' });
    expect(years.low).toBeCloseTo(10.96, 1);
    expect(years.high).toBeCloseTo(11.8, 1);
    // Direct investment against total investment: said above the result.
    expect(r.warnings).toEqual(['mixed_scope']);
  });

  it('several sources for one date: the side is their hull, with the sources-differ note; "more than" leaves it open', () => {
    const b = side(
      fig(8e9, '8 миллиард доллар', '2025-12-17', '2025-12-17', 'approx'),
      fig(8.5e9, '8,5 миллиард доллар', '2025-12-20', '2025-12-31', 'more_than'),
      fig(9e9, '9 млрд долларов', '2025-12-20', '2025-12-31', 'approx'),
    );
    const r = comparePeriods('stock', 'USD', side(fig(4.4e9, '4,4 млрд.', '2014-03-01', '2014-12-31')), b);
    expect(b.sourcesDiffer).toBe(true);
    expect(b.estimate).toMatchObject({ low: 7.5e9, high: Infinity });
    expect(shownChange(r.measures, 'change')).toMatchObject({ kind: 'at_least' });
    expect(r.notes).toEqual(expect.arrayContaining(['sources_differ', 'approximate']));
    expect(r.warnings).toEqual([]);
  });

  it('shares: difference in percentage points, never percent', () => {
    const share = (value: number, w: string, start: string, end: string) => fig(value, w, start, end, 'exact', { unit: 'percent' });
    const r = comparePeriods('share', 'percent', side(share(55.8, '55,8%', '2025-01-01', '2025-09-30')), side(share(60.1, '60,1%', '2026-01-01', '2026-09-30')));
    expect(r.method).toBe('percentage_points');
    expect(shownChange(r.measures, 'change_pp')).toEqual({ kind: 'about', value: 4.3 });
    expect(measure(r.measures, 'change_pct')).toBeUndefined();
  });

  it('periods that are not whole months of different lengths: shown as stated, no change', () => {
    const count = (value: number, start: string, end: string, q: CompareFigure['qualifier']) => fig(value, String(value), start, end, q, { unit: 'count' });
    const r = comparePeriods('flow', 'count', side(count(40, '2025-12-18', '2025-12-20', 'approx')), side(count(20, '2026-05-01', '2026-05-02', 'exact')));
    expect(r.method).toBe('as_stated');
    expect(r.measures.map((m) => m.key)).toEqual(['stated']);
  });

  it('a period against itself is the same period, whatever the sources say', () => {
    expect(samePeriod({ start: '2025-12-18', end: '2025-12-20' }, { start: '2025-12-18', end: '2025-12-20' })).toBe(true);
    expect(samePeriod({ start: '2024-01-01', end: '2024-12-31' }, { start: '2025-01-01', end: '2025-09-30' })).toBe(false);
  });

  it('figures reported from different sides are flagged above the result', () => {
    const r = comparePeriods('flow', 'USD', side(y2024()), side(fig(2.2e9, '2,2 млрд', '2025-01-01', '2025-12-31', 'exact', { reporter: 'JPN' })));
    expect(r.warnings).toContain('different_reporters');
  });
});
