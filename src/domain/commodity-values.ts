/**
 * What a commodity's share of a flow is worth in dollars: the share of the flow times the flow's
 * value, for the same reporter, partner and period (docs/architecture.md, "Honest numbers").
 * Ferro-alloys, 94,8 % of exports of $331,9 m, are 94.75–94.85 % × $331.85–331.95 m. The result is
 * derived: it names both figures it comes from, carries the interval both allow, and is computed on
 * display, never stored. What the listed shares leave unitemised (100 % minus their sum, itself an
 * interval) is valued the same way, as a row of its own.
 */
import type { FigureLike } from './figures';
import { periodToken } from './periods';
import { type Estimate, exportEstimate, type ExportedEstimate, product, scaled, statedEstimate } from './precision';
import { type Composition, compositions, type ShareLike } from './summary';

/** The flow indicator whose value a composition of this flow divides. */
export const FLOW_INDICATOR = { export: 'exports', import: 'imports' } as const;

export interface ValuedShareLike extends ShareLike {
  reporter: string;
  partner: string;
  commodity: string;
}

/** A flow figure a composition can be valued against. */
export type FlowFigureLike = Pick<FigureLike, 'id' | 'indicator' | 'reporter' | 'partner' | 'periodStart' | 'periodEnd' | 'value' | 'unit' | 'qualifier' | 'asWritten' | 'sourceId'>;

/** One valued rectangle of a composition: a listed commodity, or what the source leaves unitemised. */
export interface CommodityValue<S extends ValuedShareLike> {
  /** `<share id>@<flow id>`, or `<source number>-<flow>-<period token>-rest@<flow id>` for the remainder. */
  id: string;
  kind: 'commodity' | 'not_itemised';
  /** The stated share; absent for the remainder. */
  share?: S;
  /** The share's interval in percent: as printed for a listed commodity, 100 minus the listed ones for the remainder. */
  sharePct: Estimate;
  /** The share times the flow's value, in US dollars. */
  value: Estimate;
  /** The figures it is computed from: the share(s) and the flow value. */
  inputs: string[];
}

/** A composition with the flow value it is valued against, if any figure gives one. */
export interface ValuedComposition<S extends ValuedShareLike, F extends FlowFigureLike> {
  reporter: string;
  partner: string;
  composition: Composition<S>;
  /** The flow's value for the same reporter, partner and period; absent where no article gives it. */
  flowFigure?: F;
  /** The flow value comes from another article than the shares (flagged wherever it is shown). */
  otherSource: boolean;
  /** The listed commodities, largest share first, then the remainder where the listed shares leave any. */
  rows: Array<CommodityValue<S>>;
}

const width = (e: Estimate) => e.high - e.low;

/**
 * The flow figure to value a composition against: the same reporter, partner, flow and exactly the
 * same period; the composition's own article first, else (flagged) the most precise other one, then
 * by id, so the choice does not depend on row order.
 */
export function pickFlowFigure<F extends FlowFigureLike>(c: { reporter: string; partner: string; flow: 'export' | 'import'; period: { start: string; end: string }; sourceId: string }, flows: readonly F[]): { figure: F; otherSource: boolean } | undefined {
  const candidates = flows.filter(
    (f) => f.indicator === FLOW_INDICATOR[c.flow] && f.unit === 'USD' && f.reporter === c.reporter && f.partner === c.partner && f.periodStart === c.period.start && f.periodEnd === c.period.end,
  );
  const rank = (f: F) => [f.sourceId === c.sourceId ? 0 : 1, width(statedEstimate(f))] as const;
  const [best] = [...candidates].sort((a, b) => {
    const [sa, wa] = rank(a);
    const [sb, wb] = rank(b);
    return sa - sb || wa - wb || a.id.localeCompare(b.id);
  });
  return best ? { figure: best, otherSource: best.sourceId !== c.sourceId } : undefined;
}

const shareEstimate = (s: ShareLike): Estimate => statedEstimate({ value: s.sharePct, asWritten: s.asWritten, qualifier: s.qualifier, unit: 'percent' });

/** Share (percent) × flow value (dollars). */
const valueOf = (share: Estimate, flow: Estimate): Estimate => scaled(product(share, flow), 1 / 100);

/** The remainder's id: its article's number, flow and period (`000-export-2025-01/2025-09-rest`). */
const remainderKey = (c: Composition<ValuedShareLike>) => `${c.sourceId.slice(0, 3)}-${c.flow}-${periodToken(c.period)}-rest`;

