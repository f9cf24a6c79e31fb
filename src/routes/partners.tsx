import { Hono } from 'hono';
import { z } from 'zod';
import { compositions, partnerSections, summarisePartner } from '../domain/summary';
import { type Env, HttpError } from '../http';
import { TRADE } from './bounds';
import { PARTNER_CODE } from './filters';
import { countCommodityShares, latestSharePeriod, listCommodityShares } from '../queries/commodity-shares';
import { countObservations, countPeriods, countSources, listIndicatorsInvolving, listLatestPeriods, listObservations } from '../queries/observations';
import { getPartner, listIndicators, listPartners, listPartnersWithFigures } from '../queries/reference';
import { localName } from '../../views/names';
import { PartnerPage, PartnersPage } from '../../views/pages/partner';
import { href } from '../../views/ui';

const codeSchema = z.string().regex(PARTNER_CODE);
const TRADE_PERIODS = 20;
const PERIODS_PER_FIGURE = 6;
/** Sources whose breakdown of one flow the page charts, for the latest period. */
const BREAKDOWNS_PER_FLOW = 2;

export function partnerRoutes() {
  const r = new Hono<Env>();

  r.get('/', (c) => {
    const ui = c.var.ui;
    const partners = c.var.cache.memo('partners-with-figures', () => listPartnersWithFigures(c.var.db));
    return c.render(<PartnersPage ui={ui} partners={partners} />, { title: ui.t.partners.title, nav: 'partners' });
  });

  r.get('/:code', (c) => {
    const { db, ui } = c.var;
    const raw = c.req.param('code');
    if (!codeSchema.safeParse(raw).success) {
      const upper = raw.toUpperCase();
      if (codeSchema.safeParse(upper).success) return c.redirect(href(ui, `/partners/${upper}`), 301);
      throw new HttpError(400, ui.t.errors.partnerCode);
    }
    const partner = getPartner(db, raw);
    if (!partner) throw new HttpError(404, ui.t.errors.noPartner(raw));
    const { figures, shares, tradeTotal, truncated, figuresCount, sourcesCount } = c.var.cache.memo(`partner:${partner.code}`, () => {
      // Bounded whatever the data's size: the latest trade periods, the latest periods of each other
      // figure, and the latest commodity breakdown of each flow; every figure stays in the data table.
      const trade = { partner: [partner.code], reporter: ['KAZ'], indicator: TRADE };
      const rows = listObservations(db, { ...trade, periods: listLatestPeriods(db, trade, TRADE_PERIODS) });
      const ids = new Set(rows.map((r) => r.id));
      let cut = false;
      for (const indicator of listIndicatorsInvolving(db, partner.code)) {
        const filter = { involving: partner.code, indicator: [indicator] };
        const periods = listLatestPeriods(db, filter, PERIODS_PER_FIGURE + 1);
        cut ||= periods.length > PERIODS_PER_FIGURE;
        for (const row of listObservations(db, { ...filter, periods: periods.slice(0, PERIODS_PER_FIGURE) })) {
          if (!ids.has(row.id)) rows.push(row);
          ids.add(row.id);
        }
      }
      const latestShares = (['export', 'import'] as const).flatMap((flow) => {
        const period = latestSharePeriod(db, partner.code, flow);
        return period ? listCommodityShares(db, { partner: [partner.code], flow: [flow], periods: [period] }) : [];
      });
      return {
        figures: rows,
        shares: latestShares,
        tradeTotal: countPeriods(db, trade),
        truncated: cut,
        figuresCount: countObservations(db, { involving: partner.code }) + countCommodityShares(db, { partner: [partner.code] }),
        sourcesCount: countSources(db, partner.code),
      };
    });
    const charted = compositions(shares);
    const firstOf = (flow: 'export' | 'import') => charted.filter((c) => c.flow === flow).slice(0, BREAKDOWNS_PER_FLOW);
    return c.render(
      <PartnerPage
        ui={ui}
        partner={partner}
        partners={listPartners(db)}
        indicators={listIndicators(db)}
        summary={summarisePartner(figures, partner.code)}
        sections={partnerSections(figures, partner.code)}
        compositions={[...firstOf('export'), ...firstOf('import')]}
        figuresCount={figuresCount}
        sourcesCount={sourcesCount}
        tradeTotal={tradeTotal}
        perFigure={truncated ? PERIODS_PER_FIGURE : null}
      />,
      { title: ui.t.partner.title(localName(ui, partner)), nav: 'partners' },
    );
  });
  return r;
}
