/**
 * Reads the curated CSV files, validates every row, and loads them into the database in one
 * transaction. Nothing is written unless every row of every file is valid.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type AppDatabase, type DatabaseHandle, migrateDatabase, openDatabase } from '../db/client';
import * as schema from '../db/schema';
import { CODE, FIGURE_ID, PARTNER_CODE, SOURCE_ID } from '../src/domain/codes';
import { checkInput, runChecks, toCheckRow } from '../src/domain/checks';
import { isInstant } from '../src/domain/figures';
import { parseAsWritten, sameValue } from '../src/domain/numbers';
import { isIsoDate } from '../src/domain/periods';
import { writeExportLines } from '../src/export-lines';
import { ROOT } from '../src/paths';

export const SEED_DIR = path.join(ROOT, 'seeds');

export const SEED_FILES = {
  sources: 'sources.csv',
  partners: 'partners.csv',
  indicators: 'indicators.csv',
  commodities: 'commodities.csv',
  observations: 'observations.csv',
  commodityShares: 'commodity-shares.csv',
  skipped: 'skipped.csv',
} as const;

const text = z.string().trim().min(1, 'must not be empty');
/** An absolute https address with a host, as a reader would paste it. */
function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.href === value;
  } catch {
    return false;
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s));
const isoDate = z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD');
/** Canonical numbers are plain decimals: 331900000, 94.8 (no thousands separators, no decimal comma). */
const plainNumber = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a plain number such as 331900000 or 94.8')
  .transform(Number);
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const sourceRow = z
  .object({
    id: z.string().regex(SOURCE_ID, 'must be the article file name without .txt, e.g. 000_a50b504d80912738'),
    publisher: optionalText,
    title: text,
    title_en: text,
    title_ru: optionalText,
    title_kk: optionalText,
    language: enumOf(schema.LANGUAGES),
    published_on: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    date_precision: enumOf(schema.DATE_PRECISIONS),
    date_note: text,
    date_note_ru: optionalText,
    date_note_kk: optionalText,
    note: optionalText,
    note_ru: optionalText,
    note_kk: optionalText,
    url: optionalText.refine((u) => u === null || isHttpsUrl(u), 'must be the article\'s https address, or empty where it is not known'),
  })
  .refine((r) => r.published_on.length === { day: 10, month: 7, year: 4 }[r.date_precision], {
    message: 'published_on must be written at its date_precision (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)',
    path: ['published_on'],
  })
  .refine((r) => r.date_precision !== 'day' || isIsoDate(r.published_on), {
    message: 'published_on is not a calendar date',
    path: ['published_on'],
  })
  .refine((r) => !(r.language === 'ru' && r.title_ru) && !(r.language === 'kk' && r.title_kk), {
    message: 'leave the translation into the article’s own language empty: the title is already in it',
    path: ['title'],
  });

const partnerRow = z.object({
  code: z.string().regex(PARTNER_CODE, 'must be an ISO 3166-1 alpha-3 code or a short group code such as C5'),
  kind: enumOf(schema.PARTNER_KINDS),
  name_en: text,
  name_ru: text,
  name_kk: text,
  aliases: z.string().trim(),
});

const code = z.string().regex(CODE, 'must be snake_case');
const indicatorRow = z.object({
  code,
  kind: enumOf(schema.INDICATOR_KINDS),
  unit: enumOf(schema.UNITS),
  name_en: text,
  name_ru: text,
  name_kk: text,
  description: text,
});

const commodityRow = z.object({
  code,
  hs_code: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6})?$/, 'must be an HS chapter, heading or subheading (2, 4 or 6 digits) or empty')
    .transform((s) => (s === '' ? null : s)),
  name_en: text,
  name_ru: text,
  name_kk: text,
});

const figureFields = {
  id: z.string().regex(FIGURE_ID, 'must be lower-case letters, digits and dashes'),
  reporter: text,
  partner: text,
  period_start: isoDate,
  period_end: isoDate,
  qualifier: enumOf(schema.QUALIFIERS),
  as_written: text,
  source_id: text,
  quote: text,
  quote_en: text,
  /** Our translations; empty where the article is in that language or no faithful one exists. */
  quote_ru: optionalText,
  quote_kk: optionalText,
  note: optionalText,
  /** Our Russian and Kazakh versions of the note: both where there is a note, neither where there is none. */
  note_ru: optionalText,
  note_kk: optionalText,
};
const periodOrder = <T extends { period_start: string; period_end: string }>(r: T) => r.period_end >= r.period_start;
const periodMessage = { message: 'is before period_start', path: ['period_end'] };

