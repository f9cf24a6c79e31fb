/**
 * Startup refuses a configuration or database file it cannot serve, with one clear message: the
 * checks of src/server.ts, called in-process. That a refusal ends the process with exit code 1 and
 * that message alone is the process smoke test's (test/process/server.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../db/client';
import { seedDatabaseFile } from '../../seeds/loader';
import { openConfiguredDatabase } from '../../src/server';

const work = mkdtempSync(path.join(tmpdir(), 'kz-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENV = { HOST: '127.0.0.1', PORT: '0' };

/** The message a start with this environment and these arguments stops with; fails if it starts. */
function refusal(env: Record<string, string>, args: string[] = []): string {
  let handle: ReturnType<typeof openConfiguredDatabase>['handle'] | undefined;
  try {
    handle = openConfiguredDatabase({ ...ENV, ...env }, args, () => undefined).handle;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  handle.sqlite.close();
  throw new Error('The start was not refused.');
}

/** The committed migrations, in order, by tag. */
const MIGRATIONS = (JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> }).entries.map((e) => e.tag);

describe('startup refuses a database it cannot serve, with one clear message', () => {
  const cases: Array<[string, (file: string) => void, RegExp]> = [
    ['a missing file', () => undefined, /does not exist\. Build it with "npm run db:seed"/],
    ['an empty file', (f) => writeFileSync(f, ''), /is empty: it holds no tables/],
    ['a corrupt file', (f) => writeFileSync(f, Buffer.alloc(8192, 7)), /is not a SQLite database the dashboard can read .* corrupt/],
    ['another application’s database', (f) => new Database(f).exec('create table t(x)').close(), /is not a dashboard database: it has no "sources" table/],
    ['an older schema', (f) => new Database(f).exec('create table sources(id text primary key)').close(), /older or different schema: table "sources" lacks publisher/],
    [
      'a database built by an earlier version',
      (f) => {
        seedDatabaseFile(f);
        // As if its last migration had not been applied: every table in place, the version behind.
        const db = new Database(f);
        db.exec('delete from "__drizzle_migrations" where created_at = (select max(created_at) from "__drizzle_migrations")');
        db.close();
      },
      new RegExp(`was built by a different schema version \\(its last migration is ${MIGRATIONS.at(-2)}; this server's is ${MIGRATIONS.at(-1)}\\)\\. Rebuild it with "npm run db:seed"`),
    ],
    [
      'a database no migration built',
      (f) => {
        seedDatabaseFile(f);
        const db = new Database(f);
        db.exec('drop table "__drizzle_migrations"');
        db.close();
      },
      /was built by a different schema version \(its last migration is unknown/,
    ],
    [
      'a database whose figures were changed after the seed',
      (f) => {
        seedDatabaseFile(f);
        // A figure added by hand: the stored CSV records no longer cover every figure.
        const db = new Database(f);
        db.exec("create temp table copy as select * from observations limit 1; update copy set id = id || 'x'; insert into observations select * from copy");
        db.close();
      },
      /cannot be served by this version: observation_lines holds 39 lines for 40 rows of observations\. Rebuild it with "npm run db:seed"/,
    ],
    [
      'a database seeded by a version that wrote its CSV records in other columns',
      (f) => {
        seedDatabaseFile(f);
        const db = new Database(f);
        db.exec("update observation_lines set line = replace(line, char(13, 10), ',extra' || char(13, 10)) where position = 1");
        db.close();
      },
      /cannot be served by this version: observation_lines holds figure \S+ in other columns than this version writes\. Rebuild it/,
    ],
  ];
  it.each(cases)('%s', (_name, make, message) => {
    const file = path.join(work, `${_name.replace(/\W+/g, '-')}.db`);
    make(file);
    const lines = refusal({ DATABASE_PATH: file }).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it.each([
    ['PORT=abc', { PORT: 'abc' }, /PORT must be a number/],
    ['PORT=70000', { PORT: '70000' }, /PORT must be between 0 and 65535/],
  ])('%s', (_name, env, message) => {
    const file = path.join(work, 'ok.db');
    seedDatabaseFile(file);
    expect(refusal({ DATABASE_PATH: file, ...env }).trim()).toMatch(message);
  });

  it('builds a missing database only when asked to (npm start does)', () => {
    const file = path.join(work, 'built.db');
    expect(refusal({ DATABASE_PATH: file })).toMatch(/does not exist/);
    const output: string[] = [];
    const { handle } = openConfiguredDatabase({ ...ENV, DATABASE_PATH: file }, ['--seed-if-missing'], (line) => output.push(line));
    handle.sqlite.close();
    expect(output.join('\n')).toMatch(/Built .*built\.db from the seed files: 39 observations/);
  });
});
