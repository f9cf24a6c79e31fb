import { describe, expect, it } from 'vitest';
import { deriveBalances, type FigureLike, groupFigures, latestGroup } from '../../src/domain/figures';
import { neutraliseCell } from '../../src/domain/csv';

const f = (over: Partial<FigureLike>): FigureLike => ({
  id: 'x',
  indicator: 'investment_stock',
  indicatorKind: 'stock',
  reporter: 'KAZ',
  partner: 'JPN',
  periodStart: '2025-12-17',
  periodEnd: '2025-12-17',
  value: 8e9,
  unit: 'USD',
  qualifier: 'approx',
  asWritten: '8 миллиард доллар',
  sourceId: 'a',
  ...over,
});

describe('groupFigures', () => {
  it('groups statements of one stock made in the same month, with the range and a sources-differ mark', () => {
    const groups = groupFigures([
      f({ id: '1' }),
      f({ id: '2', periodStart: '2025-12-20', periodEnd: '2025-12-20', value: 8.5e9, qualifier: 'more_than', sourceId: 'b' }),
      f({ id: '3', periodStart: '2014-12-31', periodEnd: '2014-12-31', value: 4.4e9, qualifier: 'exact', sourceId: 'c' }),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ token: '2025-12', low: 8e9, high: 8.5e9, sourcesDiffer: true, approximate: true });
    expect(groups[1]).toMatchObject({ token: '2014-12-31', sourcesDiffer: false, approximate: false });
    expect(latestGroup(groups)?.token).toBe('2025-12');
  });

  it('keeps flows of different periods apart, and equal values from two sources as one figure', () => {
    const flow = { indicator: 'trade_turnover', indicatorKind: 'flow' as const, periodStart: '2024-01-01', periodEnd: '2024-12-31', value: 2e9 };
    const groups = groupFigures([f({ ...flow, id: '1' }), f({ ...flow, id: '2', qualifier: 'exact', sourceId: 'b' }), f({ ...flow, id: '3', periodStart: '2025-01-01', periodEnd: '2025-09-30' })]);
    expect(groups.map((g) => [g.token, g.figures.length, g.sourcesDiffer])).toEqual([
      ['2024', 2, false],
      ['2025-01/2025-09', 1, false],
    ]);
  });
});

describe('deriveBalances', () => {
  it('computes exports minus imports only within one source and period', () => {
    const base = { indicatorKind: 'flow' as const, periodStart: '2025-01-01', periodEnd: '2025-09-30', qualifier: 'exact' as const };
    const balances = deriveBalances([
      f({ ...base, id: 'x', indicator: 'exports', value: 331.9e6, asWritten: '331,9 миллион доллар' }),
      f({ ...base, id: 'm', indicator: 'imports', value: 944.2e6, asWritten: '944,2 миллион доллар' }),
      f({ ...base, id: 'm2', indicator: 'imports', value: 1e9, asWritten: '1 млрд', sourceId: 'other' }),
    ]);
    expect(balances).toHaveLength(1);
    // 331.85–331.95 m minus 944.15–944.25 m.
    expect(balances[0]?.estimate.low).toBeCloseTo(-612.4e6, 0);
    expect(balances[0]?.estimate.high).toBeCloseTo(-612.2e6, 0);
    expect(balances[0]?.imports.id).toBe('m');
  });
});

describe('neutraliseCell', () => {
  it.each(['=1+1', '+7', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });
  it.each(['Japan', '331,9 миллион доллар', '— dash', ''])('leaves %j alone', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});
