/**
 * What a browser or proxy sends when it revalidates or negotiates: several ETags at once, weak
 * and `*` forms, Accept-Encoding with q-values, and the icon address browsers ask for by themselves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

describe('If-None-Match', () => {
  it.each(['/en', '/en/partners/JPN', '/data/observations.csv?partner=JPN', '/data/sources.json'])('%s: a list that holds the ETag, or the ETag without W/, gets an empty 304', async (url) => {
    const etag = (await t.app.request(url)).headers.get('etag')!;
    for (const header of [`"elsewhere", ${etag}`, `${etag}, W/"other"`, etag.replace(/^W\//, '')]) {
      const again = await t.app.request(url, { headers: { 'If-None-Match': header } });
      expect(again.status, header).toBe(304);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
      expect(again.headers.get('etag')).toBe(etag);
    }
    expect((await t.app.request(url, { headers: { 'If-None-Match': '"elsewhere", W/"other"' } })).status).toBe(200);
  });

  it('`*` is a 304 for a page that exists, and no 304 for one that does not', async () => {
    const star = { 'If-None-Match': '*' };
    expect((await t.app.request('/en/partners/JPN', { headers: star })).status).toBe(304);
    expect((await t.app.request('/en/partners/JPN', { headers: star })).status).toBe(304);
    expect((await t.app.request('/data/observations.csv', { headers: star })).status).toBe(304);
    expect((await t.app.request('/en/partners/ZZZ', { headers: star })).status).toBe(404);
    expect((await t.app.request('/en/data/observations?page=0', { headers: star })).status).toBe(400);
  });

  it('assets: a list or a weak form of their ETag gets a 304', async () => {
    const src = (await t.get('/en')).document.querySelector('script[src^="/assets/app."]')!.getAttribute('src')!;
    const etag = (await t.app.request(src)).headers.get('etag')!;
    for (const header of [`"x", ${etag}`, `W/${etag}`, '*']) {
      expect((await t.app.request(src, { headers: { 'If-None-Match': header } })).status, header).toBe(304);
    }
  });
});

describe('Accept-Encoding q-values', () => {
  it.each(['/en', '/data/observations.csv'])('%s: follows the client’s ratings', async (url) => {
    const enc = async (accept: string) => (await t.app.request(url, { headers: { 'Accept-Encoding': accept } })).headers.get('content-encoding');
    expect(await enc('gzip;q=1, br;q=0.1')).toBe('gzip');
    expect(await enc('br;q=0')).toBeNull();
    expect(await enc('gzip;q=0, br;q=0')).toBeNull();
    expect(await enc('*;q=0.5, br;q=0')).toBe('gzip');
  });
});

describe('/favicon.ico', () => {
  it('redirects temporarily to the fingerprinted icon, so that a new icon is found', async () => {
    const r = await t.app.request('/favicon.ico');
    expect(r.status).toBe(302);
    const icon = r.headers.get('location')!;
    expect(icon).toMatch(/^\/assets\/favicon\.[0-9a-f]+\.svg$/);
    expect((await t.app.request(icon)).headers.get('content-type')).toBe('image/svg+xml');
  });
});
