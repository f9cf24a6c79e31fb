/**
 * Pages are rendered once per data version, language, kind of request (full or htmx partial),
 * UTC day and origin (their citations name both), compressed once, and revalidated with ETags;
 * downloads get ETags too (they stream, so their bodies are not kept); chart images are kept as
 * drawn.
 *
 * What caches may do with them: browsers keep a response but ask each time (`max-age=0`) and get an
 * empty 304 while the data is unchanged; shared caches (a proxy, a CDN) may serve it for
 * `s-maxage` seconds without asking and then, while they ask, `stale-while-revalidate` seconds
 * more. Every such response is the same for every reader of its address (the language is in the
 * path; no cookie is set), so `Vary` names only what it does depend on: the htmx request headers
 * for pages, Accept-Encoding for what is compressed on the way.
 */
import type { MiddlewareHandler } from 'hono';
import { type CachedPage, type DataCache, encode } from '../cache';
import { DEFAULT_SHARED_CACHE, type SharedCache } from '../config';
import { type Env, etagMatches, formatOf, isPartial, pickEncoding } from '../http';

/** Headers a stored page must not replay: they belong to one response, or are set on the way out. */
const NOT_STORED = ['content-length', 'set-cookie', 'etag', 'content-encoding', 'cache-control', 'vary'];

export function pageCache(cache: DataCache, shared: SharedCache = DEFAULT_SHARED_CACHE): MiddlewareHandler<Env> {
  const cacheControl = `public, max-age=0, s-maxage=${shared.maxAge}, stale-while-revalidate=${shared.stale}`;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const format = formatOf(url.pathname);
    const html = format === 'html';
    // A page's citations say when it was read and where (see views/cite.tsx): a page is kept, and
    // its ETag holds, for one UTC day and one origin. A chart image names the origin; downloads neither.
    const cited = html ? `|${c.var.ui.cite.today}|${c.var.ui.cite.origin}` : format === 'png' ? `|${c.var.ui.cite.origin}` : '';
    const key = `${c.var.ui.lang}|${isPartial(c) ? 'partial' : 'full'}${cited}|${url.pathname}${url.search}`;
    const etag = cache.etag(key);
    // Pages differ between full and htmx partial requests, and are compressed per Accept-Encoding.
    const vary = html ? 'HX-Request, HX-Request-Type, Accept-Encoding' : undefined;
    const validators = { ETag: etag, 'Cache-Control': cacheControl, ...(vary ? { Vary: vary } : {}) };
    const ifNoneMatch = c.req.header('If-None-Match');
    // `*` asks whether the page exists at all, which only answering it tells.
    const anyTag = ifNoneMatch?.trim() === '*';
    const notModified = () => c.body(null, 304, validators);
    if (!anyTag && etagMatches(ifNoneMatch, etag)) return notModified();
    // Pages, and chart images (drawn once per data version: drawing takes far longer than a page).
    const stored = html || format === 'png';
    const respond = (page: CachedPage) => {
      const encoding = page.binary ? 'identity' : pickEncoding(c.req.header('Accept-Encoding'));
      const headers = new Headers(page.headers);
      for (const [name, value] of Object.entries(validators)) headers.set(name, value);
      if (encoding !== 'identity') headers.set('Content-Encoding', encoding);
      return new Response(page.body[encoding] as Uint8Array<ArrayBuffer>, { status: page.status, headers });
    };
    const hit = stored ? cache.page(key) : undefined;
    if (hit) return anyTag ? notModified() : respond(hit);
    await next();
    if (c.res.status !== 200) return;
    if (anyTag) {
      await c.res.body?.cancel();
      c.res = notModified();
      return;
    }
    if (!stored) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', cacheControl);
      return;
    }
    const body = new Uint8Array(await c.res.arrayBuffer());
    const binary = format === 'png';
    const page = { status: 200, headers: [...c.res.headers.entries()].filter(([name]) => !NOT_STORED.includes(name)), body: binary ? { identity: body, gzip: body, br: body } : encode(body), binary };
    cache.storePage(key, page);
    c.res = respond(page);
  };
}
