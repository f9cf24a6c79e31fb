import { Hono } from 'hono';
import { z } from 'zod';
import { type Env, HttpError } from '../http';
import { listCommodityShares } from '../queries/commodity-shares';
import { listObservations } from '../queries/observations';
import { getSource, listIndicators, listPartners, listSkippedMentions, listSources } from '../queries/reference';
import { translationOf } from '../../views/names';
import { SourcePage, SourcesPage } from '../../views/pages/sources';

const idSchema = z.string().regex(/^\d{3}_[0-9a-f]{16}$/);

export function sourceRoutes() {
  const r = new Hono<Env>();

  r.get('/', (c) => {
    const ui = c.var.ui;
    return c.render(<SourcesPage ui={ui} sources={listSources(c.var.db)} />, { title: ui.t.sources.title, nav: 'sources' });
  });

  r.get('/:id', (c) => {
    const { db, ui } = c.var;
    const id = c.req.param('id');
    if (!idSchema.safeParse(id).success) throw new HttpError(400, ui.t.errors.sourceId);
    const source = getSource(db, id);
    if (!source) throw new HttpError(404, ui.t.errors.noSource(id));
    return c.render(
      <SourcePage
        ui={ui}
        source={source}
        observations={listObservations(db, { sourceId: [id] })}
        shares={listCommodityShares(db, { sourceId: [id] })}
        skipped={listSkippedMentions(db, id)}
        indicators={listIndicators(db)}
        partners={listPartners(db)}
      />,
      { title: translationOf(ui, source.language, { en: source.titleEn, ru: source.titleRu, kk: source.titleKk })?.text ?? source.title, nav: 'sources' },
    );
  });
  return r;
}
