/**
 * What the two figure tables, observations and commodity shares, are queried by alike: their
 * filter columns, one row by id, a source's rows in id order, counting, and the streamed export
 * of chosen columns in listing order. Each module adds what only its table has.
 */
import { asc, count, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import type { commodityShares, observations } from '../../db/schema';
import { type FigureFilter, whereOf } from './filters';
import { iterateRaw } from './stream';

type FigureTable = typeof observations | typeof commodityShares;

export function figureQueries<T extends FigureTable, Row>(table: T, order: SQL[], attach: (db: AppDatabase) => (row: T['$inferSelect']) => Row) {
  type Base = T['$inferSelect'];
  const columns = getTableColumns(table);
  const filterColumns = {
    partner: table.partner,
    reporter: table.reporter,
    indicator: 'indicator' in table ? table.indicator : undefined,
    flow: 'flow' in table ? table.flow : undefined,
    commodity: 'commodity' in table ? table.commodity : undefined,
    qualifier: table.qualifier,
    sourceId: table.sourceId,
    periodStart: table.periodStart,
    periodEnd: table.periodEnd,
  };
  const where = (filter: FigureFilter) => whereOf(filterColumns, filter);
  // One table or the other: Drizzle's types cannot follow a union through select().from().
  const from = (db: AppDatabase) => db.select(columns as typeof observations._.columns).from(table as typeof observations);
  const rows = (query: { all: () => unknown[] }) => query.all() as Base[];
  return {
    columns,
    where,
    /** Rows matching the filter in listing order, a page of them if given, before attaching their details. */
    plain: (db: AppDatabase, filter: FigureFilter, page?: { limit: number; offset: number }): Base[] => {
      const query = from(db).where(where(filter)).orderBy(...order).$dynamic();
      return rows(page ? query.limit(page.limit).offset(page.offset) : query);
    },
    attach,
    /** A source's rows in id order (for curated articles, the order they appear in), the first `limit`, read along the (source_id, id) index. */
    bySource: (db: AppDatabase, sourceId: string, limit: number): Row[] => rows(from(db).where(eq(table.sourceId, sourceId)).orderBy(asc(table.id)).limit(limit)).map(attach(db)),
    byId: (db: AppDatabase, id: string): Row | undefined => {
      const row = rows(from(db).where(eq(table.id, id)))[0];
      return row && attach(db)(row);
    },
    count: (db: AppDatabase, filter: FigureFilter): number => db.select({ n: count() }).from(table as typeof observations).where(where(filter)).get()?.n ?? 0,
    /** The filtered rows in listing order, one plain array of `keys` per row (see src/csv-contract.ts). */
    exportRows: (db: AppDatabase, keys: ReadonlyArray<keyof Base & string>, filter: FigureFilter): Generator<ReadonlyArray<unknown>> => {
      const fields = Object.fromEntries(keys.map((key) => [key, columns[key as keyof typeof columns]]));
      return iterateRaw<ReadonlyArray<unknown>>(db, db.select(fields as unknown as typeof observations._.columns).from(table as typeof observations).where(where(filter)).orderBy(...order));
    },
  };
}
