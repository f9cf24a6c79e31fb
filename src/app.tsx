/**
 * The web application: middleware, routes and errors put together. Starts nothing; src/server.ts
 * serves it. Each middleware lives in src/middleware/; docs/architecture.md tells the request flow.
 */
import { Hono } from 'hono';
import { jsxRenderer } from 'hono/jsx-renderer';
import { type AppDatabase, dataVersion } from '../db/client';
import { Layout } from '../views/layout';
import type { NavKey } from '../views/ui';
import type { Assets } from './assets';
import { DataCache } from './cache';
import type { SharedCache } from './config';
import { type Env, formatOf } from './http';
import { LANGS } from './i18n/index';
import { requestContext } from './middleware/context';
import { errorResponse, handleErrors } from './middleware/errors';
import { detectLanguage } from './middleware/language';
import { pageCache } from './middleware/page-cache';
import { readOnly } from './middleware/read-only';
import { securityHeaders } from './middleware/security';
import { assetRoutes } from './routes/assets';
import { chartRoutes } from './routes/charts';
import { checkRoutes } from './routes/checks';
import { compareRoutes } from './routes/compare';
import { languageRoutes } from './routes/language';
import { dataRoutes } from './routes/data';
import { overviewRoutes } from './routes/overview';
import { partnerRoutes } from './routes/partners';
import { searchRoutes } from './routes/search';
import { sourceRoutes } from './routes/sources';
import { datasetInfo, listSources } from './queries/reference';

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; nav: NavKey }): Response | Promise<Response>;
  }
}

export interface AppOptions {
  db: AppDatabase;
  /** The built assets; read from dist/assets/ on first use when absent. */
  assets?: Assets;
  /** PUBLIC_URL: the address readers reach the site at; permalinks in citations use its origin instead of the request's. */
  publicUrl?: string | undefined;
  /** The clock: citations' access date, and the day that page-cache keys carry. Tests pass their own. */
  now?: () => Date;
  /** How long shared caches may keep pages and downloads (CACHE_MAX_AGE, CACHE_STALE). */
  sharedCache?: SharedCache;
}

/** The page routes, mounted under each language prefix (and, for downloads only, at the root). */
function pageRoutes(): Hono<Env> {
  const pages = new Hono<Env>();
  pages.route('/', overviewRoutes());
  pages.route('/partners', partnerRoutes());
  pages.route('/', compareRoutes());
  pages.route('/sources', sourceRoutes());
  pages.route('/data', dataRoutes());
  pages.route('/checks', checkRoutes());
  pages.route('/search', searchRoutes());
  return pages;
}

export function createApp({ db, assets, publicUrl, now = () => new Date(), sharedCache }: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const cache = new DataCache(() => dataVersion(db.$client));

  app.use(securityHeaders());
  app.use(readOnly(app, errorResponse));
  app.route('/', assetRoutes(assets));
  app.use(detectLanguage());
  app.use(
    requestContext({
      db,
      cache,
      assets,
      publicUrl,
      now,
      dataset: () => cache.memo('dataset', () => datasetInfo(db)),
      sources: () => cache.memo('sources', () => listSources(db)),
    }),
  );
  app.use(pageCache(cache, sharedCache));
  app.route('/', languageRoutes());
  app.use(jsxRenderer(({ children, title, nav }, c) => <Layout ui={c.get('ui')} title={title} nav={nav}>{children}</Layout>, { docType: true }));

  const pages = pageRoutes();
  const pagePaths = new Set(pages.routes.filter((r) => r.method === 'GET' && formatOf(r.path) === 'html').map((r) => r.path));
  // Before the pages, so that `/en/partners/image.png` is a partner list's image, not a partner called "image.png".
  chartRoutes(app, pagePaths, LANGS);
  for (const lang of LANGS) {
    app.get(`/${lang}/`, (c) => c.redirect(`/${lang}${new URL(c.req.url).search}`, 301));
    app.route(`/${lang}`, pages);
  }
  // A page address without a language goes to the reader's language (so the answer depends on
  // their cookie and Accept-Language); downloads are language-neutral and answer there themselves.
  for (const path of pagePaths) {
    app.get(path, (c) => {
      c.header('Vary', 'Cookie, Accept-Language', { append: true });
      c.header('Cache-Control', 'private, no-cache');
      // The raw, still percent-encoded path: a decoded one may hold characters a Location header cannot.
      const url = new URL(c.req.url);
      return c.redirect(`/${c.var.ui.lang}${url.pathname === '/' ? '' : url.pathname}${url.search}`, 302);
    });
  }
  app.route('/', pages);

  handleErrors(app);
  return app;
}
