/**
 * The web application: routes, rendering, errors. Starts nothing; src/server.ts serves it.
 */
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { jsxRenderer } from 'hono/jsx-renderer';
import { secureHeaders } from 'hono/secure-headers';
import { type AppDatabase, dataVersion } from '../db/client';
import { ErrorPage } from '../views/pages/error';
import { Layout } from '../views/layout';
import type { NavKey, Ui } from '../views/ui';
import { type Assets, loadAssets } from './assets';
import { type CachedPage, DataCache, encode } from './cache';
import { type Env, etagMatches, formatOf, HttpError, isPartial, pickEncoding, truncate, varyOnHtmx } from './http';
import { createFormatter, type Lang } from './i18n/format';
import { LANG_COOKIE, LANGS, langOfPath, MESSAGES, preferredLanguage } from './i18n/index';
import { compareRoutes } from './routes/compare';
import { dataRoutes } from './routes/data';
import { overviewRoutes } from './routes/overview';
import { partnerRoutes } from './routes/partners';
import { searchRoutes } from './routes/search';
import { sourceRoutes } from './routes/sources';

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; nav: NavKey }): Response | Promise<Response>;
  }
}

export interface AppOptions {
  db: AppDatabase;
  /** The built assets; read from dist/assets/ on first use when absent. */
  assets?: Assets;
}

const formatters = Object.fromEntries(LANGS.map((lang) => [lang, createFormatter(lang)])) as Record<Lang, ReturnType<typeof createFormatter>>;

function uiFor(assets: Assets, lang: Lang, url: URL): Ui {
  const path = langOfPath(url.pathname) ? url.pathname.slice(3) || '/' : url.pathname;
  return {
    lang,
    t: MESSAGES[lang],
    f: formatters[lang],
    assets: { css: assets.css.path, htmx: assets.htmx.path, app: assets.app.path, icon: assets.icon.path },
    here: `${path}${url.search}`,
  };
}

/** The interface language: the one the path names, else the reader's remembered or preferred one. */
function languageOf(c: Context<Env>): Lang {
  return langOfPath(c.req.path) ?? preferredLanguage(getCookie(c, LANG_COOKIE), c.req.header('Accept-Language'));
}

/** Every page address, without its language prefix; downloads (.csv, .json) and assets are not pages. */
const PAGE_PATH = /^\/(|partners(\/[^/]+)?|compare(\/partners)?|sources(\/[^/]+)?|search|data(\/(observations|commodity-shares|sources))?)$/;

/** The page routes, mounted under each language prefix (and, for downloads only, at the root). */
function pageRoutes(): Hono<Env> {
  const pages = new Hono<Env>();
  pages.route('/', overviewRoutes());
  pages.route('/partners', partnerRoutes());
  pages.route('/', compareRoutes());
  pages.route('/sources', sourceRoutes());
  pages.route('/data', dataRoutes());
  pages.route('/search', searchRoutes());
  return pages;
}

/** Every address the dashboard answers, with or without a language prefix; all are read-only (GET and HEAD). */
const KNOWN_PATH = /^(\/(en|ru|kk))?\/(|partners(\/[^/]+)?|compare(\/partners)?(\.csv|\.json)?|sources(\/[^/]+)?|search|data(\/(observations|commodity-shares|sources)(\.csv|\.json)?)?|assets\/[^/]+|favicon\.ico)$/;

