/**
 * The benchmark: starts the dashboard on loopback as a child process, measures it, and prints one
 * table of figures (budget, measured, pass or miss), also written to bench-results/bench.json.
 *
 *   npm run bench [-- --rows 1000000] [--duration 5] [--connections 10]
 *
 * What it measures (see test/bench/README.md):
 * - HTTP throughput and p50/p99 latency (autocannon) for the overview, a partner page, a compare
 *   request and a filtered data page, on the curated database and on the synthetic one;
 * - the full CSV export of every observation over HTTP against `sqlite3 -csv` dumping the table as
 *   it is stored (the raw dump, the limit) and exporting the same rows and columns, with the time
 *   to first byte, the server's peak memory, and the room the stored CSV records take;
 * - the first view of the overview: bytes received for HTML, JS and CSS;
 * - server start time to the first answered request, with an existing database and with seeding;
 * - the project's CSV writer against csv-stringify on the same export rows (test/bench/csv-writer.ts).
 * Every figure is measured here; a figure that cannot be measured is printed as not measured, with why.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { parse } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '../../db/client';
import { periodToken } from '../../src/domain/periods';
import { benchCsvWriters, describeCsvWriters, readExportCells } from './csv-writer';
import { buildServer, freePort } from '../helpers/server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = path.join(ROOT, 'bench-results');

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  rows: number;
  /** Seconds per URL under load (longer when one request is slow, so that some complete). */
  duration: number;
  connections: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { rows: 1_000_000, duration: 5, connections: 10 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = Number(argv[(i += 1)]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${arg} needs a positive number`);
      return v;
    };
    if (arg === '--rows') options.rows = Math.round(value());
    else if (arg === '--duration') options.duration = value();
    else if (arg === '--connections') options.connections = Math.round(value());
    else throw new Error(`Unknown argument ${arg}. Usage: run.ts [--rows N] [--duration seconds] [--connections N]`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// autocannon (CommonJS, no type declarations of its own): the part of its API used here.

interface Histogram {
  average: number;
  min: number;
  max: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number; sent: number };
  latency: Histogram & { totalCount?: number };
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: { url: string; connections: number; duration: number; timeout: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => bytes / 1e6;
const fmt = (n: number, digits = 1) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1000)} KB`;

interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as received on the wire (still compressed if the server compressed it). */
  body: Buffer;
  /** Body bytes received, kept or not. */
  bytes: number;
  /** Milliseconds from sending the request to the response headers, to the first body byte, and to the end. */
  headersMs: number;
  firstByteMs: number;
  totalMs: number;
}

/** One GET on a fresh connection; the body is kept only when asked for (a million-row CSV is counted, not kept). */
function get(url: string, options: { headers?: Record<string, string>; timeoutMs?: number; keepBody?: boolean; onChunk?: (chunk: Buffer) => void } = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { headers: options.headers ?? {}, agent: false }, (response) => {
      const headersMs = performance.now() - started;
      let firstByteMs = -1;
      const chunks: Buffer[] = [];
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        if (options.keepBody !== false) chunks.push(chunk);
        options.onChunk?.(chunk);
      });
      response.on('end', () => {
        const totalMs = performance.now() - started;
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: options.keepBody === false ? Buffer.alloc(0) : Buffer.concat(chunks, bytes),
          bytes,
          headersMs,
          firstByteMs: firstByteMs < 0 ? totalMs : firstByteMs,
          totalMs,
        });
      });
      response.on('error', reject);
    });
    request.setTimeout(options.timeoutMs ?? 120_000, () => request.destroy(new Error(`timed out after ${options.timeoutMs ?? 120_000} ms: ${url}`)));
    request.on('error', reject);
  });
}

/** Decodes a body that the server may have compressed. */
function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return body;
}

/** A GET that follows the server's own redirects (`/` → `/en`), as a browser does: every hop, and the last answer. */
async function follow(base: string, pathAndQuery: string, options: { headers?: Record<string, string>; timeoutMs?: number; keepBody?: boolean } = {}) {
  const hops: Array<{ url: string; status: number; bytes: number; ms: number }> = [];
  let url = new URL(pathAndQuery, base);
  const started = performance.now();
  for (let i = 0; ; i += 1) {
    const response = await get(url.href, options);
    hops.push({ url: url.pathname + url.search, status: response.status, bytes: response.bytes, ms: response.totalMs });
    const location = response.headers.location;
    if (response.status < 300 || response.status > 399 || !location || i === 5) {
      return { response, hops, finalPath: url.pathname + url.search, totalMs: performance.now() - started };
    }
    url = new URL(location, url);
    if (url.origin !== base) throw new Error(`${pathAndQuery} redirects off the server, to ${url.href}`);
  }
}

/** Resident memory of a process, in bytes, from /proc: now (VmRSS) and its peak (VmHWM). */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return null;
  }
}

