/**
 * Charts that travel: every chart as an image drawn by the server, as a wide CSV, alone in a frame
 * another site may embed, and described to CMSs by oEmbed; every page's link preview image.
 */
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { PALETTE } from '../../src/charts/palette';
import { buildTestApp } from '../helpers/app';
import { at, LANGUAGES, PAGE } from '../helpers/pages';

const t = await buildTestApp();
const ORIGIN = 'http://localhost';

/** Every page with charts, and the charts each draws. */
/**
 * Every kind of chart on the curated data, each drawn in every language: trade bars by period
 * (striped part years and multi-year averages), horizontal commodity shares and investment
 * statements (Japan's page has all three), and compared periods.
 */
const CHART_PAGES = [PAGE.japan, PAGE.compareInvestment];

/** Width, height, the share of sampled pixels that are neither white nor transparent, and whether any palette colour is drawn. */
async function pixels(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  const palette = PALETTE.map((hex) => hex.match(/[0-9A-F]{2}/gi)?.map((h) => Number.parseInt(h, 16)) ?? []);
  let inked = 0;
  let sampled = 0;
  let hasColour = false;
  for (let i = 0; i < data.length; i += 4 * 97) {
    sampled += 1;
    const [r = 0, g = 0, b = 0, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
    if (a > 0 && (r < 240 || g < 240 || b < 240)) inked += 1;
    if (palette.some(([pr = 0, pg = 0, pb = 0]) => Math.abs(r - pr) < 8 && Math.abs(g - pg) < 8 && Math.abs(b - pb) < 8)) hasColour = true;
  }
  return { width: image.width, height: image.height, inkedShare: inked / sampled, hasColour };
}

describe('chart images drawn by the server', () => {
  it.each(LANGUAGES.flatMap((lang) => CHART_PAGES.map((page) => [lang, page] as const)))('%s %s: its charts are 2000-pixel-wide PNGs with a drawing on them', { timeout: 30_000 }, async (lang, page) => {
    const doc = (await t.get(at(lang, page))).document;
    const figures = doc.querySelectorAll('figure.chart');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const link = figure.querySelector('.downloads a[download]');
      const src = link?.getAttribute('href') ?? '';
      expect(src).toMatch(new RegExp(`^/${lang}.*/chart/${figure.id}\\.png`));
      expect(figure.querySelector('noscript')?.innerHTML).toContain(`src="${src.replaceAll('&', '&amp;')}"`);
      const r = await t.app.request(src);
      expect(r.status, src).toBe(200);
      expect(r.headers.get('content-type')).toBe('image/png');
      const image = await pixels(new Uint8Array(await r.arrayBuffer()));
      expect(image.width).toBe(2000);
      expect(image.height).toBeGreaterThan(700);
      // Title, axes, bars and footer: a chart covers far more than a blank frame, far less than a filled one.
      expect(image.inkedShare, src).toBeGreaterThan(0.04);
      expect(image.inkedShare, src).toBeLessThan(0.9);
      expect(image.hasColour, src).toBe(true);
    }
  });

  it('is drawn once per data version: the second request is the stored image with the same ETag', async () => {
    const path = '/en/partners/JPN/chart/trade-JPN.png';
    const first = await t.app.request(path);
    const second = await t.app.request(path);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    expect((await t.app.request(path, { headers: { 'If-None-Match': first.headers.get('etag') ?? '' } })).status).toBe(304);
    expect(second.headers.get('content-encoding')).toBeNull();
  });

  it('answers 404 for a chart the page does not have, and the page’s own error for a page that does not exist', async () => {
    const missing = await t.app.request('/en/partners/JPN/chart/nothing-here.png');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('no chart with that name');
    const partner = await t.app.request('/en/partners/XYZ/chart/trade-XYZ.png');
    expect(partner.status).toBe(404);
    const bad = await t.app.request('/en/compare/chart/compare-chart.png?partner=JPN&a=banana');
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain('<');
  });

  it('gives each page a link-preview image: its first chart, or a card where it has none', { timeout: 30_000 }, async () => {
    for (const page of [PAGE.japan, PAGE.sources, PAGE.source000, PAGE.data]) {
      const doc = (await t.get(at('ru', page))).document;
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image.startsWith(`${ORIGIN}/ru`)).toBe(true);
      expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
      const r = await t.app.request(image);
      expect(r.status, image).toBe(200);
      expect((await pixels(new Uint8Array(await r.arrayBuffer()))).inkedShare).toBeGreaterThan(0.01);
    }
    const japan = await t.app.request('/ru/partners/JPN/image.png');
    const chart = await t.app.request('/ru/partners/JPN/chart/trade-JPN.png');
    expect(Buffer.from(await japan.arrayBuffer()).equals(Buffer.from(await chart.arrayBuffer()))).toBe(true);
  });
});

