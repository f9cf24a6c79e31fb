/**
 * The dashboard at a size where a wrong query plan or an unbounded page shows: the benchmark's
 * synthetic database at 20,000 observations and as many commodity shares (200 partners, 40
 * sources), with the planner
 * statistics the seed loader leaves. Every statement the pages and downloads run is recorded with
 * its parameters, and SQLite is asked how it reads each one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openServingDatabase } from '../../db/client';
import { createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { SOURCE_FIGURES_SHOWN } from '../../src/routes/sources';
import { generateBenchDatabase } from '../bench/generate';
import { textOf } from '../helpers/app';
import { at, DOWNLOAD, PAGE } from '../helpers/pages';

const work = mkdtempSync(path.join(tmpdir(), 'kz-scale-'));
const file = path.join(work, 'scale.db');
let handle: DatabaseHandle;
let app: ReturnType<typeof createApp>;

/** Statements run on any connection (downloads read on their own), with the parameters of their first run. */
const statements = new Map<string, unknown[]>();
const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1')) as Record<'all' | 'get' | 'iterate' | 'run', (...params: unknown[]) => unknown>;
const originals = { all: Statement.all, get: Statement.get, iterate: Statement.iterate, run: Statement.run };
for (const method of ['all', 'get', 'iterate', 'run'] as const) {
  Statement[method] = function (this: { source: string }, ...params: unknown[]) {
    if (!statements.has(this.source)) statements.set(this.source, params);
    return originals[method].apply(this, params);
  };
}

const one = <T,>(sql: string, ...params: unknown[]) => handle.sqlite.prepare(sql).pluck().get(...params) as T;
let busiest: string;
let bigSource: string;

beforeAll(async () => {
  // As many commodity shares as observations: at the bench's tenth, the planner rightly reads 2,000 rows whole.
  generateBenchDatabase({ rows: 20_000, shareRatio: 1, out: file });
  // Only what the pages and downloads run: writing the database reads whole tables by design.
  statements.clear();
  handle = openServingDatabase(file);
  app = createApp({ db: handle.db, assets: await loadAssets() });
  busiest = one<string>("select partner from observations where partner <> 'WLD' group by partner order by count(*) desc limit 1");
  bigSource = one<string>('select source_id from observations group by source_id order by count(*) desc limit 1');
}, 120_000);