/** Resets the kernel's peak-RSS mark (VmHWM) of a process we started; false where the kernel does not allow it. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples a process's RSS every few milliseconds until stopped; returns the largest sample. */
function sampleRss(pid: number, everyMs = 20) {
  let peak = 0;
  let samples = 0;
  const take = () => {
    const m = memoryOf(pid);
    if (m && Number.isFinite(m.rss)) {
      peak = Math.max(peak, m.rss);
      samples += 1;
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peak, samples };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The server under test

/** Servers still running, stopped if the bench fails half-way. */
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

interface Server {
  child: ChildProcess;
  pid: number;
  base: string;
  database: string;
  /** Seconds from spawn to the first HTTP answer (to /favicon.ico, which costs nothing). */
  listeningSeconds: number;
  /** The first request for `/`, when asked for: its status, seconds from spawn, and its own time and size. */
  first?: { status: number; seconds: number; ms: number; bytes: number; finalPath: string };
  log: string[];
  /** Set once the bench asks it to stop; an exit without it is a crash, reported with the server's output. */
  stopping?: boolean;
  exit?: { code: number | null; signal: NodeJS.Signals | null };
}

/** Every server started, to explain a failed request by the server's own exit and output. */
const servers: Server[] = [];

/**
 * Spawns `node dist/server.mjs --seed-if-missing` as `npm start` does after its build (no npm wrapper: the pid is the process that
 * serves), waits until it answers, then, if asked, requests `/` and times spawn to that answer.
 */
async function startServer(database: string, options: { firstPage: boolean }): Promise<Server> {
  const port = await freePort();
  const log: string[] = [];
  const started = performance.now();
  // As `npm start` runs it: --seed-if-missing builds a missing database from the seed files.
  const child = spawn(process.execPath, [...serverArgs, '--seed-if-missing'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  let exited: number | null = null;
  child.on('exit', (code) => {
    running.delete(child);
    exited = code ?? -1;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = started + 300_000;
  let listeningSeconds = -1;
  while (listeningSeconds < 0) {
    if (exited !== null) throw new Error(`The server exited with code ${exited} before answering:\n${log.join('')}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer within 300 s:\n${log.join('')}`);
    }
    try {
      await get(`${base}/favicon.ico`, { keepBody: false, timeoutMs: 60_000 });
      listeningSeconds = (performance.now() - started) / 1000;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
      await sleep(10);
    }
  }
  const server: Server = { child, pid: child.pid ?? -1, base, database, listeningSeconds, log };
  servers.push(server);
  child.on('exit', (code, signal) => {
    server.exit = { code, signal };
  });
  if (options.firstPage) {
    const { response, finalPath, totalMs } = await follow(base, '/', { keepBody: false, timeoutMs: 900_000 });
    server.first = { status: response.status, seconds: (performance.now() - started) / 1000, ms: totalMs, bytes: response.bytes, finalPath };
  }
  return server;
}

async function stopServer(server: Server): Promise<void> {
  server.stopping = true;
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const done = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  const timeout = sleep(15_000).then(() => 'timeout');
  if ((await Promise.race([done.then(() => 'done'), timeout])) === 'timeout') {
    server.child.kill('SIGKILL');
    await done;
  }
}

/** Waits until the server has worked off whatever autocannon left queued: a cheap request answers only then. */
async function settle(server: Server): Promise<void> {
  await get(`${server.base}/favicon.ico`, { keepBody: false, timeoutMs: 600_000 });
}

// ---------------------------------------------------------------------------------------------
// Load tests

/** A page slower than this alone is not load-tested: ten connections would queue behind it for minutes. */
const SLOW_PAGE_SECONDS = 5;

/** Pages are requested as a browser requests them: compressed where the server compresses. */
const BROWSER_HEADERS = { 'Accept-Encoding': 'br, gzip' };

interface PageResult {
  page: string;
  url: string;
  /** The address actually load-tested: `url` after the server's redirects (`/` → `/en`). */
  resolvedUrl?: string;
  /** The first request for the page, on an idle server: status, milliseconds, body bytes. */
  probe: { status: number; ms: number; bytes: number };
  /** Content-Encoding of the answer to `Accept-Encoding: br, gzip`. */
  encoding?: string;
  /** The same request again, right after: differs from the first where the server caches pages. */
  again?: { status: number; ms: number; bytes: number };
  error?: string;
  /** The load test was not run because one request alone took longer than SLOW_PAGE_SECONDS. */
  skipped?: boolean;
  durationSeconds?: number;
  requests?: number;
  requestsPerSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  non2xx?: number;
  errors?: number;
  timeouts?: number;
  statusCodes?: Record<string, number>;
  serverPeakRssBytes?: number;
}

async function loadTest(server: Server, page: string, pathAndQuery: string, options: Options): Promise<PageResult> {
  const first = await follow(server.base, pathAndQuery, { headers: BROWSER_HEADERS, keepBody: false, timeoutMs: 900_000 });
  // Redirects are followed once; the load goes to the page they lead to (autocannon does not follow them).
  const probe = first.finalPath === pathAndQuery ? first.response : await get(`${server.base}${first.finalPath}`, { headers: BROWSER_HEADERS, keepBody: false, timeoutMs: 900_000 });
  const url = `${server.base}${first.finalPath}`;
  const result: PageResult = {
    page,
    url: pathAndQuery,
    resolvedUrl: first.finalPath,
    probe: { status: probe.status, ms: probe.totalMs, bytes: probe.bytes },
    encoding: String(probe.headers['content-encoding'] ?? 'identity'),
  };
  if (probe.status !== 200) {
    const again = await get(url, { timeoutMs: 900_000 });
    result.error = `HTTP ${probe.status} on ${first.finalPath}: ${again.body.toString('utf8').slice(0, 200).trim()}`;
    return result;
  }
  const second = await get(url, { headers: BROWSER_HEADERS, keepBody: false, timeoutMs: 900_000 });
  result.again = { status: second.status, ms: second.totalMs, bytes: second.bytes };
  // The repeat is what the load will see (a server that caches pages answers it from its cache).
  const probeSeconds = Math.min(probe.totalMs, second.totalMs) / 1000;
  if (probeSeconds > SLOW_PAGE_SECONDS) {
    result.skipped = true;
    return result;
  }
  // A slow page would complete nothing in a few seconds: run long enough for about two rounds of every connection.
  const duration = Math.min(60, Math.max(options.duration, Math.ceil(probeSeconds * options.connections * 2)));
  const timeout = Math.max(10, Math.ceil(probeSeconds * options.connections * 4));
  const rss = sampleRss(server.pid, 50);
  const r = await autocannon({ url, connections: options.connections, duration, timeout, headers: BROWSER_HEADERS });
  await settle(server);
  const { peak } = rss.stop();
  Object.assign(result, {
    durationSeconds: r.duration,
    requests: r.requests.total,
    requestsPerSecond: r.requests.total / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
    serverPeakRssBytes: peak,
  });
  if (r.requests.total === 0) result.error = `no request completed in ${r.duration} s`;
  return result;
}

/** True when a database file has exactly the tables and indexes that the current migrations build. */
function schemaIsCurrent(file: string): boolean {
  const shape = (sqlite: DatabaseHandle['sqlite']) =>
    JSON.stringify(sqlite.prepare("select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name").all());
  const fresh = openDatabase(':memory:', { readonly: false });
  migrateDatabase(fresh.db);
  const existing = openDatabase(file, { readonly: true });
  try {
    return shape(fresh.sqlite) === shape(existing.sqlite);
  } finally {
    fresh.sqlite.close();
    existing.sqlite.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Representative URLs

interface Urls {
  partner: string;
  pages: Array<[string, string]>;
}

/** Picks the partner with the most rows (or the given one) and compare tokens that exist for it, from the database itself. */
function urlsFor(database: string, preferred?: string): Urls {
  const { sqlite } = openDatabase(database, { readonly: true });
  try {
    const partner =
      preferred ??
      (sqlite.prepare('select partner from observations group by partner order by count(*) desc, partner limit 1').pluck().get() as string | undefined) ??
      'JPN';
    const periods = (
      sqlite
        .prepare("select distinct period_start as start, period_end as end from observations where partner = ? and indicator = 'trade_turnover' order by period_end, period_start")
        .all(partner) as Array<{ start: string; end: string }>
    ).map((p) => ({ ...p, token: periodToken(p) }));
    const has = (token: string) => periods.some((p) => p.token === token);
    const multi = periods.find((p) => /^\d{4}\/\d{4}$/.test(p.token));
    const years = periods.filter((p) => /^\d{4}$/.test(p.token));
    const a = has('2008/2012') ? '2008/2012' : (multi?.token ?? periods[0]?.token ?? '2008/2012');
    const b = has('2024') ? '2024' : (years[years.length - 1]?.token ?? periods[periods.length - 1]?.token ?? '2024');
    const q = (s: string) => encodeURIComponent(s).replaceAll('%2F', '/');
    return {
      partner,
      pages: [
        ['overview', '/'],
        ['partner page', `/partners/${partner}`],
        ['compare', `/compare?partner=${partner}&indicator=trade_turnover&a=${q(a)}&b=${q(b)}`],
        ['filtered data page', `/data/observations?partner=${partner}&indicator=exports`],
      ],
    };
  } finally {
    sqlite.close();
  }
}

// ---------------------------------------------------------------------------------------------
// CSV export against sqlite3

/** The app's export query (src/queries/observations.ts and src/csv-contract.ts) as plain SQL, period label included. */
const EXPORT_SQL = `
select o.id, o.indicator, o.reporter, o.partner, o.period_start, o.period_end,
  case
    when o.period_start = o.period_end then cast(substr(o.period_start, 9, 2) as integer) || ' ' || substr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(o.period_start, 6, 2) * 3 - 2, 3) || ' ' || substr(o.period_start, 1, 4)
    when substr(o.period_start, 6) = '01-01' and substr(o.period_end, 6) = '12-31' then
      case when substr(o.period_start, 1, 4) = substr(o.period_end, 1, 4) then substr(o.period_start, 1, 4) else substr(o.period_start, 1, 4) || '–' || substr(o.period_end, 1, 4) end
    when substr(o.period_start, 9, 2) = '01' and substr(date(o.period_end, '+1 day'), 9, 2) = '01' then
      substr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(o.period_start, 6, 2) * 3 - 2, 3) || '–' || substr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(o.period_end, 6, 2) * 3 - 2, 3) || ' ' || substr(o.period_end, 1, 4)
    else cast(substr(o.period_start, 9, 2) as integer) || '–' || cast(substr(o.period_end, 9, 2) as integer) || ' ' || substr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(o.period_end, 6, 2) * 3 - 2, 3) || ' ' || substr(o.period_end, 1, 4)
  end as period_label,
  o.value, o.unit, o.qualifier, o.as_written, o.source_id, s.title as source_title, s.published_on as source_published_on,
  s.language as source_language, o.quote, o.quote_en, o.note
from observations o
join indicators i on i.code = o.indicator
join sources s on s.id = o.source_id
order by o.partner, o.indicator, o.period_start, o.id`;

interface ExportResult {
  status: number;
  seconds: number;
  firstByteMs: number;
  headersMs: number;
  bytes: number;
  lines: number;
  baselineRssBytes: number;
  peakRssBytes: number;
  /** The warm-up request on the fresh server: status and milliseconds to its first byte (cold code paths). */
  warmUp: { status: number; firstByteMs: number };
  peakFrom: string;
}

/** A browser's download asks for compression (`compressed`): bytes are then those over the wire, records counted after decoding. */
async function exportOverHttp(server: Server, compressed = false): Promise<ExportResult> {
  // One small export first, as a server that has been serving has done: the first request of a fresh
  // process pays for compiling its code paths, which is start-up, not streaming.
  const warmUp = await get(`${server.base}/data/observations.csv?indicator=investor_top_n&partner=JPN`, { keepBody: false, timeoutMs: 120_000 });
  const before = memoryOf(server.pid);
  const reset = resetPeak(server.pid);
  const rss = sampleRss(server.pid, 20);
  let lines = 0;
  const count = (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  };
  const decoder = compressed ? zlib.createBrotliDecompress() : null;
  decoder?.on('data', count);
  const decoded = decoder ? new Promise((resolve) => decoder.on('end', resolve)) : Promise.resolve();
  const response = await get(`${server.base}/data/observations.csv`, {
    headers: compressed ? { 'Accept-Encoding': 'br, gzip' } : {},
    keepBody: false,
    timeoutMs: 900_000,
    onChunk: (chunk) => (decoder ? decoder.write(chunk) : count(chunk)),
  });
  const sampled = rss.stop();
  if (decoder) {
    if (response.headers['content-encoding'] !== 'br') throw new Error(`The compressed export came as ${response.headers['content-encoding'] ?? 'identity'}, not br.`);
    decoder.end();
    await decoded;
  }
  const after = memoryOf(server.pid);
  const hwm = reset && after ? after.hwm : 0;
  return {
    status: response.status,
    seconds: response.totalMs / 1000,
    firstByteMs: response.firstByteMs,
    headersMs: response.headersMs,
    bytes: response.bytes,
    lines,
    baselineRssBytes: before?.rss ?? NaN,
    warmUp: { status: warmUp.status, firstByteMs: warmUp.firstByteMs },
    peakRssBytes: Math.max(sampled.peak, hwm),
    peakFrom: reset ? `VmHWM (reset before the export) and ${sampled.samples} VmRSS samples` : `${sampled.samples} VmRSS samples every 20 ms`,
  };
}

/** Finds sqlite3, installing Debian's package if it is missing; returns the reason when it cannot. */
function ensureSqlite3(): { ok: true; version: string } | { ok: false; reason: string } {
  const probe = () => spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  let found = probe();
  if (found.status !== 0) {
    console.log('sqlite3 is missing; installing the Debian package (apt-get install -y sqlite3) …');
    let install = spawnSync('apt-get', ['install', '-y', 'sqlite3'], { encoding: 'utf8' });
    if (install.status !== 0) {
      spawnSync('apt-get', ['update'], { encoding: 'utf8' });
      install = spawnSync('apt-get', ['install', '-y', 'sqlite3'], { encoding: 'utf8' });
    }
    if (install.status !== 0) return { ok: false, reason: `apt-get install -y sqlite3 failed: ${(install.stderr || String(install.error ?? '')).trim().split('\n').pop()}` };
    found = probe();
    if (found.status !== 0) return { ok: false, reason: 'sqlite3 still not runnable after installing it' };
  }
  return { ok: true, version: found.stdout.trim().split(' ')[0] ?? '' };
}

/** The limit an export can approach: read the table as it is stored and write it as CSV. */
const RAW_DUMP_SQL = 'select * from observations';

/** Runs `sqlite3 -csv -header` on a query, reading its output through a pipe as the HTTP client reads the response. */
function exportWithSqlite3(database: string, query: string): Promise<{ seconds: number; firstByteMs: number; bytes: number; lines: number; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sqlite3', ['-readonly', '-csv', '-header', database, query], { stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let lines = 0;
    let firstByteMs = -1;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (firstByteMs < 0) firstByteMs = performance.now() - started;
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, firstByteMs, bytes, lines, code, stderr }));
  });
}

/** Bytes the stored CSV records take in a database file against the figure tables (SQLite's dbstat), or null where dbstat is missing. */
function storedRecordBytes(file: string): { lines: number; figures: number; file: number } | null {
  const { sqlite } = openDatabase(file, { readonly: true });
  try {
    const pages = sqlite.prepare('select m.tbl_name as tbl, sum(d.pgsize) as bytes from dbstat d join sqlite_master m on m.name = d.name group by m.tbl_name').all() as Array<{ tbl: string; bytes: number }>;
    const sum = (tables: string[]) => pages.filter((p) => tables.includes(p.tbl)).reduce((n, p) => n + p.bytes, 0);
    return { lines: sum(['observation_lines', 'commodity_share_lines']), figures: sum(['observations', 'commodity_shares']), file: statSync(file).size };
  } catch {
    return null;
  } finally {
    sqlite.close();
  }
}

/** Reads a file once so that both exports start from a warm page cache. */
function warmCache(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file, { highWaterMark: 4 << 20 });
    stream.on('data', () => undefined);
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// First view

interface Transfer {
  url: string;
  kind: 'html' | 'js' | 'css' | 'other';
  status: number;
  bytes: number;
  decodedBytes: number;
  encoding: string;
}

/** The HTML of / and the assets it names, fetched as a browser would (used when Chromium is missing). */
async function firstViewByTags(server: Server): Promise<Transfer[]> {

  const headers = { 'Accept-Encoding': 'br, gzip' };
  const { response: page, hops, finalPath } = await follow(server.base, '/', { headers });
  const encoding = String(page.headers['content-encoding'] ?? 'identity');
  const html = decode(page.body, page.headers['content-encoding']);
  // A browser receives the redirects too: they count with the HTML.
  const transfers: Transfer[] = hops.slice(0, -1).map((hop) => ({ url: `${hop.url} (HTTP ${hop.status})`, kind: 'html', status: 200, bytes: hop.bytes, decodedBytes: hop.bytes, encoding: 'identity' }));
  transfers.push({ url: finalPath, kind: 'html', status: page.status, bytes: page.body.length, decodedBytes: html.length, encoding });
  const document = parse(html.toString('utf8'));
  const refs = [
    ...document.querySelectorAll('script[src]').map((el) => el.getAttribute('src')),
    ...document.querySelectorAll('link[href]').filter((el) => /stylesheet|icon|preload|modulepreload/.test(el.getAttribute('rel') ?? '')).map((el) => el.getAttribute('href')),
  ].filter((href): href is string => Boolean(href));
  for (const ref of [...new Set(refs)]) {
    const url = new URL(ref, `${server.base}${finalPath}`);
    if (url.origin !== server.base) continue; // The page loads nothing from another host; count only our own.
    const asset = await get(url.href, { headers });
    const type = String(asset.headers['content-type'] ?? '');
    const kind = /javascript/.test(type) ? 'js' : /text\/css/.test(type) ? 'css' : 'other';
    const assetEncoding = String(asset.headers['content-encoding'] ?? 'identity');
    transfers.push({ url: url.pathname, kind, status: asset.status, bytes: asset.body.length, decodedBytes: decode(asset.body, asset.headers['content-encoding']).length, encoding: assetEncoding });
  }
  return transfers;
}

/** Debian's Chromium, as the browser tests use it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What a browser downloads to show / at a screen size, without scrolling: every response until the
 * network is idle, with its bytes on the wire (Chromium's encoded body size). Charts load when they
 * come into view (src/client/main.ts), so the chart script counts only where a chart is in
 * view. Null when Chromium is missing.
 */
async function firstViewInBrowser(server: Server, viewport: { width: number; height: number }): Promise<Transfer[] | null> {
  if (!existsSync(CHROMIUM)) return null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'] });
  try {
    const page = await (await browser.newContext({ viewport })).newPage();
    const pending: Array<Promise<void>> = [];
    const transfers: Transfer[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          const sizes = await request.sizes();
          const type = request.resourceType();
          const kind = type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : 'other';
          const decoded = response && response.status() < 300 ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
          const url = new URL(request.url());
          transfers.push({ url: `${url.pathname}${response && response.status() >= 300 && response.status() < 400 ? ` (HTTP ${response.status()})` : ''}`, kind, status: response?.status() ?? 0, bytes: sizes.responseBodySize, decodedBytes: decoded, encoding: (await response?.allHeaders())?.['content-encoding'] ?? 'identity' });
        })(),
      );
    });
    await page.goto(`${server.base}/`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    return transfers;
  } finally {
    await browser.close();
  }
}

