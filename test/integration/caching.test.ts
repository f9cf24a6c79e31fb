/**
 * What a browser and a slow connection get from caching: compressed answers that decode to the
 * page, ETags that turn a repeat visit into an empty 304, and never a stale page once the data
 * has changed under the server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServingDatabase } from '../../db/client';
import { seedDatabaseFile } from '../../seeds/loader';
import { createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { readConfig } from '../../src/config';
import { buildTestApp, textOf } from '../helpers/app';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

const body = async (r: Response) => Buffer.from(await r.arrayBuffer());

describe('compression', () => {
  it.each(['/en', '/en/partners/JPN', '/en/data/observations', '/data/observations.csv', '/data/commodity-shares.json?lang=ru'])('%s decodes from br and gzip to the same bytes as uncompressed', async (url) => {
    const plain = await t.app.request(url);
    const identity = await body(plain);
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const r = await t.app.request(url, { headers: { 'Accept-Encoding': `${encoding}, deflate` } });
      expect(r.status).toBe(200);
      expect(r.headers.get('vary')).toContain('Accept-Encoding');
      expect(r.headers.get('content-encoding')).toBe(encoding);
      const received = await body(r);
      expect(received.byteLength).toBeLessThan(identity.byteLength / 3);
      expect(decode(received).equals(identity)).toBe(true);
    }
  });

  it('prefers br, honours q=0, and sends no encoding a client did not ask for', async () => {
    const enc = async (accept: string) => (await t.app.request('/en', { headers: { 'Accept-Encoding': accept } })).headers.get('content-encoding');
    expect(await enc('gzip, br')).toBe('br');
    expect(await enc('br;q=0, gzip')).toBe('gzip');
    expect(await enc('identity')).toBeNull();
    expect(await enc('deflate')).toBeNull();
  });

  it('serves stylesheets and scripts compressed, fingerprinted and immutable', async () => {
    const doc = (await t.get('/en')).document;
    const assets = [...doc.querySelectorAll('script[src], link[rel="stylesheet"]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const url of assets) {
      expect(url).toMatch(/\.[0-9a-f]{8,}\.(js|css)$/);
      const r = await t.app.request(url, { headers: { 'Accept-Encoding': 'br' } });
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(r.headers.get('content-encoding')).toBe('br');
      const plain = await body(await t.app.request(url));
      expect(brotliDecompressSync(await body(r)).equals(plain)).toBe(true);
    }
  });
});

describe('ETag and 304', () => {
  it.each(['/en', '/en/partners/JPN', '/en/compare?partner=JPN&indicator=exports', '/data/observations.csv?partner=JPN', '/data/sources.json'])(
    '%s answers a repeat request with an empty 304',
    async (url) => {
      const first = await t.app.request(url);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await t.app.request(url, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
      expect((await body(again)).byteLength).toBe(0);
      expect(again.headers.get('etag')).toBe(etag);
    },
  );

  it('gives each page, language and fragment its own ETag', async () => {
    const tags = await Promise.all(
      [['/en'], ['/ru'], ['/en/partners/JPN'], ['/en/partners/JPN', { 'HX-Request': 'true', 'HX-Request-Type': 'partial' }]].map(
        async ([url, headers]) => (await t.app.request(url as string, { headers: (headers ?? {}) as Record<string, string> })).headers.get('etag'),
      ),
    );
    expect(new Set(tags).size).toBe(4);
  });

  it('tells browsers to revalidate, and lets shared caches keep pages and downloads a while', async () => {
    for (const path of ['/en', '/data/observations.csv', '/ru/data/observations.csv', '/en/partners/JPN/chart/trade-JPN.png']) {
      const r = await t.app.request(path);
      expect(r.headers.get('cache-control'), path).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
      expect(r.headers.get('set-cookie'), path).toBeNull();
      const again = await t.app.request(path, { headers: { 'If-None-Match': r.headers.get('etag') ?? '' } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('cache-control'), path).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    }
    const custom = createApp({ db: t.db, assets: await loadAssets(), sharedCache: { maxAge: 5, stale: 0 } });
    expect((await custom.request('/en')).headers.get('cache-control')).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=0');
    expect(readConfig({ CACHE_MAX_AGE: '5', CACHE_STALE: '0' }).sharedCache).toEqual({ maxAge: 5, stale: 0 });
    expect(readConfig({}).sharedCache).toEqual({ maxAge: 60, stale: 600 });
    expect(() => readConfig({ CACHE_MAX_AGE: 'a minute' })).toThrow(/CACHE_MAX_AGE must be a number of seconds/);
    expect(() => readConfig({ CACHE_STALE: '-1' })).toThrow(/CACHE_STALE must be 0 or more/);
  });

  it('says exactly what each response varies with', async () => {
    const vary = async (path: string, headers: Record<string, string> = {}) => (await t.app.request(path, { headers })).headers.get('vary');
    expect(await vary('/en/partners/JPN')).toBe('HX-Request, HX-Request-Type, Accept-Encoding');
    expect(await vary('/en/partners/JPN', { 'HX-Request': 'true', 'HX-Request-Type': 'partial' })).toBe('HX-Request, HX-Request-Type, Accept-Encoding');
    expect(await vary('/data/observations.csv')).toBe('Accept-Encoding');
    expect(await vary('/en/partners/JPN/chart/trade-JPN.png')).toBeNull();
    expect(await vary('/partners/JPN')).toBe('Cookie, Accept-Language');
  });

  it('does not cache errors: a bad request stays a 400 with its message', async () => {
    for (let i = 0; i < 2; i += 1) {
      const r = await t.get('/en/data/observations?page=0');
      expect(r.status).toBe(400);
      expect(r.headers.get('etag')).toBeNull();
    }
  });
});

describe('when the data changes under a running server', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'kz-cache-'));
  const file = path.join(work, 'data.db');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('serves the new figures at once, with a new ETag, in every cached page', async () => {
    seedDatabaseFile(file);
    const handle = openServingDatabase(file);
    const app = createApp({ db: handle.db, assets: await loadAssets() });
    const turnover = async () => {
      const r = await app.request('/en');
      const doc = parse(await r.text());
      const row = doc.querySelectorAll('section.card[aria-labelledby="card-JPN"] .headline-row').find((x) => textOf(x.querySelector('dt')) === 'Trade turnover');
      return { etag: r.headers.get('etag') ?? '', amount: textOf(row?.querySelector('.amount')) };
    };
    const before = await turnover();
    expect(before.amount).toBe('$1.3 bn');
    expect((await turnover()).etag).toBe(before.etag);

    // Another process (a seed, an import) commits: the server's own connection did not write.
    const writer = new Database(file);
    writer.prepare("update observations set value = 2.6e9 where id = '000-04'").run();
    writer.close();

    const after = await turnover();
    expect(after.amount).toBe('$2.6 bn');
    expect(after.etag).not.toBe(before.etag);
    const revalidated = await app.request('/en', { headers: { 'If-None-Match': before.etag } });
    expect(revalidated.status).toBe(200);
    handle.sqlite.close();
  });
});