/**
 * Each composition (one reporter, partner, flow, period and article) with each share's dollar
 * value and the remainder's, where a flow value exists for it. Compositions without one are kept,
 * with no rows, so callers can fall back to shares alone.
 */
export function commodityValues<S extends ValuedShareLike, F extends FlowFigureLike>(shares: readonly S[], flows: readonly F[]): Array<ValuedComposition<S, F>> {
  const bySides = new Map<string, S[]>();
  for (const s of shares) {
    const key = `${s.reporter}|${s.partner}`;
    bySides.set(key, [...(bySides.get(key) ?? []), s]);
  }
  const result: Array<ValuedComposition<S, F>> = [];
  for (const [key, members] of [...bySides].sort(([a], [b]) => a.localeCompare(b))) {
    const [reporter = '', partner = ''] = key.split('|');
    for (const composition of compositions(members)) {
      const picked = pickFlowFigure({ reporter, partner, flow: composition.flow, period: composition.period, sourceId: composition.sourceId }, flows);
      if (!picked) {
        result.push({ reporter, partner, composition, otherSource: false, rows: [] });
        continue;
      }
      const flow = statedEstimate(picked.figure);
      const rows: Array<CommodityValue<S>> = composition.shares.map((share) => {
        const pct = shareEstimate(share);
        return { id: `${share.id}@${picked.figure.id}`, kind: 'commodity', share, sharePct: pct, value: valueOf(pct, flow), inputs: [share.id, picked.figure.id] };
      });
      if (composition.unitemised.high > 0) {
        // A remainder cannot be negative: the listed shares' sum may reach past 100 only by their rounding.
        const rest = { ...composition.unitemised, low: Math.max(0, composition.unitemised.low) };
        rows.push({ id: `${remainderKey(composition)}@${picked.figure.id}`, kind: 'not_itemised', sharePct: rest, value: valueOf(rest, flow), inputs: [...composition.shares.map((s) => s.id), picked.figure.id] });
      }
      result.push({ reporter, partner, composition, flowFigure: picked.figure, otherSource: picked.otherSource, rows });
    }
  }
  return result;
}

/** The middle of an estimate's interval, where both ends are finite: what a treemap's area is drawn at. */
export function midpoint(e: Estimate): number | null {
  return Number.isFinite(e.low) && Number.isFinite(e.high) ? (e.low + e.high) / 2 : null;
}

/** Interval ends for the download: exact up to binary noise (12 significant figures), empty where open. */
const end = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : null);

/** One row of /data/commodity-values.csv: plain cells, in the order src/csv-contract.ts names them. */
export interface CommodityValueExport {
  id: string;
  reporter: string;
  partner: string;
  flow: 'export' | 'import';
  periodStart: string;
  periodEnd: string;
  kind: 'commodity' | 'not_itemised';
  commodity: string | null;
  sharePct: number | null;
  shareLow: number | null;
  shareHigh: number | null;
  flowValue: number;
  low: number | null;
  high: number | null;
  shown: ExportedEstimate['shown'];
  value: number | null;
  shownLow: number | null;
  shownHigh: number | null;
  unit: 'USD';
  derived: true;
  shareId: string | null;
  flowId: string;
  sourceId: string;
  flowSourceId: string;
  flowFromOtherSource: boolean;
}

/** The download's rows: every valued row of every composition that has a flow value. */
export function exportCommodityValues<S extends ValuedShareLike, F extends FlowFigureLike>(valued: ReadonlyArray<ValuedComposition<S, F>>): CommodityValueExport[] {
  return valued.flatMap((v) => {
    const flow = v.flowFigure;
    if (!flow) return [];
    return v.rows.map((row): CommodityValueExport => {
      const e = exportEstimate(row.value);
      return {
        id: row.id,
        reporter: v.reporter,
        partner: v.partner,
        flow: v.composition.flow,
        periodStart: v.composition.period.start,
        periodEnd: v.composition.period.end,
        kind: row.kind,
        commodity: row.share?.commodity ?? null,
        sharePct: row.share?.sharePct ?? null,
        shareLow: end(row.sharePct.low),
        shareHigh: end(row.sharePct.high),
        flowValue: flow.value,
        low: end(row.value.low),
        high: end(row.value.high),
        shown: e.shown,
        value: e.value,
        shownLow: e.shown_low,
        shownHigh: e.shown_high,
        unit: 'USD',
        derived: true,
        shareId: row.share?.id ?? null,
        flowId: flow.id,
        sourceId: v.composition.sourceId,
        flowSourceId: flow.sourceId,
        flowFromOtherSource: v.otherSource,
      };
    });
  });
}