describe('what travels with a chart', () => {
  it('names its articles, says what its stripes mean, and carries the page’s warnings', async () => {
    const page = await t.get('/en/partners/JPN');
    const composition = page.document.querySelector('figure.chart[id^="composition-import"]');
    expect(JSON.parse(composition?.getAttribute('data-sources') ?? '[]')).toEqual(['Kazinform, 17 Dec 2025']);
    const trade = page.document.querySelector('#trade-JPN canvas')?.getAttribute('data-chart') ?? '{}';
    expect((JSON.parse(trade) as { stripes?: string }).stripes).toContain('Striped bars are not calendar years');
    expect((JSON.parse(composition?.querySelector('canvas')?.getAttribute('data-chart') ?? '{}') as { stripes?: string }).stripes).toContain('unitemised');
    const compare = (await t.get('/en/compare?partner=JPN&indicator=investment_stock&a=2014-03/2014-12&b=2025-12')).document;
    expect(compare.querySelector('#compare-chart .chart-note')?.textContent).toContain('different kinds of investment');
    expect(JSON.parse(compare.querySelector('#compare-chart')?.getAttribute('data-sources') ?? '[]')).toHaveLength(4);
  });
});

describe('a chart as wide CSV', () => {
  it('is one row per bar group with the drawn values and the table’s derived balance, as drawn', async () => {
    const r = await t.app.request('/en/partners/JPN/chart/trade-JPN.csv');
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await r.text()) as string[][];
    expect(rows[0]).toEqual(['Period', 'Trade turnover (USD)', 'Exports (USD)', 'Imports (USD)', 'Balance (derived), lower bound (USD)', 'Balance (derived), upper bound (USD)']);
    expect(rows.slice(1)).toEqual([
      ['2008–2012 (annual average)', '1400000000', '700000000', '680000000', '0', '40000000'],
      ['2024', '2000000000', '', '', '', ''],
      ['Jan–Sep 2025 (9 months)', '1300000000', '331900000', '944200000', '-612400000', '-612200000'],
    ]);
  });

  it('speaks the page’s language and is offered beside every chart', async () => {
    const doc = (await t.get('/kk/partners/JPN')).document;
    for (const figure of doc.querySelectorAll('figure.chart')) {
      const href = figure.querySelector(`.downloads a[href$="/chart/${figure.id}.csv"]`)?.getAttribute('href');
      expect(href, figure.id).toBeDefined();
      const rows = parseCsv(await (await t.app.request(href ?? '')).text()) as string[][];
      expect(rows.length, figure.id).toBeGreaterThan(1);
    }
    const rows = parseCsv(await (await t.app.request('/kk/partners/JPN/chart/trade-JPN.csv')).text()) as string[][];
    expect(rows[0]?.[0]).toBe('Кезең');
  });
});

