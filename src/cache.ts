/**
 * Caching tied to the data. The server reads a database that only a seed changes, and SQLite tells
 * a reader when another connection has committed (`PRAGMA data_version`). Derived models and
 * rendered pages are kept until the data changes, and every response carries an ETag built from
 * the data version, so browsers revalidate with a 304.
 */
import { createHash, randomBytes } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';

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
  /** An image, already compressed: always sent as is. */
  binary?: boolean;
}

/** The bytes a stored page holds in memory, all its encodings together. */
const pageSize = (page: CachedPage) => (page.binary ? page.body.identity.byteLength : page.body.identity.byteLength + page.body.gzip.byteLength + page.body.br.byteLength);

export class DataCache {
  /** Distinguishes this process's ETags from those of an earlier run on other data. */
  private readonly nonce = randomBytes(4).toString('hex');
  private version = -1;
  /** Boxed, because a derived value may be `undefined` (an unknown partner) and still worth keeping. */
  private readonly models: LRUCache<string, { value: unknown }>;
  private readonly pages: LRUCache<string, CachedPage>;

  constructor(
    /** The data version, which changes when another connection commits (see db/client's dataVersion). */
    private readonly readVersion: () => number,
    limits = { models: 500, pageBytes: 64 * 1024 * 1024 },
  ) {
    this.models = new LRUCache({ max: limits.models });
    // A page larger than an eighth of the budget is served but not kept.
    this.pages = new LRUCache({ maxSize: limits.pageBytes, maxEntrySize: limits.pageBytes / 8, sizeCalculation: pageSize });
  }

  /** The data version, dropping everything cached when another connection has committed since. */
  current(): number {
    const version = this.readVersion();
    if (version !== this.version) {
      this.version = version;
      this.models.clear();
      this.pages.clear();
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
    const hit = this.models.get(key);
    if (hit) return hit.value as T;
    const value = compute();
    this.models.set(key, { value });
    return value;
  }

  page(key: string): CachedPage | undefined {
    this.current();
    return this.pages.get(key);
  }

  storePage(key: string, page: CachedPage): void {
    this.current();
    this.pages.set(key, page);
  }
}
