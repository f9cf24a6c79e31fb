/**
 * Request and response helpers shared by the route modules: partial (htmx) or full requests,
 * query validation with clear messages, errors in the format the client asked for, and CSV/JSON
 * streaming.
 */
import { pipeline, Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { HttpBindings } from '@hono/node-server';
import { ZipFile } from 'yazl';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDatabase } from '../db/client';
import type { Assets } from './assets';
import type { DataCache } from './cache';
import { csvRecord, type ExportColumn, type ExportContext } from './csv-contract';
import { csvLine } from './domain/csv';
import type { Ui } from '../views/ui';
import { HttpError, truncate } from './errors';

export type Env = {
  /** The Node request and response, when served by @hono/node-server (absent in app.request). */
  Bindings: Partial<HttpBindings>;
  Variables: {
    db: AppDatabase;
    assets: Assets;
    ui: Ui;
    cache: DataCache;
    /** Set by the embed route: this response may be framed by any site. */
    frameable?: boolean;
  };
};

export { HttpError, truncate };

/**
 * htmx 4 asks for a fragment with HX-Request-Type: partial; history restores and boosted
 * navigations say "full" and get the whole page, as do direct requests.
 */
export function isPartial(c: Context): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-Request-Type') === 'partial';
}

/** The encodings we compress with, in our order of preference when the client likes them equally. */
const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number] | 'identity';

/**
 * The encoding to answer in, from Accept-Encoding with its q-values (RFC 9110 §12.5.3): the
 * compressed encoding the client rates highest (`br;q=0` never br, `*` any not named), br before
 * gzip when rated alike; uncompressed when the client rates none above zero, or rates identity
 * higher (identity unnamed is acceptable, and preferred last).
 */
export function pickEncoding(acceptEncoding: string | undefined): Encoding {
  const rated = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    if (!name) continue;
    const q = params.find((p) => /^q\s*=/i.test(p))?.replace(/^q\s*=\s*/i, '');
    const value = q === undefined ? 1 : /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(q) ? Number(q) : 0;
    const key = name.toLowerCase();
    if (!rated.has(key)) rated.set(key, value);
  }
  const rate = (name: string) => rated.get(name) ?? rated.get('*') ?? 0;
  let best: Encoding = 'identity';
  let bestQ = rated.get('identity') ?? 0;
  for (const encoding of ENCODINGS) {
    if (rate(encoding) > bestQ) {
      best = encoding;
      bestQ = rate(encoding);
    }
  }
  return best;
}

/**
 * Whether If-None-Match names the ETag, with the weak comparison the header calls for: W/"x" and "x"
 * match, any tag of a list may (`"a", W/"b"`), and `*` matches whatever exists.
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.replace(/^W\//, '');
  const wanted = opaque(etag);
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === wanted);
}

/** What the client asked for, from the path: `.csv`, `.json`, `.png`, `.zip`, or an HTML page. */
export function formatOf(path: string): 'csv' | 'json' | 'png' | 'zip' | 'html' {
  return path.endsWith('.csv') ? 'csv' : path.endsWith('.json') ? 'json' : path.endsWith('.png') ? 'png' : path.endsWith('.zip') ? 'zip' : 'html';
}

/**
 * Reads the query string into the schema's shape: each parameter as a list of values (repeated
 * parameters and comma-separated values both count, except for parameters in `whole`), empty values dropped. Unknown parameters
 * and invalid values throw a 400 that names the parameter and what is allowed.
 */
export function parseQuery<S extends z.ZodType>(c: Context<Env>, schema: S, allowed: readonly string[], whole: readonly string[] = []): z.output<S> {
  const { t } = c.var.ui;
  const url = new URL(c.req.url);
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (!allowed.includes(key)) throw new HttpError(400, t.errors.unknownParameter(truncate(key), allowed.join(', ')));
    // Free text (a search) is taken whole; codes and tokens may be listed with commas.
    const values = whole.includes(key)
      ? [value]
      : value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean);
    raw[key] = [...(raw[key] ?? []), ...values];
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'query');
    // Schemas name their messages by key (see the `validation` messages); the reader gets them in their language.
    const message = issue?.message ?? '';
    throw new HttpError(400, t.errors.invalidParameter(name, t.validation[message] ?? message));
  }
  return result.data;
}


/**
 * What a CSV download holds: records made from rows by the columns, or records the seed stored
 * ready, in the same columns (see db/schema.ts, exportLines), read with their header.
 */
