/**
 * Property-based fuzzing: thousands of generated paths and query strings sent to every route.
 * Never a 5xx, never the input reflected raw, always a well-formed response of the declared type.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app';
import { FUZZ_ROUTES as ROUTES } from '../helpers/pages';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

/** A marker that must never come back unescaped. */
const MARK = '<zq"\'>';
const PARAMS = ['partner', 'reporter', 'indicator', 'flow', 'commodity', 'qualifier', 'source_id', 'period', 'page', 'bom', 'a', 'b', 'lang', 'x'];
const VALUES = ['JPN', 'RUS', 'KAZ', 'C5', 'jpn', 'trade_turnover', 'exports', 'export', 'import', 'approx', '2024', '2025-01/2025-09', '2008/2012', '2014-12', '2025-12', '2025-13', '9999', '0', '-1', '1e9', '1', '000_a50b504d80912738', '', ',', '%', '..', '../../etc/passwd', "' or 1=1 --", '\u202E', '\u0000'];

const text = fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ maxLength: 10 }).map((s) => `${s}${MARK}`));
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), text), { maxLength: 5 });
const url = fc.tuple(fc.constantFrom(...ROUTES), fc.oneof(fc.constant(''), text), query).map(([route, tail, params]) => {
  const search = new URLSearchParams(params);
  return `${route}${route.endsWith('/') ? encodeURIComponent(tail) : ''}${params.length ? `?${search}` : ''}`;
});

async function check(path: string, partial: boolean): Promise<void> {
  const response = await t.app.request(path, { headers: partial ? { 'HX-Request': 'true', 'HX-Request-Type': 'partial' } : {} });
  const body = await response.text();
  const type = response.headers.get('content-type') ?? '';
  expect(response.status, path).toBeLessThan(500);
  expect(body, path).not.toContain(MARK);
  expect(body, path).not.toContain('<zq');
  if (response.status >= 300 && response.status < 400) {
    expect(response.headers.get('location'), path).toMatch(/^\//);
    return;
  }
  if (response.status === 304) return;
  const pathname = new URL(`http://x${path}`).pathname;
  if (pathname.endsWith('.json')) {
    expect(type, path).toMatch(/^application\/json/);
    expect(() => JSON.parse(body), path).not.toThrow();
  } else if (pathname.endsWith('.csv')) {
    expect(type, path).toMatch(response.ok ? /^text\/csv/ : /^text\/plain/);
    if (response.ok) expect(() => parseCsv(body, { columns: true, bom: true }), path).not.toThrow();
  } else if (pathname === '/assets' || pathname.startsWith('/assets/')) {
    // Assets are files, not pages: a missing one is a plain-text 404.
    expect(type, path).toMatch(response.ok ? /^(text\/(css|javascript)|image\/svg\+xml)/ : /^text\/plain/);
  } else {
    expect(type, path).toMatch(/^text\/html/);
    if (!partial) expect(parseHtml(body).querySelector('html > body > main h1'), path).toBeTruthy();
  }
}

describe('fuzzing every route', () => {
  it('full requests: 2000 generated URLs', async () => {
    await fc.assert(fc.asyncProperty(url, (path) => check(path, false)), { numRuns: 2000 });
  }, 60_000);

  it('htmx partial requests: 1000 generated URLs', async () => {
    await fc.assert(fc.asyncProperty(url, (path) => check(path, true)), { numRuns: 1000 });
  }, 60_000);

  it('raw paths with odd bytes and traversal attempts', async () => {
    const raw = fc.array(fc.oneof(fc.constantFrom('..', '%2e%2e', '%00', '%ff', '%3Cscript%3E', '//', 'partners', 'sources', 'data', 'assets', 'compare.csv'), fc.string({ maxLength: 6 }).map(encodeURIComponent)), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(raw, (segments) => check(`/${segments.join('/')}`, false)),
      { numRuns: 1000 },
    );
  }, 60_000);
});