/** What an investment figure covers (direct or total); empty where the article says neither. */
const scope = z
  .enum(['', ...schema.SCOPES], { error: `must be empty or one of ${schema.SCOPES.join(', ')}` })
  .transform((s) => (s === '' ? null : s));

const observationRow = z
  .object({ ...figureFields, indicator: text, value: plainNumber, unit: enumOf(schema.UNITS), scope })
  .refine(periodOrder, periodMessage);

/** Indicators whose figures may say what investment they cover (`scope`). */
const isInvestment = (code: string) => code.startsWith('investment_');

const shareRow = z
  .object({
    ...figureFields,
    flow: enumOf(schema.FLOWS),
    commodity: text,
    commodity_original: text,
    share_pct: plainNumber.refine((n) => n >= 0 && n <= 100, 'must be between 0 and 100'),
  })
  .refine(periodOrder, periodMessage);

const skippedRow = z.object({
  source_id: text,
  context: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters: skip a short stretch, not a paragraph'),
  reason: text,
  reason_ru: optionalText,
  reason_kk: optionalText,
});

export interface SeedData {
  sources: Array<typeof schema.sources.$inferInsert>;
  partners: Array<typeof schema.partners.$inferInsert>;
  indicators: Array<typeof schema.indicators.$inferInsert>;
  commodities: Array<typeof schema.commodities.$inferInsert>;
  observations: Array<typeof schema.observations.$inferInsert>;
  commodityShares: Array<typeof schema.commodityShares.$inferInsert>;
  skippedMentions: Array<typeof schema.skippedMentions.$inferInsert>;
}

/** A problem found in a seed file, located as `file:line`. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed files:\n${problems.join('\n')}`);
    this.name = 'SeedError';
  }
}

interface Located<T> {
  row: T;
  line: number;
}

/** A file's name as the user sees it: relative inside the current folder, absolute elsewhere. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : path.resolve(file);
}

/** Parses one CSV file and validates each record; problems are collected, not thrown. */
function readCsv<S extends z.ZodType>(file: string, rowSchema: S, problems: string[]): Array<Located<z.output<S>>> {
  const label = displayPath(file);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    problems.push(`${label}: cannot read the file`);
    return [];
  }
  let records: Array<{ record: Record<string, string>; info: { lines: number; empty_lines: number } }>;
  try {
    records = parse(content, { columns: true, info: true, bom: true, skip_empty_lines: true }) as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    problems.push(`${label}:${line ?? 1}: not valid CSV: ${(error as Error).message.replace(/^Invalid[^:]*: /, '')}`);
    return [];
  }
  const out: Array<Located<z.output<S>>> = [];
  let previousEnd = 1;
  let previousEmpty = 0;
  for (const { record, info } of records) {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    const result = rowSchema.safeParse(record);
    if (result.success) out.push({ row: result.data, line });
    else
      for (const issue of result.error.issues) {
        const field = issue.path.join('.');
        const value = typeof issue.path[0] === 'string' ? record[issue.path[0]] : undefined;
        const shown = value === undefined ? (field ? ' (missing column)' : '') : ` (got "${value.length > 60 ? `${value.slice(0, 60)}…` : value}")`;
        problems.push(`${label}:${line}: ${field ? `${field} ` : ''}${issue.message}${shown}`);
      }
  }
  return out;
}

/**
 * Reads and validates every seed file in `dir`. Returns the rows ready to insert, or throws a
 * SeedError listing every problem as `file:line: what is wrong`.
 */
