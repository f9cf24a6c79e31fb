/**
 * `npm run test:replicas`: the dashboard as it is deployed beyond one machine. Two replicas
 * (`node dist/server.mjs`) on loopback ports serve the same database file behind Debian's nginx
 * running deploy/nginx.conf (installed with apt when missing; ports, paths and the cache folder
 * rewritten to temporary ones). Checks, with figures printed:
 *   - repeated pages, chart images and downloads are cache hits;
 *   - never a Russian page for an English address, whatever the cookie or Accept-Language, and
 *     never a full page for an htmx request (nor a fragment for a full one);
 *   - a 304 through the proxy for a known ETag;
 *   - under load (autocannon, REPLICAS_SECONDS, default 30 s), zero failed requests while one
 *     replica is stopped and started again.
 * Exits non-zero on any failure.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { seedDatabaseFile } from '../../seeds/loader';
import { ROOT } from '../../src/paths';
import { buildServer, freePort } from '../helpers/server';

const SECONDS = Number(process.env.REPLICAS_SECONDS ?? 30);
const work = mkdtempSync(path.join(tmpdir(), 'kz-replicas-'));
// nginx's workers run as an unprivileged user when the master runs as root: they must reach the cache folder.
chmodSync(work, 0o755);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  console.log('nginx is missing: installing Debian’s package');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => {
    const r = spawnSync(sudo[0] ?? args[0] ?? '', sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'nginx']);
  return '/usr/sbin/nginx';
}

interface Replica {
  port: number;
  proc: ChildProcess;
  exited: Promise<number | null>;
}

async function startReplica(server: string[], port: number, database: string, origin: string): Promise<Replica> {
  const proc = spawn(process.execPath, server, {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: database, PUBLIC_URL: origin },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en`)).ok) return { port, proc, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`replica on port ${port} did not answer`);
}

/** deploy/nginx.conf with this run's ports and folders. */
function nginxConfig(proxyPort: number, ports: number[]): string {
  const conf = readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const out = conf
    .replace(/^pid .*;$/m, `pid ${work}/nginx.pid;`)
    .replace(/^error_log .*;$/m, `error_log ${work}/error.log warn;`)
    .replace(/access_log off;/, `log_format replicas '$upstream_cache_status $upstream_addr $status';\n  access_log ${work}/access.log replicas;`)
    .replace(/client_body_temp_path \S+;/, `client_body_temp_path ${work}/client;`)
    .replace(/proxy_temp_path \S+;/, `proxy_temp_path ${work}/proxy;`)
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${work}/cache`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${proxyPort};`)
    .replace(/server 127\.0\.0\.1:3001 /, `server 127.0.0.1:${ports[0]} `)
    .replace(/server 127\.0\.0\.1:3002 /, `server 127.0.0.1:${ports[1]} `);
  for (const needle of [`${work}/access.log`, `:${proxyPort};`, `:${ports[0]} `, `:${ports[1]} `]) if (!out.includes(needle)) throw new Error(`deploy/nginx.conf no longer has the line the test rewrites for ${needle}`);
  // Without root, the fastcgi/uwsgi/scgi temp folders must be writable too.
  return out.replace('http {', `http {\n  fastcgi_temp_path ${work}/fastcgi;\n  uwsgi_temp_path ${work}/uwsgi;\n  scgi_temp_path ${work}/scgi;`);
}

