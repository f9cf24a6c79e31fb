/** `npm run db:seed` as a program: what it prints, its exit code, and the database it leaves. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabaseFile } from '../../seeds/loader';
import { dump, seedsWith, sha256 } from '../helpers/seed-files';

const work = mkdtempSync(path.join(tmpdir(), 'kz-seed-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What `npm run db:seed` runs (`tsx seeds/seed.ts`), without npm's and npx's own start-up. */
const SEED = ['--import', 'tsx', 'seeds/seed.ts'];

describe('npm run db:seed', () => {
  const file = path.join(work, 'dashboard.db');
  beforeAll(() => seedDatabaseFile(file));

  it('npm run db:seed prints the problem and exits non-zero on a bad row', () => {
    const dir = seedsWith(path.join(work, 'cli'), 'observations.csv', (t) => t.replace('\n000-03,trade_turnover,KAZ,JPN,', '\n000-03,trade_turnover,KAZ,XXX,'));
    const before = sha256(file);
    const run = spawnSync(process.execPath, SEED, { env: { ...process.env, DATABASE_PATH: file, SEEDS_DIR: dir }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/observations\.csv:\d+: partner "XXX" is not in partners\.csv/);
    expect(run.stderr).toContain('the database is as it was');
    expect(sha256(file)).toBe(before);
  });

  it('npm run db:seed builds a new database from nothing', () => {
    const fresh = path.join(work, 'nested', 'fresh.db');
    const out = execFileSync(process.execPath, SEED, { env: { ...process.env, DATABASE_PATH: fresh }, encoding: 'utf8' });
    expect(out).toMatch(/Seeded .*fresh\.db: 5 sources, \d+ observations/);
    expect(dump(fresh)).toEqual(dump(file));
  });
});