export function readSeeds(dir: string = SEED_DIR): SeedData {
  const problems: string[] = [];
  const file = (name: string) => path.join(dir, name);
  const label = (name: string, line: number) => `${displayPath(file(name))}:${line}`;

  const sources = readCsv(file(SEED_FILES.sources), sourceRow, problems);
  const partners = readCsv(file(SEED_FILES.partners), partnerRow, problems);
  const indicators = readCsv(file(SEED_FILES.indicators), indicatorRow, problems);
  const commodities = readCsv(file(SEED_FILES.commodities), commodityRow, problems);
  const observations = readCsv(file(SEED_FILES.observations), observationRow, problems);
  const shares = readCsv(file(SEED_FILES.commodityShares), shareRow, problems);
  const skipped = readCsv(file(SEED_FILES.skipped), skippedRow, problems);

  const unique = <T>(name: string, rows: Array<Located<T>>, key: (r: T) => string) => {
    const seen = new Map<string, number>();
    for (const { row, line } of rows) {
      const k = key(row);
      const first = seen.get(k);
      if (first !== undefined) problems.push(`${label(name, line)}: duplicate id "${k}" (first on line ${first})`);
      else seen.set(k, line);
    }
    return seen;
  };
  /**
   * Curators write notes in English with a Russian and a Kazakh version beside them (`note_ru`,
   * `note_kk`): the pages show the note in the reader's language. Both versions where there is a
   * note; neither where there is none, since a translation of nothing cannot be checked.
   */
  const translated = (at: string, field: string, texts: { en: string | null; ru: string | null; kk: string | null }) => {
    if (texts.en) {
      if (!texts.ru) problems.push(`${at}: ${field} has no Russian version: fill ${field}_ru`);
      if (!texts.kk) problems.push(`${at}: ${field} has no Kazakh version: fill ${field}_kk`);
    } else
      for (const [lang, text] of [
        ['ru', texts.ru],
        ['kk', texts.kk],
      ] as const)
        if (text) problems.push(`${at}: ${field}_${lang} is set but ${field} is empty: write the English ${field} or leave ${field}_${lang} empty`);
  };
  for (const { row, line } of sources) {
    const at = label(SEED_FILES.sources, line);
    translated(at, 'date_note', { en: row.date_note, ru: row.date_note_ru, kk: row.date_note_kk });
    translated(at, 'note', { en: row.note, ru: row.note_ru, kk: row.note_kk });
  }
  for (const { row, line } of skipped) translated(label(SEED_FILES.skipped, line), 'reason', { en: row.reason, ru: row.reason_ru, kk: row.reason_kk });

  const sourceIds = unique(SEED_FILES.sources, sources, (r) => r.id);
  const partnerCodes = unique(SEED_FILES.partners, partners, (r) => r.code);
  const indicatorByCode = new Map(indicators.map(({ row }) => [row.code, row]));
  unique(SEED_FILES.indicators, indicators, (r) => r.code);
  unique(SEED_FILES.commodities, commodities, (r) => r.code);
  const commodityCodes = new Set(commodities.map(({ row }) => row.code));
  const languageOf = new Map(sources.map(({ row }) => [row.id, row.language]));
  unique(SEED_FILES.observations, observations, (r) => r.id);
  unique(SEED_FILES.commodityShares, shares, (r) => r.id);

  const checkFigure = (
    name: string,
    line: number,
    r: {
      reporter: string;
      partner: string;
      source_id: string;
      qualifier: string;
      as_written: string;
      quote: string;
      quote_ru: string | null;
      quote_kk: string | null;
      note: string | null;
      note_ru: string | null;
      note_kk: string | null;
    },
    value: number,
    unit: string,
  ) => {
    const at = label(name, line);
    translated(at, 'note', { en: r.note, ru: r.note_ru, kk: r.note_kk });
    if (!partnerCodes.has(r.reporter)) problems.push(`${at}: reporter "${r.reporter}" is not in ${SEED_FILES.partners}`);
    if (!partnerCodes.has(r.partner)) problems.push(`${at}: partner "${r.partner}" is not in ${SEED_FILES.partners}`);
    const language = languageOf.get(r.source_id);
    if (!sourceIds.has(r.source_id) || !language) {
      problems.push(`${at}: source_id "${r.source_id}" is not in ${SEED_FILES.sources}`);
      return;
    }
    if (!r.quote.includes(r.as_written)) problems.push(`${at}: as_written "${r.as_written}" does not occur in the quote`);
    if ((language === 'ru' && r.quote_ru) || (language === 'kk' && r.quote_kk))
      problems.push(`${at}: the article is in ${language}: leave quote_${language} empty, the quote is already in it`);
    const parsed = parseAsWritten(r.as_written, language);
    if ('error' in parsed) problems.push(`${at}: as_written cannot be read as a number: ${parsed.error}`);
    else {
      if (!sameValue(parsed.value, value)) problems.push(`${at}: as_written "${r.as_written}" reads as ${parsed.value}, not ${value}`);
      if (parsed.unit && parsed.unit !== unit) problems.push(`${at}: as_written "${r.as_written}" is in ${parsed.unit}, the row says ${unit}`);
      // A range ("5-7 минггача") is stored as its upper end; its lower end must not get lost.
      if (parsed.low !== undefined) {
        if (r.qualifier !== 'up_to') problems.push(`${at}: as_written "${r.as_written}" is a range: value is its upper end, so qualifier must be up_to`);
        const lows = [String(parsed.low), parsed.low.toLocaleString('en-US')];
        if (!lows.some((low) => r.note?.includes(low)))
          problems.push(`${at}: as_written "${r.as_written}" is a range: the note must give its lower end (${parsed.low})`);
      }
    }
  };

  for (const { row, line } of observations) {
    const indicator = indicatorByCode.get(row.indicator);
    const at = label(SEED_FILES.observations, line);
    if (!indicator) problems.push(`${at}: indicator "${row.indicator}" is not in ${SEED_FILES.indicators}`);
    else {
      if (indicator.unit !== row.unit) problems.push(`${at}: unit "${row.unit}" does not match indicator ${indicator.code} (${indicator.unit})`);
      // A figure at a date: period_start…period_end is the span its as-of date lies in, one day when
      // the article gives the day; a longer span only with a note on how it was established.
      if (isInstant(indicator.kind) && row.period_start !== row.period_end && !row.note)
        problems.push(
          `${at}: ${indicator.code} is a ${indicator.kind} at a date: period_start and period_end must be the same as-of date, or the span it lies in with a note saying why the day is not known`,
        );
      if (row.scope !== null && !isInvestment(indicator.code))
        problems.push(`${at}: scope "${row.scope}" is only for investment indicators (investment_…), not ${indicator.code}: leave it empty`);
    }
    checkFigure(SEED_FILES.observations, line, row, row.value, row.unit);
  }

  const shareSums = new Map<string, { sum: number; line: number }>();
  for (const { row, line } of shares) {
    const at = label(SEED_FILES.commodityShares, line);
    if (!commodityCodes.has(row.commodity)) problems.push(`${at}: commodity "${row.commodity}" is not in ${SEED_FILES.commodities}`);
    checkFigure(SEED_FILES.commodityShares, line, row, row.share_pct, 'percent');
    const key = [row.source_id, row.reporter, row.partner, row.flow, row.period_start, row.period_end].join('|');
    const entry = shareSums.get(key) ?? { sum: 0, line };
    entry.sum += row.share_pct;
    entry.line = line;
    shareSums.set(key, entry);
  }
  for (const [key, { sum, line }] of shareSums) {
    if (sum > 100 + 1e-9) {
      const [source, reporter, partner, flow, start, end] = key.split('|');
      problems.push(
        `${label(SEED_FILES.commodityShares, line)}: shares of ${reporter}→${partner} ${flow} ${start}…${end} from ${source} add up to ${Math.round(sum * 1000) / 1000}, over 100`,
      );
    }
  }

  for (const { row, line } of skipped)
    if (!sourceIds.has(row.source_id)) problems.push(`${label(SEED_FILES.skipped, line)}: source_id "${row.source_id}" is not in ${SEED_FILES.sources}`);

  if (problems.length > 0) throw new SeedError(problems);

  // The seed files' columns are the tables' columns, snake_case for camelCase.
  const fields = <R extends object>(list: Array<{ row: R }>) => list.map(({ row }) => camelKeys(row));
  return {
    sources: fields(sources),
    partners: fields(partners),
    indicators: fields(indicators),
    commodities: fields(commodities),
    observations: fields(observations),
    commodityShares: fields(shares),
    skippedMentions: skipped.map(({ row: r }, index) => ({ id: index + 1, sourceId: r.source_id, context: r.context, reason: r.reason, reasonRu: r.reason_ru, reasonKk: r.reason_kk })),
  };
}

