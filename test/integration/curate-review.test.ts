/**
 * `npm run curate -- check` and `accept` on a copy of the seed folder: what a curator is told about
 * a reviewed draft (at the draft's own lines), and what accepting it writes, all of it or nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCoverage, corpusDir, readArticle } from '../../seeds/corpus';
import { displayPath, readSeeds } from '../../seeds/loader';
import { acceptDraft, formatMessage, reviewDraft } from '../../seeds/curate/review';
import { ARTICLE, copySeeds, editLine, goodDraft, writeDraft } from '../helpers/curate-draft';
import { seedsWith } from '../helpers/seed-files';

const work = mkdtempSync(path.join(tmpdir(), 'kz-curate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const articleFile = path.join(work, 'article.txt');
writeFileSync(articleFile, ARTICLE);
const rows = goodDraft(articleFile);
const corpus = corpusDir();
const expectedId = `005_${createHash('sha256').update(ARTICLE).digest('hex').slice(0, 16)}`;

let n = 0;
/** A fresh copy of the seed folder and a draft of `draftRows` beside it. */
function setup(draftRows = rows) {
  const dir = path.join(work, `case-${++n}`);
  const seedDir = copySeeds(path.join(dir, 'seeds'));
  const draft = writeDraft(path.join(dir, 'draft.csv'), draftRows);
  return { seedDir, draft, dirs: { seedDir, corpusDir: corpus } };
}

/** The errors of checking `draftRows`, as printed. */
function errorsOf(draftRows: typeof rows) {
  const { draft, dirs } = setup(draftRows);
  return { draft: displayPath(draft), errors: reviewDraft(draft, dirs).errors.map(formatMessage), seeds: displayPath(dirs.seedDir) };
}

