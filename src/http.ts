/**
 * Request and response helpers shared by the route modules: partial (htmx) or full requests,
 * query validation with clear messages, errors in the format the client asked for, and CSV/JSON
 * streaming.
 */
import type { Context } from 'hono';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { AppDatabase } from '../db/client';
import type { Assets } from './assets';
import { neutraliseCell } from './domain/csv';
import type { Ui } from '../views/ui';

export type Env = {
  Variables: {
    db: AppDatabase;
    assets: Assets;
    ui: Ui;
  };
};

/** An error whose message is safe and useful to show the client. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 406 | 413 | 500,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * htmx 4 asks for a fragment with HX-Request-Type: partial; history restores and boosted
 * navigations say "full" and get the whole page, as do direct requests.
 */
export function isPartial(c: Context): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-Request-Type') === 'partial';
}

/** Responses that differ between partial and full requests must say so to caches. */
export function varyOnHtmx(c: Context): void {
  c.header('Vary', 'HX-Request, HX-Request-Type', { append: true });
}

/** What the client asked for, from the path: `.csv`, `.json`, or an HTML page. */
export function formatOf(path: string): 'csv' | 'json' | 'html' {
  return path.endsWith('.csv') ? 'csv' : path.endsWith('.json') ? 'json' : 'html';
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

/** Shortens user input before echoing it in a message (always escaped by the renderer as well). */
export function truncate(value: string, max = 40): string {
  const clean = value.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

export interface CsvColumn<R> {
  name: string;
  value: (row: R) => string | number | null;
  /** Numeric columns are written as numbers and never altered. */
  numeric?: boolean;
}

/**
 * Streams rows as CSV (RFC 4180, CRLF line ends, UTF-8), neutralising text cells that a
 * spreadsheet would run as a formula. `bom` prefixes a byte-order mark for Excel.
 */
export function csvResponse<R>(c: Context, filename: string, columns: ReadonlyArray<CsvColumn<R>>, rows: Iterable<R>, bom: boolean): Response {
  const encoder = new TextEncoder();
  const names = columns.map((col) => col.name);
  const batches = batchesOf(rows, (row) => columns.map((col) => cell(col, row)), 1000);
  // The first batch is read before answering, so a failing query is a clean 500, not a cut-off file.
  const first = batches.next();
  let header = true;
  const chunk = (batch: Array<Array<string | number>>) => {
    const text = stringify(batch, { header, columns: names, record_delimiter: 'windows', bom: header && bom });
    header = false;
    return encoder.encode(text);
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(chunk(first.done ? [] : first.value));
      if (first.done) controller.close();
    },
    // One batch per pull: the stream asks for more only when the client has taken the last,
    // so memory stays flat whatever the row count.
    pull(controller) {
      const next = batches.next();
      if (next.done) controller.close();
      else controller.enqueue(chunk(next.value));
    },
    cancel() {
      batches.return(undefined);
    },
  });
  return c.body(stream, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

/** Rows mapped and grouped in batches; closing it closes the underlying row iterator. */
function* batchesOf<R, T>(rows: Iterable<R>, map: (row: R) => T, size: number): Generator<T[], void, undefined> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(map(row));
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function cell<R>(column: CsvColumn<R>, row: R): string | number {
  const value = column.value(row);
  if (value === null) return '';
  if (column.numeric || typeof value === 'number') return value;
  return neutraliseCell(value);
}

/** Streams rows as a JSON array of objects with the CSV's column names. */
export function jsonResponse<R>(c: Context, filename: string, columns: ReadonlyArray<CsvColumn<R>>, rows: Iterable<R>): Response {
  const encoder = new TextEncoder();
  const batches = batchesOf(rows, (row) => JSON.stringify(Object.fromEntries(columns.map((col) => [col.name, col.value(row)]))), 500);
  const first = batches.next();
  let written = 0;
  const chunk = (batch: string[]) => {
    const text = batch.map((item) => `${written++ === 0 ? '' : ','}\n${item}`).join('');
    return encoder.encode(text);
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('['));
      if (first.done) {
        controller.enqueue(encoder.encode(']\n'));
        controller.close();
      } else controller.enqueue(chunk(first.value));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) {
        controller.enqueue(encoder.encode('\n]\n'));
        controller.close();
      } else controller.enqueue(chunk(next.value));
    },
    cancel() {
      batches.return(undefined);
    },
  });
  return c.body(stream, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `inline; filename="${filename}"`,
  });
}
