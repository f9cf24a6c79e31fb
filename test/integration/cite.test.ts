/**
 * Citations as a journalist copies them: on a source page, beside each figure and under each
 * chart; the text and BibTeX name the article(s) and the dataset version, with an absolute
 * permalink and an access date that the page cache never lets go stale.
 */
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { readConfig } from '../../src/config';
import { TRADE } from '../../src/domain/codes';
import { MESSAGES } from '../../src/i18n/index';
import { datasetInfo, listSources } from '../../src/queries/reference';
import { createSeededMemoryDatabase } from '../../seeds/loader';
import { buildTestApp, textOf } from '../helpers/app';
import { parseBibtex, unescapedSpecials } from '../helpers/bibtex';
import { hostileSeedDir } from '../helpers/hostile';
import { at, EVERY_PAGE, PAGE, SOURCE } from '../helpers/pages';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

/** The citation text and BibTeX of the Cite control with this id (the formatter's no-break spaces, "2025 г.", read as spaces). */
const citation = (doc: ReturnType<typeof parse>, id: string) => ({
  text: (doc.querySelector(`#${id}-text`)?.textContent ?? '').replaceAll('\u00a0', ' '),
  bibtex: doc.querySelector(`#${id}-bibtex`)?.textContent ?? '',
});

/** Every BibTeX box of a page parses, with ASCII keys and no unescaped LaTeX special outside the verbatim url. */
function checkBibtex(doc: ReturnType<typeof parse>) {
  const boxes = doc.querySelectorAll('textarea.cite-bibtex');
  for (const box of boxes) {
    const entries = parseBibtex(box.textContent);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.key).toMatch(/^[A-Za-z0-9:._-]+$/);
      for (const [name, value] of Object.entries(entry.fields)) if (name !== 'url') expect(unescapedSpecials(value), `${entry.key} ${name}`).toEqual([]);
    }
  }
  return boxes.length;
}

describe("article 000's source page", () => {
  it('cites the article (publisher, title, date, address) and the dataset at the version the database holds', async () => {
    const source = listSources(t.db).find((s) => s.id === SOURCE.japan000)!;
    const { version } = datasetInfo(t.db);
    expect(source.url).toMatch(/^https:\/\//);
    const doc = (await t.get(at('en', PAGE.source000))).document;
    const { text, bibtex } = citation(doc, 'cite-source');
    expect(text).toContain(`Kazinform. (17 Dec 2025). ${source.title} [${source.titleEn}]. ${source.url}`);
    expect(text).toContain(`Kazakhstan Trade & Investment Dashboard (version ${version}).`);
    expect(text).toMatch(new RegExp(`Retrieved \\d{1,2} \\w{3,4} \\d{4}, from http://localhost/en/sources/${SOURCE.japan000}$`));

    const [article, dataset, ...rest] = parseBibtex(bibtex);
    expect(rest).toEqual([]);
    expect(article?.type).toBe('article');
    expect(article?.fields).toMatchObject({ journal: 'Kazinform', title: `{${source.title}}`, year: '2025', month: 'dec', date: '2025-12-17', url: source.url, language: 'uzbek' });
    expect(dataset?.type).toBe('misc');
    expect(dataset?.key).toBe(`kztid:${version}:source-000`);
    expect(dataset?.fields).toMatchObject({ author: '{Kazakhstan Trade \\& Investment Dashboard}', version, url: `http://localhost/en/sources/${SOURCE.japan000}` });
    expect(dataset?.fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dataset?.fields.note).toContain('Kazinform, 17 Dec 2025');
  });

  it('links to the original article, apart from the site, only where its address is known', async () => {
    const source = listSources(t.db).find((s) => s.id === SOURCE.japan000)!;
    const link = (await t.get(at('en', PAGE.source000))).document.querySelector('main a[rel="noopener noreferrer"]');
    expect(textOf(link)).toBe('Read the original article');
    expect(link?.getAttribute('href')).toBe(source.url);
    expect((await t.get(at('en', PAGE.source001))).document.querySelector('main a[rel~="noopener"]')).toBeNull();
    const list = (await t.get(at('ru', PAGE.sources))).document.querySelectorAll('a.original-link');
    expect(list.map((a) => a.getAttribute('href'))).toEqual([source.url]);
    expect(list.map((a) => a.getAttribute('rel'))).toEqual(['noopener noreferrer']);
  });

  it('gives each figure its absolute permalink and a citation naming the figure and the article', async () => {
    const doc = (await t.get(at('en', PAGE.source000))).document;
    const cards = doc.querySelectorAll('li.quote-card');
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) {
      const id = card.getAttribute('id')!.slice('fig-'.length);
      const permalink = card.querySelector('.permalink a')?.getAttribute('href');
      expect(permalink).toBe(`http://localhost/en/sources/${SOURCE.japan000}?figure=${id}#fig-${id}`);
      const { text, bibtex } = citation(card as unknown as ReturnType<typeof parse>, `cite-fig-${id}`);
      expect(text).toContain(`Figure ${id}: `);
      expect(text).toContain(`from ${permalink}`);
      expect(text).toContain('Kazinform. (17 Dec 2025).');
      expect(parseBibtex(bibtex)[0]?.fields.url).toBe(permalink);
    }
  });
});

