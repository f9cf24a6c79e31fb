import { Hono } from 'hono';
import { z } from 'zod';
import { type Env, HttpError } from '../http';
import { listCommodityShares } from '../queries/commodity-shares';
import { listObservations } from '../queries/observations';
import { getSource, listIndicators, listPartners, listSkippedMentions, listSources } from '../queries/reference';
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
    if (!idSchema.safeParse(id).success) throw new HttpError(400, 'A source id is the article’s file name, such as 000_a50b504d80912738. See /sources for the list.');
    const source = getSource(db, id);
    if (!source) throw new HttpError(404, `No source with the id ${id}. See /sources for the list.`);
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
      { title: source.titleEn, nav: 'sources' },
    );
  });
  return r;
}