/**
 * Where each figure is in the seed files: its id → `seeds/observations.csv:5` (file:line, as the
 * loader's messages name rows). For `npm run seeds:check`, which reports checks by their rows.
 */
export function seedRowLocations(dir: string = SEED_DIR): Map<string, string> {
  const problems: string[] = [];
  const idOnly = z.object({ id: z.string() });
  const out = new Map<string, string>();
  for (const name of [SEED_FILES.observations, SEED_FILES.commodityShares]) {
    const file = path.join(dir, name);
    for (const { row, line } of readCsv(file, idOnly, problems)) out.set(row.id, `${displayPath(file)}:${line}`);
  }
  return out;
}

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type CamelKeys<R> = { [K in keyof R as Camel<K & string>]: R[K] };

/** A seed row under the schema's field names: period_start → periodStart. */
function camelKeys<R extends object>(row: R): CamelKeys<R> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value])) as CamelKeys<R>;
}

/**
 * The version of a set of curated data: its latest publication date and a hash of every row, so
 * that equal data has an equal version and any change (a corrected digit) a new one.
 */
export function datasetVersion(data: SeedData): { version: string; dataDate: string } {
  const hash = createHash('sha256');
  for (const [name, rows] of Object.entries(data)) {
    hash.update(`${name}\n`);
    for (const row of rows as object[]) hash.update(`${JSON.stringify(row)}\n`);
  }
  const dataDate = data.sources.map((s) => s.publishedOn).reduce((a, b) => (b > a ? b : a), '');
  return { version: `${dataDate.replaceAll('-', '.')}-${hash.digest('hex').slice(0, 8)}`, dataDate };
}