describe('a chart cites every article its figures come from', () => {
  it('on the Japan page, for each chart', async () => {
    const sources = listSources(t.db);
    const doc = (await t.get(at('en', PAGE.japan))).document;
    const charts = doc.querySelectorAll('figure.chart');
    expect(charts.length).toBeGreaterThan(1);
    for (const chart of charts) {
      const id = chart.getAttribute('id')!;
      const { text, bibtex } = citation(doc, `${id}-cite`);
      expect(text).toContain(`from http://localhost/en/partners/JPN#${id}`);
      // The articles of the figures its table links to; the citation names exactly these.
      const linked = new Set(chart.querySelectorAll('.chart-table a.source-link').map((a) => /\/sources\/([^?]+)/.exec(a.getAttribute('href') ?? '')?.[1]));
      expect(linked.size).toBeGreaterThan(0);
      const named = sources.filter((s) => text.includes(`${s.publisher ?? `Article ${s.id.slice(0, 3)}`}. (`) && text.includes(s.title.replace(/\s+/g, ' ').trim()));
      expect(named.map((s) => s.id).sort(), id).toEqual([...linked].sort());
      for (const s of named) expect(parseBibtex(bibtex)[0]?.fields.note).toContain(s.publisher ?? `Article ${s.id.slice(0, 3)}`);
    }
  });

  it('the trade chart names every article that states Japan’s trade, read from the database', async () => {
    const stating = new Set(
      t.db.$client
        .prepare(`select distinct source_id from observations where partner = 'JPN' and reporter = 'KAZ' and indicator in (${TRADE.map(() => '?').join(',')})`)
        .pluck()
        .all(...TRADE) as string[],
    );
    expect(stating.size).toBeGreaterThan(1);
    const { text } = citation((await t.get(at('en', PAGE.japan))).document, 'trade-JPN-cite');
    expect(text).toContain(`Sources:`);
    const lines = text.split('\n').slice(text.split('\n').indexOf('Sources:') + 1);
    expect(lines).toHaveLength(stating.size);
    for (const s of listSources(t.db).filter((x) => stating.has(x.id))) expect(text).toContain(`${s.publisher ?? `Article ${s.id.slice(0, 3)}`}. (`);
  });
});

describe('permalinks are absolute', () => {
  it("on the request's origin, each origin its own cached page", async () => {
    for (const origin of ['http://example.test', 'https://other.example:8443']) {
      const r = await t.app.request(`${origin}/en/sources/${SOURCE.japan000}`);
      const doc = parse(await r.text());
      expect(citation(doc, 'cite-source').text).toContain(`from ${origin}/en/sources/${SOURCE.japan000}`);
      expect(doc.querySelector('.permalink a')?.getAttribute('href')).toMatch(new RegExp(`^${origin.replace(/[.:/]/g, '\\$&')}/en/sources/`));
    }
  });

  it('on PUBLIC_URL where it is set', async () => {
    const app = createApp({ db: createSeededMemoryDatabase().db, assets: await loadAssets(), publicUrl: 'https://trade.example.kz' });
    const doc = parse(await (await app.request(`http://internal:3000/ru/partners/JPN`)).text());
    const { text, bibtex } = citation(doc, 'trade-JPN-cite');
    expect(text).toContain('URL: https://trade.example.kz/ru/partners/JPN#trade-JPN');
    expect(text).not.toContain('internal');
    expect(parseBibtex(bibtex)[0]?.fields.url).toBe('https://trade.example.kz/ru/partners/JPN#trade-JPN');
  });

  it('PUBLIC_URL is read as an http(s) origin', () => {
    expect(readConfig({ PUBLIC_URL: 'https://trade.example.kz/some/path/' }).publicUrl).toBe('https://trade.example.kz');
    expect(readConfig({}).publicUrl).toBeUndefined();
    expect(() => readConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => readConfig({ PUBLIC_URL: 'trade.example.kz' })).toThrow(/PUBLIC_URL/);
  });
});

