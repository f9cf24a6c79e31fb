/**
 * The web application: routes, rendering, errors. Starts nothing; src/server.ts serves it.
 */
import { Hono } from 'hono';
import { jsxRenderer } from 'hono/jsx-renderer';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDatabase } from '../db/client';
import { ErrorPage } from '../views/pages/error';
import { Layout } from '../views/layout';
import type { NavKey, Ui } from '../views/ui';
import { type Assets, loadAssets } from './assets';
import { type Env, formatOf, HttpError, truncate, varyOnHtmx } from './http';
import { en } from './i18n/en';
import { createFormatter } from './i18n/format';
import { compareRoutes } from './routes/compare';
import { dataRoutes } from './routes/data';
import { overviewRoutes } from './routes/overview';
import { partnerRoutes } from './routes/partners';
import { sourceRoutes } from './routes/sources';

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; nav: NavKey }): Response | Promise<Response>;
  }
}

export interface AppOptions {
  db: AppDatabase;
  /** Prebuilt assets; built on first use when absent. */
  assets?: Assets;
}

function uiFor(assets: Assets): Ui {
  return {
    lang: 'en',
    t: en,
    f: createFormatter('en'),
    assets: { css: assets.css.path, htmx: assets.htmx.path, app: assets.app.path, icon: assets.icon.path },
  };
}

/** Every address the dashboard answers; all are read-only (GET and HEAD). */
const KNOWN_PATH = /^\/(|partners(\/[^/]+)?|compare(\.csv|\.json)?|sources(\/[^/]+)?|data(\/(observations|commodity-shares|sources)(\.csv|\.json)?)?|assets\/[^/]+|favicon\.ico)$/;

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
    if (!asset) throw new HttpError(404, 'No such asset.');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('ETag', asset.etag);
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type });
  });

  // Browsers that ignore <link rel="icon"> still ask for /favicon.ico.
  app.get('/favicon.ico', async (c) => c.redirect((assets ?? (await loadAssets())).icon.path, 301));

  app.use('*', async (c, next) => {
    const ready = assets ?? (await loadAssets());
    c.set('db', db);
    c.set('assets', ready);
    c.set('ui', uiFor(ready));
    varyOnHtmx(c);
    await next();
  });

  // Read-only site: other methods are refused with 405 on known addresses, 404 elsewhere.
  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      if (!KNOWN_PATH.test(c.req.path)) throw new HttpError(404, en.errors.notFound);
      c.header('Allow', 'GET, HEAD');
      throw new HttpError(405, `This address answers GET and HEAD only, not ${truncate(method, 12)}.`);
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

  app.route('/', overviewRoutes());
  app.route('/partners', partnerRoutes());
  app.route('/', compareRoutes());
  app.route('/sources', sourceRoutes());
  app.route('/data', dataRoutes());

  app.notFound((c) => errorResponse(c, new HttpError(404, c.get('ui')?.t.errors.notFound ?? 'Not found.')));
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error);
    console.error(error);
    return errorResponse(c, new HttpError(500, (c.get('ui')?.t ?? en).errors.server));
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
