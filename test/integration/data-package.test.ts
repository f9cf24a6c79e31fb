/**
 * The data package (/data/datapackage.json) and the zip (/data/kz-trade.zip): the descriptor is
 * valid against the published Frictionless profiles (vendored in test/vendor/frictionless/), says
 * what the CSV downloads actually hold, and the zip holds exactly those files, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { CHECK_COLUMNS, COMMODITY_SHARE_EXPORT, COMMODITY_VALUE_COLUMNS, OBSERVATION_EXPORT, SOURCE_COLUMNS } from '../../src/csv-contract';
import type { DataPackage } from '../../src/data-package';
import { datasetInfo } from '../../src/queries/reference';
import { buildTestApp, textOf } from '../helpers/app';

const VENDOR = join(import.meta.dirname, '../vendor/frictionless');
const profile = (name: string) => JSON.parse(readFileSync(join(VENDOR, `${name}.json`), 'utf8')) as Record<string, unknown>;

/** A validator for the draft-04 profiles: their annotations for editors and docs are known keywords, `textarea` any text. */
function validator(name: string) {
  // strictTypes off: the published profiles leave `type` implicit beside `required` and `minItems`.
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  ajv.addVocabulary(['propertyOrder', 'context', 'options', 'examples', 'notes', 'hidden']);
  return ajv.compile(profile(name));
}

let t: Awaited<ReturnType<typeof buildTestApp>>;
let pkg: DataPackage;
let served: string;
beforeAll(async () => {
  t = await buildTestApp();
  const r = await t.get('/data/datapackage.json');
  expect(r.status).toBe(200);
  served = r.text;
  pkg = JSON.parse(served) as DataPackage;
});

const bytesOf = async (path: string, headers: Record<string, string> = {}) => Buffer.from(await (await t.app.request(path, { headers })).arrayBuffer());

