/**
 * `npm run soak`: sustained load on loopback. Starts the server on a freshly seeded database,
 * holds 50 connections for 60 s across the main routes (autocannon), samples the server's resident
 * memory every second, and prints: requests, errors, timeouts, non-2xx, latency, and memory after
 * warm-up against memory at the end (budget: within 10%).
 *
 * Options: --connections N (50), --seconds N (60), --warmup N (10).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { seedDatabaseFile } from '../../seeds/loader';
import { SOAK_ROUTES as ROUTES } from '../helpers/pages';
import { buildServer, freePort } from '../helpers/server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const connections = arg('connections', 50);
const seconds = arg('seconds', 60);
const warmup = arg('warmup', 10);

const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
};

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-soak-'));
  const dbPath = path.join(dir, 'dashboard.db');
  seedDatabaseFile(dbPath);
  const port = await freePort();
  const server = spawn(process.execPath, buildServer(), {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: dbPath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 300) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const pid = server.pid as number;
  const samples: Array<{ t: number; mb: number }> = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, mb: rssMb(pid) }), 1000);

  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: ROUTES.map((p) => ({ method: 'GET', path: p })),
  });
  clearInterval(sampler);
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });

  const settled = samples.filter((s) => s.t >= warmup && s.t < warmup + 3).map((s) => s.mb);
  const settledMb = settled.reduce((a, b) => a + b, 0) / Math.max(1, settled.length);
  const endMb = samples[samples.length - 1]?.mb ?? 0;
  const peakMb = Math.max(...samples.map((s) => s.mb));
  const growth = ((endMb - settledMb) / settledMb) * 100;
  const non2xx = result.non2xx;
  const rows: Array<[string, string, string]> = [
    ['connections × duration', `${connections} × ${seconds} s`, ''],
    ['requests', `${result.requests.total} (${Math.round(result.requests.average)}/s)`, ''],
    ['errors', String(result.errors), result.errors === 0 ? 'pass' : 'MISS'],
    ['timeouts', String(result.timeouts), result.timeouts === 0 ? 'pass' : 'MISS'],
    ['non-2xx responses', String(non2xx), non2xx === 0 ? 'pass' : 'MISS'],
    ['latency p50 / p99 / max', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`, ''],
    [`memory after ${warmup} s warm-up`, `${settledMb.toFixed(1)} MB`, ''],
    ['memory at the end', `${endMb.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%)`, Math.abs(growth) <= 10 ? 'pass' : 'MISS'],
    ['peak memory', `${peakMb.toFixed(1)} MB`, ''],
  ];
  console.log('\nSoak test');
  for (const [name, value, verdict] of rows) console.log(`  ${name.padEnd(28)} ${value.padEnd(34)} ${verdict}`);
  const ok = result.errors === 0 && result.timeouts === 0 && non2xx === 0 && Math.abs(growth) <= 10;
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
