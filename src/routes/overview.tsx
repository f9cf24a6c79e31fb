import { Hono } from 'hono';
import type { Env } from '../http';
import { overviewModel } from '../pages/overview';
import { OverviewPage } from '../../views/pages/overview';

export function overviewRoutes() {
  const r = new Hono<Env>();
  r.get('/', (c) => {
    const { db, ui, cache } = c.var;
    const model = cache.memo('overview', () => overviewModel(db));
    return c.render(<OverviewPage ui={ui} {...model} />, { title: ui.t.overview.title, nav: 'overview' });
  });
  return r;
}
