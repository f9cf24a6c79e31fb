import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetVersion, readSeeds, SEED_DIR, SeedError, seedDatabaseFile } from '../../seeds/loader';
import { dump, seedsWith as seedsAt, sha256 } from '../helpers/seed-files';

const work = mkdtempSync(path.join(tmpdir(), 'kz-seed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the seed folder with one file edited; returns the folder. */
const seedsWith = (name: string, file: string, edit: (text: string) => string) => seedsAt(path.join(work, name), file, edit);
/** 1-based line on which a record starting with `prefix` begins. */
const lineOf = (text: string, prefix: string) => text.slice(0, text.indexOf(`\n${prefix}`) + 1).split('\n').length;

describe('seeding a database file', () => {
  const file = path.join(work, 'dashboard.db');
  beforeAll(() => seedDatabaseFile(file));

  it('loads every curated row', () => {
    const tables = dump(file);
    const seeds = readSeeds();
    expect(tables.sources).toHaveLength(5);
    expect(tables.observations).toHaveLength(seeds.observations.length);
    expect(tables.commodity_shares).toHaveLength(seeds.commodityShares.length);
    expect(tables.skipped_mentions).toHaveLength(seeds.skippedMentions.length);
    expect(seeds.observations.length).toBeGreaterThanOrEqual(30);
    const turnover = (tables.observations as Array<Record<string, unknown>>).find((o) => o.id === '000-05');
    expect(turnover).toMatchObject({ indicator: 'exports', partner: 'JPN', value: 331900000, as_written: '331,9 миллион доллар' });
  });

  it('records the data version: latest publication date and a hash that any edit changes', () => {
    const [row] = dump(file).dataset as Array<{ version: string; data_date: string }>;
    expect(row?.data_date).toBe('2025-12-17');
    expect(row?.version).toMatch(/^2025\.12\.17-[0-9a-f]{8}$/);
    expect(datasetVersion(readSeeds()).version).toBe(row?.version);
    const edited = readSeeds(seedsWith('version', 'sources.csv', (t) => t.replace('Peaceful atom', 'Peaceful Atom')));
    expect(datasetVersion(edited).version).not.toBe(row?.version);
    expect(datasetVersion(edited).dataDate).toBe('2025-12-17');
  });

  it('keeps an article\'s address, and refuses one that is not an https address', () => {
    const [first] = dump(file).sources as Array<{ url: string | null }>;
    expect(first?.url).toBe('https://oz.inform.kz/news/tinch-atom-aklli-shahar-global-savdo-standarti-kozogiston-yaponiya-muzokaralari-kaysi-yunalishda-rivozhlanadi-9486c3/');
    expect((dump(file).sources as Array<{ url: string | null }>).filter((s) => s.url === null)).toHaveLength(4);
    const dir = seedsWith('bad-url', 'sources.csv', (t) => t.replace('https://oz.inform.kz/', 'http://oz.inform.kz/'));
    expect(() => readSeeds(dir)).toThrow(/sources\.csv:2: url must be the article's https address/);
  });

  it('gives the same database when run twice', () => {
    const first = dump(file);
    seedDatabaseFile(file);
    expect(dump(file)).toEqual(first);
  });

  const observations = readFileSync(path.join(SEED_DIR, 'observations.csv'), 'utf8');
  const shares = readFileSync(path.join(SEED_DIR, 'commodity-shares.csv'), 'utf8');
  const sources = readFileSync(path.join(SEED_DIR, 'sources.csv'), 'utf8');
  const skipped = readFileSync(path.join(SEED_DIR, 'skipped.csv'), 'utf8');
  const cases: Array<[string, string, (t: string) => string, string]> = [
    [
      'unknown partner',
      'observations.csv',
      (t) => t.replace('\n000-03,trade_turnover,KAZ,JPN,', '\n000-03,trade_turnover,KAZ,XXX,'),
      `observations.csv:${lineOf(observations, '000-03,')}: partner "XXX" is not in partners.csv`,
    ],
    [
      'unparsable value',
      'observations.csv',
      (t) => t.replace('\n000-03,trade_turnover,KAZ,JPN,2024-01-01,2024-12-31,2000000000,', '\n000-03,trade_turnover,KAZ,JPN,2024-01-01,2024-12-31,"2,0",'),
      `observations.csv:${lineOf(observations, '000-03,')}: value must be a plain number`,
    ],
    [
      'period end before start',
      'observations.csv',
      (t) => t.replace('\n000-03,trade_turnover,KAZ,JPN,2024-01-01,2024-12-31,', '\n000-03,trade_turnover,KAZ,JPN,2024-12-31,2024-01-01,'),
      `observations.csv:${lineOf(observations, '000-03,')}: period_end is before period_start`,
    ],
    [
      'a row after multi-line quotes',
      'observations.csv',
      (t) => t.replace('\n003-08,joint_ventures_count,KAZ,JPN,', '\n003-08,joint_ventures_count,KAZ,JPX,'),
      `observations.csv:${lineOf(observations, '003-08,')}: partner "JPX" is not in partners.csv`,
    ],
    [
      'share over 100',
      'commodity-shares.csv',
      (t) => t.replace('\n000-s01,KAZ,JPN,export,2025-01-01,2025-09-30,ferroalloys,ферроқотишмалар,94.8,', '\n000-s01,KAZ,JPN,export,2025-01-01,2025-09-30,ferroalloys,ферроқотишмалар,194.8,'),
      `commodity-shares.csv:${lineOf(shares, '000-s01,')}: share_pct must be between 0 and 100`,
    ],
    [
      'shares adding up to more than 100',
      'commodity-shares.csv',
      (t) => t.replace(',tantalum,тантал,2.3,exact,"2,3%"', ',tantalum,тантал,12.3,exact,"12,3%"').replace('2,3% — тантал', '12,3% — тантал'),
      'add up to 109.57, over 100',
    ],
    ['a malformed CSV record', 'observations.csv', (t) => t.replace('\n000-03,', '\n"000-03,'), 'observations.csv:'],
    [
      'a figure at a date over a span, without a note saying why',
      'observations.csv',
      (t) =>
        t.replace(/\n000-01,[^\n]*/, (line) =>
          line.replace(',2025-12-17,2025-12-17,', ',2025-12-01,2025-12-17,').replace(',As-of date not stated in the article; its publication date is used.,', ',,'),
        ),
      `observations.csv:${lineOf(observations, '000-01,')}: investor_top_n is a rank at a date: period_start and period_end must be the same as-of date, or the span it lies in with a note`,
    ],
    [
      'a scope on a figure that is not investment',
      'observations.csv',
      (t) => t.replace(/\n000-03,[^\n]*/, (line) => line.replace(/,$/, ',direct')),
      `observations.csv:${lineOf(observations, '000-03,')}: scope "direct" is only for investment indicators (investment_…), not trade_turnover`,
    ],
    [
      'an unknown scope',
      'observations.csv',
      (t) => t.replace(/\n000-02,[^\n]*/, (line) => line.replace(/,total$/, ',gross')),
      `observations.csv:${lineOf(observations, '000-02,')}: scope must be empty or one of direct, total (got "gross")`,
    ],
    [
      'a range whose lower end is lost',
      'observations.csv',
      (t) => t.replace(/\n000-10,[^\n]*/, (line) => line.replace(', and its lower end is 5000.', '.')),
      `observations.csv:${lineOf(observations, '000-10,')}: as_written "5-7 минггача" is a range: the note must give its lower end (5000)`,
    ],
    [
      'a note without its Kazakh version',
      'observations.csv',
      (t) => t.replace(/\n000-01,[^\n]*/, (line) => line.replace(/,Көрсеткіштің[^,]*алынды\.,$/, ',,')),
      `observations.csv:${lineOf(observations, '000-01,')}: note has no Kazakh version: fill note_kk`,
    ],
    [
      'a commodity share’s note without its Russian version',
      'commodity-shares.csv',
      (t) => t.replace(/\n000-s05,[^\n]*/, (line) => line.replace(/,Статья не указывает период[^,]*,/, ',,')),
      `commodity-shares.csv:${lineOf(shares, '000-s05,')}: note has no Russian version: fill note_ru`,
    ],
    [
      'a translation of a note that is not there',
      'observations.csv',
      // 000-03 has no note: its note, note_ru, note_kk and scope are the last four, empty, cells.
      (t) => t.replace(/\n000-03,[^\n]*/, (line) => line.replace(/,,,,$/, ',,примечание,,')),
      `observations.csv:${lineOf(observations, '000-03,')}: note_ru is set but note is empty: write the English note or leave note_ru empty`,
    ],
    [
      'a source’s date note without its Russian version',
      'sources.csv',
      (t) => t.replace(/\n000_a50b504d80912738,[^\n]*/, (line) => line.replace(',Указана в строке с датой в начале статьи.,', ',,')),
      `sources.csv:${lineOf(sources, '000_a50b504d80912738,')}: date_note has no Russian version: fill date_note_ru`,
    ],
    [
      'a skip reason without its Kazakh version',
      'skipped.csv',
      (t) => t.replace(',Жапонияның Қазақстандағы елшілігі ашылған жыл\n', ',\n'),
      `skipped.csv:${lineOf(skipped, '000_a50b504d80912738,1993 йилда,')}: reason has no Kazakh version: fill reason_kk`,
    ],
  ];

  it.each(cases)('refuses %s with file:line and leaves the database exactly as it was', (_name, csv, edit, message) => {
    const dir = seedsWith(_name.replace(/\W+/g, '-'), csv, edit);
    const before = sha256(file);
    const contents = dump(file);
    let error: unknown;
    try {
      seedDatabaseFile(file, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toContain(message);
    expect(sha256(file)).toBe(before);
    expect(dump(file)).toEqual(contents);
  });
});
