import { Hono } from 'hono';
import { summarisePartner, tradeByPeriod } from '../domain/summary';
import type { Env } from '../http';
import { countCommodityShares } from '../queries/commodity-shares';
import { countObservations, listObservations } from '../queries/observations';
import { listPartners, listSources } from '../queries/reference';
import { OverviewPage } from '../../views/pages/overview';

const HEADLINE_INDICATORS = ['trade_turnover', 'exports', 'imports', 'investment_stock'];

export function overviewRoutes() {
  const r = new Hono<Env>();
  r.get('/', (c) => {
    const db = c.var.db;
    const ui = c.var.ui;
    const figures = listObservations(db, { reporter: ['KAZ'], indicator: HEADLINE_INDICATORS });
    const partners = listPartners(db);
    const withFigures = partners.filter((p) => figures.some((f) => f.partner === p.code));
    const cards = withFigures.map((partner) => ({ partner, summary: summarisePartner(figures, partner.code) }));
    const trade = withFigures.map((partner) => ({ partner, periods: tradeByPeriod(figures, partner.code) })).filter((t) => t.periods.length > 0);
    const investment = figures
      .filter((f) => f.indicator === 'investment_stock')
      .flatMap((figure) => {
        const partner = partners.find((p) => p.code === figure.partner);
        return partner ? [{ partner, figure }] : [];
      });
    return c.render(
      <OverviewPage
        ui={ui}
        figuresCount={countObservations(db) + countCommodityShares(db)}
        sourcesCount={listSources(db).length}
        cards={cards}
        trade={trade}
        investment={investment}
      />,
      { title: ui.t.overview.title, nav: 'overview' },
    );
  });
  return r;
}
