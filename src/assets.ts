/**
 * The static assets, as `npm run build` made them (src/build.ts): read from dist/assets/ at start,
 * already fingerprinted and compressed, so the serving process builds nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Encoded } from './cache';
import { ROOT } from './paths';

export interface Asset {
  /** URL path, fingerprinted: /assets/app.3f2a1b9c.js */
  path: string;
  type: string;
  /** The file and its gzip and brotli forms, compressed at build time. */
  body: Encoded;
  etag: string;
}

export interface Assets {
  css: Asset;
  htmx: Asset;
  app: Asset;
  /** Chart.js and the chart configuration, loaded by app when a chart comes into view. */
  charts: Asset;
  /** The optional script for pages that embed our charts (served also at the stable /embed.js). */
  embed: Asset;
  icon: Asset;
  byPath: Map<string, Asset>;
}

/** One asset in the manifest: its fingerprinted file name in the assets folder. */
export interface AssetEntry {
  file: string;
  type: string;
  etag: string;
}

export const ASSETS_DIR = path.join(ROOT, 'dist', 'assets');
export const MANIFEST = 'manifest.json';
type AssetKey = 'css' | 'htmx' | 'app' | 'charts' | 'embed' | 'icon';

/** Reads the built assets from `dir`; a missing or incomplete build says how to make it. */
export function readAssets(dir = ASSETS_DIR): Assets {
  let manifest: Partial<Record<AssetKey, AssetEntry>>;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as typeof manifest;
  } catch {
    throw new Error(`The built assets are missing (${path.relative(ROOT, path.join(dir, MANIFEST))}): run "npm run build" (npm start does).`);
  }
  const read = (key: AssetKey): Asset => {
    const entry = manifest[key];
    if (!entry) throw new Error(`The asset manifest in ${dir} names no ${key}: run "npm run build" again.`);
    const file = path.join(dir, entry.file);
    const bytes = (name: string) => new Uint8Array(readFileSync(name));
    return { path: `/assets/${entry.file}`, type: entry.type, etag: entry.etag, body: { identity: bytes(file), gzip: bytes(`${file}.gz`), br: bytes(`${file}.br`) } };
  };
  const assets = { css: read('css'), htmx: read('htmx'), app: read('app'), charts: read('charts'), embed: read('embed'), icon: read('icon') };
  return { ...assets, byPath: new Map(Object.values(assets).map((a) => [a.path, a])) };
}

let loaded: Promise<Assets> | undefined;

/** The built assets, read once per process. */
export function loadAssets(): Promise<Assets> {
  loaded ??= Promise.resolve().then(() => readAssets());
  return loaded;
}
