/**
 * Caching tied to the data. The server reads a database that only a seed changes, and SQLite tells
 * a reader when another connection has committed (`PRAGMA data_version`). Derived models and
 * rendered pages are kept until the data changes, and every response carries an ETag built from
 * the data version, so browsers revalidate with a 304.
 */
import { createHash, randomBytes } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A body and its compressed forms, made once. */
export interface Encoded {
  identity: Uint8Array;
  gzip: Uint8Array;
  br: Uint8Array;
}

/**
 * Compresses a body for every encoding we serve; worth it only for bodies served many times.
 * `best` (assets, compressed once at start) spends more time for smaller files than pages do.
 */
export function encode(body: Uint8Array, best = false): Encoded {
  return {
    identity: body,
    gzip: new Uint8Array(gzipSync(body, { level: best ? 9 : 6 })),
    br: new Uint8Array(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })),
  };
}

export interface CachedPage {
  status: number;
  headers: Array<[string, string]>;
  body: Encoded;
}

export class DataCache {
  /** Distinguishes this process's ETags from those of an earlier run on other data. */
  private readonly nonce = randomBytes(4).toString('hex');
  private version = -1;
  private models = new Map<string, unknown>();
  private pages = new Map<string, CachedPage>();
  private pageBytes = 0;

  constructor(
    /** The data version, which changes when another connection commits (see db/client's dataVersion). */
    private readonly readVersion: () => number,
    private readonly limits = { models: 500, pageBytes: 64 * 1024 * 1024 },
  ) {}

  /** The data version, dropping everything cached when another connection has committed since. */
  current(): number {
    const version = this.readVersion();
    if (version !== this.version) {
      this.version = version;
      this.models.clear();
      this.pages.clear();
      this.pageBytes = 0;
    }
    return version;
  }

  /** A validator for a response: changes whenever the data (or the running code) does. */
  etag(key: string): string {
    const digest = createHash('sha1').update(key).digest('base64url').slice(0, 16);
    return `W/"${this.nonce}.${this.current()}.${digest}"`;
  }

  /** A derived value, computed once per data version (least recently used dropped first). */
  memo<T>(key: string, compute: () => T): T {
    this.current();
    if (this.models.has(key)) {
      const value = this.models.get(key) as T;
      this.models.delete(key);
      this.models.set(key, value);
      return value;
    }
    const value = compute();
    this.models.set(key, value);
    if (this.models.size > this.limits.models) this.models.delete(this.models.keys().next().value as string);
    return value;
  }

  page(key: string): CachedPage | undefined {
    this.current();
    const hit = this.pages.get(key);
    if (hit) {
      this.pages.delete(key);
      this.pages.set(key, hit);
    }
    return hit;
  }

  storePage(key: string, page: CachedPage): void {
    const size = page.body.identity.byteLength + page.body.gzip.byteLength + page.body.br.byteLength;
    if (size > this.limits.pageBytes / 8) return;
    this.pages.set(key, page);
    this.pageBytes += size;
    for (const [oldest, cached] of this.pages) {
      if (this.pageBytes <= this.limits.pageBytes) break;
      this.pages.delete(oldest);
      this.pageBytes -= cached.body.identity.byteLength + cached.body.gzip.byteLength + cached.body.br.byteLength;
    }
  }
}