describe('embedding a chart', () => {
  it('may be framed by any site, and only the embed page may', async () => {
    const embed = await t.app.request('/ru/partners/JPN/embed/trade-JPN');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const path of ['/ru/partners/JPN', '/en', '/en/partners/JPN/chart/trade-JPN.csv', '/oembed?url=x']) {
      const r = await t.app.request(path);
      expect(r.headers.get('x-frame-options'), path).toBe('DENY');
      expect(r.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('is the chart, its table for screen readers, its sources and a link back, in the chosen language', async () => {
    const r = await t.get('/ru/partners/JPN/embed/trade-JPN');
    const doc = r.document;
    expect(r.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ru');
    expect(doc.querySelector('html')?.hasAttribute('data-embed')).toBe(true);
    expect(doc.querySelectorAll('figure.chart').map((f) => f.id)).toEqual(['trade-JPN']);
    expect(doc.querySelector('figure canvas[data-chart]')).not.toBeNull();
    expect(doc.querySelectorAll('figure .chart-table tbody tr').length).toBe(3);
    expect(doc.querySelector('.embed-source')?.textContent).toMatch(/^Источники: Kazinform, 17 декабря 2025\sг\.; Статья 001, декабрь 2025\sг\.; Статья 003, 2014\sг\. · /);
    expect(doc.querySelector('.embed-source a')?.getAttribute('href')).toBe('/ru/partners/JPN');
    expect(doc.querySelector('base')?.getAttribute('target')).toBe('_blank');
  });

  it('offers copyable embed code beside every chart, and the host script answers other sites', async () => {
    const doc = (await t.get('/en/partners/JPN')).document;
    for (const figure of doc.querySelectorAll('figure.chart')) {
      const code = figure.querySelector('details.embed-code textarea')?.textContent ?? '';
      expect(code).toContain(`<iframe src="${ORIGIN}/en/partners/JPN/embed/${figure.id}"`);
    }
    const script = await t.app.request('/embed.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await script.text()).toContain('kzTradeEmbed');
  });
});

describe('oEmbed', () => {
  const ask = (url: string, extra = '') => t.app.request(`/oembed?url=${encodeURIComponent(url)}${extra}`);

  it('answers a chart page with a rich iframe of the chart the address names, and the server image as thumbnail', async () => {
    const r = await ask(`${ORIGIN}/ru/partners/JPN#trade-JPN`, '&format=json&maxwidth=600');
    expect(r.status).toBe(200);
    const body = (await r.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 600, provider_url: `${ORIGIN}/`, thumbnail_url: `${ORIGIN}/ru/partners/JPN/chart/trade-JPN.png`, thumbnail_width: 2000 });
    expect(body.provider_name).toBe('Торговля и инвестиции Казахстана: панель данных');
    expect(body.html).toBe(`<iframe src="${ORIGIN}/ru/partners/JPN/embed/trade-JPN" width="600" height="720" style="border:0;max-width:100%" title="${body.title as string}" loading="lazy"></iframe>`);
    const image = await t.app.request(body.thumbnail_url as string);
    expect((await pixels(new Uint8Array(await image.arrayBuffer()))).height).toBe(body.thumbnail_height);
    const first = (await (await ask(`${ORIGIN}/en/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09`)).json()) as { html: string };
    expect(first.html).toContain(`${ORIGIN}/en/compare/embed/compare-chart?partner=JPN&amp;indicator=trade_turnover&amp;a=2024&amp;b=2025-01/2025-09`.replaceAll('&amp;', '&'));
  });

  it.each([
    [`${ORIGIN}/en/sources`, 404],
    [`${ORIGIN}/en/partners/XYZ`, 404],
    [`${ORIGIN}/en/partners/JPN#nothing`, 404],
    ['https://elsewhere.example/en/partners/JPN', 404],
    [`${ORIGIN}/data/observations.csv`, 404],
    ['not a url', 400],
  ])('%s → %i, as JSON', async (url, status) => {
    const r = await ask(url);
    expect(r.status).toBe(status);
    expect(((await r.json()) as { error: { status: number } }).error.status).toBe(status);
  });

  it('offers only JSON', async () => {
    const r = await ask(`${ORIGIN}/en/partners/JPN`, '&format=xml');
    expect(r.status).toBe(501);
  });
});
