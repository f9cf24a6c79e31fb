import { Hono } from 'hono';
import { type Env, parseQuery } from '../http';
import { checksModel } from '../pages/checks';
import { z } from 'zod';
import { ChecksPage } from '../../views/pages/checks';

/** /{lang}/checks: every stored cross-check between figures, grouped by kind (docs/architecture.md, "Cross-checks"). */
export function checkRoutes() {
  const r = new Hono<Env>();
  r.get('/', (c) => {
    parseQuery(c, z.object({}), []);
    const ui = c.var.ui;
    const model = c.var.cache.memo('checks', () => checksModel(c.var.db));
    return c.render(<ChecksPage ui={ui} model={model} />, { title: ui.t.checks.title, nav: 'data' });
  });
  return r;
}
