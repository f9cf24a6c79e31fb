import { Hono } from 'hono';
import { z } from 'zod';
import { search } from '../domain/search';
import { type Env, isPartial, parseQuery } from '../http';
import { listSearchItems } from '../queries/search';
import { single } from '../pages/filters';
import { SearchPage, SearchResults } from '../../views/pages/search';

const schema = z.object({ q: single(z.string().max(100, 'query').default('')) });

export function searchRoutes() {
  const r = new Hono<Env>();
  r.get('/', (c) => {
    const { db, ui } = c.var;
    const { q: query } = parseQuery(c, schema, ['q'], ['q']);
    const hits = query.trim() ? search(c.var.cache.memo('search-items', () => listSearchItems(db)), query) : [];
    if (isPartial(c)) return c.html(<SearchResults ui={ui} query={query} hits={hits} />);
    return c.render(<SearchPage ui={ui} query={query} hits={hits} />, { title: ui.t.search.title, nav: 'search' });
  });
  return r;
}