export type CsvRecords<R> = { columns: ReadonlyArray<ExportColumn<R>>; rows: Iterable<R>; context: ExportContext } | { header: readonly string[]; lines: Iterable<string> };

/**
 * Streams records as CSV (RFC 4180, CRLF, UTF-8). The header and the first few rows are made
 * before answering, so a failing query is a clean 500 and the first byte leaves at once; the rest
 * follows in batches as the client reads, so memory stays flat whatever the row count. `bom`
 * prefixes a byte-order mark for Excel.
 */
export function csvResponse<R>(c: Context<Env>, filename: string, records: CsvRecords<R>, bom: boolean): Response {
  return respondWithText(c, csvStream(records, bom, (error) => failDownload(c, error)), {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

/**
 * The bytes of a CSV download, uncompressed, exactly as csvResponse sends them (the zip download
 * packs the same). The header and the first rows are read at once, so a failing query throws here;
 * `onError` hears of a failure after that, when the stream errors.
 */
export function csvStream<R>(records: CsvRecords<R>, bom: boolean, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const bomText = bom ? '\uFEFF' : '';
  if ('lines' in records) return textStream(`${bomText}${csvLine(records.header)}`, '', records.lines, (line) => line, onError);
  const { columns, rows, context } = records;
  return textStream(`${bomText}${csvLine(columns.map((col) => col.name))}`, '', rows, (row) => csvRecord(columns, row, context), onError);
}

/** Streams rows as a JSON array of objects with the columns' names. */
export function jsonResponse<R>(c: Context<Env>, filename: string, columns: ReadonlyArray<ExportColumn<R>>, rows: Iterable<R>, context: ExportContext): Response {
  let first = true;
  const item = (row: R) => {
    const text = `${first ? '' : ','}\n${JSON.stringify(Object.fromEntries(columns.map((col) => [col.name, col.value(row, context)])))}`;
    first = false;
    return text;
  };
  return respondWithText(c, textStream('[', '\n]\n', rows, item, (error) => failDownload(c, error)), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `inline; filename="${filename}"`,
  });
}

/** Text out of rows: the head and the first rows synchronously, the rest in ~256 KB chunks on demand. */
function textStream<R>(head: string, tail: string, rows: Iterable<R>, format: (row: R) => string, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const iterator = rows[Symbol.iterator]();
  const encoder = new TextEncoder();
  const take = (limit: number) => {
    let text = '';
    while (text.length < limit) {
      const next = iterator.next();
      if (next.done) return { text, done: true };
      text += format(next.value);
    }
    return { text, done: false };
  };
  // A small first chunk: reading it proves the query runs, and it goes out at once.
  const first = take(16 * 1024);
  let done = first.done;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head + first.text + (done ? tail : '')));
      if (done) controller.close();
    },
    pull(controller) {
      let next: { text: string; done: boolean };
      try {
        next = take(256 * 1024);
      } catch (error) {
        // Headers and some rows are out: the client must see a failed transfer, not a short file.
        onError(error);
        controller.error(error);
        return;
      }
      done = next.done;
      controller.enqueue(encoder.encode(next.text + (done ? tail : '')));
      if (done) controller.close();
    },
    cancel() {
      iterator.return?.();
    },
  });
}

/** A small text answer (the data package's descriptor), compressed as the client prefers. */
export function textResponse(c: Context<Env>, text: string, headers: Record<string, string>): Response {
  const bytes = new TextEncoder().encode(text);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return respondWithText(c, stream, headers);
}

/** A text download, compressed as it streams in the encoding the client prefers. */
function respondWithText(c: Context<Env>, stream: ReadableStream<Uint8Array>, headers: Record<string, string>): Response {
  c.header('Vary', 'Accept-Encoding', { append: true });
  // HEAD: the query has run (a failing one is still a clean 500), but nobody reads the body, so it
  // is cancelled here; left to the garbage collector, its statement and connection stay open.
  if (c.req.method === 'HEAD') {
    void stream.cancel();
    return c.body(null, 200, headers);
  }
  const encoding = pickEncoding(c.req.header('Accept-Encoding'));
  if (encoding === 'identity') return c.body(stream, 200, headers);
  return c.body(compressed(c, stream, encoding), 200, { ...headers, 'Content-Encoding': encoding });
}

/** A file of a zip download: its text, or a stream of its bytes opened only when the archive reaches it. */
export type ZipEntry = { name: string; text: string } | { name: string; open: (onError: (error: unknown) => void) => ReadableStream<Uint8Array> };