describe('datapackage.json', () => {
  it.each(['data-package', 'tabular-data-package'])('is valid against the published %s profile', (name) => {
    const validate = validator(name);
    const valid = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked for real: the profiles refuse a broken descriptor', () => {
    const validate = validator('tabular-data-package');
    const broken = structuredClone(pkg) as unknown as { resources: Array<{ schema?: unknown; profile?: string }>; created: string };
    delete broken.resources[0]!.schema;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...pkg, created: '17 December 2025' })).toBe(false);
    expect(validate({ ...pkg, name: 'KZ Trade' })).toBe(false);
  });

  it('names the data version and dates itself from the data, not the clock', () => {
    const { version, dataDate } = datasetInfo(t.db);
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toBe('kz-trade');
    expect(pkg.version).toBe(version);
    expect(pkg.version).toMatch(/^2025\.12\.17-[0-9a-f]{8}$/);
    expect(dataDate).toBe('2025-12-17');
    expect(pkg.created).toBe('2025-12-17T00:00:00Z');
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'notspecified' })]);
  });

  it('lists every article, with its address where it is known', () => {
    expect(pkg.sources).toHaveLength(5);
    expect(pkg.sources.filter((s) => s.path).map((s) => s.path)).toEqual([expect.stringMatching(/^https:\/\/oz\.inform\.kz\//)]);
    expect(pkg.sources[0]?.title).toMatch(/^Kazinform \(2025-12-17\): /);
  });

  it('describes the five downloads, with the columns the contract serves', () => {
    expect(pkg.resources.map((r) => [r.name, r.path, r.format, r.mediatype, r.encoding, r.dialect.lineTerminator])).toEqual([
      ['observations', 'observations.csv', 'csv', 'text/csv', 'utf-8', '\r\n'],
      ['commodity-shares', 'commodity-shares.csv', 'csv', 'text/csv', 'utf-8', '\r\n'],
      ['commodity-values', 'commodity-values.csv', 'csv', 'text/csv', 'utf-8', '\r\n'],
      ['sources', 'sources.csv', 'csv', 'text/csv', 'utf-8', '\r\n'],
      ['checks', 'checks.csv', 'csv', 'text/csv', 'utf-8', '\r\n'],
    ]);
    const names = pkg.resources.map((r) => r.schema.fields.map((f) => f.name));
    expect(names.map((n) => n.length)).toEqual([19, 17, 26, 11, 25]);
    expect(names).toEqual([OBSERVATION_EXPORT.columns, COMMODITY_SHARE_EXPORT.columns, COMMODITY_VALUE_COLUMNS, SOURCE_COLUMNS, CHECK_COLUMNS].map((columns) => columns.map((c) => c.name)));
    expect(names[3]?.at(-1)).toBe('url');
    for (const r of pkg.resources) {
      expect(r.schema.primaryKey).toEqual(['id']);
      for (const f of r.schema.fields) expect(f.description.length, `${r.name}.${f.name}`).toBeGreaterThan(20);
    }
    expect(pkg.resources.map((r) => r.schema.foreignKeys)).toEqual([
      [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
      [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
      [
        { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
        { fields: ['flow_source_id'], reference: { resource: 'sources', fields: ['id'] } },
        { fields: ['share_id'], reference: { resource: 'commodity-shares', fields: ['id'] } },
        { fields: ['flow_id'], reference: { resource: 'observations', fields: ['id'] } },
      ],
      undefined,
      undefined,
    ]);
    const field = (resource: string, name: string) => pkg.resources.find((r) => r.name === resource)?.schema.fields.find((f) => f.name === name);
    expect(field('observations', 'period_start')?.type).toBe('date');
    expect(field('observations', 'value')?.type).toBe('number');
    expect(field('observations', 'value')?.description).toContain('unit column');
    expect(field('observations', 'qualifier')?.constraints?.enum).toEqual(['exact', 'approx', 'more_than', 'less_than', 'up_to']);
    expect(field('commodity-shares', 'flow')?.constraints?.enum).toEqual(['export', 'import']);
    expect(field('commodity-shares', 'share_pct')?.constraints).toMatchObject({ minimum: 0, maximum: 100 });
    expect(field('sources', 'published_on')).toMatchObject({ type: 'string', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } });
    expect(field('commodity-values', 'low')).toMatchObject({ type: 'number', constraints: { required: true } });
    expect(field('commodity-values', 'share_id')?.constraints?.required).toBeUndefined();
    expect(field('commodity-values', 'flow_from_other_source')?.type).toBe('boolean');
    expect(field('sources', 'figures_count')?.type).toBe('integer');
    expect(field('checks', 'status')?.constraints?.enum).toEqual(['consistent', 'inconsistent', 'cannot_check']);
    expect(field('checks', 'kind')?.constraints?.enum).toEqual(['trade_sum', 'share_sum', 'growth', 'sources']);
  });

  it('lists, for each resource, exactly the header of the CSV served at its path', async () => {
    for (const r of pkg.resources) {
      // The path is relative to the descriptor: /data/datapackage.json → /data/observations.csv.
      const address = new URL(r.path, 'http://dashboard.test/data/datapackage.json').pathname;
      const csv = await t.get(address);
      expect(csv.status, address).toBe(200);
      expect(csv.text.split('\r\n')[0], address).toBe(r.schema.fields.map((f) => f.name).join(','));
    }
  });

  it('holds true of every row served: types, constraints, keys', async () => {
    const tables = new Map<string, Array<Record<string, string>>>();
    for (const r of pkg.resources) tables.set(r.name, parse(await t.get(`/data/${r.path}`).then((x) => x.text), { columns: true }) as Array<Record<string, string>>);
    expect([...tables.values()].map((rows) => rows.length)).toEqual([39, 13, 15, 5, 13]);
    const problems: string[] = [];
    for (const r of pkg.resources) {
      const rows = tables.get(r.name) ?? [];
      for (const [i, row] of rows.entries()) {
        for (const f of r.schema.fields) {
          const v = row[f.name] ?? '';
          const where = `${r.name}:${i + 2}:${f.name}=${JSON.stringify(v)}`;
          if (v === '') {
            if (f.constraints?.required) problems.push(`${where} is required`);
            continue;
          }
          if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) problems.push(`${where} is not a date`);
          if (f.type === 'number' && !Number.isFinite(Number(v))) problems.push(`${where} is not a number`);
          if (f.type === 'integer' && !/^-?\d+$/.test(v)) problems.push(`${where} is not an integer`);
          if (f.type === 'boolean' && v !== 'true' && v !== 'false') problems.push(`${where} is not true or false`);
          if (f.format === 'uri' && !URL.canParse(v)) problems.push(`${where} is not a URI`);
          const c = f.constraints ?? {};
          if (c.enum && !c.enum.includes(v)) problems.push(`${where} is not one of ${c.enum.join(', ')}`);
          if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(v)) problems.push(`${where} does not match ${c.pattern}`);
          if (c.minimum !== undefined && Number(v) < c.minimum) problems.push(`${where} is below ${c.minimum}`);
          if (c.maximum !== undefined && Number(v) > c.maximum) problems.push(`${where} is above ${c.maximum}`);
        }
      }
      const keys = rows.map((row) => r.schema.primaryKey.map((k) => row[k]).join('|'));
      expect(new Set(keys).size, `${r.name} primary key`).toBe(rows.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const targets = new Set((tables.get(fk.reference.resource) ?? []).map((row) => fk.reference.fields.map((k) => row[k]).join('|')));
        for (const row of rows) {
          // An empty reference refers to nothing (Table Schema: a missing value is not checked): the remainder has no share.
          if (fk.fields.every((k) => (row[k] ?? '') === '')) continue;
          const key = fk.fields.map((k) => row[k]).join('|');
          if (!targets.has(key)) problems.push(`${r.name} ${row.id}: ${key} is not in ${fk.reference.resource}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is the same under each language prefix, and the same on every request', async () => {
    for (const prefix of ['/en', '/ru', '/kk']) expect((await t.get(`${prefix}/data/datapackage.json`).then((r) => r.text))).toBe(served);
    const again = await t.get('/data/datapackage.json');
    expect(again.text).toBe(served);
    expect(again.type).toBe('application/json; charset=utf-8');
  });

  it('revalidates with its ETag, answers HEAD, refuses POST and unknown parameters', async () => {
    const first = await t.get('/data/datapackage.json');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    expect((await t.get('/data/datapackage.json', { 'If-None-Match': etag })).status).toBe(304);
    const head = await t.app.request('/data/datapackage.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await t.app.request('/data/datapackage.json', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await t.get('/data/datapackage.json?x=1')).status).toBe(400);
    expect((await t.get('/data/datapackage.jsonld')).status).toBe(404);
    expect((await t.get('/data/package.json')).status).toBe(404);
  });

  it('is compressed as the client asks', async () => {
    const r = await t.app.request('/data/datapackage.json', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
  });
});

/** The entries of a zip, each with its bytes, in the archive's order (yauzl, reading the central directory). */
async function unzip(buffer: Buffer): Promise<Array<{ name: string; bytes: Buffer; mtime: Date }>> {
  const zip = await new Promise<ZipFile>((resolve, reject) => fromBuffer(buffer, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))));
  const entries: Array<{ name: string; bytes: Buffer; mtime: Date }> = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          entries.push({ name: entry.fileName, bytes: Buffer.concat(chunks), mtime: entry.getLastModDate() });
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

describe('kz-trade.zip', () => {
  it('is a zip named after the data version, revalidated like the other downloads', async () => {
    const r = await t.app.request('/data/kz-trade.zip', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/zip');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="kz-trade-${pkg.version}.zip"`);
    // Already deflated: sent as it is whatever the client accepts.
    expect(r.headers.get('content-encoding')).toBeNull();
    const etag = r.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    expect(r.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect((await t.app.request('/data/kz-trade.zip', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('holds exactly the files the descriptor lists, plus datapackage.json and README.md, each as served', async () => {
    const entries = await unzip(await bytesOf('/data/kz-trade.zip'));
    expect(entries.map((e) => e.name)).toEqual(['datapackage.json', 'README.md', ...pkg.resources.map((r) => r.path)]);
    expect(entries.map((e) => e.name)).toEqual(['datapackage.json', 'README.md', 'observations.csv', 'commodity-shares.csv', 'commodity-values.csv', 'sources.csv', 'checks.csv']);
    const file = (name: string) => entries.find((e) => e.name === name)?.bytes ?? Buffer.alloc(0);
    expect(file('datapackage.json').toString('utf8')).toBe(served);
    for (const r of pkg.resources) {
      const download = await bytesOf(`/data/${r.path}`);
      expect(download.length, r.path).toBeGreaterThan(1000);
      expect(file(r.path).equals(download), r.path).toBe(true);
    }
    // Dated from the data, so the same data gives the same archive.
    for (const e of entries) expect(e.mtime.getFullYear()).toBe(2025);
  });

  it('has a README that documents every column of every file', async () => {
    const readme = (await unzip(await bytesOf('/data/kz-trade.zip'))).find((e) => e.name === 'README.md')?.bytes.toString('utf8') ?? '';
    expect(readme).toContain(`# ${pkg.title}`);
    expect(readme).toContain(pkg.version);
    for (const r of pkg.resources) {
      expect(readme).toContain(`## ${r.path}: ${r.title}`);
      for (const f of r.schema.fields) expect(readme, `${r.path} ${f.name}`).toContain(`| \`${f.name}\` | ${f.type} | ${f.title}.`);
    }
    expect(readme).toContain('`source_id` refers to `id` in sources.csv.');
  });

  it('is the same archive under a language prefix and from one request to the next', async () => {
    const plain = await bytesOf('/data/kz-trade.zip');
    expect((await bytesOf('/kk/data/kz-trade.zip')).equals(plain)).toBe(true);
    expect((await bytesOf('/data/kz-trade.zip')).equals(plain)).toBe(true);
  });

  it('answers HEAD without a body, refuses POST and parameters, and knows no other archive', async () => {
    const head = await t.app.request('/data/kz-trade.zip', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/zip');
    expect(head.headers.get('etag')).toMatch(/^W\/"/);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const post = await t.app.request('/data/kz-trade.zip', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const bad = await t.get('/data/kz-trade.zip?partner=JPN');
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('text/plain');
    expect((await t.get('/data/kz-trade.tar')).status).toBe(404);
    expect((await t.get('/data/other.zip')).status).toBe(404);
  });

  // That nothing leaks when a client hangs up is tested on the real server (test/process/server.test.ts).
  it('survives a client that stops reading midway', async () => {
    const r = await t.app.request('/data/kz-trade.zip');
    const reader = r.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    // The app still serves the whole archive afterwards.
    expect((await unzip(await bytesOf('/data/kz-trade.zip'))).length).toBe(7);
  });
});

describe('the data page', () => {
  it.each([
    ['en', 'All the tables in one file:', 'ZIP (five CSV files and their description)'],
    ['ru', 'Все таблицы одним файлом:', 'ZIP (пять файлов CSV и их описание)'],
    ['kk', 'Барлық кестелер бір файлда:', 'ZIP (бес CSV файлы және олардың сипаттамасы)'],
  ])('links the zip and the descriptor in %s, and both answer', async (lang, lead, zip) => {
    for (const path of ['/data', '/data/observations', '/data/commodity-shares']) {
      const doc = (await t.get(`/${lang}${path}`)).document;
      const p = doc.querySelector('main p.data-package');
      expect(textOf(p)).toMatch(new RegExp(`^${lead} ${zip.replace(/[()]/g, '\\$&')} · `));
      const links = p?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
      expect(links).toEqual(['/data/kz-trade.zip', '/data/datapackage.json']);
    }
    for (const href of ['/data/kz-trade.zip', '/data/datapackage.json']) expect((await t.app.request(href, { method: 'HEAD' })).status).toBe(200);
  });
});
