import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import { type AppDatabase, openReader } from '../../db/client';

/**
 * Runs a Drizzle select lazily, one row at a time, each as the plain array SQLite returns (in the
 * select's field order), so that exporting a million rows never holds them in memory at once. It
 * reads on a connection of its own (see openReader), opened at the first row and closed at the
 * last or when the consumer stops early; the one statement sees one snapshot of the data from
 * start to end, even if a seed commits during a download.
 */
export function* iterateRaw<T extends readonly unknown[]>(db: AppDatabase, query: Pick<SQLiteSelect, 'toSQL'>): Generator<T> {
  const { sql, params } = query.toSQL();
  const reader = openReader(db.$client);
  try {
    yield* reader
      .prepare(sql)
      .raw(true)
      .iterate(...(params as unknown[])) as Iterable<T>;
  } finally {
    reader.close();
  }
}

/** The tuple of a row's values for the given keys, in their order: RowOf<{a: string; b: number}, ['b', 'a']> is [number, string]. */
export type RowOf<Row, Keys extends readonly (keyof Row)[]> = { -readonly [I in keyof Keys]: Row[Keys[I] & keyof Row] };
