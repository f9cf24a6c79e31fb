/**
 * /data/commodity-values.{csv,json}: commodity shares in dollars, derived on request. The columns
 * are the data package's fields; the rows name the figures they come from; filters work as on the
 * other downloads, and a bad one is a 400.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataPackage } from '../../src/data-package';
import { buildTestApp } from '../helpers/app';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let fields: string[];
beforeAll(async () => {
  t = await buildTestApp();
  const pkg = JSON.parse((await t.get('/data/datapackage.json')).text) as DataPackage;
  fields = pkg.resources.find((r) => r.name === 'commodity-values')?.schema.fields.map((f) => f.name) ?? [];
});

const csv = async (query = '') => {
  const r = await t.get(`/data/commodity-values.csv${query}`);
  return { ...r, rows: parse(r.text, { columns: true, bom: true }) as Array<Record<string, string>> };
};

describe('commodity values download', () => {
  it('serves CSV whose header is the data package’s fields, with low, high, the shown value, the unit and both source figures', async () => {
    const r = await csv();
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="kz-trade-commodity-values.csv"');
    expect(r.text.split('\r\n')[0]).toBe(fields.join(','));
    for (const name of ['low', 'high', 'value', 'unit', 'share_id', 'flow_id', 'derived', 'flow_from_other_source']) expect(fields).toContain(name);
    expect(r.rows).toHaveLength(15);
    const ferro = r.rows.find((row) => row.commodity === 'ferroalloys');
    expect(ferro).toMatchObject({
      id: '000-s01@000-05',
      partner: 'JPN',
      flow: 'export',
      period_label: 'Jan–Sep 2025',
      item: 'commodity',
      share_pct: '94.8',
      share_low: '94.75',
      share_high: '94.85',
      flow_value: '331900000',
      low: '314427875',
      high: '314854575',
      shown: 'about',
      value: '315000000',
      unit: 'USD',
      derived: 'true',
      share_id: '000-s01',
      flow_id: '000-05',
      source_id: '000_a50b504d80912738',
      flow_source_id: '000_a50b504d80912738',
      flow_from_other_source: 'false',
    });
  });

  it('gives the unitemised remainder a row of its own, with no share id', async () => {
    const rest = (await csv()).rows.filter((row) => row.item === 'not_itemised');
    expect(rest.map((row) => [row.flow, row.share_id, row.commodity, row.flow_id, row.shown, row.value, row.shown_low, row.shown_high])).toEqual([
      ['export', '', '', '000-05', 'range', '', '900000', '2000000'],
      ['import', '', '', '000-06', 'about', '200000000', '', ''],
    ]);
    expect(Number(rest[0]?.share_low)).toBeCloseTo(0.275, 9);
    expect(Number(rest[1]?.share_high)).toBeCloseTo(23.4, 9);
  });

  it('filters by partner and flow, names the filters in the file name, and serves the same rows as JSON', async () => {
    const imports = await csv('?partner=JPN&flow=import');
    expect(imports.rows).toHaveLength(10);
    expect(imports.rows.every((row) => row.flow === 'import' && row.flow_id === '000-06')).toBe(true);
    expect(imports.headers.get('content-disposition')).toContain('kz-trade-commodity-values_partner-JPN_flow-import.csv');
    expect((await csv('?partner=RUS')).rows).toEqual([]);
    expect((await csv('?period=2024')).rows).toEqual([]);
    expect((await csv('?source_id=000_a50b504d80912738&period=2025-01/2025-09')).rows).toHaveLength(15);

    const json = await t.get('/data/commodity-values.json?partner=JPN&flow=import');
    expect(json.status).toBe(200);
    expect(json.type).toContain('application/json');
    const body = JSON.parse(json.text) as Array<Record<string, unknown>>;
    expect(Object.keys(body[0] ?? {})).toEqual(fields);
    expect(body).toHaveLength(10);
    expect(body[0]).toMatchObject({ id: '000-s05@000-06', share_pct: 55.8, low: 526363625, high: 527363625, value: 527000000, share_id: '000-s05', flow_id: '000-06' });
  });

  it('is language-neutral, offers Excel’s BOM, and refuses what it does not know', async () => {
    expect((await t.get('/ru/data/commodity-values.csv')).text).toBe((await t.get('/data/commodity-values.csv')).text);
    const bom = new Uint8Array(await (await t.app.request('/data/commodity-values.csv?bom=1')).arrayBuffer());
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const unknown = await t.get('/data/commodity-values.csv?partner=CHN');
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('partner');
    expect((await t.get('/data/commodity-values.csv?commodity=ferroalloys')).status).toBe(400);
    expect((await t.get('/data/commodity-values.csv?flow=re-export')).status).toBe(400);
    expect((await t.get('/data/commodity-values.json?bom=1')).status).toBe(400);
  });
});
