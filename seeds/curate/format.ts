/**
 * The draft file of `npm run curate` (README, "Adding an article"): one CSV a curator reviews in a
 * spreadsheet. Each row belongs to one seed file, named in `table`, and fills that file's columns
 * under their own names, so an accepted row is copied into the seed file as it is; the other
 * columns stay empty. Three columns are the assistant's and are dropped on accept: `confidence`
 * (0–1), `flags` (what the curator must do: "translate", "check period", …; `; `-separated) and
 * `why` (which words decided each field).
 *
 * A draft holds one `sources` row (with `article`: the path of the article's text, copied into
 * seeds/articles/ on accept), `observations` and `commodity-shares` rows (ids are placeholders,
 * `draft-1`…; accept assigns the corpus's ids), and `skipped` rows for every numeric mention the
 * draft does not turn into a figure.
 */
import { stringify } from 'csv-stringify/sync';

export const DRAFT_TABLES = ['sources', 'observations', 'commodity-shares', 'skipped'] as const;
export type DraftTable = (typeof DRAFT_TABLES)[number];

/** Each seed file's columns, in the file's order (the header of seeds/<table>.csv). */
export const SEED_COLUMNS: Record<DraftTable, readonly string[]> = {
  sources: ['id', 'publisher', 'title', 'title_en', 'title_ru', 'title_kk', 'language', 'published_on', 'date_precision', 'date_note', 'date_note_ru', 'date_note_kk', 'note', 'note_ru', 'note_kk', 'url'],
  observations: ['id', 'indicator', 'reporter', 'partner', 'period_start', 'period_end', 'value', 'unit', 'qualifier', 'as_written', 'source_id', 'quote', 'quote_en', 'quote_ru', 'quote_kk', 'note', 'note_ru', 'note_kk', 'scope'],
  'commodity-shares': ['id', 'reporter', 'partner', 'flow', 'period_start', 'period_end', 'commodity', 'commodity_original', 'share_pct', 'qualifier', 'as_written', 'source_id', 'quote', 'quote_en', 'quote_ru', 'quote_kk', 'note', 'note_ru', 'note_kk'],
  skipped: ['source_id', 'context', 'reason', 'reason_ru', 'reason_kk'],
};

/** The assistant's own columns, dropped on accept. */
export const ASSISTANT_COLUMNS = ['confidence', 'flags', 'why'] as const;

/**
 * The draft's columns: `table`, then the figure columns in the order a reviewer reads them, the
 * skipped and source columns, `article`, and the assistant's columns last.
 */
export const DRAFT_COLUMNS = [
  'table',
  'id',
  'indicator',
  'reporter',
  'partner',
  'flow',
  'period_start',
  'period_end',
  'value',
  'unit',
  'share_pct',
  'commodity',
  'commodity_original',
  'qualifier',
  'as_written',
  'scope',
  'quote',
  'quote_en',
  'quote_ru',
  'quote_kk',
  'note',
  'note_ru',
  'note_kk',
  'source_id',
  'context',
  'reason',
  'reason_ru',
  'reason_kk',
  'publisher',
  'title',
  'title_en',
  'title_ru',
  'title_kk',
  'language',
  'published_on',
  'date_precision',
  'date_note',
  'date_note_ru',
  'date_note_kk',
  'url',
  'article',
  ...ASSISTANT_COLUMNS,
] as const;
export type DraftColumn = (typeof DRAFT_COLUMNS)[number];

/** One draft row: its table, and the cells it fills (the rest are empty). */
export type DraftRow = { table: DraftTable } & Partial<Record<DraftColumn, string>>;

/** The draft as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that Excel reads the Cyrillic). */
export function writeDraftCsv(rows: readonly DraftRow[]): string {
  const records = rows.map((row) => DRAFT_COLUMNS.map((column) => (column === 'table' ? row.table : (row[column] ?? ''))));
  return `\uFEFF${stringify([DRAFT_COLUMNS as unknown as string[], ...records], { record_delimiter: '\r\n' })}`;
}
