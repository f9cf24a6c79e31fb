import { Hono } from 'hono';
import { z } from 'zod';
import { byFigureId } from '../domain/figures';
import { type Env, HttpError, parseQuery } from '../http';
import { type CommodityShareRow, countCommodityShares, getCommodityShare, listSourceShares } from '../queries/commodity-shares';
import { listSourceChecks } from '../queries/checks';
import { countObservations, getObservation, listSourceObservations, type ObservationRow } from '../queries/observations';
import { listIndicators, listPartners, listSkippedMentions, listSources } from '../queries/reference';
import { FIGURE_ID, SOURCE_ID } from '../domain/codes';
import { single } from '../pages/filters';
import { translationOf } from '../i18n/names';
import { sourceName } from '../../views/components';
import { SourcePage, SourcesPage } from '../../views/pages/sources';

const idSchema = z.string().regex(SOURCE_ID);
const querySchema = z.object({ figure: single(z.string().max(64, 'tooLong').regex(FIGURE_ID, 'figureId').optional()) });
/** Figures a source page lists; the rest are in the data tables. */
export const SOURCE_FIGURES_SHOWN = 200;

export function sourceRoutes() {
  const r = new Hono<Env>();

  r.get('/', (c) => {
    const ui = c.var.ui;
    return c.render(<SourcesPage ui={ui} sources={c.var.cache.memo('sources', () => listSources(c.var.db))} />, { title: ui.t.sources.title, nav: 'sources' });
  });

  r.get('/:id', (c) => {
    const { db, ui } = c.var;
    const id = c.req.param('id');
    if (!idSchema.safeParse(id).success) throw new HttpError(400, ui.t.errors.sourceId);
    const q = parseQuery(c, querySchema, ['figure']);
    const source = c.var.cache.memo('sources', () => listSources(db)).find((s) => s.id === id);
    if (!source) throw new HttpError(404, ui.t.errors.noSource(id));
    // A source of official statistics may hold millions of figures: the page shows the first ones,
    // and the figure a link was made for wherever it falls.
    const observations = listSourceObservations(db, id, SOURCE_FIGURES_SHOWN);
    const shares = listSourceShares(db, id, SOURCE_FIGURES_SHOWN);
    const total = countObservations(db, { sourceId: [id] }) + countCommodityShares(db, { sourceId: [id] });
    const shown = [...observations, ...shares].map((f) => f.id).sort(byFigureId).slice(0, SOURCE_FIGURES_SHOWN);
    let followed: ObservationRow | CommodityShareRow | undefined;
    if (q.figure !== undefined && !shown.includes(q.figure)) {
      followed = getObservation(db, q.figure) ?? getCommodityShare(db, q.figure);
      if (!followed || followed.sourceId !== id) throw new HttpError(404, ui.t.errors.noFigure(q.figure, sourceName(ui, { sourceId: id, sourcePublisher: source.publisher, sourcePublishedOn: source.publishedOn })));
    }
    const keep = new Set(shown);
    return c.render(
      <SourcePage
        ui={ui}
        source={source}
        observations={observations.filter((o) => keep.has(o.id))}
        shares={shares.filter((s) => keep.has(s.id))}
        total={total}
        followed={followed}
        skipped={listSkippedMentions(db, id)}
        indicators={listIndicators(db)}
        partners={listPartners(db)}
        checks={listSourceChecks(db, id)}
      />,
      { title: translationOf(ui, source.language, { en: source.titleEn, ru: source.titleRu, kk: source.titleKk })?.text ?? source.title, nav: 'sources' },
    );
  });
  return r;
}
