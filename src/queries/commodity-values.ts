/**
 * What commodity values are computed from (src/domain/commodity-values.ts): the commodity shares
 * matching a filter, and the export or import figures of the same reporters, partners and periods,
 * from any article.
 */
import type { AppDatabase } from '../../db/client';
import { FLOW_INDICATOR } from '../domain/commodity-values';
import { type CommodityShareRow, listCommodityShares } from './commodity-shares';
import type { FigureFilter } from './filters';
import { listObservations, type ObservationRow } from './observations';

export interface CommodityValueInputs {
  shares: CommodityShareRow[];
  flows: ObservationRow[];
}

const unique = <T,>(values: Iterable<T>) => [...new Set(values)];

/**
 * The shares matching the filter (partner, reporter, flow, source_id, period; a commodity filter
 * is ignored, since the remainder needs every listed share) and the flow figures they can be valued
 * against: the same partners and reporters, the exports or imports indicator, exactly their periods.
 */
export function listCommodityValueInputs(db: AppDatabase, filter: Pick<FigureFilter, 'partner' | 'reporter' | 'flow' | 'sourceId' | 'period' | 'periods'> = {}): CommodityValueInputs {
  const shares = listCommodityShares(db, { partner: filter.partner, reporter: filter.reporter, flow: filter.flow, sourceId: filter.sourceId, period: filter.period, periods: filter.periods });
  if (shares.length === 0) return { shares, flows: [] };
  const periods = unique(shares.map((s) => `${s.periodStart}/${s.periodEnd}`)).map((key) => {
    const [start = '', end = ''] = key.split('/');
    return { start, end };
  });
  const flows = listObservations(db, {
    partner: unique(shares.map((s) => s.partner)),
    reporter: unique(shares.map((s) => s.reporter)),
    indicator: unique(shares.map((s) => FLOW_INDICATOR[s.flow])),
    periods,
  });
  return { shares, flows };
}
