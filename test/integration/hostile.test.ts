/**
 * Curated text is untrusted as far as rendering goes: seed fixtures whose every text field holds
 * script tags, attribute breakouts, template braces, right-to-left overrides, formulas and very
 * long strings must render inert on every page and download.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { createSeededMemoryDatabase } from '../../seeds/loader';
import { at, EVERY_PAGE } from '../helpers/pages';
import { parse as parseHtml } from 'node-html-parser';
import { textOf } from '../helpers/app';
import { BRACES, BREAKOUT, hostileSeedDir, LONG, RTL, SCRIPT } from '../helpers/hostile';

const PAGES = EVERY_PAGE.map((page) => at('en', page));

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  app = createApp({ db: createSeededMemoryDatabase(hostileSeedDir()).db, assets: await loadAssets() });
});

const get = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

describe('hostile curated text', () => {
  // Russian and Kazakh pages show our versions of the notes, which are curated text too.
  const TRANSLATED = ['/ru/sources/000_a50b504d80912738', '/kk/sources/000_a50b504d80912738', '/kk/partners/JPN', '/ru/compare?partner=JPN&indicator=investment_stock&a=2014-03/2014-12&b=2025-12'];
  it.each([...PAGES, ...TRANSLATED])('%s renders it as text: no injected element, attribute or script', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    const doc = parseHtml(r.text);
    const scripts = doc.querySelectorAll('script');
    expect(scripts.map((s) => s.getAttribute('src')?.startsWith('/assets/'))).toEqual([true, true]);
    expect(scripts.every((s) => s.innerHTML === '')).toBe(true);
    // No images, except the server's drawing of each chart of ours, inside <noscript>.
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    for (const figure of doc.querySelectorAll('figure.chart')) {
      expect(figure.querySelector('noscript')?.innerHTML.trim()).toMatch(new RegExp(`^<img class="chart-image" src="/(en|ru|kk)(/[^"?]*)?/chart/${figure.id}\\.png(\\?[^"]*)?" alt="[^"<>]*" loading="lazy"/?>$`));
    }
    expect(doc.querySelectorAll('svg, iframe, object, embed, b')).toHaveLength(0);
    // The only text boxes are read-only: the citations' own, one per field, and each chart's embed code.
    expect(doc.querySelectorAll('textarea').filter((box) => !(box.hasAttribute('readonly') && (box.parentNode?.classList.contains('cite-field') || box.closest('details.embed-code'))))).toEqual([]);
    expect(doc.querySelectorAll('textarea')).toHaveLength(doc.querySelectorAll('.cite-field').length + 2 * doc.querySelectorAll('details.embed-code').length);
    for (const el of doc.querySelectorAll('*')) {
      const handlers = Object.keys(el.attributes).filter((name) => /^on/i.test(name));
      expect(handlers, el.tagName).toEqual([]);
    }
    // The raw markup never carries the hostile strings unescaped.
    expect(r.text).not.toContain(SCRIPT);
    expect(r.text).not.toContain(BREAKOUT);
  });

  it('shows the hostile strings literally, as the curators wrote them', async () => {
    const source = parseHtml((await get('/en/sources/000_a50b504d80912738')).text);
    const text = textOf(source.querySelector('main'));
    expect(text).toContain(SCRIPT);
    expect(text).toContain(BREAKOUT);
    expect(text).toContain(BRACES);
    expect(text).toContain(RTL.replace(/\s+/g, ' '));
    expect(textOf(source.querySelector('h1'))).toContain(SCRIPT);
    const long = parseHtml((await get('/en/sources/001_2a22ae72c3245a82')).text);
    expect(textOf(long.querySelector('.lead'))).toBe(LONG);
  });

  it('keeps hostile names intact inside chart data', async () => {
    const doc = parseHtml((await get('/en')).text);
    const spec = JSON.parse(doc.querySelector('figure#investment canvas')!.getAttribute('data-chart')!);
    expect(spec.datasets[0].label).toBe(`<b onmouseover=alert(1)>Japan</b> ${RTL}`);
  });

  it('neutralises formula starts in CSV text cells and leaves numbers untouched', async () => {
    const csv = await get('/data/observations.csv?source_id=000_a50b504d80912738');
    const rows = parse(csv.text, { columns: true }) as Array<Record<string, string>>;
    const first = rows.find((r) => r.id === '000-01')!;
    expect(first.quote?.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(first.value).toBe('10');
    const third = rows.find((r) => r.id === '000-03')!;
    expect(third.quote_en?.startsWith("'-ЖЖЖ")).toBe(true);
    expect(third.value).toBe('2000000000');
    const kk = parse((await get('/data/observations.csv?source_id=000_a50b504d80912738&lang=kk')).text, { columns: true }) as Array<Record<string, string>>;
    expect(kk.every((r) => r.note_kk?.startsWith(`'@${BREAKOUT}`))).toBe(true);
    const shares = parse((await get('/data/commodity-shares.csv')).text, { columns: true }) as Array<Record<string, string>>;
    expect(shares.every((s) => s.note?.startsWith(`'+${BREAKOUT}`))).toBe(true);
    expect(shares.map((s) => s.share_pct)).toContain('94.8');
    const sources = parse((await get('/data/sources.csv')).text, { columns: true }) as Array<Record<string, string>>;
    expect(sources.every((s) => s.note === `'${'=HYPERLINK("http://example.invalid","x")'}`)).toBe(true);
  });

  it('serves JSON with the strings exactly as curated (JSON is not a spreadsheet)', async () => {
    const json = JSON.parse((await get('/data/observations.json?source_id=000_a50b504d80912738')).text) as Array<Record<string, unknown>>;
    expect(String(json.find((r) => r.id === '000-01')?.quote).startsWith('=HYPERLINK(')).toBe(true);
  });
});
