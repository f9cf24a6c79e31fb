/** `npm run seeds:check` as a program: what it prints and its exit code, on the curated seeds and on rows made inconsistent. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedsWith } from '../helpers/seed-files';

const work = mkdtempSync(path.join(tmpdir(), 'kz-seeds-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What `npm run seeds:check` runs (`tsx seeds/check.ts`), without npm's own start-up. */
const CHECK = ['--import', 'tsx', 'seeds/check.ts'];
const run = (dir?: string) => spawnSync(process.execPath, CHECK, { env: { ...process.env, ...(dir ? { SEEDS_DIR: dir } : {}) }, encoding: 'utf8' });

/** The seed folder with one observation's line edited. */
const editRow = (name: string, id: string, edit: (line: string) => string) =>
  seedsWith(path.join(work, name), 'observations.csv', (text) => text.split('\n').map((line) => (line.startsWith(`${id},`) ? edit(line) : line)).join('\n'));

describe('npm run seeds:check', () => {
  it('passes on the curated seeds and prints every result with its rows', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/consistent\s+trade_sum\s+trade_sum\.000-04\.000-05\.000-06/);
    expect(r.stdout).toContain('seeds/observations.csv:5 (000-04), seeds/observations.csv:6 (000-05), seeds/observations.csv:7 (000-06)');
    expect(r.stdout).toMatch(/inconsistent sources\s+sources\.001-06\.004-01/);
    expect(r.stdout).toContain('cannot check: earlier_level_missing (2023)');
    expect(r.stdout).toContain('13 checks: 11 consistent within rounding, 1 inconsistent, 1 cannot be checked; 0 unexplained inside one article.');
  });

  it('fails on a wrong scale inside one article: 331,9 миллиард of exports against a turnover of 1,3 миллиард', () => {
    const dir = editRow('scale', '000-05', (line) => line.replace('331900000,', '331900000000,').replaceAll('331,9 миллион доллар', '331,9 миллиард доллар'));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/inconsistent trade_sum\s+trade_sum\.000-04\.000-05\.000-06/);
    expect(r.stdout).toContain('FAILS: inconsistent inside one article');
    expect(r.stdout).toMatch(/observations\.csv:6 \(000-05\)/);
  });

  it('fails on a swapped digit (494,2 for 944,2), and passes once a note on its row names the other figure', () => {
    const swap = (line: string) => line.replace('944200000,', '494200000,').replaceAll('944,2 миллион доллар', '494,2 миллион доллар');
    const failed = run(editRow('swap', '000-06', swap));
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('1 unexplained inside one article');
    const noted = run(editRow('noted', '000-06', (line) => swap(line).replace('is 2025, the year of publication.', 'is 2025, the year of publication. Does not add up with 000-04 and 000-05.')));
    expect(noted.stderr).toBe('');
    expect(noted.status).toBe(0);
    expect(noted.stdout).toContain('explained by the note on 000-06');
  });
});
