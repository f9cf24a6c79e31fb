/**
 * The served CSV/JSON columns (docs/architecture.md, "A download"). Column names are
 * stable; columns beyond the contract are appended at the end, never inserted. Columns read the
 * plain export rows of the queries (see OBSERVATION_EXPORT) and an export context.
 */
import { CHECK_KINDS, CHECK_REASONS, CHECK_STATUSES, type Commodity, type CrossCheck, DATE_PRECISIONS, FLOWS, type Indicator, LANGUAGES, type Partner, QUALIFIERS, SCOPES, UNITS } from '../db/schema';
import { CODE, FIGURE_ID, PARTNER_CODE, SOURCE_ID } from './domain/codes';
import { csvCell } from './domain/csv';
import { nameOf, translationOf } from './i18n/names';
import { periodLabel } from './i18n/labels';
import type { Lang } from './i18n/format';
import { MESSAGES } from './i18n/index';
import type { CommodityValueExport } from './domain/commodity-values';
import type { ShareBase } from './queries/commodity-shares';
import type { ObservationBase } from './queries/observations';
import type { SourceRow } from './queries/reference';

export type Cell = string | number | null;

export interface ExportColumn<R> {
  name: string;
  value: (row: R, context: ExportContext) => Cell;
}

/**
 * What a column holds, as the data package (datapackage.json, src/data-package.ts) and the zip's
 * README describe it: a Table Schema field less its name. Every column of the plain downloads has
 * one, written beside its definition, so the description cannot drift from the columns served.
 * Empty cells are missing values (Table Schema's default `missingValues: [""]`).
 */