/** Replaces every curated row in the database with `data`, in one transaction. */
export function loadSeeds(db: AppDatabase, data: SeedData): void {
  db.transaction((tx) => {
    // Children before parents, so foreign keys hold at every step.
    tx.delete(schema.observationLines).run();
    tx.delete(schema.commodityShareLines).run();
    tx.delete(schema.skippedMentions).run();
    tx.delete(schema.commodityShares).run();
    tx.delete(schema.observations).run();
    tx.delete(schema.commodities).run();
    tx.delete(schema.indicators).run();
    tx.delete(schema.partners).run();
    tx.delete(schema.sources).run();
    tx.delete(schema.dataset).run();
    tx.delete(schema.crossChecks).run();
    const insert = <T extends Parameters<typeof tx.insert>[0]>(table: T, rows: Array<T['$inferInsert']>) => {
      // SQLite limits bound parameters per statement; 200 rows × ≤19 columns stays well under it.
      for (let i = 0; i < rows.length; i += 200) tx.insert(table).values(rows.slice(i, i + 200)).run();
    };
    insert(schema.sources, data.sources);
    insert(schema.partners, data.partners);
    insert(schema.indicators, data.indicators);
    insert(schema.commodities, data.commodities);
    insert(schema.observations, data.observations);
    insert(schema.commodityShares, data.commodityShares);
    insert(schema.skippedMentions, data.skippedMentions);
    // The CSV downloads' records, rendered once here and read as they are (src/export-lines.ts). On
    // this connection, inside this transaction: it reads the rows just inserted.
    writeExportLines(db);
    tx.insert(schema.dataset).values({ id: 1, ...datasetVersion(data) }).run();
    // Cross-checks between the figures just loaded (src/domain/checks.ts), stored with them.
    insert(schema.crossChecks, runChecks(checkInput(data)).map(toCheckRow));
    // Statistics for the query planner: without them it may walk the reporter index (nearly every
    // row has reporter KAZ) instead of the partner index. Sampled, so it stays fast at any size.
    tx.run(sql`PRAGMA analysis_limit = 1000`);
    tx.run(sql`ANALYZE`);
  });
}

/**
 * Builds or refreshes a database file from the seed files: validates everything first (a bad
 * row throws SeedError before the file is touched), then migrates and loads in one transaction.
 */
export function seedDatabaseFile(file: string, dir: string = SEED_DIR): SeedData {
  const data = readSeeds(dir);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const handle = openDatabase(file, { readonly: false });
  try {
    migrateDatabase(handle.db);
    loadSeeds(handle.db, data);
  } finally {
    handle.sqlite.close();
  }
  return data;
}

/** A fresh in-memory database, migrated and seeded: what tests build their app on. */
export function createSeededMemoryDatabase(dir: string = SEED_DIR): DatabaseHandle {
  const data = readSeeds(dir);
  const handle = openDatabase(':memory:', { readonly: false });
  migrateDatabase(handle.db);
  loadSeeds(handle.db, data);
  return handle;
}
