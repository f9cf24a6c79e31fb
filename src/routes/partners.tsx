import { Hono } from 'hono';
import { z } from 'zod';
import { PARTNER_CODE } from '../domain/codes';
import { type Env, HttpError } from '../http';
import { partnerModel } from '../pages/partner';
import { getPartner, listPartnersWithFigures } from '../queries/reference';
import { localName } from '../i18n/names';
import { PartnerPage, PartnersPage } from '../../views/pages/partner';
import { href } from '../../views/ui';

const codeSchema = z.string().regex(PARTNER_CODE);

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
    const model = c.var.cache.memo(`partner:${partner.code}`, () => partnerModel(db, partner));
    return c.render(
      <PartnerPage ui={ui} {...model} />,
      { title: ui.t.partner.title(localName(ui, partner)), nav: 'partners' },
    );
  });
  return r;
}
