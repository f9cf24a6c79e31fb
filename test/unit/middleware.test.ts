/** Each middleware of src/middleware/ on a small app of its own (together on the dashboard: test/integration/routing.test.ts). */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { DataCache } from '../../src/cache';
import { type Env, HttpError } from '../../src/http';
import { MESSAGES } from '../../src/i18n/index';
import { detectLanguage, languageOf } from '../../src/middleware/language';
import { pageCache } from '../../src/middleware/page-cache';
import { readOnly } from '../../src/middleware/read-only';
import { securityHeaders } from '../../src/middleware/security';
import type { Ui } from '../../views/ui';

/** A small app with a fake interface in the context, as requestContext would set it. */
function tiny(lang: 'en' | 'ru' = 'en') {
  const app = new Hono<Env>();
  app.use(async (c, next) => {
    c.set('ui', { lang, t: MESSAGES[lang], cite: { today: '2025-12-17', origin: 'http://localhost' } } as unknown as Ui);
    await next();
  });
  return app;
}

describe('securityHeaders', () => {
  it('forbids framing and foreign scripts on every response, errors included', async () => {
    const app = new Hono();
    app.use(securityHeaders());
    app.get('/', (c) => c.text('ok'));
    for (const path of ['/', '/missing']) {
      const r = await app.request(path);
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('detectLanguage', () => {
  const app = new Hono<{ Variables: { language: string } }>();
  app.use(detectLanguage());
  app.get('*', (c) => (c.req.path.endsWith('.csv') ? c.text(languageOf(c.var.language)) : c.html(languageOf(c.var.language))));
  const ask = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

  it.each([
    ['/ru/partners', {}, 'ru'],
    ['/kk/partners', { Cookie: 'lang=ru', 'Accept-Language': 'en' }, 'kk'],
    ['/partners', { Cookie: 'lang=kk', 'Accept-Language': 'ru' }, 'kk'],
    ['/partners', { Cookie: 'lang=xx', 'Accept-Language': 'ru-RU,ru;q=0.9' }, 'ru'],
    ['/partners', { 'Accept-Language': 'de-DE, kk;q=0.5, en;q=0.3' }, 'kk'],
    ['/partners', { 'Accept-Language': 'ru;q=0, kk;q=0.2' }, 'kk'],
    ['/partners', { 'Accept-Language': 'de, fr' }, 'en'],
    ['/de/partners', {}, 'en'],
  ])('%s with %j → %s', async (path, headers, lang) => {
    expect(await (await ask(path, headers)).text()).toBe(lang);
  });
});

describe('pageCache', () => {
  function cached() {
    let version = 1;
    let renders = 0;
    const app = tiny();
    app.use(pageCache(new DataCache(() => version)));
    app.get('/page', (c) => {
      renders += 1;
      c.header('Set-Cookie', 'once=1');
      return c.html(`<p>render ${renders}</p>`);
    });
    app.get('/data.csv', (c) => {
      renders += 1;
      return c.text('a,b\n');
    });
    app.get('/gone', (c) => c.html('<p>missing</p>', 404));
    return { app, bump: () => (version += 1), renders: () => renders };
  }

  it('renders a page once per data version and answers a known ETag with an empty 304', async () => {
    const { app, bump, renders } = cached();
    const first = await app.request('/page');
    const etag = first.headers.get('etag') ?? '';
    expect(await first.text()).toBe('<p>render 1</p>');
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    const again = await app.request('/page');
    expect(await again.text()).toBe('<p>render 1</p>');
    expect(again.headers.get('set-cookie')).toBeNull();
    const revalidated = await app.request('/page', { headers: { 'If-None-Match': `"x", ${etag}` } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    bump();
    const changed = await app.request('/page', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('<p>render 2</p>');
    expect(renders()).toBe(2);
  });

  it('serves the encoding asked for and says it varies with it', async () => {
    const { app } = cached();
    const br = await app.request('/page', { headers: { 'Accept-Encoding': 'gzip;q=1, br;q=0.1' } });
    expect(br.headers.get('content-encoding')).toBe('gzip');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
  });

  it('gives downloads an ETag without keeping their bodies, and keeps no error page', async () => {
    const { app, renders } = cached();
    const first = await app.request('/data.csv');
    expect(first.headers.get('etag')).toMatch(/^W\/"/);
    await app.request('/data.csv');
    expect(renders()).toBe(2);
    expect((await app.request('/gone')).headers.get('etag')).toBeNull();
    expect((await app.request('/page', { headers: { 'If-None-Match': '*' } })).status).toBe(304);
    expect((await app.request('/gone', { headers: { 'If-None-Match': '*' } })).status).toBe(404);
  });
});

describe('readOnly', () => {
  const app = tiny();
  app.use(readOnly(app, (c, e) => c.text(`${e.status} ${e.message}`, e.status)));
  app.get('/things/:id', (c) => c.text(c.req.param('id')));
  app.notFound((c) => c.text('not found', 404));
  app.onError((e, c) => (e instanceof HttpError ? c.text(e.message, e.status) : c.text('server', 500)));

  it('refuses other methods on a known address with 405 and Allow, in the reader’s words', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const r = await app.request('/things/7', { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.get('allow')).toBe('GET, HEAD');
      expect(await r.text()).toBe(`405 ${MESSAGES.en.errors.method(method)}`);
    }
  });

  it('leaves GET, HEAD, unknown addresses and errors thrown by handlers alone', async () => {
    expect(await (await app.request('/things/7')).text()).toBe('7');
    expect((await app.request('/things/7', { method: 'HEAD' })).status).toBe(200);
    expect((await app.request('/elsewhere', { method: 'POST' })).status).toBe(404);
  });
});

describe('DataCache', () => {
  const page = (bytes: number) => ({ status: 200, headers: [], body: { identity: new Uint8Array(bytes), gzip: new Uint8Array(0), br: new Uint8Array(0) } });

  it('keeps pages within its byte budget, dropping the least recently used, and never one too large', () => {
    const cache = new DataCache(() => 1, { models: 2, pageBytes: 800 });
    cache.storePage('a', page(90));
    cache.storePage('b', page(90));
    for (let i = 0; i < 7; i++) cache.storePage(`x${i}`, page(90));
    expect(cache.page('a')).toBeUndefined();
    expect(cache.page('x6')).toBeDefined();
    cache.storePage('huge', page(101));
    expect(cache.page('huge')).toBeUndefined();
    cache.storePage('x6', page(90));
    cache.storePage('x6', page(90));
    expect(cache.page('x0')).toBeDefined();
  });

  it('computes a model once per data version, undefined included, and forgets all when the data changes', () => {
    let version = 1;
    let calls = 0;
    const cache = new DataCache(() => version, { models: 2, pageBytes: 800 });
    const unknown = () => {
      calls += 1;
      return undefined;
    };
    cache.memo('partner XXX', unknown);
    cache.memo('partner XXX', unknown);
    expect(calls).toBe(1);
    cache.storePage('p', page(10));
    version = 2;
    cache.memo('partner XXX', unknown);
    expect(calls).toBe(2);
    expect(cache.page('p')).toBeUndefined();
  });
});
