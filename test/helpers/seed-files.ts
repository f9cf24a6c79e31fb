/** Database files and seed folders as the loader tests read and edit them. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { SEED_DIR } from '../../seeds/loader';

const TABLES = ['dataset', 'sources', 'partners', 'indicators', 'commodities', 'observations', 'commodity_shares', 'skipped_mentions', 'cross_checks'];

/** Every curated row of a database file, table by table. */
export function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`select * from ${t} order by 1`).all()]));
  } finally {
    db.close();
  }
}

/** Hash of the database file and of its write-ahead log, where committed pages may also live. */
export const sha256 = (file: string) =>
  [file, `${file}-wal`].map((f) => (existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : 'none')).join('/');

/** A copy of the seed folder, at `dir`, with one file edited; returns the folder. */
export function seedsWith(dir: string, file: string, edit: (text: string) => string): string {
  cpSync(SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(target, after);
  return dir;
}