/**
 * Streams a zip archive (yazl) of the given files, in order, each deflated as it is read: a file
 * given as a stream is opened only when the archive reaches it and read as the client reads, so
 * no file and no archive is ever held whole. `mtime` dates every entry (from the data, so that the
 * same data gives the same archive). A client that hangs up destroys the archive's stream, which
 * cancels the file being read (closing its statement) and opens no further one; a file that fails
 * midway aborts the transfer, as a failed CSV download does. The archive is already compressed:
 * it goes out as it is, whatever Accept-Encoding says.
 */
export function zipResponse(c: Context<Env>, filename: string, entries: readonly ZipEntry[], mtime: Date): Response {
  const headers = { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${filename}"` };
  // HEAD: the headers alone; no file is opened for a body that would never be read.
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  const zip = new ZipFile();
  // yazl's output is a PassThrough; its types say only NodeJS.ReadableStream.
  const output = zip.outputStream as Readable;
  const reading = new Set<Readable>();
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const file of reading) file.destroy();
    reading.clear();
  };
  const fail = (error: unknown) => {
    if (stopped) return;
    stop();
    const reason = error instanceof Error ? error : new Error(String(error));
    failDownload(c, reason);
    output.destroy(reason);
  };
  zip.on('error', fail);
  // Destroyed: the client hung up (or a file failed). Nothing more is read.
  output.once('close', stop);
  const options = { mtime, compress: true, compressionLevel: ZIP_LEVEL };
  for (const entry of entries) {
    if ('text' in entry) {
      zip.addBuffer(Buffer.from(entry.text, 'utf8'), entry.name, options);
      continue;
    }
    zip.addReadStreamLazy(entry.name, options, (callback) => {
      if (stopped) return callback(new Error(`${entry.name}: the download was stopped`), null as unknown as Readable);
      let file: Readable;
      try {
        file = Readable.fromWeb(entry.open(fail) as NodeReadableStream<Uint8Array>);
      } catch (error) {
        return callback(error instanceof Error ? error : new Error(String(error)), null as unknown as Readable);
      }
      reading.add(file);
      file.once('error', fail);
      file.once('end', () => reading.delete(file));
      callback(null, file);
    });
  }
  zip.end();
  return c.body(Readable.toWeb(output) as ReadableStream<Uint8Array>, 200, headers);
}

/**
 * Deflate level for zip downloads: 6, zlib's default. On a 200,000-row synthetic database (122.6 MB
 * of observations CSV, read in 5.3–5.8 s) the zip took 6.0–9.9 s and 9.8 MB at level 6, 6.5–7.2 s and
 * 13.7 MB at level 1: reading rows costs most of the time either way (deflate runs on zlib's thread
 * pool beside it), and an archive is meant to be kept, so the smaller file wins.
 */
const ZIP_LEVEL = 6;

const failed = new WeakSet<object>();

/**
 * A download that fails after its 200 went out: logged, and its connection aborted, so the client
 * sees a failed transfer rather than a complete-looking truncated file (@hono/node-server would
 * otherwise end the response cleanly, with the error's message as its last line).
 */
function failDownload(c: Context<Env>, error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (failed.has(error)) return;
    failed.add(error);
  }
  console.error(`The download of ${c.req.path} failed midway; aborting its connection:`, error);
  c.env?.outgoing?.destroy(error instanceof Error ? error : new Error(String(error)));
}

/**
 * A download compressed as it streams, at the fastest settings (brotli quality 1 compressed CSV at
 * some 300 MB/s here, and the full observations CSV 16 times smaller; gzip level 1 at half that
 * speed). zlib works on
 * libuv's thread pool, beside the thread that reads rows. A client that hangs up destroys the
 * pipeline, which cancels the source and so closes its statement.
 */
function compressed(c: Context<Env>, source: ReadableStream<Uint8Array>, encoding: 'br' | 'gzip'): ReadableStream<Uint8Array> {
  const compressor = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }) : createGzip({ level: 1 });
  pipeline(Readable.fromWeb(source as NodeReadableStream<Uint8Array>), compressor, (error) => {
    // A client that hangs up closes the pipeline early: that is no failure of ours.
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE' && error.name !== 'AbortError') failDownload(c, error);
  });
  return Readable.toWeb(compressor) as ReadableStream<Uint8Array>;
}
