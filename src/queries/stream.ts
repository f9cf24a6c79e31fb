import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../db/client';

/**
 * Runs a Drizzle select lazily, one row at a time, so that exporting a million rows never holds
 * them all in memory. The select must name its fields as a flat object (no nested selections).
 */
export function* iterateSelect<T extends Record<string, unknown>>(
  db: AppDatabase,
  query: Pick<SQLiteSelect, 'toSQL'>,
  fields: Record<keyof T, unknown>,
): Generator<T> {
  const keys = Object.keys(fields) as Array<keyof T>;
  const { sql, params } = query.toSQL();
  const statement = db.$client.prepare(sql).raw(true);
  for (const values of statement.iterate(...(params as unknown[])) as Iterable<unknown[]>) {
    const row = {} as T;
    keys.forEach((key, i) => {
      row[key] = values[i] as T[keyof T];
    });
    yield row;
  }
}