export interface ColumnSchema {
  /** `boolean` cells are written `true` or `false` (Table Schema's default true and false values). */
  type: 'string' | 'number' | 'integer' | 'date' | 'boolean';
  /** `uri` for addresses; otherwise Table Schema's default format for the type (dates as YYYY-MM-DD). */
  format?: 'uri';
  title: string;
  /** What the column holds, in English, with its unit where it has one. */
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

/** A Table Schema field: the column's name and its schema. */
export type TableField = { name: string } & ColumnSchema;

/** A column list described for the data package: each column's name with its schema, in order. */
const fieldsOf = (columns: ReadonlyArray<{ name: string; schema: ColumnSchema }>): TableField[] => columns.map(({ name, schema }) => ({ name, ...schema }));

/** What columns look up beyond the row: sources, commodities, period labels, and names for `?lang=`. */
export interface ExportContext {
  source: (id: string) => SourceRow | undefined;
  commodity: (code: string) => Commodity | undefined;
  label: (start: string, end: string) => string;
  /** Set by `?lang=`: the language of the appended name columns, with the lists to name from. */
  names?: { lang: Lang; indicators: Indicator[]; partners: Partner[] };
}

/** One CSV record of a download: the columns' cells for the row, ending in CRLF (src/domain/csv.ts). */
export function csvRecord<R>(columns: ReadonlyArray<ExportColumn<R>>, row: R, context: ExportContext): string {
  let text = '';
  for (let i = 0; i < columns.length; i += 1) text += (i === 0 ? '' : ',') + csvCell((columns[i] as ExportColumn<R>).value(row, context));
  return `${text}\r\n`;
}

/** A context for one export; period labels are computed once per distinct period. */
export function exportContext(sources: readonly SourceRow[], commodities: readonly Commodity[], names?: ExportContext['names']): ExportContext {
  const bySource = new Map(sources.map((s) => [s.id, s]));
  const byCommodity = new Map(commodities.map((c) => [c.code, c]));
  const labels = new Map<string, string>();
  return {
    source: (id) => bySource.get(id),
    commodity: (code) => byCommodity.get(code),
    label: (start, end) => {
      const key = `${start}/${end}`;
      let label = labels.get(key);
      if (label === undefined) {
        label = periodLabel({ start, end });
        labels.set(key, label);
      }
      return label;
    },
    names,
  };
}

/**
 * A download of a figure table, defined once: each column is a stored field as is, or a value
 * computed from the fields it `uses` and the context. The fields an export reads are derived from
 * its columns, in first-use order, and read as one plain array per row (see figureQueries'
 * exportRows: building an object per row of a million costs more than SQLite's own work).
 */
type ColumnDef<B> = (
  | { name: string; field: keyof B & string }
  | { name: string; uses: ReadonlyArray<keyof B & string>; value: (row: ReadonlyArray<unknown>, context: ExportContext, at: Readonly<Record<string, number>>) => Cell }
) & { schema?: ColumnSchema };
/** A column of the contract: described (the `?lang=` columns appended after it need not be). */
type Described<T> = T & { schema: ColumnSchema };

export interface FigureExport<B> {
  /** The fields each row holds, in order. */
  fields: Array<keyof B & string>;
  columns: ReadonlyArray<ExportColumn<ReadonlyArray<unknown>>>;
}

function compile<B>(defs: ReadonlyArray<ColumnDef<B>>): FigureExport<B> {
  const fields: Array<keyof B & string> = [];
  const at: Record<string, number> = {};
  const index = (key: keyof B & string) => {
    if (at[key] === undefined) at[key] = fields.push(key) - 1;
    return at[key];
  };
  const columns = defs.map((d): ExportColumn<ReadonlyArray<unknown>> => {
    if ('field' in d) {
      const i = index(d.field);
      return { name: d.name, value: (r) => (r[i] ?? null) as Cell };
    }
    d.uses.forEach(index);
    return { name: d.name, value: (r, c) => d.value(r, c, at) };
  });
  return { fields, columns };
}

type OB = ObservationBase;
type SB = ShareBase;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const str = (r: ReadonlyArray<unknown>, i: number | undefined) => r[i ?? -1] as string;
const field = <B>(name: string, key: keyof B & string): ColumnDef<B> => ({ name, field: key });
const described = <B>(name: string, key: keyof B & string, schema: ColumnSchema): Described<ColumnDef<B>> => ({ name, field: key, schema });
const periodLabelColumn = <B extends { periodStart: string; periodEnd: string }>(): Described<ColumnDef<B>> => ({
  name: 'period_label',
  uses: ['periodStart', 'periodEnd'],
  value: (r, c, at) => c.label(str(r, at.periodStart), str(r, at.periodEnd)),
  schema: COLUMN.periodLabel,
});
const ofSource = <B extends { sourceId: string }>(name: string, pick: (s: SourceRow) => Cell, schema: ColumnSchema): Described<ColumnDef<B>> => ({
  name,
  uses: ['sourceId'],
  value: (r, c, at) => {
    const source = c.source(str(r, at.sourceId));
    return source ? pick(source) : null;
  },
  schema,
});

/** A pattern for Table Schema: the regular expression's source, which it matches whole. */
const pattern = (re: RegExp) => re.source.replace(/^\^/, '').replace(/\$$/, '');
const required = { required: true } as const;
/** `published_on` at the precision known: 2025-12-17, 2025-12 or 2014. */
const PUBLISHED_ON = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** Column schemas shared by several downloads. */
const COLUMN = {
  figureId: { type: 'string', title: 'Figure id', description: 'The figure\'s id: the article\'s number, then the figure\'s place among its figures (000-04; 000-s01 for a commodity share).', constraints: { required: true, unique: true, pattern: pattern(FIGURE_ID) } },
  reporter: {
    type: 'string',
    title: 'Reporter',
    description: 'The side that reports the figure: an ISO 3166-1 alpha-3 code (KAZ for Kazakhstan, which reports nearly all) or a group code (C5 Central Asia, WLD the world). Exports run from the reporter to the partner.',
    constraints: { required: true, pattern: pattern(PARTNER_CODE) },
  },
  partner: { type: 'string', title: 'Partner', description: 'The other side: an ISO 3166-1 alpha-3 code (JPN) or a group code (C5, WLD).', constraints: { required: true, pattern: pattern(PARTNER_CODE) } },
  periodStart: {
    type: 'date',
    title: 'Period start',
    description: 'The first day of the period, inclusive (2024-01-01). For a figure at a date (a stock, count or rank), the first day of the span within which its as-of date lies: equal to period_end when the day is known.',
    constraints: required,
  },
  periodEnd: { type: 'date', title: 'Period end', description: 'The last day of the period, inclusive (2024-12-31 for the year 2024, 2025-09-30 for January–September 2025).', constraints: required },
  periodLabel: { type: 'string', title: 'Period label', description: 'The period in English words: 2024, Jan–Sep 2025, 2008–2012, 17 Dec 2025.', constraints: required },
  qualifier: {
    type: 'string',
    title: 'Qualifier',
    description: 'The words the article puts in front of the number: exact (none), approx (about: около, қарийб), more_than (over: свыше, асқан), less_than (under: менее), up_to (up to: гача; a printed range is stored as its upper end, its lower end in note).',
    constraints: { required: true, enum: QUALIFIERS },
  },
  asWritten: { type: 'string', title: 'As written', description: 'The number exactly as printed in the article, in its language (331,9 миллион доллар).', constraints: required },
  sourceId: { type: 'string', title: 'Source id', description: 'The article the figure is taken from: an id in sources.csv (the article\'s file name in the corpus).', constraints: { required: true, pattern: pattern(SOURCE_ID) } },
  quote: { type: 'string', title: 'Quote', description: 'The article\'s sentence that states the figure, verbatim, in the article\'s language.', constraints: required },
  quoteEn: { type: 'string', title: 'Quote in English', description: 'Our English translation of the quote.', constraints: required },
  figureNote: { type: 'string', title: 'Note', description: 'The curators\' note in English: how a period, a qualifier or a value was read where the article is not explicit; empty where there is nothing to say.' },
  language: { type: 'string', title: 'Language', description: 'The article\'s language, a BCP 47 tag: kk Kazakh, ru Russian, uz-Cyrl Uzbek in Cyrillic script.', constraints: { required: true, enum: LANGUAGES } },
  publishedOn: {
    type: 'string',
    title: 'Published on',
    description: 'The article\'s publication date at the precision known: a day (2025-12-17), a month (2025-12) or a year (2014). A string, not a date, since a month or a year alone is not a day.',
    constraints: { required: true, pattern: PUBLISHED_ON },
  },
} as const satisfies Record<string, ColumnSchema>;

const OBSERVATION_DEFS: ReadonlyArray<Described<ColumnDef<OB>>> = [
  described('id', 'id', COLUMN.figureId),
  described('indicator', 'indicator', {
    type: 'string',
    title: 'Indicator',
    description:
      'What the figure measures, a snake_case code (trade_turnover, exports, imports, investment_stock…). Each indicator has one unit and one kind: a flow over the period, a stock, count or rank at a date, or a share or growth rate in percent.',
    constraints: { required: true, pattern: pattern(CODE) },
  }),
  described('reporter', 'reporter', COLUMN.reporter),
  described('partner', 'partner', COLUMN.partner),
  described('period_start', 'periodStart', COLUMN.periodStart),
  described('period_end', 'periodEnd', COLUMN.periodEnd),
  periodLabelColumn(),
  described('value', 'value', {
    type: 'number',
    title: 'Value',
    description:
      'The figure in the canonical unit named in the unit column of the same row: US dollars as a plain number (331.9 million is 331900000), percent (94.8), counts and ranks as integers, metric tonnes. Read it with qualifier: an approximate or bounded figure is stored at the number printed.',
    constraints: required,
  }),
  described('unit', 'unit', {
    type: 'string',
    title: 'Unit',
    description: 'The unit of value in this row: USD (US dollars), percent, count, rank (top N), tonnes (metric). Always the unit of the row\'s indicator.',
    constraints: { required: true, enum: UNITS },
  }),
  described('qualifier', 'qualifier', COLUMN.qualifier),
  described('as_written', 'asWritten', COLUMN.asWritten),
  described('source_id', 'sourceId', COLUMN.sourceId),
  ofSource('source_title', (s) => s.title, { type: 'string', title: 'Source title', description: 'The article\'s title in its original language (as sources.title).', constraints: required }),
  ofSource('source_published_on', (s) => s.publishedOn, { ...COLUMN.publishedOn, title: 'Source published on' }),
  ofSource('source_language', (s) => s.language, { ...COLUMN.language, title: 'Source language' }),
  described('quote', 'quote', COLUMN.quote),
  described('quote_en', 'quoteEn', COLUMN.quoteEn),
  described('note', 'note', COLUMN.figureNote),
  // Beyond the contract: for investment, whether the article counts direct or total investment.
  described('scope', 'scope', {
    type: 'string',
    title: 'Scope',
    description:
      'For investment indicators: direct where the article speaks of direct investment (тікелей инвестициялар), total where it gives the total of the partner\'s investment (умумий ҳажми); empty where it says neither, and for every other indicator.',
    constraints: { enum: SCOPES },
  }),
];

const SHARE_DEFS: ReadonlyArray<Described<ColumnDef<SB>>> = [
  described('id', 'id', COLUMN.figureId),
  described('reporter', 'reporter', COLUMN.reporter),
  described('partner', 'partner', COLUMN.partner),
  described('flow', 'flow', {
    type: 'string',
    title: 'Flow',
    description: 'Which trade flow the share is of: export (from the reporter to the partner) or import (from the partner to the reporter).',
    constraints: { required: true, enum: FLOWS },
  }),
  described('period_start', 'periodStart', COLUMN.periodStart),
  described('period_end', 'periodEnd', COLUMN.periodEnd),
  periodLabelColumn(),
  described('commodity', 'commodity', { type: 'string', title: 'Commodity', description: 'Our code for the commodity (snake_case: ferroalloys, passenger_cars…).', constraints: { required: true, pattern: pattern(CODE) } }),
  described('commodity_original', 'commodityOriginal', { type: 'string', title: 'Commodity as written', description: 'The commodity as the article names it, in its language.', constraints: required }),
  {
    name: 'hs_code',
    uses: ['commodity'],
    value: (r, c, at) => c.commodity(str(r, at.commodity))?.hsCode ?? null,
    schema: {
      type: 'string',
      title: 'HS code',
      description: 'The Harmonized System chapter or heading that best matches the article\'s wording (2 or 4 digits, kept as text); empty where none does.',
      constraints: { pattern: '\\d{2}(\\d{2}){0,2}' },
    },
  },
  described('share_pct', 'sharePct', {
    type: 'number',
    title: 'Share',
    description: 'The commodity\'s share of the flow\'s value, in percent (0–100). Read it with qualifier.',
    constraints: { required: true, minimum: 0, maximum: 100 },
  }),
  described('qualifier', 'qualifier', COLUMN.qualifier),
  described('source_id', 'sourceId', COLUMN.sourceId),
  described('quote', 'quote', COLUMN.quote),
  described('quote_en', 'quoteEn', COLUMN.quoteEn),
  // Beyond the contract: the share as printed, and the curator's note on any ambiguity.
  described('as_written', 'asWritten', COLUMN.asWritten),
  described('note', 'note', COLUMN.figureNote),
];

export const OBSERVATION_EXPORT = compile(OBSERVATION_DEFS);
export const COMMODITY_SHARE_EXPORT = compile(SHARE_DEFS);

export const OBSERVATION_FIELDS = fieldsOf(OBSERVATION_DEFS);
export const COMMODITY_SHARE_FIELDS = fieldsOf(SHARE_DEFS);

export const SOURCE_COLUMNS: ReadonlyArray<Described<ExportColumn<SourceRow>>> = [
  { name: 'id', value: (r) => r.id, schema: { type: 'string', title: 'Source id', description: 'The article\'s id: its file name in the corpus (000_a50b504d80912738).', constraints: { required: true, unique: true, pattern: pattern(SOURCE_ID) } } },
  { name: 'publisher', value: (r) => r.publisher, schema: { type: 'string', title: 'Publisher', description: 'The publisher (Kazinform…); empty where the article does not name one.' } },
  { name: 'title', value: (r) => r.title, schema: { type: 'string', title: 'Title', description: 'The article\'s title in its original language.', constraints: required } },
  { name: 'title_en', value: (r) => r.titleEn, schema: { type: 'string', title: 'Title in English', description: 'Our English translation of the title.', constraints: required } },
  { name: 'language', value: (r) => r.language, schema: COLUMN.language },
  { name: 'published_on', value: (r) => r.publishedOn, schema: COLUMN.publishedOn },
  {
    name: 'date_precision',
    value: (r) => r.datePrecision,
    schema: { type: 'string', title: 'Date precision', description: 'How much of published_on is known: day, month or year.', constraints: { required: true, enum: DATE_PRECISIONS } },
  },
  {
    name: 'figures_count',
    value: (r) => r.figuresCount,
    schema: { type: 'integer', title: 'Figures', description: 'How many figures are taken from the article: its rows in observations.csv plus its rows in commodity-shares.csv.', constraints: { required: true, minimum: 0 } },
  },
  // Beyond the contract: how the date was established, and notes on the source.
  { name: 'date_note', value: (r) => r.dateNote, schema: { type: 'string', title: 'Date note', description: 'In English: where the publication date comes from, and how it was inferred where the article states none.', constraints: required } },
  { name: 'note', value: (r) => r.note, schema: { type: 'string', title: 'Note', description: 'The curators\' note on the article, in English; empty where there is none.' } },
  {
    name: 'url',
    value: (r) => r.url,
    schema: { type: 'string', format: 'uri', title: 'Address', description: 'The article\'s web address (https) where it is known; empty where it is not, rather than guessed.' },
  },
];

export const SOURCE_FIELDS = fieldsOf(SOURCE_COLUMNS);

/**
 * /data/checks.csv: the cross-checks between figures the seed computed (src/domain/checks.ts), one
 * row each. Side a and side b are the two numbers compared, each an interval as the articles'
 * rounding allows; an empty end is open.
 */
const bound = (end: 'low' | 'high', side: string, what: string): ColumnSchema => ({
  type: 'number',
  title: `${side} ${end}`,
  description: `The ${end === 'low' ? 'lowest' : 'highest'} value ${what} can have within the rounding of the stated figures and their qualifiers, in the column unit; empty where ${end === 'low' ? 'there is no lower bound' : 'there is no upper bound (a “more than”)'}.`,
});
const idList = (title: string, description: string, needed = false): ColumnSchema => ({ type: 'string', title, description, ...(needed ? { constraints: required } : {}) });
export const CHECK_COLUMNS: ReadonlyArray<Described<ExportColumn<CrossCheck>>> = [
  { name: 'id', value: (r) => r.id, schema: { type: 'string', title: 'Check id', description: 'The check\'s id: its kind and the ids of every figure it concerns, joined by dots (trade_sum.000-04.000-05.000-06).', constraints: { required: true, unique: true } } },
  {
    name: 'kind',
    value: (r) => r.kind,
    schema: {
      type: 'string',
      title: 'Kind',
      description: 'What is checked: trade_sum (exports plus imports against turnover, same reporter, partner, period and article), share_sum (the commodity shares of one flow, period and article add up to at most 100 percent), growth (a stated growth rate against the two levels it links), sources (one figure stated by two articles, same indicator, reporter, partner and period; at a date, the same month).',
      constraints: { required: true, enum: CHECK_KINDS },
    },
  },
  {
    name: 'status',
    value: (r) => r.status,
    schema: {
      type: 'string',
      title: 'Status',
      description: 'consistent: the two intervals share a value (consistent within rounding; for sources, they agree); inconsistent: they share none (for sources, the sources differ); cannot_check: a number needed is not stated (reason says which).',
      constraints: { required: true, enum: CHECK_STATUSES },
    },
  },
  {
    name: 'reason',
    value: (r) => r.reason,
    schema: {
      type: 'string',
      title: 'Why it cannot be checked',
      description: 'For cannot_check: flow_missing (turnover with only exports or only imports), earlier_level_missing (the level of the year before a growth rate is not stated; missing_period names the year), level_missing (the level of the growth rate\'s own year is not stated), not_a_year (the growth rate is not over a calendar year), base_not_positive (the earlier level may be zero). Empty otherwise.',
      constraints: { enum: CHECK_REASONS },
    },
  },
  { name: 'reporter', value: (r) => r.reporter, schema: COLUMN.reporter },
  { name: 'partner', value: (r) => r.partner, schema: COLUMN.partner },
  {
    name: 'subject',
    value: (r) => r.subject,
    schema: { type: 'string', title: 'Subject', description: 'The indicator checked (trade_turnover; the growth indicator; the figure stated by both sources), or for share_sum the flow whose shares are summed (export or import).', constraints: required },
  },
  { name: 'period_start', value: (r) => r.periodStart, schema: { ...COLUMN.periodStart, description: 'The first day of the period the figures cover, inclusive; for two figures at dates in one month, the earlier start.' } },
  { name: 'period_end', value: (r) => r.periodEnd, schema: { ...COLUMN.periodEnd, description: 'The last day of the period the figures cover, inclusive; for two figures at dates in one month, the later end.' } },
  { name: 'unit', value: (r) => r.unit, schema: { type: 'string', title: 'Unit', description: 'The unit of the a_, b_ and difference_ columns: USD (US dollars as plain numbers), percent, count, rank or tonnes.', constraints: required } },
  { name: 'a_low', value: (r) => r.aLow, schema: bound('low', 'A', 'side a (exports plus imports; the shares\' sum; the stated growth rate; the first source\'s figure)') },
  { name: 'a_high', value: (r) => r.aHigh, schema: bound('high', 'A', 'side a') },
  { name: 'a_value', value: (r) => r.aValue, schema: { type: 'number', title: 'A as stated', description: 'Side a from the stated values, without rounding intervals: the figure\'s value, or the sum of the stated values (331.9 m + 944.2 m = 1276100000).' } },
  { name: 'a_figure_ids', value: (r) => r.aFigureIds, schema: idList('A figures', 'The ids of the figures side a comes from (in observations.csv or commodity-shares.csv), separated by spaces.', true) },
  { name: 'a_source_ids', value: (r) => r.aSourceIds, schema: idList('A sources', 'The articles of side a\'s figures: ids in sources.csv, separated by spaces.', true) },
  { name: 'b_low', value: (r) => r.bLow, schema: bound('low', 'B', 'side b (the stated turnover; 100 for a share sum; the growth rate the two levels imply; the second source\'s figure)') },
  { name: 'b_high', value: (r) => r.bHigh, schema: bound('high', 'B', 'side b') },
  { name: 'b_value', value: (r) => r.bValue, schema: { type: 'number', title: 'B as stated', description: 'Side b from the stated values: the figure\'s value, 100 for a share sum, the growth rate the stated levels imply. Empty where there is no side b.' } },
  { name: 'b_figure_ids', value: (r) => r.bFigureIds, schema: idList('B figures', 'The ids of the figures side b comes from, separated by spaces; empty for a share sum (b is 100) and where there is no side b (cannot_check).') },
  { name: 'b_source_ids', value: (r) => r.bSourceIds, schema: idList('B sources', 'The articles of side b\'s figures, separated by spaces; empty where b has no figures.') },
  { name: 'difference_low', value: (r) => r.differenceLow, schema: { type: 'number', title: 'Difference low', description: 'For sources: the lowest value of b minus a the rounding allows (how much the second source exceeds the first); empty where open or for other kinds.' } },
  { name: 'difference_high', value: (r) => r.differenceHigh, schema: { type: 'number', title: 'Difference high', description: 'For sources: the highest value of b minus a the rounding allows; empty where open or for other kinds.' } },
  { name: 'figure_ids', value: (r) => r.figureIds, schema: idList('Figures', 'Every figure the check concerns, separated by spaces.', true) },
  {
    name: 'explained_by',
    value: (r) => r.explainedBy,
    schema: { type: 'string', title: 'Explained by', description: 'For an inconsistent check: the id of a figure whose note names another figure of the check by its id, explaining the difference. Empty where no note does.' },
  },
  { name: 'missing_period', value: (r) => r.missingPeriod, schema: { type: 'string', title: 'Missing period', description: 'For a growth rate that cannot be checked: the year whose level no article states (2023).' } },
];

export const CHECK_FIELDS = fieldsOf(CHECK_COLUMNS);

type CV = CommodityValueExport;
const flag = (v: boolean) => (v ? 'true' : 'false');
const DOLLAR_VALUE = 'in US dollars: the share (as an interval, from its printed precision) times the flow value (likewise)';

/**
 * /data/commodity-values.csv: commodity shares in dollars, derived (src/domain/commodity-values.ts).
 * Never stored: every row is computed from a share row and a flow row, which it names.
 */
export const COMMODITY_VALUE_COLUMNS: ReadonlyArray<Described<ExportColumn<CV>>> = [
  {
    name: 'id',
    value: (r) => r.id,
    schema: {
      type: 'string',
      title: 'Derived value id',
      description:
        'The row\'s id, made of the figures it is computed from: <share id>@<flow id> (000-s01@000-05); for the unitemised remainder, <article number>-<flow>-<period>-rest@<flow id> (000-export-2025-01/2025-09-rest@000-05). Computed on request, never stored.',
      constraints: { required: true, unique: true },
    },
  },
  { name: 'reporter', value: (r) => r.reporter, schema: COLUMN.reporter },
  { name: 'partner', value: (r) => r.partner, schema: COLUMN.partner },
  {
    name: 'flow',
    value: (r) => r.flow,
    schema: { type: 'string', title: 'Flow', description: 'The trade flow whose composition is valued: export (from the reporter to the partner) or import (from the partner to the reporter).', constraints: { required: true, enum: FLOWS } },
  },
  { name: 'period_start', value: (r) => r.periodStart, schema: COLUMN.periodStart },
  { name: 'period_end', value: (r) => r.periodEnd, schema: COLUMN.periodEnd },
  { name: 'period_label', value: (r, c) => c.label(r.periodStart, r.periodEnd), schema: COLUMN.periodLabel },
  {
    name: 'item',
    value: (r) => r.kind,
    schema: {
      type: 'string',
      title: 'Item',
      description: 'commodity for a commodity the article lists; not_itemised for what the listed shares leave out (100 % minus their sum, as an interval), a row of its own.',
      constraints: { required: true, enum: ['commodity', 'not_itemised'] },
    },
  },
  {
    name: 'commodity',
    value: (r) => r.commodity,
    schema: { type: 'string', title: 'Commodity', description: 'Our code for the commodity (ferroalloys, passenger_cars…), as in commodity-shares.csv; empty for the unitemised remainder.', constraints: { pattern: pattern(CODE) } },
  },
  {
    name: 'share_pct',
    value: (r) => r.sharePct,
    schema: { type: 'number', title: 'Share as stated', description: 'The share as the article states it, in percent (as commodity-shares.share_pct); empty for the remainder, which no article states.', constraints: { minimum: 0, maximum: 100 } },
  },
  {
    name: 'share_low',
    value: (r) => r.shareLow,
    schema: {
      type: 'number',
      title: 'Share, lowest',
      description: 'The lowest share the article\'s printed figure allows, in percent: half a unit of its last digit below it (94,8 % → 94.75). For the remainder, 100 minus the highest sum of the listed shares.',
      constraints: { required: true, minimum: 0, maximum: 100 },
    },
  },
  {
    name: 'share_high',
    value: (r) => r.shareHigh,
    schema: { type: 'number', title: 'Share, highest', description: 'The highest share the printed figure allows, in percent (94,8 % → 94.85). For the remainder, 100 minus the lowest sum of the listed shares.', constraints: { required: true, minimum: 0, maximum: 100 } },
  },
  {
    name: 'flow_value',
    value: (r) => r.flowValue,
    schema: { type: 'number', title: 'Flow value as stated', description: 'The flow\'s value as its article states it, in US dollars (as observations.value of the row flow_id names).', constraints: { required: true, minimum: 0 } },
  },
  {
    name: 'low',
    value: (r) => r.low,
    schema: { type: 'number', title: 'Value, lowest', description: `The lowest value the inputs allow, ${DOLLAR_VALUE}: share_low × the flow’s lowest value (94.75 % × 331,850,000 = 314,427,875). Exact, up to 12 significant figures.`, constraints: { required: true, minimum: 0 } },
  },
  {
    name: 'high',
    value: (r) => r.high,
    schema: { type: 'number', title: 'Value, highest', description: `The highest value the inputs allow, ${DOLLAR_VALUE}; empty where the flow value has no upper bound (a "more than" figure).`, constraints: { minimum: 0 } },
  },
  {
    name: 'shown',
    value: (r) => r.shown,
    schema: {
      type: 'string',
      title: 'Shown as',
      description: 'How the dashboard shows the value: about (one number, value, rounded to the precision of the less precise input), range (shown_low to shown_high, rounded outwards, where the interval is wider than that precision), at_least (value, where there is no upper bound).',
      constraints: { required: true, enum: ['exact', 'about', 'range', 'at_least', 'at_most', 'unknown'] },
    },
  },
  {
    name: 'value',
    value: (r) => r.value,
    schema: {
      type: 'number',
      title: 'Value as shown',
      description: 'The value as shown, in US dollars, rounded to no more significant figures than the less precise input (94,8 % of $331,9 m → 315000000); the bound for at_least; empty for a range.',
      constraints: { minimum: 0 },
    },
  },
  { name: 'shown_low', value: (r) => r.shownLow, schema: { type: 'number', title: 'Shown range from', description: 'For a range: its lower end as shown, in US dollars, rounded down.', constraints: { minimum: 0 } } },
  { name: 'shown_high', value: (r) => r.shownHigh, schema: { type: 'number', title: 'Shown range to', description: 'For a range: its upper end as shown, in US dollars, rounded up.', constraints: { minimum: 0 } } },
  { name: 'unit', value: (r) => r.unit, schema: { type: 'string', title: 'Unit', description: 'The unit of low, high, value, shown_low, shown_high and flow_value: USD (US dollars).', constraints: { required: true, enum: ['USD'] } } },
  {
    name: 'derived',
    value: (r) => flag(r.derived),
    schema: { type: 'boolean', title: 'Derived', description: 'Always true: no article states these values; they are computed from the share and the flow value named in share_id and flow_id, and never stored.', constraints: { required: true } },
  },
  {
    name: 'share_id',
    value: (r) => r.shareId,
    schema: { type: 'string', title: 'Share id', description: 'The commodity share the value is computed from (an id in commodity-shares.csv); empty for the remainder, computed from every listed share of its flow, period and article.', constraints: { pattern: pattern(FIGURE_ID) } },
  },
  {
    name: 'flow_id',
    value: (r) => r.flowId,
    schema: { type: 'string', title: 'Flow id', description: 'The exports or imports figure the value is computed from (an id in observations.csv): same reporter, partner and period as the share.', constraints: { required: true, pattern: pattern(FIGURE_ID) } },
  },
  { name: 'source_id', value: (r) => r.sourceId, schema: { ...COLUMN.sourceId, description: 'The article that gives the shares: an id in sources.csv.' } },
  { name: 'flow_source_id', value: (r) => r.flowSourceId, schema: { ...COLUMN.sourceId, title: 'Flow value source id', description: 'The article that gives the flow value: an id in sources.csv.' } },
  {
    name: 'flow_from_other_source',
    value: (r) => flag(r.flowFromOtherSource),
    schema: {
      type: 'boolean',
      title: 'Flow value from another article',
      description: 'true (flagged) where the flow value comes from another article than the shares, which may count the flow differently; false where one article gives both. The same article\'s figure is preferred where there is one.',
      constraints: { required: true },
    },
  },
];

export const COMMODITY_VALUE_FIELDS = fieldsOf(COMMODITY_VALUE_COLUMNS);

const named = (lang: Lang, list: ReadonlyArray<{ code: string; nameEn: string; nameRu: string; nameKk: string }>, code: string) => nameOf({ lang }, list, code);
const quoteIn = (lang: Lang, originalLang: string | undefined, en: unknown, ru: unknown, kk: unknown) =>
  translationOf({ lang }, originalLang ?? '', { en: String(en), ru: (ru as string | null) ?? null, kk: (kk as string | null) ?? null })?.text ?? null;

/** One column list per `?lang=` language. */
const perLang = <T>(columns: (lang: Lang) => T): Readonly<Record<Lang, T>> => ({ en: columns('en'), ru: columns('ru'), kk: columns('kk') });

/**
 * Our Russian or Kazakh version of a curator's note, named after its language (`note_ru`,
 * `date_note_kk`…); none for English, whose note is the contract's own column.
 */
const noteIn = <R>(lang: Lang, name: string, versions: { ru: (row: R) => unknown; kk: (row: R) => unknown }): Array<ExportColumn<R>> =>
  lang === 'en' ? [] : [{ name: `${name}_${lang}`, value: (r) => text(versions[lang](r)) }];
/** The same for a figure table's stored note versions. */
const figureNoteIn = <B extends { noteRu: string | null; noteKk: string | null }>(lang: Lang): Array<ColumnDef<B>> =>
  lang === 'en' ? [] : [field(`note_${lang}`, lang === 'ru' ? 'noteRu' : 'noteKk')];
/** The quote's translation into the `?lang=` language (none where the quote is in it). */
const quoteTranslation = <B extends { sourceId: string; quoteEn: string; quoteRu: string | null; quoteKk: string | null }>(): ColumnDef<B> => ({
  name: 'quote_translation',
  uses: ['sourceId', 'quoteEn', 'quoteRu', 'quoteKk'],
  value: (r, c, at) => (c.names ? quoteIn(c.names.lang, c.source(str(r, at.sourceId))?.language, r[at.quoteEn ?? -1], r[at.quoteRu ?? -1], r[at.quoteKk ?? -1]) : null),
});
const nameColumn = <B>(name: string, key: keyof B & string, list: 'indicators' | 'partners'): ColumnDef<B> => ({
  name,
  uses: [key],
  value: (r, c, at) => (c.names ? named(c.names.lang, c.names[list], str(r, at[key])) : null),
});

/**
 * Observations with names, the quote's translation and the note in the `?lang=` language,
 * appended after the contract's columns.
 */
export const LOCALIZED_OBSERVATION_EXPORT = perLang((lang) =>
  compile<OB>([
    ...OBSERVATION_DEFS,
    nameColumn('indicator_name', 'indicator', 'indicators'),
    nameColumn('reporter_name', 'reporter', 'partners'),
    nameColumn('partner_name', 'partner', 'partners'),
    quoteTranslation(),
    ...figureNoteIn<OB>(lang),
  ]),
);

export const LOCALIZED_COMMODITY_SHARE_EXPORT = perLang((lang) =>
  compile<SB>([
    ...SHARE_DEFS,
    nameColumn('partner_name', 'partner', 'partners'),
    {
      name: 'commodity_name',
      uses: ['commodity'],
      value: (r, c, at) => {
        const commodity = c.commodity(str(r, at.commodity));
        return c.names && commodity ? named(c.names.lang, [commodity], commodity.code) : null;
      },
    },
    quoteTranslation(),
    ...figureNoteIn<SB>(lang),
  ]),
);

export const LOCALIZED_SOURCE_COLUMNS = perLang((lang): ReadonlyArray<ExportColumn<SourceRow>> => [
  ...SOURCE_COLUMNS,
  { name: 'title_translation', value: (r, c) => (c.names ? (translationOf({ lang: c.names.lang }, r.language, { en: r.titleEn, ru: r.titleRu, kk: r.titleKk })?.text ?? null) : null) },
  { name: 'language_name', value: (r, c) => (c.names ? (MESSAGES[c.names.lang].sources.languages[r.language] ?? r.language) : null) },
  ...noteIn<SourceRow>(lang, 'date_note', { ru: (r) => r.dateNoteRu, kk: (r) => r.dateNoteKk }),
  ...noteIn<SourceRow>(lang, 'note', { ru: (r) => r.noteRu, kk: (r) => r.noteKk }),
]);