describe('the access date', () => {
  it('is today in UTC, in the reader’s language, and a new day gives a new page and ETag', async () => {
    let clock = new Date('2026-12-01T23:59:00Z');
    const c = await buildTestApp({ now: () => clock });
    const path = at('en', PAGE.source000);
    const first = await c.app.request(path);
    const etag = first.headers.get('etag')!;
    expect(citation(parse(await first.text()), 'cite-source').text).toContain('Retrieved 1 Dec 2026, from');

    clock = new Date('2026-12-01T23:59:59Z');
    expect((await c.app.request(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    clock = new Date('2026-12-02T00:00:01Z');
    const next = await c.app.request(path, { headers: { 'If-None-Match': etag } });
    expect(next.status).toBe(200);
    expect(next.headers.get('etag')).not.toBe(etag);
    const doc = parse(await next.text());
    expect(citation(doc, 'cite-source').text).toContain('Retrieved 2 Dec 2026, from');
    expect(parseBibtex(citation(doc, 'cite-source').bibtex)[1]?.fields.urldate).toBe('2026-12-02');

    expect(citation((await c.get(at('ru', PAGE.source000))).document, 'cite-source').text).toContain('(дата обращения: 2 декабря 2026 г.).');
    expect(citation((await c.get(at('kk', PAGE.source000))).document, 'cite-source').text).toContain('(қаралған күні: 2026 ж. 2 желтоқсан).');
  });

  it('leaves downloads’ ETags alone: they carry no date', async () => {
    let clock = new Date('2026-12-01T12:00:00Z');
    const c = await buildTestApp({ now: () => clock });
    const before = (await c.app.request('/data/sources.csv')).headers.get('etag');
    clock = new Date('2026-12-05T12:00:00Z');
    expect((await c.app.request('/data/sources.csv')).headers.get('etag')).toBe(before);
  });
});

describe('the Cite control', () => {
  it.each(['en', 'ru', 'kk'] as const)('is labelled in %s, selectable without script, with a Copy button the script reveals', async (lang) => {
    const m = MESSAGES[lang].cite;
    const doc = (await t.get(at(lang, PAGE.source000))).document;
    expect(textOf(doc.querySelector('details#cite-source > summary'))).toBe(m.page);
    expect(doc.querySelectorAll('li.quote-card details.cite > summary').every((s) => textOf(s) === m.figure)).toBe(true);
    expect(doc.querySelectorAll('.cite-field label').map(textOf).slice(0, 2)).toEqual([m.text, m.bibtex]);
    for (const slot of doc.querySelectorAll('.copy-slot')) {
      expect(slot.hasAttribute('hidden')).toBe(true);
      const button = slot.querySelector('button[data-copy]')!;
      expect(textOf(button)).toBe(m.copy);
      expect(button.getAttribute('data-copied')).toBe(m.copied);
      expect(doc.querySelector(`textarea#${button.getAttribute('data-copy')}[readonly]`)).not.toBeNull();
      expect(slot.querySelector('.copy-status')?.getAttribute('role')).toBe('status');
    }
    const japan = (await t.get(at(lang, PAGE.japan))).document;
    expect(japan.querySelectorAll('figure.chart .downloads details.cite > summary').map(textOf)).toEqual(japan.querySelectorAll('figure.chart').map(() => m.chart));
    const text = citation(doc, 'cite-source').text;
    if (lang === 'en') expect(text).toContain('Retrieved');
    else {
      expect(text).not.toMatch(/Retrieved|version|Figures from/);
      expect(text).toContain(MESSAGES[lang].site.name);
      expect(text).toContain(lang === 'ru' ? '(версия ' : ' нұсқасы)');
      expect(text).toContain(lang === 'ru' ? 'Kazinform. (17 декабря 2025 г.).' : 'Kazinform. (2025 ж. 17 желтоқсан).');
    }
  });

  it('gives well-formed BibTeX on every page that has one', async () => {
    let total = 0;
    for (const page of EVERY_PAGE) total += checkBibtex((await t.get(at('en', page))).document);
    expect(total).toBeGreaterThan(20);
  });

  it('gives well-formed BibTeX from hostile curated text', async () => {
    const app = createApp({ db: createSeededMemoryDatabase(hostileSeedDir()).db, assets: await loadAssets() });
    for (const page of [PAGE.source000, PAGE.source001, PAGE.japan]) {
      const doc = parse(await (await app.request(at('en', page))).text());
      expect(checkBibtex(doc)).toBeGreaterThan(0);
    }
  });
});
