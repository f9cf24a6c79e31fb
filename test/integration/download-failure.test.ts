/**
 * A download whose rows fail after the 200 has gone out (a disk error, a database gone away): the
 * server logs it and aborts the connection, so the client sees a failed transfer, in every encoding,
 * and never a complete-looking, truncated file.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportContext } from '../../src/csv-contract';
import { csvResponse, csvStream, type Env, zipResponse } from '../../src/http';

const ROWS = 100_000;
function* failingRows() {
  for (let i = 0; ; i += 1) {
    if (i === ROWS) throw new Error('disk I/O error');
    yield { id: `row-${i}-${'x'.repeat(20)}` };
  }
}

/** The rows need nothing looked up. */
const CONTEXT: ExportContext = { source: () => undefined, commodity: () => undefined, label: (start, end) => `${start}/${end}` };

const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
const app = new Hono<Env>();
const ID = [{ name: 'id', value: (r: { id: string }) => r.id }];
app.get('/rows.csv', (c) => csvResponse(c, 'rows.csv', { columns: ID, rows: failingRows(), context: CONTEXT }, false));
// A zip whose second file fails midway (the data package's zip packs CSV streams the same way).
app.get('/rows.zip', (c) =>
  zipResponse(
    c,
    'rows.zip',
    [
      { name: 'a.txt', text: 'fine' },
      { name: 'rows.csv', open: (onError) => csvStream({ columns: ID, rows: failingRows(), context: CONTEXT }, false, onError) },
    ],
    new Date(0),
  ),
);
let server: http.Server;
let port = 0;
beforeAll(async () => {
  server = await new Promise<http.Server>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s as http.Server)) as http.Server;
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  logged.mockRestore();
  await new Promise((r) => server.close(r));
});

/** What the client saw: the status, the bytes, and whether the transfer ended properly. */
function download(encoding: string, path = '/rows.csv'): Promise<{ status: number; bytes: number; complete: boolean }> {
  return new Promise((resolve) => {
    let status = 0;
    let bytes = 0;
    const req = http.get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding } }, (res) => {
      status = res.statusCode ?? 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status, bytes, complete: res.complete }));
      res.on('error', () => resolve({ status, bytes, complete: false }));
    });
    req.on('error', () => resolve({ status, bytes, complete: false }));
  });
}

describe('a download that fails midway', () => {
  it.each(['identity', 'gzip', 'br'])('%s: the client sees a failed transfer, and the server says why', async (encoding) => {
    logged.mockClear();
    const seen = await download(encoding);
    // Whether the 200 went out before the failure depends on how far compression got; either way
    // the transfer must not end as if complete (nor as a 500 that carries the error's message).
    expect(seen.complete, `status ${seen.status}, ${seen.bytes} bytes`).toBe(false);
    const messages = logged.mock.calls.map((call) => call.map(String).join(' '));
    expect(messages.some((m) => m.includes('/rows.csv') && m.includes('disk I/O error'))).toBe(true);
  });

  it('a zip: the client sees a failed transfer, never a complete-looking archive', async () => {
    logged.mockClear();
    const seen = await download('identity', '/rows.zip');
    expect(seen.status).toBe(200);
    expect(seen.complete, `${seen.bytes} bytes`).toBe(false);
    const messages = logged.mock.calls.map((call) => call.map(String).join(' '));
    expect(messages.some((m) => m.includes('/rows.zip') && m.includes('disk I/O error'))).toBe(true);
  });
});

describe('HEAD on a download', () => {
  it('answers the headers and closes the rows it started reading, at once', async () => {
    const state = { read: 0, closed: false };
    function* rows() {
      try {
        for (let i = 0; i < ROWS; i += 1) {
          state.read += 1;
          yield { id: `row-${i}` };
        }
      } finally {
        state.closed = true;
      }
    }
    const headApp = new Hono<Env>();
    headApp.get('/rows.csv', (c) => csvResponse(c, 'rows.csv', { columns: ID, rows: rows(), context: CONTEXT }, false));
    const r = await headApp.request('/rows.csv', { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await r.text()).toBe('');
    // The first chunk was read (the query ran), then the statement was closed, not left to the garbage collector.
    expect(state.read).toBeGreaterThan(0);
    expect(state.read).toBeLessThan(ROWS);
    expect(state.closed).toBe(true);
  });
});
