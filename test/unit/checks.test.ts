/** Cross-checks between figures (src/domain/checks.ts): on the curated seeds, and on rows made inconsistent on purpose. */
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../seeds/loader';
import { checkGrowth, checkInput, type CheckFigure, type CheckResult, checkShareSums, checkSources, checkTradeSums, explainingNote, fromCheckRow, isFatal, meetsAt, runChecks, toCheckRow } from '../../src/domain/checks';

const seeds = readSeeds();
const checks = runChecks(checkInput(seeds));
const byId = (id: string): CheckResult => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}; have ${checks.map((x) => x.id).join(', ')}`);
  return c;
};

/** A figure of article 000's January–September 2025 trade with Japan, as a row would state it. */
const fig = (id: string, indicator: string, value: number, asWritten: string, extra: Partial<CheckFigure> = {}): CheckFigure => ({
  id,
  indicator,
  reporter: 'KAZ',
  partner: 'JPN',
  periodStart: '2025-01-01',
  periodEnd: '2025-09-30',
  value,
  unit: 'USD',
  qualifier: 'exact',
  asWritten,
  sourceId: '000_a50b504d80912738',
  note: null,
  ...extra,
});
const turnover = fig('t', 'trade_turnover', 1.3e9, '1,3 миллиард доллар');

describe('cross-checks on the curated seeds', () => {
  it('finds 331.9 m + 944.2 m consistent with a turnover of 1.3 bn within rounding (article 000)', () => {
    const c = byId('trade_sum.000-04.000-05.000-06');
    expect(c.status).toBe('consistent');
    expect(c.a).toMatchObject({ low: 1_276_000_000, high: 1_276_200_000, value: 1_276_100_000, figureIds: ['000-05', '000-06'] });
    expect(c.a.low).toBeCloseTo(1_276_000_000, 0);
    expect(c.b).toMatchObject({ low: 1_250_000_000, high: 1_350_000_000, value: 1_300_000_000, figureIds: ['000-04'], sourceIds: ['000_a50b504d80912738'] });
  });

  it('finds the 2008–2012 totals of article 003 consistent: 3.5 + 3.4 bn against 7 bn', () => {
    const c = byId('trade_sum.003-02.003-03.003-04');
    expect(c.status).toBe('consistent');
    expect([c.a.low, c.a.high]).toEqual([6.8e9, 7e9]);
    expect([c.b?.low, c.b?.high]).toEqual([6.5e9, 7.5e9]);
  });

  it('sums the export shares of article 000 to 99.57 % and the import shares to 77.5 %, both at most 100 %', () => {
    const exports = byId('share_sum.000-s01.000-s02.000-s03.000-s04');
    expect(exports.status).toBe('consistent');
    expect(exports.a.value).toBe(99.57);
    expect(exports.a.low).toBeCloseTo(99.415, 9);
    expect(exports.a.high).toBeCloseTo(99.725, 9);
    const imports = checks.find((c) => c.kind === 'share_sum' && c.subject === 'import');
    expect(imports?.status).toBe('consistent');
    expect(imports?.a.value).toBe(77.5);
    expect(imports?.figureIds).toHaveLength(9);
    expect(imports?.a.low).toBeCloseTo(76.6, 9);
    expect(imports?.a.high).toBeCloseTo(78.4, 9);
  });

  it('cannot check the 32 % growth of Russian investment: the 2023 level is stated nowhere', () => {
    const c = byId('growth.002-02.002-03');
    expect(c).toMatchObject({ status: 'cannot_check', reason: 'earlier_level_missing', missingPeriod: '2023', b: null });
    expect([c.a.low, c.a.high]).toEqual([31.5, 32.5]);
  });

  it('compares the three statements of Japan’s accumulated investment in December 2025 pair by pair', () => {
    const pairs = checks.filter((c) => c.kind === 'sources' && c.subject === 'investment_stock').map((c) => [c.id, c.status, c.difference?.low, c.difference?.high]);
    expect(pairs).toEqual([
      // ≈ 8 bn (7.5–8.5) against > 8.5 bn: they meet at 8.5 bn only.
      ['sources.000-02.001-04', 'consistent', 0, Infinity],
      // ≈ 8 bn against ≈ 9 bn (8.5–9.5): they meet at 8.5 bn only; the second is 0–2 bn more.
      ['sources.000-02.004-06', 'consistent', 0, 2e9],
      ['sources.001-04.004-06', 'consistent', -Infinity, 1e9],
    ]);
    expect(meetsAt(byId('sources.000-02.004-06').a, byId('sources.000-02.004-06').b ?? { low: 0, high: 0 })).toBe(8.5e9);
    expect(meetsAt(byId('sources.001-04.004-06').a, byId('sources.001-04.004-06').b ?? { low: 0, high: 0 })).toBeUndefined();
    // Article 003's 4.4 bn of direct investment is of 2014: not the same figure.
    expect(checks.some((c) => c.figureIds.includes('003-05'))).toBe(false);
  });

  it('finds the two counts of agreements signed during the visit different: more than 60 against about 40', () => {
    const c = byId('sources.001-06.004-01');
    expect(c.status).toBe('inconsistent');
    expect([c.difference?.low, c.difference?.high]).toEqual([-Infinity, -15]);
    // Their notes describe the difference in words but name no figure id: not counted as explained.
    expect(c.explainedBy).toBeNull();
    // Two articles disagreeing is reported, never fatal.
    expect(isFatal(c)).toBe(false);
  });

  it('has no unexplained inconsistency inside one article', () => {
    expect(checks.filter(isFatal)).toEqual([]);
  });

  it('stores and reads back every result unchanged', () => {
    for (const c of checks) {
      const back = fromCheckRow(toCheckRow(c));
      expect(back.id).toBe(c.id);
      expect(back.status).toBe(c.status);
      expect(back.a.low).toBeCloseTo(c.a.low, 6);
      expect(back.a.high === Infinity ? Infinity : back.a.high).toBeCloseTo(c.a.high, 6);
      expect(back.b?.figureIds).toEqual(c.b?.figureIds);
      expect(back.difference?.high).toEqual(c.difference ? (Number.isFinite(c.difference.high) ? Number(c.difference.high.toPrecision(12)) : c.difference.high) : undefined);
    }
  });
});

describe('cross-checks on rows made inconsistent on purpose', () => {
  it('catches a wrong scale: 331.9 bn of exports against a turnover of 1.3 bn', () => {
    const [c] = checkTradeSums([turnover, fig('x', 'exports', 331.9e9, '331,9 миллиард доллар'), fig('m', 'imports', 944.2e6, '944,2 миллион доллар')]);
    expect(c?.status).toBe('inconsistent');
    expect(c && isFatal(c)).toBe(true);
  });

  it('catches a swapped digit: 494.2 m of imports instead of 944.2 m', () => {
    const [c] = checkTradeSums([turnover, fig('x', 'exports', 331.9e6, '331,9 миллион доллар'), fig('m', 'imports', 494.2e6, '494,2 миллион доллар')]);
    expect(c?.status).toBe('inconsistent');
    expect([c?.a.low, c?.a.high]).toEqual([826e6, 826.2e6]);
  });

  it('counts a note as explaining only when it names another figure of the check by its id', () => {
    const rows = [turnover, fig('000-05', 'exports', 331.9e6, '331,9 миллион доллар'), fig('000-06', 'imports', 494.2e6, '494,2 миллион доллар', { note: 'The article’s sum differs from t: its turnover is rounded.' })];
    const [c] = checkTradeSums(rows);
    expect(c?.explainedBy).toBe('000-06');
    expect(c && isFatal(c)).toBe(false);
    expect(explainingNote([{ id: '000-05', note: 'See 000-050.' }, { id: '000-06', note: null }])).toBeNull();
    expect(explainingNote([{ id: '000-05', note: 'Differs from 000-06, which …' }, { id: '000-06', note: null }])).toBe('000-05');
  });

  it('says a turnover cannot be checked when only one flow is stated', () => {
    const [c] = checkTradeSums([turnover, fig('x', 'exports', 331.9e6, '331,9 миллион доллар')]);
    expect(c).toMatchObject({ status: 'cannot_check', reason: 'flow_missing' });
  });

  it('catches shares of one flow that add up to more than 100 %, and not those that do so only before rounding', () => {
    const share = (id: string, pct: number, asWritten: string) => ({ id, reporter: 'KAZ', partner: 'JPN', flow: 'export', periodStart: '2025-01-01', periodEnd: '2025-09-30', sharePct: pct, qualifier: 'exact' as const, asWritten, sourceId: 's' });
    expect(checkShareSums([share('a', 94.8, '94,8%'), share('b', 23, '23%')])[0]?.status).toBe('inconsistent');
    // 60 % + 41 % may be 59.5 + 40.5 = 100: within rounding.
    expect(checkShareSums([share('a', 60, '60%'), share('b', 41, '41%')])[0]?.status).toBe('consistent');
  });

  it('checks a growth rate against two stated levels, and catches one that does not follow from them', () => {
    const level = (id: string, year: number, value: number, asWritten: string) =>
      fig(id, 'investment_inflow', value, asWritten, { partner: 'RUS', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });
    const growth = (value: number, asWritten: string) => fig('g', 'investment_growth_pct', value, asWritten, { partner: 'RUS', unit: 'percent', periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    const levels = [level('l23', 2023, 3.03e9, '3,03 миллиард'), level('l24', 2024, 4e9, '4,00 миллиард')];
    const [ok] = checkGrowth([...levels, growth(32, '32%')]);
    expect(ok?.status).toBe('consistent');
    expect(ok?.b?.value).toBeCloseTo(32.01, 1);
    const [swapped] = checkGrowth([...levels, growth(23, '23%')]);
    expect(swapped?.status).toBe('inconsistent');
    expect(swapped && isFatal(swapped)).toBe(true);
  });

  it('finds two sources agreeing or differing on one figure, with the difference as a range', () => {
    const a = fig('a', 'exports', 331.9e6, '331,9 миллион доллар');
    const b = fig('b', 'exports', 313.9e6, '313,9 миллион доллар', { sourceId: '001_2a22ae72c3245a82' });
    const [c] = checkSources([a, b], [{ code: 'exports', kind: 'flow' }]);
    expect(c?.status).toBe('inconsistent');
    expect(c?.difference?.low).toBeCloseTo(-18.1e6, 0);
    expect(c?.difference?.high).toBeCloseTo(-17.9e6, 0);
    expect(c && isFatal(c)).toBe(false);
    const [same] = checkSources([a, { ...a, id: 'c', sourceId: '001_2a22ae72c3245a82' }], [{ code: 'exports', kind: 'flow' }]);
    expect(same?.status).toBe('consistent');
  });
});
