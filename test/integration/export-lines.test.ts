/**
 * The plain CSV downloads of observations and commodity shares serve the records the seed stored
 * (src/export-lines.ts); the JSON downloads render the same columns on request. Both must say the
 * same thing byte for byte: each CSV download equals its JSON twin written as CSV by the project's
 * CSV writer, for the curated data and for the benchmark's synthetic data, whole and filtered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openServingDatabase } from '../../db/client';
import { createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { csvLine } from '../../src/domain/csv';
import { readSeeds } from '../../seeds/loader';
import { generateBenchDatabase } from '../bench/generate';
import { buildTestApp } from '../helpers/app';

type App = { request: (url: string) => Response | Promise<Response> };

/** The CSV download and its JSON twin: the CSV's text, and the JSON written as CSV with the CSV's header. */
async function both(app: App, table: 'observations' | 'commodity-shares', query: string) {
  const csv = await app.request(`/data/${table}.csv${query}`);
  const json = await app.request(`/data/${table}.json${query}`);
  expect(csv.status, query).toBe(200);
  expect(json.status, query).toBe(200);
  const text = await csv.text();
  const rows = (await json.json()) as Array<Record<string, string | number | null>>;
  const header = text.slice(0, text.indexOf('\r\n')).split(',');
  const expected = csvLine(header) + rows.map((row) => csvLine(header.map((name) => row[name] ?? null))).join('');
  return { text, expected, rows: rows.length };
}

describe('the curated data', () => {
  let app: App;
  beforeAll(async () => {
    app = (await buildTestApp()).app;
  });

  it.each([
    ['observations', ''],
    ['observations', '?partner=JPN'],
    ['observations', '?indicator=exports,imports,trade_turnover&period=2008/2025'],
    ['observations', '?qualifier=approx,more_than'],
    ['observations', '?source_id=000_a50b504d80912738'],
    ['commodity-shares', ''],
    ['commodity-shares', '?flow=import'],
  ] as const)('%s.csv%s is the JSON download written as CSV, byte for byte', async (table, query) => {
    const { text, expected, rows } = await both(app, table, query);
    expect(rows).toBeGreaterThan(0);
    expect(text).toBe(expected);
  });

  it('a filter that matches nothing gives the header alone', async () => {
    const { text } = await both(app, 'observations', '?partner=RUS&indicator=exports');
    expect(text.split('\r\n')).toEqual([expect.stringMatching(/^id,indicator,/), '']);
  });

  it('the stored records parse back to the seeds’ own quotes and titles, commas, quote marks and line breaks included', async () => {
    const text = await (await app.request('/data/observations.csv')).text();
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    const seeds = readSeeds();
    const title = new Map(seeds.sources.map((src) => [src.id, src.title]));
    expect(Object.fromEntries(records.map((r) => [r.id, [r.quote, r.source_title]]))).toEqual(Object.fromEntries(seeds.observations.map((o) => [o.id, [o.quote, title.get(o.sourceId)]])));
    // The corpus has all three: without them, the test would not notice a quoting fault.
    expect(records.some((r) => r.quote?.includes(',')) && records.some((r) => r.quote?.includes('\n')) && records.some((r) => r.source_title?.includes('"'))).toBe(true);
  });
});

describe('the synthetic data', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'kz-lines-'));
  let handle: DatabaseHandle;
  let app: App;
  beforeAll(async () => {
    generateBenchDatabase({ rows: 5_000, out: path.join(work, 'lines.db') });
    handle = openServingDatabase(path.join(work, 'lines.db'));
    app = createApp({ db: handle.db, assets: await loadAssets() });
  }, 60_000);
  afterAll(() => {
    handle?.sqlite.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['observations', ''],
    ['observations', '?partner=RUS,CHN&indicator=exports'],
    ['observations', '?period=2020/2024&qualifier=approx'],
    ['commodity-shares', ''],
    ['commodity-shares', '?flow=export&period=2015/2025'],
  ] as const)('%s.csv%s is the JSON download written as CSV, byte for byte', async (table, query) => {
    const { text, expected, rows } = await both(app, table, query);
    expect(rows).toBeGreaterThan(0);
    expect(text).toBe(expected);
  });
});