afterAll(() => {
  Object.assign(Statement, originals);
  handle?.sqlite.close();
  rmSync(work, { recursive: true, force: true });
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const r = await app.request(url, { headers });
  const text = await r.text();
  return { status: r.status, text, document: parse(text) };
};

/** How SQLite reads a statement, one line per step. */
const planOf = (sql: string, params: unknown[]) =>
  (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);

/** A step that reads a big table row by row from start to end, without any index. */
const TABLE_SCAN = /^SCAN (observations|commodity_shares|observation_lines|commodity_share_lines|o|s)( AS \w+)?$/;
/** The full CSV downloads: every stored record, read in order (a scan of the records table by design). */
const FULL_CSV = /^select "line" from "(observation_lines|commodity_share_lines)" order by "\1"\."position"/;

describe('query plans at scale', () => {
  it('no page and no download reads the observations or commodity shares table without an index', async () => {
    const figure = one<string>('select id from observations where source_id = ? order by id desc limit 1', bigSource);
    const en = (page: string) => at('en', page);
    const pages = [
      en(PAGE.overview),
      en(PAGE.partners),
      `/en/partners/${busiest}`,
      en(PAGE.japan),
      en(PAGE.centralAsia),
      en(PAGE.world),
      en(PAGE.compare),
      `/en/compare?partner=${busiest}`,
      `/en/compare?partner=${busiest}&indicator=exports`,
      `/en/compare?partner=${busiest}&indicator=investment_stock`,
      en(PAGE.sources),
      `/en/sources/${bigSource}`,
      `/en/sources/${bigSource}?figure=${figure}`,
      '/en/search?q=rus',
      '/en/search?q=wheat',
      en(PAGE.data),
      en(PAGE.observations),
      `${en(PAGE.observations)}?page=150`,
      en(PAGE.commodityShares),
      en(PAGE.sourceList),
      ...['partner=RUS', 'reporter=KAZ', 'indicator=exports', 'qualifier=approx', `source_id=${bigSource}`, 'period=2024', 'partner=RUS&indicator=imports&period=2020/2024'].map((q) => `${en(PAGE.observations)}?${q}`),
      ...['partner=RUS', 'flow=export', 'commodity=wheat', `source_id=${bigSource}`, 'period=2024', 'partner=RUS&flow=import'].map((q) => `${en(PAGE.commodityShares)}?${q}`),
      ...['partner=CHN', 'indicator=exports', 'period=2024'].map((q) => `${en(PAGE.data)}?${q}`),
    ];
    const downloads = [
      DOWNLOAD.observationsCsv,
      `${DOWNLOAD.observationsJson}?partner=JPN`,
      `${DOWNLOAD.observationsCsv}?indicator=exports&period=2024`,
      DOWNLOAD.commoditySharesCsv,
      `${DOWNLOAD.commoditySharesCsv}?commodity=wheat`,
      `${DOWNLOAD.commoditySharesJson}?source_id=${bigSource}`,
      DOWNLOAD.sourcesCsv,
      `/en/compare.csv?partner=${busiest}&indicator=exports`,
    ];
    for (const url of [...pages, ...downloads]) expect((await get(url)).status, url).toBe(200);
    for (const url of ['/en/compare?partner=JPN&indicator=exports', `/en/data/observations?partner=${busiest}&page=2`]) {
      expect((await get(url, { 'HX-Request': 'true', 'HX-Request-Type': 'partial' })).status, url).toBe(200);
    }

    const checked = [...statements].filter(([sql]) => /"(observations|commodity_shares|observation_lines|commodity_share_lines)"/.test(sql) && !FULL_CSV.test(sql));
    expect(checked.length).toBeGreaterThan(30);
    for (const [sql, params] of checked) {
      const plan = planOf(sql, params);
      expect(plan.filter((step) => TABLE_SCAN.test(step)), `${sql}\n${plan.join('\n')}`).toEqual([]);
    }
    // Some fifty pages and downloads at 20,000 rows: more than the default 5 s on a busy two-core machine.
  }, 30_000);

  it('streams a full CSV download from its stored records in their order with no sort, and a filtered one by looking each record up by id', () => {
    const full = [...statements].filter(([sql]) => FULL_CSV.test(sql));
    expect(full.map(([sql]) => sql.match(/from "(\w+)"/)?.[1]).sort()).toEqual(['commodity_share_lines', 'observation_lines']);
    // A filtered CSV download: the filter's rows along their index, each joined to its record by id.
    const filtered = [...statements].filter(([sql]) => /^select "(observation_lines|commodity_share_lines)"\."line" from "(observations|commodity_shares)" inner join/.test(sql));
    expect(filtered.length).toBeGreaterThanOrEqual(2);
    for (const [sql, params] of full) expect(planOf(sql, params).join('\n'), sql).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    for (const [sql, params] of filtered) expect(planOf(sql, params).join('\n'), sql).toMatch(/SEARCH (observation_lines|commodity_share_lines) USING INDEX \w+_id_unique \(id=\?\)/);
  });
});

describe('bounded pages', () => {
  it('a source with thousands of figures lists the first ones, says how many there are, and links to all of them', async () => {
    const total = one<number>('select (select count(*) from observations where source_id = ?) + (select count(*) from commodity_shares where source_id = ?)', bigSource, bigSource);
    expect(total).toBeGreaterThan(SOURCE_FIGURES_SHOWN);
    const doc = (await get(`/en/sources/${bigSource}`)).document;
    expect(doc.querySelectorAll('.quote-card')).toHaveLength(SOURCE_FIGURES_SHOWN);
    expect(textOf(doc.querySelector('#figures'))).toBe(`Figures taken from this article (${total})`);
    const note = doc.querySelector('section[aria-labelledby="figures"] > p.note');
    expect(textOf(note)).toContain(`The first ${SOURCE_FIGURES_SHOWN} of ${total.toLocaleString('en')} figures`);
    expect(note?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`/en/data/observations?source_id=${bigSource}`, `/en/data/commodity-shares?source_id=${bigSource}`]);
  });

  it('a link to a figure beyond those listed still shows that figure, with its quote', async () => {
    const figure = one<string>('select id from observations where source_id = ? order by id desc limit 1', bigSource);
    const page = await get(`/en/partners/${one<string>('select partner from observations where id = ?', figure)}`);
    expect(page.status).toBe(200);
    const doc = (await get(`/en/sources/${bigSource}?figure=${figure}`)).document;
    const card = doc.querySelector(`section.followed [id="fig-${figure}"]`);
    expect(textOf(card?.querySelector('blockquote'))).toBe(one<string>('select quote from observations where id = ?', figure));
    expect(doc.querySelectorAll(`[id="fig-${figure}"]`)).toHaveLength(1);
  });

  it('a figure of another source is a 404 and a malformed figure id a 400, each saying why', async () => {
    const other = one<string>('select id from observations where source_id <> ? limit 1', bigSource);
    const missing = await get(`/en/sources/${bigSource}?figure=${other}`);
    expect(missing.status).toBe(404);
    // The article is named as pages name it, never by its id.
    const message = textOf(missing.document.querySelector('.error-message'));
    expect(message).toContain(`has no figure ${other}`);
    expect(message).not.toContain(bigSource);
    const malformed = await get(`/en/sources/${bigSource}?figure=%3Cb%3E`);
    expect(malformed.status).toBe(400);
    expect(textOf(malformed.document.querySelector('main'))).toContain('Invalid "figure": expected a figure id such as 000-04');
  });

  it('a partner with thousands of figures shows the latest trade periods and says so', async () => {
    const doc = (await get(`/en/partners/${busiest}`)).document;
    const periods = one<number>(
      "select count(*) from (select distinct period_start, period_end from observations where partner = ? and indicator in ('trade_turnover', 'exports', 'imports'))",
      busiest,
    );
    expect(periods).toBeGreaterThan(20);
    expect(textOf(doc.querySelector('main'))).toContain(`The latest 20 of ${periods} periods`);
  });

  it("a chart's Download CSV holds exactly the periods the chart draws, not every period of the partner", async () => {
    const doc = (await get(`/en/partners/${busiest}`)).document;
    const chart = doc.querySelector('figure.chart[id^="trade"]')!;
    const drawn = chart.querySelectorAll('tbody th[scope="row"]').length;
    const link = chart.querySelectorAll('a').find((a) => textOf(a) === 'Download CSV')!.getAttribute('href')!;
    const csv = await get(link.replaceAll('&amp;', '&'));
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split('\n').slice(1);
    const periods = new Set(lines.map((line) => line.split(',').slice(4, 6).join('/')));
    // One table row per period drawn: the latest 20, and the file holds those and no others.
    expect(drawn).toBe(20);
    expect(periods.size).toBe(drawn);
  });
});

describe('a download in progress', () => {
  it.each<Record<string, string>>([{}, { 'Accept-Encoding': 'br' }, { 'Accept-Encoding': 'gzip' }])('does not hold up other readers (%o)', async (headers) => {
    const download = await app.request('/data/observations.csv', { headers });
    const reader = download.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    // The download waits for its reader mid-table; pages, cached or not, and other downloads answer meanwhile.
    for (const url of [`/en/partners/${busiest}`, '/en/data/observations?partner=CHN', '/en', '/data/sources.csv', '/data/observations.csv?partner=JPN']) {
      expect((await app.request(url)).status, url).toBe(200);
    }
    let bytes = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
    expect(bytes).toBeGreaterThan(1_000_000 / (headers['Accept-Encoding'] ? 12 : 1));
  });
});
