import { Hono } from 'hono';
import { z } from 'zod';
import { compositions, partnerSections, summarisePartner } from '../domain/summary';
import { type Env, HttpError } from '../http';
import { listCommodityShares } from '../queries/commodity-shares';
import { listObservations } from '../queries/observations';
import { getPartner, listIndicators, listPartners, listPartnersWithFigures } from '../queries/reference';
import { localName } from '../../views/names';
import { PartnerPage, PartnersPage } from '../../views/pages/partner';
import { href } from '../../views/ui';

const codeSchema = z.string().regex(/^[A-Z][A-Z0-9]{1,2}$/);

export function partnerRoutes() {
  const r = new Hono<Env>();

  r.get('/', (c) => {
    const ui = c.var.ui;
    return c.render(<PartnersPage ui={ui} partners={listPartnersWithFigures(c.var.db)} />, { title: ui.t.partners.title, nav: 'partners' });
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
    const figures = listObservations(db, { involving: partner.code });
    const shares = listCommodityShares(db, { partner: [partner.code] });
    const sourceIds = new Set([...figures, ...shares].map((f) => f.sourceId));
    return c.render(
      <PartnerPage
        ui={ui}
        partner={partner}
        partners={listPartners(db)}
        indicators={listIndicators(db)}
        summary={summarisePartner(figures, partner.code)}
        sections={partnerSections(figures, partner.code)}
        compositions={compositions(shares)}
        figuresCount={figures.length + shares.length}
        sourcesCount={sourceIds.size}
      />,
      { title: ui.t.partner.title(localName(ui, partner)), nav: 'partners' },
    );
  });
  return r;
}