/**
 * A strict policy: scripts and styles only from our own origin, no inline code, no eval (htmx
 * evaluates code only for hx-on, js: values and trigger filters, which the views do not use; its
 * injected indicator stylesheet is switched off in the page's htmx-config).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

export function createApp({ db, assets }: AppOptions): Hono<Env> {
  const app = new Hono<Env>();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      crossOriginOpenerPolicy: 'same-origin',
      crossOriginResourcePolicy: 'same-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
    }),
  );

  app.get('/assets/*', async (c) => {
    const asset = (assets ?? (await loadAssets())).byPath.get(c.req.path);
    if (!asset) return c.text(`${MESSAGES.en.errors.noAsset}\n`, 404);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('ETag', asset.etag);
    c.header('Vary', 'Accept-Encoding');
    if (etagMatches(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304);
    const encoding = pickEncoding(c.req.header('Accept-Encoding'));
    if (encoding !== 'identity') c.header('Content-Encoding', encoding);
    return c.body(asset.body[encoding] as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type });
  });

  // Browsers that ignore <link rel="icon"> still ask for /favicon.ico. A temporary redirect: browsers
  // keep a permanent one, which would pin them to one fingerprinted file.
  app.get('/favicon.ico', async (c) => c.redirect((assets ?? (await loadAssets())).icon.path, 302));

  const cache = new DataCache(() => dataVersion(db.$client));
  app.use('*', async (c, next) => {
    const ready = assets ?? (await loadAssets());
    const ui = uiFor(ready, languageOf(c), new URL(c.req.url));
    c.set('db', db);
    c.set('assets', ready);
    c.set('ui', ui);
    c.set('cache', cache);
    varyOnHtmx(c);
    await next();
    // A page visited in a language remembers it for the reader's next visit.
    const named = langOfPath(c.req.path);
    if (named && getCookie(c, LANG_COOKIE) !== named && (c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) {
      setCookie(c, LANG_COOKIE, named, { path: '/', maxAge: 365 * 86_400, sameSite: 'Lax', httpOnly: true });
    }
  });

  // Pages are rendered once per data version and language, compressed once, and revalidated
  // with ETags; downloads get ETags too (they stream, so their bodies are not kept).
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const key = `${c.var.ui.lang}|${isPartial(c) ? 'partial' : 'full'}|${url.pathname}${url.search}`;
    const etag = cache.etag(key);
    // no-cache: browsers keep the page but ask each time, and get an empty 304 while the data is unchanged.
    const ifNoneMatch = c.req.header('If-None-Match');
    // `*` asks whether the page exists at all, which only answering it tells.
    const anyTag = ifNoneMatch?.trim() === '*';
    const notModified = () => c.body(null, 304, { ETag: etag, 'Cache-Control': 'no-cache' });
    if (!anyTag && etagMatches(ifNoneMatch, etag)) return notModified();
    const html = formatOf(url.pathname) === 'html';
    const encoding = pickEncoding(c.req.header('Accept-Encoding'));
    const respond = (page: CachedPage) => {
      const headers = new Headers(page.headers);
      headers.set('ETag', etag);
      headers.set('Cache-Control', 'no-cache');
      headers.append('Vary', 'Accept-Encoding');
      if (encoding !== 'identity') headers.set('Content-Encoding', encoding);
      return new Response(page.body[encoding] as Uint8Array<ArrayBuffer>, { status: page.status, headers });
    };
    const hit = html ? cache.page(key) : undefined;
    if (hit) return anyTag ? notModified() : respond(hit);
    await next();
    if (c.res.status !== 200) return;
    if (anyTag) {
      await c.res.body?.cancel();
      c.res = notModified();
      return;
    }
    if (!html) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', 'no-cache');
      return;
    }
    const body = new Uint8Array(await c.res.arrayBuffer());
    const page = {
      status: 200,
      headers: [...c.res.headers.entries()].filter(([name]) => !['content-length', 'set-cookie', 'etag', 'content-encoding'].includes(name)),
      body: encode(body),
    };
    cache.storePage(key, page);
    c.res = respond(page);
  });

  // Read-only site: other methods are refused with 405 on known addresses, 404 elsewhere.
  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      if (!KNOWN_PATH.test(c.req.path)) throw new HttpError(404, c.var.ui.t.errors.notFound);
      c.header('Allow', 'GET, HEAD');
      throw new HttpError(405, c.var.ui.t.errors.method(truncate(method, 12)));
    }
    await next();
  });

  app.use(
    '*',
    jsxRenderer(
      ({ children, title, nav }, c) => (
        <Layout ui={c.get('ui')} title={title} nav={nav}>
          {children}
        </Layout>
      ),
      { docType: true },
    ),
  );

  const pages = pageRoutes();
  for (const lang of LANGS) {
    app.get(`/${lang}/`, (c) => c.redirect(`/${lang}${new URL(c.req.url).search}`, 301));
    app.route(`/${lang}`, pages);
  }
  // A page address without a language goes to the reader's language; the choice depends on them.
  app.get('*', async (c, next) => {
    if (!PAGE_PATH.test(c.req.path)) return next();
    c.header('Vary', 'Cookie, Accept-Language', { append: true });
    c.header('Cache-Control', 'private, no-cache');
    // The raw, still percent-encoded path: a decoded one may hold characters a Location header cannot.
    const url = new URL(c.req.url);
    return c.redirect(`/${c.var.ui.lang}${url.pathname === '/' ? '' : url.pathname}${url.search}`, 302);
  });
  // Downloads are language-neutral and answer without a prefix too.
  app.route('/', pages);

  app.notFound((c) => errorResponse(c, new HttpError(404, c.get('ui')?.t.errors.notFound ?? MESSAGES.en.errors.notFound)));
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error);
    console.error(error);
    return errorResponse(c, new HttpError(500, (c.get('ui')?.t ?? MESSAGES.en).errors.server));
  });
  return app;
}

/** An error in the format the client asked for: a page, plain text for CSV, JSON for JSON. */
function errorResponse(c: Parameters<Parameters<Hono<Env>['onError']>[0]>[1], error: HttpError): Response | Promise<Response> {
  const format = formatOf(c.req.path);
  if (format === 'json') return c.json({ error: { status: error.status, message: error.message } }, error.status);
  if (format === 'csv') return c.text(`${error.message}\n`, error.status);
  const ui = c.get('ui');
  if (!ui) return c.text(`${error.message}\n`, error.status);
  c.status(error.status);
  return c.render(<ErrorPage ui={ui} status={error.status} message={error.message} />, { title: ui.t.errors.title(error.status), nav: 'none' });
}
