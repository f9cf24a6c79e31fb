import { describe, expect, it } from 'vitest';
import { type CompareFigure, compareSide, comparePeriods, type Measure } from '../../src/domain/compare';

let n = 0;
const fig = (value: number, start: string, end: string, qualifier: CompareFigure['qualifier'] = 'exact'): CompareFigure => ({
  id: `f${(n += 1)}`,
  value,
  qualifier,
  periodStart: start,
  periodEnd: end,
  sourceId: `s${n}`,
});
const side = (...figures: CompareFigure[]) => compareSide({ start: figures[0]!.periodStart, end: figures[figures.length - 1]!.periodEnd }, figures);
const measure = (measures: Measure[], key: Measure['key']) => measures.find((m) => m.key === key);

describe('comparePeriods', () => {
  it('like for like (two calendar years): absolute and percent change', () => {
    const r = comparePeriods('flow', 'USD', side(fig(2e9, '2023-01-01', '2023-12-31')), side(fig(2.5e9, '2024-01-01', '2024-12-31')));
    expect(r.method).toBe('like_for_like');
    expect(measure(r.measures, 'change')?.change).toEqual({ low: 0.5e9, high: 0.5e9 });
    expect(measure(r.measures, 'change_pct')?.change?.low).toBeCloseTo(25, 10);
    expect(measure(r.measures, 'annual_rate')).toBeUndefined();
  });

  it('like for like (January–September of two years)', () => {
    const r = comparePeriods('flow', 'USD', side(fig(1e9, '2024-01-01', '2024-09-30')), side(fig(1.3e9, '2025-01-01', '2025-09-30')));
    expect(r.method).toBe('like_for_like');
    expect(measure(r.measures, 'change_pct')?.change?.low).toBeCloseTo(30, 10);
  });

  it('different lengths (2024 vs Jan–Sep 2025): both as stated, per month, and an annualised estimate; no bare change', () => {
    const r = comparePeriods('flow', 'USD', side(fig(2e9, '2024-01-01', '2024-12-31', 'approx')), side(fig(1.3e9, '2025-01-01', '2025-09-30')));
    expect(r.method).toBe('different_lengths');
    expect(measure(r.measures, 'change')).toBeUndefined();
    expect(measure(r.measures, 'stated')).toMatchObject({ a: { low: 2e9 }, b: { low: 1.3e9 } });
    expect(measure(r.measures, 'stated')?.change).toBeUndefined();
    expect(measure(r.measures, 'per_month')?.b?.low).toBeCloseTo(1.3e9 / 9, 3);
    const annual = measure(r.measures, 'annual_rate');
    expect(annual?.status).toBe('estimate');
    expect(annual?.b?.low).toBeCloseTo((1.3e9 * 12) / 9, 3);
    const pct = measure(r.measures, 'annual_rate_change_pct');
    expect(pct?.status).toBe('estimate');
    expect(pct?.change?.low).toBeCloseTo(-13.333, 2);
    expect(r.notes).toEqual(expect.arrayContaining(['seasonality', 'approximate']));
    expect(pct?.approximate).toBe(true);
  });

  it('a multi-year total against a year: the annual average, marked derived', () => {
    const r = comparePeriods('flow', 'USD', side(fig(7e9, '2008-01-01', '2012-12-31')), side(fig(2e9, '2024-01-01', '2024-12-31')));
    expect(r.method).toBe('annual_average');
    const annual = measure(r.measures, 'annual_rate');
    expect(annual).toMatchObject({ status: 'derived', a: { low: 1.4e9, high: 1.4e9 }, b: { low: 2e9 } });
    expect(measure(r.measures, 'annual_rate_change_pct')?.change?.low).toBeCloseTo(42.857, 2);
    expect(r.notes).toContain('multi_year_average');
  });

  it('stocks: change, percent change and compound growth per year between as-of dates', () => {
    const r = comparePeriods('stock', 'USD', side(fig(4.4e9, '2014-12-31', '2014-12-31')), side(fig(8.8e9, '2024-12-31', '2024-12-31')));
    expect(r.method).toBe('stock');
    expect(measure(r.measures, 'change')?.change?.low).toBe(4.4e9);
    expect(measure(r.measures, 'change_pct')?.change?.low).toBeCloseTo(100, 10);
    // Doubling over 10 years (3653 days): 2^(1/10.0014) − 1 ≈ 7.17% a year.
    expect(measure(r.measures, 'cagr')?.change?.low).toBeCloseTo(7.17, 1);
  });

  it('several sources for one figure: ranges through every derived value, with the sources-differ note', () => {
    const b = side(fig(8e9, '2025-12-17', '2025-12-17', 'approx'), fig(8.5e9, '2025-12-20', '2025-12-20', 'more_than'), fig(9e9, '2025-12-31', '2025-12-31', 'approx'));
    const r = comparePeriods('stock', 'USD', side(fig(4.4e9, '2014-12-31', '2014-12-31')), b);
    expect(b.sourcesDiffer).toBe(true);
    expect(measure(r.measures, 'stated')?.b).toEqual({ low: 8e9, high: 9e9 });
    expect(measure(r.measures, 'change')?.change).toEqual({ low: 3.6e9, high: 4.6e9 });
    const cagr = measure(r.measures, 'cagr')?.change;
    expect(cagr!.low).toBeLessThan(cagr!.high);
    expect(r.notes).toEqual(expect.arrayContaining(['sources_differ', 'approximate']));
  });

  it('shares: change in percentage points, never percent', () => {
    const r = comparePeriods('share', 'percent', side(fig(55.8, '2025-01-01', '2025-09-30')), side(fig(60.1, '2026-01-01', '2026-09-30')));
    expect(r.method).toBe('percentage_points');
    expect(measure(r.measures, 'change_pp')?.change?.low).toBeCloseTo(4.3, 10);
    expect(measure(r.measures, 'change_pct')).toBeUndefined();
  });

  it('periods that are not whole months of different lengths: shown as stated, no change', () => {
    const r = comparePeriods('flow', 'count', side(fig(40, '2025-12-18', '2025-12-20', 'approx')), side(fig(20, '2026-05-01', '2026-05-02')));
    expect(r.method).toBe('as_stated');
    expect(r.measures.map((m) => m.key)).toEqual(['stated']);
  });
});