/** Every file under `dir` and its bytes' hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out[name] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

describe('curate check', () => {
  it('passes a good draft, names the source id accept will give it, and warns of the flags left', () => {
    const { draft, dirs } = setup();
    const review = reviewDraft(draft, dirs);
    expect(review.errors.map(formatMessage)).toEqual([]);
    expect(review.accepted?.sourceId).toBe(expectedId);
    expect(review.warnings.map(formatMessage)).toEqual([`${displayPath(draft)}:5: warning: still flagged: check qualifier`]);
  });

  it('reports a missing translation at the draft’s line', () => {
    const { draft, errors } = errorsOf(editLine(rows, 4, { quote_en: '' }));
    expect(errors).toEqual([`${draft}:4: quote_en is empty (translate the quote)`]);
  });

  it('reports a period that is not a date, and one that ends before it starts', () => {
    const { draft, errors } = errorsOf(editLine(editLine(rows, 3, { period_end: '2024-12-32' }), 5, { period_start: '2025-10-01' }));
    expect(errors).toEqual([`${draft}:3: period_end must be a calendar date written YYYY-MM-DD (got "2024-12-32")`, `${draft}:5: period_end is before period_start (got "2025-09-30")`]);
  });

  it('reports an indicator, a partner and a commodity the seed files do not have (a partner the place lexicon names is added on accept)', () => {
    const edited = editLine(editLine(editLine(rows, 3, { indicator: 'trade_volume' }), 4, { partner: 'ATA' }), 6, { commodity: 'ferro_alloys' });
    const { draft, errors, seeds } = errorsOf(edited);
    expect(errors).toEqual([
      `${draft}:3: indicator trade_volume is not in ${seeds}/indicators.csv: use one of its codes, or add a row`,
      `${draft}:4: partner ATA is not in ${seeds}/partners.csv: add a row`,
      `${draft}:6: commodity ferro_alloys is not in ${seeds}/commodities.csv: use one of its codes, or add a row`,
    ]);
  });

  it('reports a quote that is not the article’s words, and a figure that is not in its quote', () => {
    const retyped = 'По данным Бюро национальной статистики, товарооборот Казахстана и Японии в 2024 году составил 2,1 млрд. долларов.';
    const { draft, errors } = errorsOf(editLine(editLine(rows, 3, { quote: retyped }), 4, { as_written: '1.4 млрд' }));
    expect(errors).toEqual([`${draft}:3: quote does not occur in the article: copy the sentence from the article as it is`, `${draft}:4: as_written "1.4 млрд" does not occur in the quote`]);
  });

  it('reports a value that does not read as its as_written, and a skipped context not in the article', () => {
    const { draft, errors } = errorsOf(editLine(editLine(rows, 5, { value: '52000000' }), 7, { context: 'более 40 лет' }));
    expect(errors).toEqual([
      `${draft}:5: as_written "520 млн" reads as 520000000, not 52000000`,
      `${draft}:7: context "более 40 лет" does not occur in the article: copy it from the article as it is`,
    ]);
  });

  it('counts lines as the file has them, a cell over two lines included', () => {
    const twoLines = editLine(editLine(rows, 2, { note: 'Published online.\nNo print edition.', note_ru: 'Опубликовано онлайн.', note_kk: 'Онлайн жарияланды.' }), 4, { quote_en: '' });
    const { draft, errors } = errorsOf(twoLines);
    expect(errors).toEqual([`${draft}:5: quote_en is empty (translate the quote)`]);
  });

  it('reports a misspelt column, an unknown table, and a row of another source', () => {
    const { draft, dirs } = setup();
    writeFileSync(draft, readFileSync(draft, 'utf8').replace(',quote_en,', ',quote_eng,'));
    expect(reviewDraft(draft, dirs).errors.map(formatMessage)).toEqual([
      `${displayPath(draft)}:1: unknown column "quote_eng": a draft has the columns listed in seeds/curate/format.ts`,
    ]);
    const { draft: other, errors } = errorsOf(editLine(editLine(rows, 5, { table: 'observation' as 'observations' }), 7, { source_id: '003_af71af07aad02984' }));
    expect(errors).toEqual([
      `${other}:5: table "observation" is not one of sources, observations, commodity-shares, skipped`,
      `${other}:7: source_id "003_af71af07aad02984" is not the id of the draft's sources row ("draft", line 2)`,
    ]);
  });

  it('needs exactly one sources row, with an article that exists', () => {
    const none = errorsOf(rows.slice(1));
    expect(none.errors).toEqual([`${none.draft}: has no sources row: a draft describes its article in one row whose table is "sources"`]);
    const { draft, errors } = errorsOf([...editLine(rows, 2, { article: path.join(work, 'missing.txt') }), rows[0]!]);
    expect(errors).toEqual([
      `${draft}:2: article "${path.join(work, 'missing.txt')}" does not exist (a path from the current folder or from the draft’s folder)`,
      `${draft}:8: a second sources row (the first is line 2): a draft describes one article`,
    ]);
  });

  it('leaves problems of existing seed rows at their own file and line', () => {
    const seedDir = seedsWith(path.join(work, 'broken-seeds'), 'observations.csv', (t) => t.replace('000-05,exports,KAZ,JPN', '000-05,exports,KAZ,JPX'));
    const draft = writeDraft(path.join(work, 'broken-seeds.csv'), rows);
    expect(reviewDraft(draft, { seedDir, corpusDir: corpus }).errors.map(formatMessage)).toEqual([`${displayPath(seedDir)}/observations.csv:6: partner "JPX" is not in partners.csv`]);
  });

  it('warns of a number of the article that no row accounts for, without failing', () => {
    const { draft, dirs } = setup(rows.slice(0, -1));
    const review = reviewDraft(draft, dirs);
    expect(review.errors).toEqual([]);
    expect(review.warnings.map(formatMessage)).toContain(
      `${displayPath(draft)}: warning: "30" in the article is neither a figure nor skipped: add a row for it, or a skipped row with a reason`,
    );
  });

  it('keeps a corpus-style source id the draft already has when its number is free', () => {
    const own = '009_0123456789abcdef';
    const withId = rows.map((r) => (r.table === 'sources' ? { ...r, id: own } : { ...r, source_id: own }));
    const { draft, dirs } = setup(withId);
    expect(reviewDraft(draft, dirs).accepted?.sourceId).toBe(own);
    const taken = withId.map((r) => (r.table === 'sources' ? { ...r, id: '003_0123456789abcdef' } : { ...r, source_id: '003_0123456789abcdef' }));
    const second = setup(taken);
    expect(reviewDraft(second.draft, second.dirs).accepted?.sourceId).toBe(expectedId);
  });
});

describe('curate accept', () => {
  it('adds the rows with the corpus’s ids, copies the article, and the seed folder loads with it', () => {
    const { draft, dirs, seedDir } = setup();
    const before = Object.fromEntries(['sources.csv', 'observations.csv', 'commodity-shares.csv', 'skipped.csv'].map((f) => [f, readFileSync(path.join(seedDir, f), 'utf8')]));
    const { review, coverage } = acceptDraft(draft, dirs);
    expect(review.errors).toEqual([]);

    const data = readSeeds(seedDir);
    const id = expectedId;
    expect(data.sources.at(-1)).toMatchObject({ id, publisher: 'Test Wire', titleEn: 'Kazakhstan and Japan expand trade', language: 'ru' });
    expect(data.observations.filter((o) => o.sourceId === id).map((o) => [o.id, o.indicator, o.value])).toEqual([
      ['005-01', 'trade_turnover', 2100000000],
      ['005-02', 'exports', 1400000000],
      ['005-03', 'imports', 520000000],
    ]);
    const [share] = data.commodityShares.filter((s) => s.sourceId === id);
    expect(share).toMatchObject({ id: '005-s01', commodity: 'ferroalloys', sharePct: 90.5 });
    // The note named the figure by its draft id; it now names it by the id accept gave it.
    expect([share?.note, share?.noteRu, share?.noteKk].every((note) => note?.includes('005-02') && !note.includes('draft-2'))).toBe(true);
    expect(data.skippedMentions.filter((s) => s.sourceId === id).map((s) => s.context)).toEqual(['более 30 лет']);

    // Existing rows are kept byte for byte; the new ones follow them, in each file's columns; no assistant column is left.
    for (const [file, text] of Object.entries(before)) {
      const after = readFileSync(path.join(seedDir, file), 'utf8');
      expect(after.startsWith(text), file).toBe(true);
      expect(after.split('\n')[0]).toBe(text.split('\n')[0]);
      expect(after.slice(text.length)).not.toMatch(/check qualifier|товарооборот; в 2024 году|article\.txt/);
    }

    expect(readFileSync(path.join(seedDir, 'articles', `${id}.txt`), 'utf8')).toBe(ARTICLE);
    expect(readArticle(corpus, id, seedDir)).toBe(ARTICLE);
    expect(buildCoverage(corpus, seedDir).map((a) => a.sourceId)).toContain(id);
    expect(coverage?.mentions.filter((m) => m.status === 'unaccounted')).toEqual([]);
    expect(coverage?.curatedFigures).toBe(4);
  });

  it('refuses a draft with a problem and changes no file', () => {
    const { draft, dirs, seedDir } = setup(editLine(rows, 4, { quote_en: '' }));
    const before = snapshot(seedDir);
    const { review, coverage } = acceptDraft(draft, dirs);
    expect(review.errors.map(formatMessage)).toEqual([`${displayPath(draft)}:4: quote_en is empty (translate the quote)`]);
    expect(coverage).toBeUndefined();
    expect(snapshot(seedDir)).toEqual(before);
    expect(existsSync(path.join(seedDir, 'articles'))).toBe(false);
  });

  it('refuses the same article a second time', () => {
    const { draft, dirs, seedDir } = setup();
    acceptDraft(draft, dirs);
    const before = snapshot(seedDir);
    expect(acceptDraft(draft, dirs).review.errors.map(formatMessage)).toEqual([
      `${displayPath(draft)}:2: the article is already a source: ${displayPath(path.join(seedDir, 'articles', `${expectedId}.txt`))} has the same text`,
    ]);
    expect(snapshot(seedDir)).toEqual(before);
  });

  it('writes nothing when a file cannot be written', () => {
    const { draft, dirs, seedDir } = setup();
    // seeds/articles is a file, so the article cannot be written there: the seed files written before it are withdrawn.
    writeFileSync(path.join(seedDir, 'articles'), 'not a folder');
    const before = snapshot(seedDir);
    expect(() => acceptDraft(draft, dirs)).toThrow(/ENOTDIR/);
    expect(snapshot(seedDir)).toEqual(before);
  });
});
