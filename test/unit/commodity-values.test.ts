/**
 * Commodity values in dollars (src/domain/commodity-values.ts): each share of article 000 times the
 * flow value the same article gives, with the interval both printed figures allow, and the
 * unitemised remainder as a row of its own. Values from the seeds, through the query.
 */
import { describe, expect, it } from 'vitest';
import { commodityValues, exportCommodityValues, pickFlowFigure, type FlowFigureLike } from '../../src/domain/commodity-values';
import { present, product, statedEstimate } from '../../src/domain/precision';
import { createFormatter } from '../../src/i18n/format';
import { listCommodityValueInputs } from '../../src/queries/commodity-values';
import { createSeededMemoryDatabase } from '../../seeds/loader';

const { db } = createSeededMemoryDatabase();
const { shares, flows } = listCommodityValueInputs(db, { partner: ['JPN'] });
const valued = commodityValues(shares, flows);
const rows = exportCommodityValues(valued);
const row = (id: string) => rows.find((r) => r.id === id);
const en = createFormatter('en');
const close = (x: number | null | undefined, y: number) => expect(x ?? NaN).toBeCloseTo(y, 3);

describe('product: interval multiplication', () => {
  it('takes every product the two intervals allow, as precise as the less precise factor', () => {
    const e = product({ low: 2, high: 3, digits: 2, step: 0.1 }, { low: -1, high: 4, digits: 3, step: 0 });
    expect(e).toEqual({ low: -3, high: 12, digits: 2, step: 0 });
    // No upper bound times a share that may be zero: no NaN.
    expect(product({ low: 0, high: 1, digits: 1, step: 0 }, { low: 5, high: Infinity, digits: 1, step: 0 })).toMatchObject({ low: 0, high: Infinity });
  });
});

describe('article 000: exports to and imports from Japan, Jan–Sep 2025, in dollars', () => {
  it('values both compositions against the same article’s exports (000-05) and imports (000-06), not flagged', () => {
    expect(valued.map((v) => [v.composition.flow, v.flowFigure?.id, v.otherSource, v.rows.length])).toEqual([
      ['export', '000-05', false, 5],
      ['import', '000-06', false, 10],
    ]);
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.derived && r.unit === 'USD' && r.sourceId === '000_a50b504d80912738' && r.flowSourceId === r.sourceId && !r.flowFromOtherSource)).toBe(true);
  });

  it('ferro-alloys: 94.75–94.85 % × $331.85–331.95 m = $314,427,875–314,854,575, shown as ≈ $315 m', () => {
    const r = row('000-s01@000-05');
    expect(r).toMatchObject({ kind: 'commodity', commodity: 'ferroalloys', sharePct: 94.8, shareId: '000-s01', flowId: '000-05', flowValue: 331_900_000, shown: 'about', value: 315_000_000 });
    close(r?.shareLow, 94.75);
    close(r?.shareHigh, 94.85);
    close(r?.low, 0.9475 * 331_850_000);
    close(r?.high, 0.9485 * 331_950_000);
    expect(r?.low).toBe(314_427_875);
    expect(r?.high).toBe(314_854_575);
  });

  it('every listed share, each interval the product of its share’s and the flow’s, shown no more precisely than both allow', () => {
    // [row, share low, share high, flow value, as shown]
    const expected: Array<[string, number, number, number, string]> = [
      ['000-s02@000-05', 2.25, 2.35, 331.9e6, '$7.4 – $7.9 m'],
      ['000-s03@000-05', 2.05, 2.15, 331.9e6, '$6.8 – $7.2 m'],
      ['000-s04@000-05', 0.365, 0.375, 331.9e6, '≈ $1.2 m'],
      ['000-s05@000-06', 55.75, 55.85, 944.2e6, '≈ $527 m'],
      ['000-s08@000-06', 2.25, 2.35, 944.2e6, '≈ $22 m'],
      // "1%" is one significant figure: 0.5–1.5 % of imports, $4.7–14.2 m, about $10 m.
      ['000-s13@000-06', 0.5, 1.5, 944.2e6, '≈ $10 m'],
    ];
    for (const [id, low, high, flow, shown] of expected) {
      const r = row(id);
      close(r?.low, (low / 100) * (flow - 50_000));
      close(r?.high, (high / 100) * (flow + 50_000));
      const v = valued.flatMap((c) => c.rows).find((x) => x.id === id)!;
      expect(en.shown(present(v.value), 'USD').replace(/\u00a0/g, ' '), id).toBe(shown);
    }
  });

  it('exports: what the four listed shares leave (100 − 99.415…99.725 = 0.275–0.585 %) is $0.91–1.94 m, a row of its own with no share id', () => {
    const rest = rows.find((r) => r.flow === 'export' && r.kind === 'not_itemised');
    expect(rest).toMatchObject({ id: '000-export-2025-01/2025-09-rest@000-05', commodity: null, sharePct: null, shareId: null, flowId: '000-05', shown: 'range' });
    close(rest?.shareLow, 100 - 99.725);
    close(rest?.shareHigh, 100 - 99.415);
    close(rest?.low, 0.00275 * 331_850_000);
    close(rest?.high, 0.00585 * 331_950_000);
    expect([rest?.shownLow, rest?.shownHigh]).toEqual([900_000, 2_000_000]);
  });

  it('imports: 100 − 77.5 % (±0.9: eight shares to 0.1 point and "1%" to a point) = 21.6–23.4 %, ≈ $200 m', () => {
    const rest = rows.find((r) => r.flow === 'import' && r.kind === 'not_itemised');
    close(rest?.shareLow, 100 - 78.4);
    close(rest?.shareHigh, 100 - 76.6);
    close(rest?.low, 0.216 * 944_150_000);
    close(rest?.high, 0.234 * 944_250_000);
    // "1%" has one significant figure, so the remainder is worth about $200 m, not $212 m.
    expect(rest).toMatchObject({ shown: 'about', value: 200_000_000, shareId: null, flowId: '000-06' });
  });

  it('the listed values and the remainder add up to the flow value', () => {
    for (const flow of ['export', 'import'] as const) {
      const mine = rows.filter((r) => r.flow === flow);
      const lowSum = mine.reduce((a, r) => a + (r.low ?? 0), 0);
      const highSum = mine.reduce((a, r) => a + (r.high ?? 0), 0);
      const total = mine[0]?.flowValue ?? 0;
      expect(lowSum).toBeLessThanOrEqual(total);
      expect(highSum).toBeGreaterThanOrEqual(total);
    }
  });
});

