/** The routes the router owns: 405 on known addresses, 404 elsewhere, redirects for page addresses only. */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/index';
import { buildTestApp } from '../helpers/app';

describe('the read-only router', async () => {
  const t = await buildTestApp();

  it.each([
    ['/en/partners/JPN', 'text/html', 'POST'],
    ['/ru/compare', 'text/html', 'DELETE'],
    ['/data/observations.csv', 'text/plain', 'PUT'],
    ['/en/compare/partners.json', 'application/json', 'POST'],
    ['/partners', 'text/html', 'POST'],
    ['/assets/app.js', 'text/html', 'POST'],
  ])('%s refuses %s with 405 in its own format', async (path, type, method) => {
    const r = await t.app.request(path, { method });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, HEAD');
    expect(r.headers.get('content-type')).toContain(type);
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    if (type === 'application/json') expect(await r.json()).toEqual({ error: { status: 405, message: MESSAGES.en.errors.method(method) } });
  });

  it('answers 404, not 405, for a method on an address that does not exist', async () => {
    for (const path of ['/en/nowhere', '/data/nothing.csv', '/partners/JPN/extra']) {
      expect((await t.app.request(path, { method: 'POST' })).status, path).toBe(404);
    }
  });

  it('redirects exactly the page addresses without a language, and no download', async () => {
    for (const path of ['/', '/partners', '/partners/JPN', '/compare', '/compare/partners', '/sources', '/sources/000', '/search', '/data', '/data/observations', '/data/commodity-shares', '/data/sources']) {
      expect((await t.app.request(path)).status, path).toBe(302);
    }
    for (const path of ['/data/observations.csv', '/data/sources.json', '/compare.json?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09']) {
      expect((await t.app.request(path)).status, path).toBe(200);
    }
  });
});
