/**
 * `npm run build`: everything the serving process needs, made once, into dist/: the server bundled
 * into dist/server.mjs (plain Node runs it; no TypeScript or esbuild at run time), and the assets
 * under dist/assets/: the client script (charts and htmx hooks, with only the Chart.js parts we
 * use), the stylesheet, htmx itself and the icon, each named by its content hash so browsers may
 * keep it forever, with its gzip and brotli forms beside it and a manifest that src/assets.ts reads.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type AssetEntry, ASSETS_DIR, MANIFEST } from './assets';
import { encode } from './cache';
import { ROOT } from './paths';

const client = path.join(ROOT, 'src', 'client');
const require = createRequire(import.meta.url);

async function bundleClient(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(client, entry)],
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

/** Writes the fingerprinted assets, their compressed forms and the manifest into `dir`. */
export async function buildAssets(dir = ASSETS_DIR): Promise<void> {
  const [app, charts, css, embed] = await Promise.all([bundleClient('main.ts'), bundleClient('charts.ts'), bundleClient('styles.css'), bundleClient('embed-host.ts')]);
  const sources = {
    app: { name: 'app', ext: 'js', type: 'text/javascript; charset=utf-8', body: app },
    charts: { name: 'charts', ext: 'js', type: 'text/javascript; charset=utf-8', body: charts },
    css: { name: 'styles', ext: 'css', type: 'text/css; charset=utf-8', body: css },
    htmx: { name: 'htmx', ext: 'js', type: 'text/javascript; charset=utf-8', body: new Uint8Array(readFileSync(require.resolve('htmx.org/dist/htmx.min.js'))) },
    embed: { name: 'embed', ext: 'js', type: 'text/javascript; charset=utf-8', body: embed },
    icon: { name: 'favicon', ext: 'svg', type: 'image/svg+xml', body: new Uint8Array(readFileSync(path.join(client, 'favicon.svg'))) },
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, AssetEntry> = {};
  for (const [key, { name, ext, type, body }] of Object.entries(sources)) {
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const file = `${name}.${hash}.${ext}`;
    const encoded = encode(body, true);
    writeFileSync(path.join(dir, file), encoded.identity);
    writeFileSync(path.join(dir, `${file}.gz`), encoded.gzip);
    writeFileSync(path.join(dir, `${file}.br`), encoded.br);
    manifest[key] = { file, type, etag: `"${hash}"` };
  }
  writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Bundles the server into dist/server.mjs; its packages stay in node_modules. */
export async function buildServer(): Promise<void> {
  await build({
    entryPoints: [path.join(ROOT, 'src', 'server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: path.join(ROOT, 'dist', 'server.mjs'),
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await Promise.all([buildServer(), buildAssets()]);
}