describe('which flow value a composition is valued against', () => {
  const flow = (id: string, sourceId: string, asWritten: string, value: number, extra: Partial<FlowFigureLike> = {}): FlowFigureLike => ({
    id,
    indicator: 'exports',
    reporter: 'KAZ',
    partner: 'JPN',
    periodStart: '2025-01-01',
    periodEnd: '2025-09-30',
    value,
    unit: 'USD',
    qualifier: 'exact',
    asWritten,
    sourceId,
    ...extra,
  });
  const c = { reporter: 'KAZ', partner: 'JPN', flow: 'export' as const, period: { start: '2025-01-01', end: '2025-09-30' }, sourceId: '000_a' };

  it('the same article first; else another, flagged, the most precise first', () => {
    expect(pickFlowFigure(c, [flow('001-01', '001_b', '332 млн', 332e6), flow('000-05', '000_a', '331,9 млн', 331.9e6)])).toMatchObject({ figure: { id: '000-05' }, otherSource: false });
    expect(pickFlowFigure(c, [flow('002-01', '002_c', '0,3 млрд', 0.3e9), flow('001-01', '001_b', '332 млн', 332e6)])).toMatchObject({ figure: { id: '001-01' }, otherSource: true });
  });

  it('never another period, partner, reporter or flow', () => {
    expect(pickFlowFigure(c, [flow('x', '000_a', '1 млрд', 1e9, { periodEnd: '2025-12-31' })])).toBeUndefined();
    expect(pickFlowFigure(c, [flow('x', '000_a', '1 млрд', 1e9, { partner: 'CHN' })])).toBeUndefined();
    expect(pickFlowFigure(c, [flow('x', '000_a', '1 млрд', 1e9, { reporter: 'JPN' })])).toBeUndefined();
    expect(pickFlowFigure(c, [flow('x', '000_a', '1 млрд', 1e9, { indicator: 'imports' })])).toBeUndefined();
  });

  it('a flow value from another article marks every row; a composition with none has no rows', () => {
    const share = { ...shares[0]!, sourceId: '009_z' };
    const [other] = commodityValues([share], flows);
    expect(other?.otherSource).toBe(true);
    expect(exportCommodityValues(commodityValues([share], flows)).every((r) => r.flowFromOtherSource && r.flowSourceId === '000_a50b504d80912738' && r.sourceId === '009_z')).toBe(true);
    expect(commodityValues(shares, [])).toEqual(expect.arrayContaining([expect.objectContaining({ rows: [] })]));
    expect(exportCommodityValues(commodityValues(shares, []))).toEqual([]);
  });

  it('a "more than" flow gives values with no upper end', () => {
    const open = flow('000-05', '000_a50b504d80912738', '331,9 млн', 331.9e6, { qualifier: 'more_than' });
    const [r] = exportCommodityValues(commodityValues([shares.find((s) => s.id === '000-s01')!], [open]));
    expect(r).toMatchObject({ high: null, shown: 'at_least' });
    expect(statedEstimate(open).high).toBe(Infinity);
  });
});
