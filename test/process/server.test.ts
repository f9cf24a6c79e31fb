/**
 * The real server process, built as `npm start` builds it (dist/server.mjs, by the project's global
 * setup): a smoke test of a start from nothing to a stop, then a graceful stop during a long CSV
 * stream, clients that hang up mid-download, and readers while the seed rewrites the database. The
 * startup checks themselves are tested in-process (test/integration/startup.test.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { seedDatabaseFile } from '../../seeds/loader';
import { writeExportLines } from '../../src/export-lines';

const SERVER = inject('serverArgs');
const work = mkdtempSync(path.join(tmpdir(), 'kz-server-'));
const running: ChildProcess[] = [];
afterAll(() => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

interface Started {
  proc: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>, args: string[] = []): { proc: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, [...SERVER, ...args], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(proc);
  let output = '';
  proc.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  proc.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, output: () => output, exited };
}

async function start(dbPath: string): Promise<Started> {
  const server = run({ DATABASE_PATH: dbPath });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const match = /Dashboard at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output());
    if (match?.[1]) return { ...server, url: match[1] };
    if (server.proc.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const fds = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;

/**
 * The curated database, its observations repeated to make CSV exports long: at 1000 copies about
 * 29 MB, several times what loopback socket buffers hold, so a download is still in flight when
 * the server is told to stop or the client hangs up.
 */
function bigDatabase(name: string, copies: number): { file: string; rows: number } {
  const file = path.join(work, name);
  seedDatabaseFile(file);
  const db = new Database(file);
  db.prepare(
    `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
     insert into observations (id, indicator, reporter, partner, period_start, period_end, value, unit, qualifier, as_written, source_id, quote, quote_en, note)
     select o.id || '-' || n.i, o.indicator, o.reporter, o.partner, o.period_start, o.period_end, o.value, o.unit,
       o.qualifier, o.as_written, o.source_id, o.quote, o.quote_en, o.note from observations o, n`,
  ).run(copies);
  const rows = db.prepare('select count(*) from observations').pluck().get() as number;
  db.close();
  // The downloads' stored records, rendered again for the repeated rows, as the seed does.
  const handle = openDatabase(file, { readonly: false });
  handle.db.transaction(() => writeExportLines(handle.db));
  handle.sqlite.close();
  return { file, rows };
}

describe('the built server', () => {
  it('refuses a missing database with one line and exit code 1, builds it when asked, serves it, and stops on SIGTERM', async () => {
    const file = path.join(work, 'smoke.db');
    const refused = run({ DATABASE_PATH: file });
    expect(await refused.exited).toBe(1);
    expect(refused.output().trim().split('\n')).toHaveLength(1);
    expect(refused.output()).toMatch(/does not exist\. Build it with "npm run db:seed"/);

    const server = run({ DATABASE_PATH: file }, ['--seed-if-missing']);
    for (let i = 0; i < 300 && !/Dashboard at/.test(server.output()); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).toMatch(/Built .*smoke\.db from the seed files: 39 observations/);
    const url = /Dashboard at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output())?.[1];
    const page = await fetch(`${url}/en`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1');
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('a running server', () => {
  let big: { file: string; rows: number };
  beforeAll(() => {
    big = bigDatabase('big.db', 1000);
  });

  it('finishes a long CSV download after SIGTERM, then exits 0', async () => {
    const server = await start(big.file);
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get(`${server.url}/data/observations.csv`, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (text === '') {
              // The download is under way: ask the server to stop, pause, then read on.
              res.pause();
              server.proc.kill('SIGTERM');
              setTimeout(() => res.resume(), 300);
            }
            text += chunk;
          });
          res.on('end', () => resolve(text));
          res.on('error', reject);
        })
        .on('error', reject);
    });
    const stoppedAt = Date.now();
    const code = await server.exited;
    expect(code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(3000);
    // Header + one line per row (CRLF), nothing cut off.
    expect(body.split('\r\n').filter(Boolean)).toHaveLength(big.rows + 1);
    expect(server.output()).toContain('SIGTERM: finishing the responses in flight');
  }, 60_000);

  /**
   * Clients that hang up after `cut` bytes of a download, `times` over: the server's open file
   * handles do not grow, the next download completes, and a stop is immediate (no stream left running).
   */
  async function hangUps(path: string, cut: number, times: number) {
    const server = await start(big.file);
    const pid = server.proc.pid!;
    const abortOnce = () =>
      new Promise<void>((resolve) => {
        const req = http.get(`${server.url}${path}`, (res) => {
          let seen = 0;
          res.on('data', (chunk: Buffer) => {
            seen += chunk.length;
            if (seen > cut) {
              req.destroy();
              resolve();
            }
          });
          res.on('end', () => resolve());
        });
        req.on('error', () => resolve());
      });
    await abortOnce();
    await new Promise((r) => setTimeout(r, 300));
    const before = fds(pid);
    for (let i = 0; i < times; i += 1) await abortOnce();
    await new Promise((r) => setTimeout(r, 500));
    expect(fds(pid)).toBeLessThanOrEqual(before + 2);
    const ok = await fetch(`${server.url}/data/observations.csv?partner=RUS`);
    expect(ok.status).toBe(200);
    await ok.text();
    const t0 = Date.now();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(2000);
  }

  it('leaks no file handle or stream when clients hang up mid-CSV', () => hangUps('/data/observations.csv', 0, 40), 60_000);

  // Past datapackage.json and README.md: the observations are being read.
  it('leaks no file handle or stream when clients hang up mid-zip', () => hangUps('/data/kz-trade.zip', 16 * 1024, 20), 60_000);

  it('keeps answering while the seed rewrites the database', async () => {
    const file = path.join(work, 'live.db');
    seedDatabaseFile(file);
    const server = await start(file);
    const statuses: number[] = [];
    let seeding = true;
    const readers = (async () => {
      while (seeding) {
        const responses = await Promise.all(['/', '/partners/JPN', '/data/observations.csv', '/compare'].map((p) => fetch(server.url + p)));
        for (const r of responses) {
          statuses.push(r.status);
          await r.text();
        }
      }
    })();
    // The seed runs in its own process, as `npm run db:seed` does, rewriting the data eight times.
    const seeder = spawn(process.execPath, ['--import', 'tsx', '--eval', `import { seedDatabaseFile } from './seeds/loader.ts'; for (let i = 0; i < 8; i += 1) seedDatabaseFile(${JSON.stringify(file)});`], { stdio: 'inherit' });
    const seeded = await new Promise<number | null>((resolve) => seeder.once('exit', resolve));
    seeding = false;
    expect(seeded).toBe(0);
    await readers;
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 60_000);
});
