/**
 * The static assets, built in memory at start: the client script (charts and htmx hooks, with only
 * the Chart.js parts we use), the stylesheet, and htmx itself. Each is served under a name that
 * carries its content hash, so browsers may cache it forever.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { type Encoded, encode } from './cache';
import { ROOT } from './paths';

export interface Asset {
  /** URL path, fingerprinted: /assets/app.3f2a1b9c.js */
  path: string;
  type: string;
  /** The file and its gzip and brotli forms, compressed once at start. */
  body: Encoded;
  etag: string;
}

export interface Assets {
  css: Asset;
  htmx: Asset;
  app: Asset;
  icon: Asset;
  byPath: Map<string, Asset>;
}

const here = path.join(ROOT, 'src');
const require = createRequire(import.meta.url);

function asset(name: string, ext: string, type: string, body: Uint8Array): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${hash}.${ext}`, type, body: encode(body, true), etag: `"${hash}"` };
}

async function bundle(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(here, 'client', entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'none',
    outdir: 'out',
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return file.contents;
}

async function buildAssets(): Promise<Assets> {
  const [app, css] = await Promise.all([bundle('main.ts'), bundle('styles.css')]);
  const assets = {
    app: asset('app', 'js', 'text/javascript; charset=utf-8', app),
    css: asset('styles', 'css', 'text/css; charset=utf-8', css),
    htmx: asset('htmx', 'js', 'text/javascript; charset=utf-8', readFileSync(require.resolve('htmx.org/dist/htmx.min.js'))),
    icon: asset('favicon', 'svg', 'image/svg+xml', readFileSync(path.join(here, 'client', 'favicon.svg'))),
  };
  return { ...assets, byPath: new Map(Object.values(assets).map((a) => [a.path, a])) };
}

let built: Promise<Assets> | undefined;

/** Builds the assets once per process. */
export function loadAssets(): Promise<Assets> {
  built ??= buildAssets();
  return built;
}
