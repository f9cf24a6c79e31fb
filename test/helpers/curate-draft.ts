/**
 * A short Russian article about Kazakhstan's trade with Japan, written for the curate tests, and
 * a reviewed draft of it as a curator would hand it to `npm run curate -- check`: every number
 * of the article a figure or a skipped row, translations filled, one flag left.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_DIR } from '../../seeds/loader';
import { type DraftRow, writeDraftCsv } from '../../seeds/curate/format';

export const ARTICLE = `Казахстан и Япония наращивают торговлю

АСТАНА. По данным Бюро национальной статистики, товарооборот Казахстана и Японии в 2024 году составил 2,1 млрд долларов.
Экспорт Казахстана в Японию за январь–сентябрь 2025 года достиг 1,4 млрд долларов, импорт из Японии составил около 520 млн долларов.
Основу экспорта в Японию составили ферросплавы — 90,5%.
Японские компании работают в Казахстане уже более 30 лет.
`;

const TRADE = 'По данным Бюро национальной статистики, товарооборот Казахстана и Японии в 2024 году составил 2,1 млрд долларов.';
const FLOWS = 'Экспорт Казахстана в Японию за январь–сентябрь 2025 года достиг 1,4 млрд долларов, импорт из Японии составил около 520 млн долларов.';
const FLOWS_EN = 'Kazakhstan’s exports to Japan reached 1.4 billion dollars in January–September 2025; imports from Japan were about 520 million dollars.';

/**
 * The draft's rows; in the CSV the header is line 1 and row i is line i + 2: the sources row on
 * line 2, the observations on 3–5, the commodity share on 6, the skipped row on 7.
 */
export function goodDraft(articleFile: string): DraftRow[] {
  const figure = { reporter: 'KAZ', partner: 'JPN', source_id: 'draft' };
  const nineMonths = { period_start: '2025-01-01', period_end: '2025-09-30' };
  return [
    {
      table: 'sources',
      id: 'draft',
      publisher: 'Test Wire',
      title: 'Казахстан и Япония наращивают торговлю',
      title_en: 'Kazakhstan and Japan expand trade',
      title_kk: 'Қазақстан мен Жапония саудасын арттыруда',
      language: 'ru',
      published_on: '2025-10-15',
      date_precision: 'day',
      date_note: 'Stated by the publisher.',
      date_note_ru: 'Указана издателем.',
      date_note_kk: 'Баспагер көрсеткен.',
      article: articleFile,
      confidence: '0.9',
      why: 'title: first line',
    },
    {
      table: 'observations',
      id: 'draft-1',
      indicator: 'trade_turnover',
      ...figure,
      period_start: '2024-01-01',
      period_end: '2024-12-31',
      value: '2100000000',
      unit: 'USD',
      qualifier: 'exact',
      as_written: '2,1 млрд',
      quote: TRADE,
      quote_en: 'According to the Bureau of National Statistics, trade between Kazakhstan and Japan amounted to 2.1 billion dollars in 2024.',
      confidence: '0.95',
      why: 'товарооборот; в 2024 году',
    },
    { table: 'observations', id: 'draft-2', indicator: 'exports', ...figure, ...nineMonths, value: '1400000000', unit: 'USD', qualifier: 'exact', as_written: '1,4 млрд', quote: FLOWS, quote_en: FLOWS_EN },
    {
      table: 'observations',
      id: 'draft-3',
      indicator: 'imports',
      ...figure,
      ...nineMonths,
      value: '520000000',
      unit: 'USD',
      qualifier: 'approx',
      as_written: '520 млн',
      quote: FLOWS,
      quote_en: FLOWS_EN,
      confidence: '0.7',
      flags: 'check qualifier',
      why: 'около',
    },
    {
      table: 'commodity-shares',
      id: 'draft-4',
      ...figure,
      flow: 'export',
      ...nineMonths,
      commodity: 'ferroalloys',
      commodity_original: 'ферросплавы',
      share_pct: '90.5',
      qualifier: 'exact',
      as_written: '90,5%',
      quote: 'Основу экспорта в Японию составили ферросплавы — 90,5%.',
      quote_en: 'Ferroalloys made up the bulk of exports to Japan: 90.5%.',
      note: 'The article gives no period for the share; read as that of the exports in draft-2.',
      note_ru: 'Период доли в статье не указан; взят период экспорта из draft-2.',
      note_kk: 'Мақалада үлестің кезеңі көрсетілмеген; draft-2 экспортының кезеңі алынды.',
    },
    {
      table: 'skipped',
      source_id: 'draft',
      context: 'более 30 лет',
      reason: 'how long Japanese companies have worked in Kazakhstan',
      reason_ru: 'сколько лет японские компании работают в Казахстане',
      reason_kk: 'жапон компаниялары Қазақстанда қанша жыл жұмыс істеп келеді',
    },
  ];
}

/** The rows with the row on draft line `line` changed. */
export const editLine = (rows: DraftRow[], line: number, changes: Partial<DraftRow>): DraftRow[] =>
  rows.map((row, i) => (i + 2 === line ? { ...row, ...changes } : row));

/** Writes the draft CSV as `npm run curate -- draft` writes it (UTF-8 with a BOM, CRLF); returns its path. */
export function writeDraft(file: string, rows: DraftRow[]): string {
  writeFileSync(file, writeDraftCsv(rows));
  return file;
}

/** A copy of the seed folder (its CSV files and accepted articles, not its code) at `dir`; returns the folder. */
export function copySeeds(dir: string): string {
  cpSync(SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && path.basename(src) !== 'drafts' });
  return dir;
}
