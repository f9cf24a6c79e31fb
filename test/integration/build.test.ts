/**
 * `npm run build` makes what the server serves: fingerprinted assets with their compressed forms and
 * a manifest, read at start without building anything; a server started without them says how to
 * make them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readAssets } from '../../src/assets';
import { buildAssets } from '../../src/build';

const work = mkdtempSync(path.join(tmpdir(), 'kz-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built assets', () => {
  it('are fingerprinted files with their gzip and brotli forms, read back as the server serves them', async () => {
    const dir = path.join(work, 'assets');
    await buildAssets(dir);
    const assets = readAssets(dir);
    for (const asset of [assets.app, assets.charts, assets.css, assets.htmx, assets.embed, assets.icon]) {
      expect(asset.path).toMatch(/^\/assets\/(app|charts|styles|htmx|embed|favicon)\.[0-9a-f]{12}\.(js|css|svg)$/);
      expect(assets.byPath.get(asset.path)).toBe(asset);
      const file = readFileSync(path.join(dir, path.basename(asset.path)));
      expect(Buffer.from(asset.body.identity).equals(file)).toBe(true);
      expect(gunzipSync(asset.body.gzip).equals(file)).toBe(true);
      expect(brotliDecompressSync(asset.body.br).equals(file)).toBe(true);
      expect(asset.etag).toBe(`"${asset.path.split('.')[1]}"`);
    }
    expect(readdirSync(dir)).toHaveLength(6 * 3 + 1);
  });

  it('missing, stop the start with a message that says how to build them', () => {
    expect(() => readAssets(path.join(work, 'nowhere'))).toThrow(/npm run build/);
  });
});
