import { Hono } from 'hono';
import { groupFigures } from '../domain/figures';
import { summarisePartner, tradeByPeriod } from '../domain/summary';
import { SOURCES_SHOWN } from '../../views/components';
import type { Env } from '../http';
import { countCommodityShares } from '../queries/commodity-shares';
import { countObservations, countPeriods, listBusiestCountries, listLatestPeriods, listObservations } from '../queries/observations';
import { listPartners, listSources } from '../queries/reference';
import { latestMonths, TRADE } from './bounds';
import { OverviewPage } from '../../views/pages/overview';

/** Headline partners (the countries with most figures), and how much of each shows. */
const PARTNERS = 6;
const TRADE_PERIODS = 8;
const INVESTMENT_MONTHS = 2;

export function overviewRoutes() {
  const r = new Hono<Env>();
  r.get('/', (c) => {
    const { db, ui, cache } = c.var;
    const model = cache.memo('overview', () => {
      const partners = listPartners(db);
      const featured = listBusiestCountries(db, PARTNERS).flatMap((code) => partners.filter((p) => p.code === code));
      const perPartner = featured.map((partner) => {
        const trade = { partner: [partner.code], reporter: ['KAZ'], indicator: TRADE };
        const investment = { partner: [partner.code], reporter: ['KAZ'], indicator: ['investment_stock'] };
        const figures = [
          ...listObservations(db, { ...trade, periods: listLatestPeriods(db, trade, TRADE_PERIODS) }),
          ...listObservations(db, { ...investment, periods: latestMonths(listLatestPeriods(db, investment, 24), INVESTMENT_MONTHS) }),
        ];
        return { partner, figures, tradePeriods: countPeriods(db, trade) };
      });
      return { perPartner, figuresCount: countObservations(db) + countCommodityShares(db), sourcesCount: listSources(db).length };
    });
    const { perPartner } = model;
    return c.render(
      <OverviewPage
        ui={ui}
        figuresCount={model.figuresCount}
        sourcesCount={model.sourcesCount}
        cards={perPartner.filter((p) => p.figures.length > 0).map(({ partner, figures }) => ({ partner, summary: summarisePartner(figures, partner.code) }))}
        trade={perPartner
          .map(({ partner, figures, tradePeriods }) => ({ partner, periods: tradeByPeriod(figures, partner.code), total: tradePeriods }))
          .filter((t) => t.periods.length > 0)}
        investment={perPartner.flatMap(({ partner, figures }) =>
          groupFigures(figures.filter((f) => f.indicator === 'investment_stock')).flatMap((g) => g.figures.slice(0, SOURCES_SHOWN).map((figure) => ({ partner, figure }))),
        )}
      />,
      { title: ui.t.overview.title, nav: 'overview' },
    );
  });
  return r;
}