async function firstView(server: Server, viewport: { width: number; height: number }): Promise<{ transfers: Transfer[]; how: string }> {
  const seen = await firstViewInBrowser(server, viewport);
  if (seen) return { transfers: seen, how: `Chromium at ${viewport.width}×${viewport.height}, no scrolling` };
  return { transfers: await firstViewByTags(server), how: 'the HTML and the assets it names (Chromium is missing)' };
}

// ---------------------------------------------------------------------------------------------
// The report

interface Figure {
  id: string;
  figure: string;
  measured: string;
  value: number | null;
  unit: string;
  budget: string | null;
  /** null: no budget (a figure to read), or not measured. */
  pass: boolean | null;
}

function printTable(figures: Figure[]): string {
  const head = ['Figure', 'Measured', 'Budget', 'Result'];
  const rows = figures.map((f) => [f.figure, f.measured, f.budget ?? '—', f.pass === null ? (f.budget ? 'not measured' : '—') : f.pass ? 'pass' : 'MISS']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

/** `node dist/server.mjs`, built once at the start of the run (see main). */
let serverArgs: string[] = [];

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  serverArgs = buildServer();
  mkdirSync(RESULTS, { recursive: true });
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const add = (f: Figure) => figures.push(f);
  const loadBefore = os.loadavg();
  const started = performance.now();
  console.log(`Bench: ${options.rows.toLocaleString('en')} synthetic observations, ${options.connections} connections, ≥ ${options.duration} s per URL.`);
  console.log(`Machine: ${os.cpus().length} CPUs, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, load average ${loadBefore.map((l) => fmt(l, 2)).join(' ')}.`);
  if ((loadBefore[0] ?? 0) > 0.5) console.log('Note: the machine is not idle (load average above 0.5); figures will be noisier.');

  // 1. The synthetic database: reuse, or generate it (and time that).
  const benchDb = path.join(RESULTS, `bench-${options.rows}.db`);
  if (existsSync(benchDb) && !schemaIsCurrent(benchDb)) {
    console.log(`${path.relative(ROOT, benchDb)} was built with other migrations than db/migrations holds now; generating it again.`);
    ['', '-wal', '-shm', '-journal'].forEach((suffix) => rmSync(`${benchDb}${suffix}`, { force: true }));
  }
  if (existsSync(benchDb)) {
    console.log(`Reusing ${path.relative(ROOT, benchDb)}.`);
    add({ id: 'generate', figure: `bench:data, ${options.rows.toLocaleString('en')} rows`, measured: 'reused an existing file (not timed in this run)', value: null, unit: 's', budget: '< 60 s', pass: null });
  } else {
    console.log(`Generating ${path.relative(ROOT, benchDb)} …`);
    const t0 = performance.now();
    const gen = spawnSync(process.execPath, ['--import', 'tsx', 'test/bench/generate.ts', '--rows', String(options.rows), '--out', benchDb], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const seconds = (performance.now() - t0) / 1000;
    process.stdout.write(gen.stdout);
    if (gen.status !== 0) throw new Error('The generator failed.');
    add({ id: 'generate', figure: `bench:data, ${options.rows.toLocaleString('en')} rows`, measured: `${fmt(seconds)} s (whole process)`, value: seconds, unit: 's', budget: '< 60 s', pass: seconds < 60 });
  }
  details.benchDatabase = { file: path.relative(ROOT, benchDb), bytes: statSync(benchDb).size };

  // The CSV writer against csv-stringify, in this process before any server runs (at most 200,000 rows held in memory).
  console.log("CSV writers: the project's against csv-stringify, on the same export rows …");
  const writers = await benchCsvWriters(readExportCells(benchDb, Math.min(options.rows, 200_000)));
  describeCsvWriters(writers).forEach((line) => console.log(line));
  details.csvWriters = writers;
  for (const [i, w] of writers.writers.entries()) {
    add({ id: `csv_writer.${i}`, figure: `CSV writer: ${w.name}, ${writers.rows.toLocaleString('en')} rows`, measured: `${fmt(w.rowsPerSecond, 0)} rows/s (median of ${w.runs.length} runs, ${fmt(w.seconds * 1000, 0)} ms)`, value: w.rowsPerSecond, unit: 'rows/s', budget: null, pass: null });
  }
  add({ id: 'csv_writer.ratio', figure: 'CSV writer: project / faster csv-stringify', measured: `${fmt(writers.ratio, 2)}× (the same bytes)`, value: writers.ratio, unit: 'ratio', budget: '> 1× (else use the library)', pass: writers.ratio > 1 });

  // 2. Start with seeding, then with the database it built; that server serves the curated figures.
  const tmp = path.join(RESULTS, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const curatedDb = path.join(tmp, `curated-${process.pid}.db`);
  const removeDb = (file: string) => ['', '-wal', '-shm', '-journal'].forEach((s) => rmSync(`${file}${s}`, { force: true }));
  removeDb(curatedDb);
  const startFigure = (id: string, label: string, server: Server) => {
    const first = server.first;
    const ok = first?.status === 200;
    add({
      id,
      figure: `Start to first 200 on /, ${label}`,
      measured: first
        ? `${ok ? '' : `first answer HTTP ${first.status}, not 200: `}${fmt(first.seconds, 2)} s (listening after ${fmt(server.listeningSeconds, 2)} s; the first /${first.finalPath === '/' ? '' : ` → ${first.finalPath}`} took ${fmt(first.ms / 1000, 2)} s)`
        : 'not measured',
      value: ok && first ? first.seconds : null,
      unit: 's',
      budget: null,
      pass: null,
    });
  };

  console.log('Starting the server with seeding …');
  const seeding = await startServer(curatedDb, { firstPage: true });
  await stopServer(seeding);
  startFigure('start.seeding', 'seeding a new database', seeding);

  console.log('Starting the server on the curated database …');
  const curated = await startServer(curatedDb, { firstPage: true });
  startFigure('start.curated', 'existing curated database', curated);

  const curatedUrls = urlsFor(curatedDb, 'JPN');
  const curatedPages: PageResult[] = [];
  for (const [page, url] of curatedUrls.pages) {
    console.log(`Load: curated ${page} ${url} …`);
    curatedPages.push(await loadTest(curated, page, url, options));
  }

  console.log('First view of the overview, on a desktop screen and on a phone …');
  const { transfers: view, how: viewHow } = await firstView(curated, { width: 1280, height: 800 });
  const { transfers: phoneView, how: phoneHow } = await firstView(curated, { width: 375, height: 667 });
  const curatedIdle = memoryOf(curated.pid);
  await stopServer(curated);

  // 3. The synthetic database: start and load; then the export on a fresh server, so that its memory is the export's own.
  const rowsLabel = `${options.rows.toLocaleString('en')} rows`;
  console.log(`Starting the server on ${path.relative(ROOT, benchDb)} (the first / may take long) …`);
  const big = await startServer(benchDb, { firstPage: true });
  startFigure('start.synthetic', `existing ${options.rows.toLocaleString('en')}-row database`, big);
  const bigUrls = urlsFor(benchDb);
  const bigPages: PageResult[] = [];
  for (const [page, url] of bigUrls.pages) {
    console.log(`Load: ${rowsLabel} ${page} ${url} …`);
    bigPages.push(await loadTest(big, page, url, options));
  }
  const bigPeak = memoryOf(big.pid);
  await stopServer(big);

  const { sqlite: counter } = openDatabase(benchDb, { readonly: true });
  const observationCount = counter.prepare('select count(*) from observations').pluck().get() as number;
  counter.close();
  await warmCache(benchDb);
  console.log('Full CSV export over HTTP, on a fresh server …');
  const exporter = await startServer(benchDb, { firstPage: false });
  const exported = await exportOverHttp(exporter);
  await stopServer(exporter);
  console.log('The same export compressed (br), as a browser downloads it, on a fresh server …');
  await warmCache(benchDb);
  const exporterBr = await startServer(benchDb, { firstPage: false });
  const exportedBr = await exportOverHttp(exporterBr, true);
  await stopServer(exporterBr);

  console.log('sqlite3 -csv: the raw dump of the table, then the same rows and columns as the export …');
  const sqlite3 = ensureSqlite3();
  type Cli = Awaited<ReturnType<typeof exportWithSqlite3>>;
  let cliReason = sqlite3.ok ? '' : sqlite3.reason;
  const runCli = async (query: string): Promise<Cli | null> => {
    if (!sqlite3.ok) return null;
    await warmCache(benchDb);
    const result = await exportWithSqlite3(benchDb, query);
    if (result.code === 0) return result;
    cliReason = `sqlite3 exited with ${result.code}: ${result.stderr.trim().slice(0, 200)}`;
    return null;
  };
  const rawDump = await runCli(RAW_DUMP_SQL);
  const cli = await runCli(EXPORT_SQL);
  // What the export reads besides the figures: the stored records (src/export-lines.ts) take room in the file.
  const stored = storedRecordBytes(benchDb);
  details.storedRecords = stored;
  removeDb(curatedDb);

  // 4. Figures.
  // Page addresses without a language prefix redirect to the reader's language (/ → /en): the table shows where they led.
  const shown = (r: PageResult) => r.resolvedUrl ?? r.url;
  const redirected = [...curatedPages, ...bigPages].filter((r) => r.resolvedUrl && r.resolvedUrl !== r.url);
  const pageFigures = (r: PageResult) => {
    const count = (n: number | undefined, what: string) => (n ? `${n} ${what}${n === 1 ? '' : 's'}` : '');
    const problems = [count(r.non2xx, 'non-2xx answer'), count(r.errors, 'error'), count(r.timeouts, 'timeout')].filter(Boolean).join(', ');
    const measured = r.error
      ? `not measured: ${r.error}`
      : r.skipped
        ? `one request alone: ${fmt(r.probe.ms / 1000, 2)} s, again ${fmt((r.again?.ms ?? NaN) / 1000, 2)} s, ${kb(r.probe.bytes)} ${r.encoding}; not load-tested (over ${SLOW_PAGE_SECONDS} s a request)`
        : `${fmt(r.requestsPerSecond ?? 0)} req/s, p50 ${fmt(r.p50Ms ?? 0, 0)} ms, p99 ${fmt(r.p99Ms ?? 0, 0)} ms (${r.requests} requests in ${fmt(r.durationSeconds ?? 0, 0)} s${problems ? `; ${problems}` : ''}; one request alone: first ${fmt(r.probe.ms, 0)} ms, again ${fmt(r.again?.ms ?? NaN, 0)} ms; ${kb(r.probe.bytes)} ${r.encoding})`;
    return { measured, clean: !r.error && !problems };
  };
  curatedPages.forEach((r) => {
    const { measured } = pageFigures(r);
    add({ id: `load.curated.${r.page}`, figure: `${r.page} ${shown(r)} — curated`, measured, value: r.requestsPerSecond ?? null, unit: 'req/s', budget: null, pass: null });
  });
  bigPages.forEach((r, i) => {
    const { measured, clean } = pageFigures(r);
    // A page that alone takes longer than 25 ms cannot have a p99 under 25 ms at 10 connections; one that
    // takes T seconds on this single-threaded server serves at most 1/T requests a second.
    const alone = Math.min(r.probe.ms, r.again?.ms ?? Infinity);
    const p99 = r.error ? null : r.skipped ? alone : (r.p99Ms ?? null);
    add({
      id: `load.synthetic.${r.page}.p99`,
      figure: `${r.page} ${shown(r)} — ${rowsLabel}`,
      measured,
      value: p99,
      unit: 'ms',
      budget: `p99 < 25 ms at ${options.connections} connections`,
      pass: p99 === null ? null : clean && p99 < 25,
    });
    const base = curatedPages[i]?.requestsPerSecond;
    const rps = r.error ? null : r.skipped ? 1000 / alone : (r.requestsPerSecond ?? null);
    const ratio = rps !== null && base ? rps / base : null;
    add({
      id: `load.synthetic.${r.page}.throughput`,
      figure: `${r.page} — throughput vs curated`,
      measured:
        ratio === null
          ? 'not measured'
          : r.skipped
            ? `at most ${fmt(ratio * 100, 3)} % (at most 1 / ${fmt(alone / 1000, 2)} s = ${fmt(rps ?? 0, 3)} req/s, vs ${fmt(base ?? 0)} req/s)`
            : `${fmt(ratio * 100)} % (${fmt(rps ?? 0)} vs ${fmt(base ?? 0)} req/s)`,
      value: ratio,
      unit: 'ratio',
      budget: '≥ 33.3 % of curated',
      pass: ratio === null ? null : ratio >= 1 / 3,
    });
  });

  const exportOk = exported.status === 200;
  add({
    id: 'export.http',
    figure: `CSV export /data/observations.csv, ${observationCount.toLocaleString('en')} rows`,
    measured: exportOk
      ? `${fmt(exported.seconds, 2)} s, ${fmt(mb(exported.bytes))} MB, ${(exported.lines - 1).toLocaleString('en')} records${exported.lines - 1 === observationCount ? '' : ` (expected ${observationCount.toLocaleString('en')})`}`
      : `HTTP ${exported.status}`,
    value: exportOk ? exported.seconds : null,
    unit: 's',
    budget: null,
    pass: null,
  });
  const cliFigure = (c: Cli | null) => (c ? `${fmt(c.seconds, 2)} s, ${fmt(mb(c.bytes))} MB, ${(c.lines - 1).toLocaleString('en')} records (sqlite3 ${sqlite3.ok ? sqlite3.version : ''})` : `not measured: ${cliReason}`);
  add({ id: 'export.sqlite3.raw', figure: `sqlite3 -csv '${RAW_DUMP_SQL}' (the raw dump: every stored column)`, measured: cliFigure(rawDump), value: rawDump?.seconds ?? null, unit: 's', budget: null, pass: null });
  const rawRatio = rawDump && exportOk ? exported.seconds / rawDump.seconds : null;
  add({
    id: 'export.ratio.raw',
    figure: 'CSV export time / raw dump time',
    measured: rawRatio === null ? `not measured${cliReason ? `: ${cliReason}` : ''}` : `${fmt(rawRatio, 2)}×`,
    value: rawRatio,
    unit: 'ratio',
    budget: '≤ 1.5×',
    pass: rawRatio === null ? null : rawRatio <= 1.5,
  });
  add({ id: 'export.sqlite3', figure: 'sqlite3 -csv, the same rows and columns as the export (joins and period labels in SQL)', measured: cliFigure(cli), value: cli?.seconds ?? null, unit: 's', budget: null, pass: null });
  const ratio = cli && exportOk ? exported.seconds / cli.seconds : null;
  add({ id: 'export.ratio', figure: 'CSV export time / sqlite3 -csv time, same rows and columns', measured: ratio === null ? `not measured${cliReason ? `: ${cliReason}` : ''}` : `${fmt(ratio, 2)}×`, value: ratio, unit: 'ratio', budget: '≤ 1.5×', pass: ratio === null ? null : ratio <= 1.5 });
  add({
    id: 'export.stored_bytes',
    figure: 'Stored CSV records in the database file (both figure tables, with their id indexes)',
    measured: stored ? `${fmt(mb(stored.lines))} MB of ${fmt(mb(stored.file))} MB (the figure tables and their indexes: ${fmt(mb(stored.figures))} MB)` : 'not measured: this SQLite has no dbstat table',
    value: stored?.lines ?? null,
    unit: 'bytes',
    budget: null,
    pass: null,
  });
  add({ id: 'export.ttfb', figure: 'CSV export: first byte', measured: exportOk
      ? `${fmt(exported.firstByteMs, 0)} ms (headers ${fmt(exported.headersMs, 0)} ms), after one small CSV request; that first CSV request of the fresh server: ${fmt(exported.warmUp.firstByteMs, 0)} ms`
      : 'not measured', value: exportOk ? exported.firstByteMs : null, unit: 'ms', budget: '≤ 100 ms', pass: exportOk ? exported.firstByteMs <= 100 : null });
  add({
    id: 'export.peak_rss',
    figure: 'CSV export: server peak RSS',
    measured: `${fmt(mb(exported.peakRssBytes))} MB (before the export ${fmt(mb(exported.baselineRssBytes))} MB; from ${exported.peakFrom})`,
    value: exported.peakRssBytes,
    unit: 'bytes',
    budget: '< 200 MB',
    pass: exported.peakRssBytes < 200e6,
  });

  const brOk = exportedBr.status === 200;
  add({
    id: 'export.http.br',
    figure: 'CSV export compressed (Accept-Encoding: br, gzip)',
    measured: brOk
      ? `${fmt(exportedBr.seconds, 2)} s, ${fmt(mb(exportedBr.bytes))} MB over the wire (${fmt(exported.bytes / exportedBr.bytes, 1)}× smaller), ${(exportedBr.lines - 1).toLocaleString('en')} records decoded; first byte ${fmt(exportedBr.firstByteMs, 0)} ms; peak RSS ${fmt(mb(exportedBr.peakRssBytes))} MB`
      : `HTTP ${exportedBr.status}`,
    value: brOk ? exportedBr.seconds : null,
    unit: 's',
    budget: 'first byte ≤ 100 ms, peak RSS < 200 MB',
    pass: brOk ? exportedBr.firstByteMs <= 100 && exportedBr.peakRssBytes < 200e6 && exportedBr.lines - 1 === observationCount : null,
  });

  const sum = (kind: Transfer['kind']) => view.filter((t) => t.kind === kind).reduce((a, t) => a + t.bytes, 0);
  // Empty bodies (the redirect) have nothing to compress.
  const compressionOf = (transfers: Transfer[]) => {
    const bodies = transfers.filter((t) => t.bytes > 0);
    const compressed = bodies.filter((t) => t.encoding !== 'identity');
    return compressed.length === 0
      ? 'not compressed'
      : compressed.length === bodies.length
        ? `compressed (${[...new Set(compressed.map((t) => t.encoding))].join(', ')})`
        : `partly compressed (not: ${bodies.filter((t) => t.encoding === 'identity').map((t) => t.url).join(', ')})`;
  };
  for (const kind of ['html', 'js', 'css', 'other'] as const) {
    const items = view.filter((t) => t.kind === kind);
    if (items.length === 0) continue;
    add({
      id: `first_view.${kind}`,
      figure: `First view of /: ${kind.toUpperCase()}${kind === 'other' ? ' (icon)' : ''}`,
      measured: `${kb(sum(kind))} over the wire (${items.map((t) => `${t.url.replace(/^\/assets\//, '')} ${kb(t.bytes)} ${t.encoding}`).join('; ')})`,
      value: sum(kind),
      unit: 'bytes',
      budget: null,
      pass: null,
    });
  }
  for (const [screen, transfers, how] of [['desktop', view, viewHow], ['phone', phoneView, phoneHow]] as const) {
    const total = transfers.reduce((a, t) => a + t.bytes, 0);
    const bad = transfers.filter((t) => t.status >= 400);
    add({
      id: `first_view.total${screen === 'phone' ? '.phone' : ''}`,
      figure: `First view of /: total on a ${screen} (curated database; ${how})`,
      measured: `${kb(total)} over the wire, ${compressionOf(transfers)}; ${kb(transfers.reduce((a, t) => a + t.decodedBytes, 0))} decoded; ${transfers.length} responses${bad.length ? `; ${bad.map((t) => `${t.url} HTTP ${t.status}`).join(', ')}` : ''}`,
      value: total,
      unit: 'bytes',
      budget: '≤ 60 KB (60,000 bytes)',
      pass: bad.length === 0 && total <= 60_000,
    });
  }
  const bigOverview = bigPages.find((p) => p.page === 'overview');
  if (bigOverview) {
    add({
      id: 'first_view.synthetic_html',
      figure: `First view of /: HTML at ${rowsLabel}`,
      measured: `${kb(bigOverview.probe.bytes)} over the wire (${bigOverview.encoding ?? 'identity'}, HTTP ${bigOverview.probe.status}); server peak RSS over its life ${fmt(mb(bigPeak?.hwm ?? NaN))} MB`,
      value: bigOverview.probe.bytes,
      unit: 'bytes',
      budget: null,
      pass: null,
    });
  }

  const loadAfter = os.loadavg();
  const table = printTable(figures);
  console.log('');
  console.log(table);
  const misses = figures.filter((f) => f.pass === false).length;
  const passes = figures.filter((f) => f.pass === true).length;
  const unmeasured = figures.filter((f) => f.pass === null && f.budget).length;
  if (redirected.length > 0) {
    const examples = [...new Map(redirected.map((r) => [r.url, r.resolvedUrl])).entries()].slice(0, 2).map(([from, to]) => `${from} → ${to}`);
    console.log(`Pages were requested at the brief's addresses and answered with a redirect (${examples.join(', ')} …): the load went to the page it leads to.`);
  }
  console.log('');
  console.log(`Budgets: ${passes} pass, ${misses} miss${unmeasured ? `, ${unmeasured} not measured` : ''}. Load average after: ${loadAfter.map((l) => fmt(l, 2)).join(' ')}. Took ${fmt((performance.now() - started) / 1000, 0)} s.`);

  const json = {
    generatedAt: new Date().toISOString(),
    rows: options.rows,
    settings: { connections: options.connections, minDurationSeconds: options.duration },
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', memoryBytes: os.totalmem(), node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
    figures,
    details: {
      ...details,
      observationCount,
      urls: { curated: curatedUrls, synthetic: bigUrls },
      pages: { curated: curatedPages, synthetic: bigPages },
      export: { http: exported, httpBr: exportedBr, sqlite3: cli, sqlite3RawDump: rawDump, rawDumpSql: RAW_DUMP_SQL, sqlite3Unavailable: cliReason || undefined, sql: EXPORT_SQL.trim() },
      firstView: view,
      firstViewPhone: phoneView,
      curatedIdleRssBytes: curatedIdle?.rss ?? null,
      synthetic: { startedServer: { listeningSeconds: big.listeningSeconds, first: big.first }, peakRssBytes: bigPeak?.hwm ?? null },
      serverLogs: { seeding: seeding.log.join(''), curated: curated.log.join(''), synthetic: big.log.join(''), exporter: exporter.log.join('') },
    },
  };
  const out = path.join(RESULTS, 'bench.json');
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Wrote ${path.relative(ROOT, out)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  for (const server of servers.filter((s) => s.exit && !s.stopping)) {
    console.error(`The server on ${server.base} (${path.relative(ROOT, server.database)}) exited by itself: code ${server.exit?.code}, signal ${server.exit?.signal}. Its last output:`);
    console.error(server.log.join('').split('\n').slice(-30).join('\n'));
  }
  process.exit(1);
});
