/**
 * A partner's page as a model: its headline figures, trade by period, commodity breakdowns and
 * every other figure, bounded whatever the data's size (every figure stays in the data table).
 * The same in every language (docs/architecture.md, "Pages").
 */
import type { AppDatabase } from '../../db/client';
import type { Partner } from '../../db/schema';
import { KAZAKHSTAN, TRADE } from '../domain/codes';
import { commodityValues } from '../domain/commodity-values';
import { partnerSections, summarisePartner } from '../domain/summary';
import { listPartnerChecks } from '../queries/checks';
import { countCommodityShares, latestSharePeriod } from '../queries/commodity-shares';
import { listCommodityValueInputs } from '../queries/commodity-values';
import { countObservations, countPeriods, countSources, listIndicatorsInvolving, listLatestPeriods, listObservations } from '../queries/observations';
import { listIndicators, listPartners } from '../queries/reference';

const TRADE_PERIODS = 20;
const PERIODS_PER_FIGURE = 6;
/** Sources whose breakdown of one flow the page charts, for the latest period. */
const BREAKDOWNS_PER_FLOW = 2;

export function partnerModel(db: AppDatabase, partner: Partner) {
  // The latest trade periods, the latest periods of each other figure, and the latest commodity breakdown of each flow.
  const trade = { partner: [partner.code], reporter: [KAZAKHSTAN], indicator: TRADE };
  const figures = listObservations(db, { ...trade, periods: listLatestPeriods(db, trade, TRADE_PERIODS) });
  const ids = new Set(figures.map((r) => r.id));
  let truncated = false;
  for (const indicator of listIndicatorsInvolving(db, partner.code)) {
    const filter = { involving: partner.code, indicator: [indicator] };
    const periods = listLatestPeriods(db, filter, PERIODS_PER_FIGURE + 1);
    truncated ||= periods.length > PERIODS_PER_FIGURE;
    for (const row of listObservations(db, { ...filter, periods: periods.slice(0, PERIODS_PER_FIGURE) })) {
      if (!ids.has(row.id)) figures.push(row);
      ids.add(row.id);
    }
  }
  // Each flow's latest breakdown, valued in dollars where an article gives the flow's value (derived, never stored).
  const charted = (['export', 'import'] as const).flatMap((flow) => {
    const period = latestSharePeriod(db, partner.code, flow);
    if (!period) return [];
    const { shares, flows } = listCommodityValueInputs(db, { partner: [partner.code], flow: [flow], periods: [period] });
    return commodityValues(shares, flows);
  });
  const firstOf = (flow: 'export' | 'import') => charted.filter((c) => c.composition.flow === flow).slice(0, BREAKDOWNS_PER_FLOW);
  return {
    partner,
    partners: listPartners(db),
    indicators: listIndicators(db),
    summary: summarisePartner(figures, partner.code),
    sections: partnerSections(figures, partner.code),
    compositions: [...firstOf('export'), ...firstOf('import')],
    figuresCount: countObservations(db, { involving: partner.code }) + countCommodityShares(db, { partner: [partner.code] }),
    sourcesCount: countSources(db, partner.code),
    tradeTotal: countPeriods(db, trade),
    perFigure: truncated ? PERIODS_PER_FIGURE : null,
    /** The cross-checks of the partner's figures (src/domain/checks.ts), shown beside them. */
    checks: listPartnerChecks(db, partner.code),
  };
}

export type PartnerModel = ReturnType<typeof partnerModel>;
