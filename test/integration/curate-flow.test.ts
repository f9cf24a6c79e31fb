/**
 * The whole path of a new article, as README "Adding an article" tells it: `curate draft` writes a
 * draft; the curator fills what the assistant leaves to people (translations, the indicators the
 * seeds do not have yet) and clears the flags; `check` passes; `accept` adds it to a copy of the
 * seed folder, whose coverage check then accounts for every number of the article.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir } from '../../seeds/corpus';
import { displayPath, readSeeds } from '../../seeds/loader';
import { runDraft } from '../../seeds/curate/draft-command';
import { type DraftRow, writeDraftCsv } from '../../seeds/curate/format';
import { acceptDraft, formatMessage, reviewDraft } from '../../seeds/curate/review';
import { copySeeds } from '../helpers/curate-draft';

const work = mkdtempSync(path.join(tmpdir(), 'kz-curate-flow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Our own article: trade with Japan, a partner the seeds know, and one the lexicon adds (Korea). */
const ARTICLE = `Казахстан расширяет торговлю с Японией и Кореей
АСТАНА. В 2024 году товарооборот Казахстана и Японии составил около 2,3 млрд долларов. В прошлом году товарооборот Казахстана и Южной Кореи превысил 6 млрд долларов.
На встрече присутствовали 12 министров.
`;

describe('draft, review, check, accept', () => {
  it('a drafted article, once a curator fills the translations, checks clean and is accepted with every number accounted for', () => {
    const seedDir = copySeeds(path.join(work, 'seeds'));
    const articleFile = path.join(work, 'article.txt');
    writeFileSync(articleFile, ARTICLE);
    const out = path.join(work, 'draft.csv');
    const printed: string[] = [];
    expect(runDraft([articleFile, '--out', out, '--published', '2025-05-20', '--publisher', 'Test Wire'], seedDir, (line) => printed.push(line))).toBe(0);
    expect(printed[0], printed.join('\n')).toMatch(/\(ru, \d+ words\) in \d+ ms: 2 figures \(0 with a field to check\), 1 number skipped with a reason/);

    // What the assistant drafted, as the curator sees it.
    const rows = parse(readFileSync(out, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
    const figures = rows.filter((r) => r.table === 'observations');
    expect(figures.map((r) => [r.indicator, r.partner, r.period_start, r.period_end, r.value, r.qualifier, r.flags])).toEqual([
      ['trade_turnover', 'JPN', '2024-01-01', '2024-12-31', '2300000000', 'approx', 'translate'],
      ['trade_turnover', 'KOR', '2024-01-01', '2024-12-31', '6000000000', 'more_than', 'translate'],
    ]);
    // "2024" is the year of the figure it stands beside; the ministers are not a figure.
    expect(rows.filter((r) => r.table === 'skipped').map((r) => [r.context, r.reason])).toEqual([['присутствовали 12 министров.', 'a number that measures no trade or investment indicator (a count of visits, years, people or places)']]);

    // Unreviewed, check says what is left: translations, at the draft's lines.
    const unreviewed = reviewDraft(out, { seedDir, corpusDir: corpusDir() });
    expect(unreviewed.errors.map(formatMessage)).toContain(`${displayPath(out)}:3: quote_en is empty (translate the quote)`);

    // The curator's review: translations filled, flags cleared.
    const reviewed = rows.map((r): DraftRow => {
      const row = { ...r, flags: '' } as DraftRow;
      if (r.table === 'sources') return { ...row, title_en: 'Kazakhstan expands trade with Japan and Korea', title_kk: 'Қазақстан Жапония және Кореямен саудасын кеңейтуде' };
      if (r.table === 'observations') return { ...row, quote_en: `EN: ${r.quote}`, quote_kk: `KK: ${r.quote}` };
      return row;
    });
    writeFileSync(out, writeDraftCsv(reviewed));
    const review = reviewDraft(out, { seedDir, corpusDir: corpusDir() });
    expect(review.errors.map(formatMessage)).toEqual([]);

    const { review: accepted, coverage } = acceptDraft(out, { seedDir, corpusDir: corpusDir() });
    expect(accepted.errors).toEqual([]);
    const sourceId = accepted.accepted?.sourceId ?? '';
    // The id the draft announced is the one accept gives: the next number and the hash of the article's bytes.
    expect(sourceId).toMatch(/^005_[0-9a-f]{16}$/);
    expect(sourceId).toBe(rows[0]?.id);
    const seeds = readSeeds(seedDir);
    expect(seeds.observations.filter((o) => o.sourceId === sourceId).map((o) => [o.id, o.partner, o.value])).toEqual([
      [`005-01`, 'JPN', 2.3e9],
      [`005-02`, 'KOR', 6e9],
    ]);
    // Korea was not a partner of the seeds: accept added its row with the lexicon's names.
    expect(seeds.partners.find((p) => p.code === 'KOR')).toMatchObject({ kind: 'country', nameEn: 'South Korea' });
    // Every number of the article is a figure, a year of a figure's period, or skipped with a reason.
    expect(coverage).toBeDefined();
    const after = coverage as NonNullable<typeof coverage>;
    expect(after.mentions.filter((m) => m.status === 'unaccounted')).toEqual([]);
    expect(after.staleSkips).toEqual([]);
  });
});
