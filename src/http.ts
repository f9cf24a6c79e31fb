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
 * parameters and comma-separated values both count), empty values dropped. Unknown parameters
 * and invalid values throw a 400 that names the parameter and what is allowed.
 */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S, allowed: readonly string[]): z.output<S> {
  const url = new URL(c.req.url);
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (!allowed.includes(key)) {
      throw new HttpError(400, `Unknown parameter "${truncate(key)}". Allowed parameters: ${allowed.join(', ')}.`);
    }
    const values = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    raw[key] = [...(raw[key] ?? []), ...values];
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'query');
    throw new HttpError(400, `Invalid "${name}": ${issue?.message ?? 'not allowed'}.`);
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
  const iterator = rows[Symbol.iterator]();
  const encoder = new TextEncoder();
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      // One batch per pull: the stream asks for more only when the client has read the last,
      // so memory stays flat whatever the row count.
      const batch: Array<Array<string | number>> = [];
      let done = false;
      while (batch.length < 1000) {
        const next = iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        batch.push(columns.map((col) => cell(col, next.value)));
      }
      const text = stringify(batch, { header: first, columns: columns.map((col) => col.name), record_delimiter: 'windows', bom: first && bom });
      first = false;
      if (text) controller.enqueue(encoder.encode(text));
      if (done) controller.close();
    },
    cancel() {
      iterator.return?.();
    },
  });
  return c.body(stream, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

function cell<R>(column: CsvColumn<R>, row: R): string | number {
  const value = column.value(row);
  if (value === null) return '';
  if (column.numeric || typeof value === 'number') return value;
  return neutraliseCell(value);
}

/** Streams rows as a JSON array of objects with the CSV's column names. */
export function jsonResponse<R>(c: Context, filename: string, columns: ReadonlyArray<CsvColumn<R>>, rows: Iterable<R>): Response {
  const iterator = rows[Symbol.iterator]();
  const encoder = new TextEncoder();
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('['));
    },
    pull(controller) {
      let chunk = '';
      for (let i = 0; i < 500; i += 1) {
        const next = iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode(`${chunk}]\n`));
          controller.close();
          return;
        }
        const object = Object.fromEntries(columns.map((col) => [col.name, col.value(next.value)]));
        chunk += `${first ? '' : ','}\n${JSON.stringify(object)}`;
        first = false;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      iterator.return?.();
    },
  });
  return c.body(stream, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `inline; filename="${filename}"`,
  });
}
