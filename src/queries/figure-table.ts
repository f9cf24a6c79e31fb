/**
 * What the two figure tables, observations and commodity shares, are queried by alike: their
 * filter columns, one row by id, a source's rows in id order, counting, and the streamed export
 * of chosen columns in listing order. Each module adds what only its table has.
 */
import { asc, count, eq, getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import type { commodityShareLines, commodityShares, observationLines, observations } from '../../db/schema';
import { type FigureFilter, whereOf } from './filters';
import { iterateRaw } from './stream';

type FigureTable = typeof observations | typeof commodityShares;
type LinesTable = typeof observationLines | typeof commodityShareLines;

/** Rows read per step when the seed renders a table's download lines (writeLines). */
const LINES_CHUNK = 5000;

export function figureQueries<T extends FigureTable, Row>(table: T, lines: LinesTable, order: SQL[], attach: (db: AppDatabase) => (row: T['$inferSelect']) => Row) {
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
  /** A field's column name in SQL (periodStart → period_start). */
  const columnName = (key: string) => (columns[key as keyof typeof columns] as { name: string }).name;
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
    /**
     * The filtered rows' stored CSV records (see db/schema.ts, exportLines) in listing order: with no
     * filter, one sequential read of the lines table, which the seed wrote in that order; with one,
     * the filter's rows along their index, each joined to its line by id.
     */
    exportLines: function* (db: AppDatabase, filter: FigureFilter): Generator<string> {
      const condition = where(filter);
      const query =
        condition === undefined
          ? db.select({ line: lines.line }).from(lines).orderBy(asc(lines.position))
          : db
              .select({ line: lines.line })
              .from(table as typeof observations)
              .innerJoin(lines, eq(lines.id, table.id))
              .where(condition)
              .orderBy(...order);
      for (const [line] of iterateRaw<[string]>(db, query)) yield line;
    },
    /**
     * Why the stored download lines cannot be served, or undefined when they can: one line per row,
     * the first position holding the first row in listing order, and its line as `render` makes it
     * now (a database seeded by code with other columns fails here).
     */
    staleLines: (db: AppDatabase, keys: ReadonlyArray<keyof Base & string>, render: (row: ReadonlyArray<unknown>) => string): string | undefined => {
      const sqlite = db.$client;
      const name = getTableName(table);
      const linesName = getTableName(lines);
      const rows = db.select({ n: count() }).from(table as typeof observations).get()?.n ?? 0;
      const stored = db.select({ n: count() }).from(lines).get()?.n ?? 0;
      if (rows !== stored) return `${linesName} holds ${stored} lines for ${rows} rows of ${name}`;
      if (rows === 0) return undefined;
      const select = sqlite.prepare(`select ${keys.map((k) => `"${columnName(k)}"`).join(', ')} from "${name}" where id = ?`).raw(true);
      const first = db.select({ id: table.id }).from(table as typeof observations).orderBy(...order).limit(1).get()?.id;
      const line = db.select({ id: lines.id, line: lines.line }).from(lines).where(eq(lines.position, 1)).get();
      if (!line || line.id !== first) return `${linesName} begins with ${line?.id ?? 'nothing'}, not ${first ?? 'nothing'} as ${name}'s listing order does`;
      const row = select.get(line.id) as unknown[] | undefined;
      if (!row || render(row) !== line.line) return `${linesName} holds figure ${line.id} in other columns than this version writes`;
      return undefined;
    },
    /**
     * Replaces the table's stored download lines: every row's `keys`, in listing order, rendered by
     * `render` and written with its position. Reads and writes in chunks on the caller's connection
     * (inside its transaction, seeing its uncommitted rows), so that a million rows are never held at once.
     */
    writeLines: (db: AppDatabase, keys: ReadonlyArray<keyof Base & string>, render: (row: ReadonlyArray<unknown>) => string): number => {
      const sqlite = db.$client;
      const name = getTableName(table);
      const linesName = getTableName(lines);
      db.delete(lines).run();
      // The listing order as positions 1, 2, 3… of the rows' rowids (read from the listing index
      // alone), in a temporary table, so that the rows can then be read a chunk at a time.
      const ordered = db.select({ rowid: sql<number>`${table}.rowid` }).from(table as typeof observations).orderBy(...order).toSQL();
      sqlite.exec('drop table if exists temp.export_order; create temp table export_order (position integer primary key, rid integer not null)');
      // The lines table's own indexes are built once at the end, by sorting, rather than row by row.
      const indexes = sqlite.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null").all(linesName) as Array<{ name: string; sql: string }>;
      for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);
      try {
        sqlite.prepare(`insert into temp.export_order (rid) ${ordered.sql}`).run(...(ordered.params as unknown[]));
        const total = sqlite.prepare('select count(*) from temp.export_order').pluck().get() as number;
        const select = sqlite
          .prepare(`select e.position, ${keys.map((k) => `t."${columnName(k)}"`).join(', ')} from temp.export_order e join "${name}" t on t.rowid = e.rid where e.position between ? and ? order by e.position`)
          .raw(true);
        const insert = sqlite.prepare(`insert into "${linesName}" (position, id, line) values (?, ?, ?)`);
        const idAt = keys.indexOf('id' as keyof Base & string);
        if (idAt < 0) throw new Error(`The ${name} download has no id column.`);
        for (let from = 1; from <= total; from += LINES_CHUNK) {
          for (const row of select.all(from, from + LINES_CHUNK - 1) as unknown[][]) {
            const [position, ...values] = row;
            insert.run(position, values[idAt], render(values));
          }
        }
        return total;
      } finally {
        for (const index of indexes) sqlite.exec(index.sql);
        sqlite.exec('drop table if exists temp.export_order');
      }
    },
  };
}
