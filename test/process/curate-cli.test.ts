/** `npm run curate` as a program: its exit codes, and where its messages go, on a copy of the seed folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../seeds/loader';
import { ARTICLE, copySeeds, editLine, goodDraft, writeDraft } from '../helpers/curate-draft';

const work = mkdtempSync(path.join(tmpdir(), 'kz-curate-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const seedDir = copySeeds(path.join(work, 'seeds'));
const articleFile = path.join(work, 'article.txt');
writeFileSync(articleFile, ARTICLE);

/** What `npm run curate -- …` runs (`tsx seeds/curate/cli.ts …`), without npm's own start-up. */
const curate = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'seeds/curate/cli.ts', ...args], { env: { ...process.env, SEEDS_DIR: seedDir }, encoding: 'utf8' });

describe('npm run curate', () => {
  it('answers a wrong command line with one line, the usage, and exit code 2', () => {
    for (const [args, line] of [
      [[], 'curate: no command given'],
      [['publish', 'x.csv'], 'curate: unknown command "publish"'],
      [['check', path.join(work, 'missing.csv')], `curate check: no such file: ${path.join(work, 'missing.csv')}`],
      [['accept'], 'curate accept: give exactly one draft file'],
    ] as const) {
      const r = curate(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n').slice(0, 5)).toEqual([
        line,
        'usage: npm run curate -- <command>',
        '  npm run curate -- draft ARTICLE.txt [--out DRAFT.csv] [--published YYYY-MM-DD] [--publisher NAME]',
        '  npm run curate -- check DRAFT.csv',
        '  npm run curate -- accept DRAFT.csv',
      ]);
    }
  });

  it('draft: an article that is not text is refused with one line and exit code 1, and no draft is written', () => {
    const binary = path.join(work, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const out = path.join(work, 'scan.csv');
    const r = curate('draft', binary, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`curate draft: ${binary} is a binary file, not an article: save the article as plain UTF-8 text. No draft was written.\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('check: exit code 1 with the problems at the draft’s lines, 0 once they are fixed', () => {
    const bad = writeDraft(path.join(work, 'bad.csv'), editLine(goodDraft(articleFile), 4, { quote_en: '' }));
    const failed = curate('check', bad);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(`${bad}:4: quote_en is empty (translate the quote)\n1 problem: fix the draft and check it again.\n`);
    const good = writeDraft(path.join(work, 'good.csv'), goodDraft(articleFile));
    const passed = curate('check', good);
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
    expect(passed.stdout).toMatch(new RegExp(`^${good}:5: warning: still flagged: check qualifier\n${good}: ready to accept as 005_[0-9a-f]{16} \\(1 warning above\\)\\.\n$`));
  });

  it('accept: adds the article and prints its coverage', () => {
    const good = writeDraft(path.join(work, 'accept.csv'), goodDraft(articleFile));
    const r = curate('accept', good);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Accepted .* as 005_[0-9a-f]{16}: 3 observations, 1 commodity share, 1 skipped mention; the article is .*\/articles\/005_[0-9a-f]{16}\.txt\./);
    expect(r.stdout).toMatch(/005_[0-9a-f]{16} \(ru\): 7 numeric mentions: 4 curated, 2 periods of curated figures, 1 skipped, 0 unaccounted/);
    expect(readSeeds(seedDir).sources.map((s) => s.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004', '005']);
  });
});
