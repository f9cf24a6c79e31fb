import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { ROOT } from '../src/paths';
import * as schema from './schema';

/** The Drizzle database, with the better-sqlite3 connection under it as `$client`. */
export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DatabaseHandle {
  sqlite: Database.Database;
  db: AppDatabase;
}

export const MIGRATIONS_DIR = path.join(ROOT, 'db', 'migrations');

/**
 * Opens a SQLite database. Read-only handles never create the file; writable ones use WAL so
 * that readers keep their snapshot while a seed runs.
 */
export function openDatabase(file: string, options: { readonly: boolean }): DatabaseHandle {
  const sqlite = new Database(file, { readonly: options.readonly, fileMustExist: options.readonly });
  sqlite.pragma('foreign_keys = ON');
  if (!options.readonly && file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

/**
 * A second, read-only connection to the same data, for a statement read lazily over many event-loop
 * turns (a download): better-sqlite3 refuses every other statement on a connection while one is
 * being iterated, and the pages must go on answering meanwhile. An in-memory database (the tests')
 * cannot be opened twice and is copied instead. The caller closes it.
 */
export function openReader(main: Database.Database): Database.Database {
  const reader = main.memory ? new Database(main.serialize()) : new Database(main.name, { readonly: true, fileMustExist: true });
  reader.pragma('busy_timeout = 5000');
  // A download reads each page once, in order: a small page cache keeps the server's memory flat.
  reader.pragma('cache_size = -2000');
  return reader;
}

/**
 * A number that changes whenever another connection has committed to the database since this
 * one last looked (SQLite's PRAGMA data_version): the server's caches are good until it does.
 */
export function dataVersion(sqlite: Database.Database): number {
  return sqlite.pragma('data_version', { simple: true }) as number;
}

/** Applies the committed drizzle-kit migrations that the database has not seen yet. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}

/**
 * The schema version a database was built by (the last drizzle-kit migration applied to it, by
 * tag) against the one this code expects (the last migration in db/migrations). A replica must
 * serve a database built by its own version: "baked data" ships the two together.
 */
export function schemaVersion(sqlite: Database.Database): { applied: string | undefined; expected: string } {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string; when: number }> };
  const expected = journal.entries.at(-1)?.tag ?? 'none';
  const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get() !== undefined;
  const last = hasTable ? (sqlite.prepare('select created_at from "__drizzle_migrations" order by created_at desc limit 1').pluck().get() as number | undefined) : undefined;
  const applied = last === undefined ? undefined : (journal.entries.find((e) => e.when === Number(last))?.tag ?? `one this code does not know (${last})`);
  return { applied, expected };
}

/** A database file the server must not serve, with a message that says why and what to do. */
export class DatabaseFileError extends Error {
  override name = 'DatabaseFileError';
}

const TABLES: SQLiteTable[] = [
  schema.sources,
  schema.partners,
  schema.indicators,
  schema.commodities,
  schema.observations,
  schema.commodityShares,
  schema.skippedMentions,
  schema.dataset,
  schema.crossChecks,
  schema.observationLines,
  schema.commodityShareLines,
];

/**
 * Opens a database file read-only and checks it before anything is served: it must be a SQLite
 * database, hold every table and column of the schema, and hold data. Throws DatabaseFileError.
 */
export function openServingDatabase(file: string): DatabaseHandle {
  let handle: DatabaseHandle | undefined;
  try {
    handle = openDatabase(file, { readonly: true });
    // Readers wait (rather than fail) on the rare lock a concurrent seed takes in WAL mode.
    handle.sqlite.pragma('busy_timeout = 5000');
    const present = new Map<string, string[]>();
    for (const name of handle.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]) {
      present.set(name, (handle.sqlite.prepare(`pragma table_info("${name.replaceAll('"', '""')}")`).all() as Array<{ name: string }>).map((c) => c.name));
    }
    if (present.size === 0) throw new DatabaseFileError(`${file} is empty: it holds no tables. Build it with "npm run db:seed".`);
    for (const table of TABLES) {
      const { name, columns } = getTableConfig(table);
      const have = present.get(name);
      if (!have) throw new DatabaseFileError(`${file} is not a dashboard database: it has no "${name}" table. Build it with "npm run db:seed" (or point DATABASE_PATH elsewhere).`);
      const missing = columns.map((c) => c.name).filter((c) => !have.includes(c));
      if (missing.length > 0) throw new DatabaseFileError(`${file} has an older or different schema: table "${name}" lacks ${missing.join(', ')}. Rebuild it with "npm run db:seed".`);
    }
    const version = schemaVersion(handle.sqlite);
    if (version.applied !== version.expected) {
      throw new DatabaseFileError(
        `${file} was built by a different schema version (its last migration is ${version.applied ?? 'unknown'}; this server's is ${version.expected}). Rebuild it with "npm run db:seed" from this version.`,
      );
    }
    if (handle.sqlite.prepare('select count(*) from sources').pluck().get() === 0) throw new DatabaseFileError(`${file} holds no data. Load it with "npm run db:seed".`);
    return handle;
  } catch (error) {
    handle?.sqlite.close();
    if (error instanceof DatabaseFileError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CANTOPEN') throw new DatabaseFileError(`${file} cannot be opened: check that it exists and is readable.`);
    throw new DatabaseFileError(`${file} is not a SQLite database the dashboard can read (${code ?? 'unreadable'}): the file is corrupt or of another kind. Rebuild it with "npm run db:seed".`);
  }
}
