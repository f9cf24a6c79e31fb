/**
 * The built, fingerprinted assets (dist/assets/): kept forever by browsers, served in the encoding
 * the client prefers, compressed once at build time.
 */
import { type Context, Hono } from 'hono';
import { type Asset, type Assets, loadAssets } from '../assets';
import { type Env, etagMatches, pickEncoding } from '../http';
import { MESSAGES } from '../i18n/index';
import { EMBED_SCRIPT } from '../middleware/security';

/** An asset in the encoding the client prefers, with its ETag; `cacheControl` says how long it may be kept. */
function serve(c: Context<Env>, asset: Asset, cacheControl: string): Response {
  c.header('Cache-Control', cacheControl);
  c.header('ETag', asset.etag);
  c.header('Vary', 'Accept-Encoding');
  if (etagMatches(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304);
  const encoding = pickEncoding(c.req.header('Accept-Encoding'));
  if (encoding !== 'identity') c.header('Content-Encoding', encoding);
  return c.body(asset.body[encoding] as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type });
}

export function assetRoutes(assets: Assets | undefined): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/assets/*', async (c) => {
    const asset = (assets ?? (await loadAssets())).byPath.get(c.req.path);
    if (!asset) return c.text(`${MESSAGES.en.errors.noAsset}\n`, 404);
    return serve(c, asset, 'public, max-age=31536000, immutable');
  });

  // The host page's embed script has a stable address (pages that embed us cannot follow our
  // fingerprints), so it is kept a day, not forever.
  app.get(EMBED_SCRIPT, async (c) => serve(c, (assets ?? (await loadAssets())).embed, 'public, max-age=86400'));

  // Browsers that ignore <link rel="icon"> still ask for /favicon.ico. A temporary redirect: browsers
  // keep a permanent one, which would pin them to one fingerprinted file.
  app.get('/favicon.ico', async (c) => c.redirect((assets ?? (await loadAssets())).icon.path, 302));
  return app;
}
