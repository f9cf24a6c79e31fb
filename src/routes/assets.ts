/**
 * The built, fingerprinted assets (dist/assets/): kept forever by browsers, served in the encoding
 * the client prefers, compressed once at build time.
 */
import { Hono } from 'hono';
import { type Assets, loadAssets } from '../assets';
import { type Env, etagMatches, pickEncoding } from '../http';
import { MESSAGES } from '../i18n/index';

export function assetRoutes(assets: Assets | undefined): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/assets/*', async (c) => {
    const asset = (assets ?? (await loadAssets())).byPath.get(c.req.path);
    if (!asset) return c.text(`${MESSAGES.en.errors.noAsset}\n`, 404);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('ETag', asset.etag);
    c.header('Vary', 'Accept-Encoding');
    if (etagMatches(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304);
    const encoding = pickEncoding(c.req.header('Accept-Encoding'));
    if (encoding !== 'identity') c.header('Content-Encoding', encoding);
    return c.body(asset.body[encoding] as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type });
  });

  // Browsers that ignore <link rel="icon"> still ask for /favicon.ico. A temporary redirect: browsers
  // keep a permanent one, which would pin them to one fingerprinted file.
  app.get('/favicon.ico', async (c) => c.redirect((assets ?? (await loadAssets())).icon.path, 302));
  return app;
}
