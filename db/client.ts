import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

/** The Drizzle database, with the better-sqlite3 connection under it as `$client`. */
export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DatabaseHandle {
  sqlite: Database.Database;
  db: AppDatabase;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

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

/** Applies the committed drizzle-kit migrations that the database has not seen yet. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}