const replicas: Replica[] = [];
let nginx: ChildProcess | undefined;
try {
  const nginxPath = nginxBinary();
  const server = buildServer();
  const database = path.join(work, 'dashboard.db');
  seedDatabaseFile(database);
  const [proxyPort, portA, portB] = [await freePort(), await freePort(), await freePort()] as [number, number, number];
  const base = `http://127.0.0.1:${proxyPort}`;
  replicas.push(await startReplica(server, portA, database, base), await startReplica(server, portB, database, base));
  const conf = path.join(work, 'nginx.conf');
  writeFileSync(conf, nginxConfig(proxyPort, [portA, portB]));
  execFileSync(nginxPath, ['-t', '-q', '-c', conf, '-p', work], { stdio: 'inherit' });
  nginx = spawn(nginxPath, ['-c', conf, '-p', work, '-g', 'daemon off;'], { stdio: 'inherit' });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${base}/en`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  console.log(`nginx on ${base}, replicas on ${portA} and ${portB}, one database (${database})\n`);

  const get = async (p: string, headers: Record<string, string> = {}) => {
    const r = await fetch(base + p, { headers, redirect: 'manual' });
    return { status: r.status, cache: r.headers.get('x-cache-status'), etag: r.headers.get('etag'), location: r.headers.get('location'), text: await r.text() };
  };

  // 1. Repeated pages, images and downloads are served from the cache.
  for (const p of ['/en/partners/JPN', '/ru', '/en/partners/JPN/chart/trade-JPN.png', '/data/observations.csv', '/data/datapackage.json']) {
    const first = await get(p);
    const second = await get(p);
    check(first.status === 200 && second.cache === 'HIT', `${p}: ${first.status} ${first.cache}, then ${second.cache}`);
  }
  // The same page compressed and not: each encoding its own variant, each a hit the second time.
  for (const encoding of ['br', 'gzip', 'identity']) {
    await get('/kk/partners/JPN', { 'Accept-Encoding': encoding });
    const again = await fetch(`${base}/kk/partners/JPN`, { headers: { 'Accept-Encoding': encoding } });
    check(again.headers.get('x-cache-status') === 'HIT' && (again.headers.get('content-encoding') ?? 'identity') === (encoding === 'identity' ? 'identity' : encoding) , `/kk/partners/JPN with Accept-Encoding ${encoding}: ${again.headers.get('x-cache-status')}, ${again.headers.get('content-encoding') ?? 'identity'}`);
    await again.arrayBuffer();
  }

  // 2. Never another language for an address, never a full page for a fragment.
  await get('/ru/partners/JPN', { Cookie: 'lang=ru' });
  for (const headers of [{}, { Cookie: 'lang=ru' }, { 'Accept-Language': 'ru-RU,ru;q=0.9' }, { Cookie: 'lang=kk', 'Accept-Language': 'kk' }] as Array<Record<string, string>>) {
    const page = await get('/en/partners/JPN', headers);
    check(page.text.includes('<html lang="en"'), `/en/partners/JPN with ${JSON.stringify(headers)}: <html lang="${/<html lang="(\w+)"/.exec(page.text)?.[1]}"> (${page.cache})`);
  }
  for (const [lang, headers] of [['ru', { 'Accept-Language': 'ru' }], ['kk', { Cookie: 'lang=kk' }], ['en', {}]] as const) {
    const redirect = await get('/partners/JPN', headers);
    check(redirect.status === 302 && redirect.location === `/${lang}/partners/JPN` && redirect.cache !== 'HIT', `/partners/JPN with ${JSON.stringify(headers)}: ${redirect.status} → ${redirect.location} (${redirect.cache ?? 'not cached'})`);
  }
  const compare = '/en/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09';
  const htmx = { 'HX-Request': 'true', 'HX-Request-Type': 'partial' };
  for (const round of [1, 2]) {
    const full = await get(compare);
    const partial = await get(compare, htmx);
    check(full.text.startsWith('<!DOCTYPE html>') && !partial.text.includes('<html'), `${compare}, round ${round}: full page ${full.cache}, fragment ${partial.cache} (${partial.text.length} bytes, no <html>)`);
  }

  // 3. Revalidation through the proxy.
  const known = await get('/en/sources');
  const revalidated = await fetch(`${base}/en/sources`, { headers: { 'If-None-Match': known.etag ?? '' } });
  check(revalidated.status === 304, `/en/sources with its ETag: ${revalidated.status}`);

  // 4. Load, with one replica stopped and started again.
  const urls = ['/en', '/ru/partners/JPN', '/kk/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09', '/en/data/observations?partner=JPN', '/data/commodity-shares.csv?partner=JPN', '/en/partners/JPN/chart/trade-JPN.png', '/en/sources'];
  const load = autocannon({
    url: base,
    connections: 20,
    duration: SECONDS,
    timeout: 10,
    // Most of these come from nginx's cache; a search for a new word each time never does, so the
    // replicas take load throughout, the stopped one included.
    requests: [
      ...urls.map((p) => ({ method: 'GET' as const, path: p })),
      { method: 'GET' as const, setupRequest: (req: autocannon.Request) => ({ ...req, path: `/en/search?q=japan${Math.random().toString(36).slice(2, 8)}` }) },
    ],
  });
  const logged = () => readFileSync(`${work}/access.log`, 'utf8').split('\n').filter(Boolean);
  const before = logged().length;
  const restart = (async () => {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
    const victim = replicas[0] as Replica;
    victim.proc.kill('SIGTERM');
    const code = await victim.exited;
    console.log(`replica ${victim.port} stopped (exit ${code}) at ${Math.round(SECONDS / 3)} s`);
    await new Promise((r) => setTimeout(r, 3000));
    replicas[0] = await startReplica(server, victim.port, database, base);
    console.log(`replica ${victim.port} started again`);
  })();
  const result = await load;
  await restart;
  const served = result.requests.total;
  console.log(
    `\nload: ${SECONDS} s, 20 connections, ${served} requests (${Math.round(result.requests.average)} req/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  const lines = logged().slice(before);
  const toReplica = (port: number) => lines.filter((l) => l.includes(`127.0.0.1:${port}`)).length;
  const hits = lines.filter((l) => l.startsWith('HIT') || l.startsWith('STALE') || l.startsWith('UPDATING')).length;
  console.log(`nginx: ${lines.length} requests, ${hits} from its cache; to replica ${portA}: ${toReplica(portA)}, to replica ${portB}: ${toReplica(portB)}; retried on the other replica: ${lines.filter((l) => l.includes(', ')).length}`);
  // Answers by status, and for any that failed, where nginx sent them: what to look at when the check below fails.
  const byStatus = new Map<string, number>();
  for (const l of lines) {
    const status = l.split(' ').pop() ?? '?';
    const key = status.startsWith('2') || status.startsWith('3') ? status : `${status} (${l.slice(0, l.lastIndexOf(' '))})`;
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  console.log(`nginx answers by status: ${[...byStatus].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => `${k} ×${n}`).join('; ')}`);
  check(toReplica(portA) > 0 && toReplica(portB) > 0, 'both replicas took load');
  check(result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && served > 0, `no failed request while a replica restarted (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx of ${served})`);
} catch (error) {
  failures.push(String(error));
  console.error(error);
} finally {
  // On a failure, nginx's own account of it: "no live upstreams", "upstream prematurely closed"…
  if (failures.length > 0) {
    const errors = (() => {
      try {
        return readFileSync(`${work}/error.log`, 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    })();
    if (errors.length > 0) console.log(`nginx error.log, last ${Math.min(10, errors.length)} of ${errors.length} lines:\n${errors.slice(-10).join('\n')}`);
  }
  nginx?.kill('SIGQUIT');
  for (const r of replicas) r.proc.kill('SIGTERM');
  await Promise.all(replicas.map((r) => r.exited));
  rmSync(work, { recursive: true, force: true });
}
console.log(failures.length === 0 ? '\ntest:replicas passed' : `\ntest:replicas FAILED:\n${failures.join('\n')}`);
process.exit(failures.length === 0 ? 0 : 1);
