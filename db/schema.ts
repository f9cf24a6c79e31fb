import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Languages of the source articles (BCP 47 tags). */
export const LANGUAGES = ['kk', 'ru', 'uz-Cyrl'] as const;
/** How much of a publication date is known: `2025-12-17`, `2025-12`, `2014`. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** Words in front of a number, kept as data: қарийб/около → approx, асқан/свыше → more_than … */
export const QUALIFIERS = ['exact', 'approx', 'more_than', 'less_than', 'up_to'] as const;
export const PARTNER_KINDS = ['country', 'group'] as const;
/** flow: over a period; stock: at a date; share: percent of a whole; count/rank: at a date. */
export const INDICATOR_KINDS = ['flow', 'stock', 'share', 'growth', 'count', 'rank'] as const;
/** Canonical units: US dollars, percent, a plain count, a rank N (top N), metric tonnes. */
export const UNITS = ['USD', 'percent', 'count', 'rank', 'tonnes'] as const;
/**
 * What an investment figure covers, as the article words it: foreign direct investment only
 * ("тікелей инвестициялар") or all of the partner's investment ("умумий ҳажми"). Null where it says neither.
 */
export const SCOPES = ['direct', 'total'] as const;
export const FLOWS = ['export', 'import'] as const;
/** Cross-checks between figures (src/domain/checks.ts): what is checked, what came of it, and why a check could not be made. */
export const CHECK_KINDS = ['trade_sum', 'share_sum', 'growth', 'sources'] as const;
export const CHECK_STATUSES = ['consistent', 'inconsistent', 'cannot_check'] as const;
export const CHECK_REASONS = ['flow_missing', 'earlier_level_missing', 'level_missing', 'not_a_year', 'base_not_positive'] as const;

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    /** Null where the article does not name its publisher. */
    publisher: text('publisher'),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    /** Our translations of the title; null where the article is in that language. */
    titleRu: text('title_ru'),
    titleKk: text('title_kk'),
    language: text('language', { enum: LANGUAGES }).notNull(),
    /** ISO 8601 at the precision known: `2025-12-17`, `2025-12` or `2014`. */
    publishedOn: text('published_on').notNull(),
    datePrecision: text('date_precision', { enum: DATE_PRECISIONS }).notNull(),
    /** Where the date comes from, and how it was inferred when the article states none. */
    dateNote: text('date_note').notNull(),
    /** Our Russian and Kazakh versions of the curators' English notes; null only where there is no note. */
    dateNoteRu: text('date_note_ru'),
    dateNoteKk: text('date_note_kk'),
    note: text('note'),
    noteRu: text('note_ru'),
    noteKk: text('note_kk'),
    /** The article's address where it is known (https); null rather than a guess. */
    url: text('url'),
  },
  () => [
    check('sources_language', inList('language', LANGUAGES)),
    check('sources_date_precision', inList('date_precision', DATE_PRECISIONS)),
    check(
      'sources_published_on_precision',
      sql`(date_precision = 'day' and length(published_on) = 10) or (date_precision = 'month' and length(published_on) = 7) or (date_precision = 'year' and length(published_on) = 4)`,
    ),
  ],
);

/** Countries (ISO 3166-1 alpha-3) and groups (`C5`, `WLD`), named in three languages. */
export const partners = sqliteTable(
  'partners',
  {
    code: text('code').primaryKey(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    nameEn: text('name_en').notNull(),
    nameRu: text('name_ru').notNull(),
    nameKk: text('name_kk').notNull(),
    /** Other names readers may type, separated by "; " (Uzbek Cyrillic and Latin spellings…), for search. */
    aliases: text('aliases').notNull().default(''),
  },
  () => [check('partners_kind', inList('kind', PARTNER_KINDS))],
);

export const indicators = sqliteTable(
  'indicators',
  {
    code: text('code').primaryKey(),
    kind: text('kind', { enum: INDICATOR_KINDS }).notNull(),
    unit: text('unit', { enum: UNITS }).notNull(),
    nameEn: text('name_en').notNull(),
    // Defaults only let SQLite add the columns to an existing table; the loader requires real names.
    nameRu: text('name_ru').notNull().default(''),
    nameKk: text('name_kk').notNull().default(''),
    description: text('description').notNull(),
  },
  () => [check('indicators_kind', inList('kind', INDICATOR_KINDS)), check('indicators_unit', inList('unit', UNITS))],
);

/** Who reports a figure and about whom: the two sides every figure has. */
const sides = () => ({
  reporter: text('reporter')
    .notNull()
    .references(() => partners.code),
  partner: text('partner')
    .notNull()
    .references(() => partners.code),
});

/** Where every figure comes from, in the same columns for observations and commodity shares. */
const provenance = () => ({
  qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
  /** The number exactly as printed in the article, e.g. `331,9 миллион доллар`. */
  asWritten: text('as_written').notNull(),
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
  /** The article's own sentence, verbatim, in its language. */
  quote: text('quote').notNull(),
  quoteEn: text('quote_en').notNull(),
  /** Our Russian and Kazakh translations; null where the article is in that language. */
  quoteRu: text('quote_ru'),
  quoteKk: text('quote_kk'),
  note: text('note'),
  /** The note in Russian and Kazakh; null where there is no note. */
  noteRu: text('note_ru'),
  noteKk: text('note_kk'),
});

export const commodities = sqliteTable('commodities', {
  code: text('code').primaryKey(),
  /** Harmonized System chapter or heading that best matches the article's wording; null where none does. */
  hsCode: text('hs_code'),
  nameEn: text('name_en').notNull(),
  nameRu: text('name_ru').notNull(),
  nameKk: text('name_kk').notNull(),
});

export const observations = sqliteTable(
  'observations',
  {
    id: text('id').primaryKey(),
    indicator: text('indicator')
      .notNull()
      .references(() => indicators.code),
    ...sides(),
    /**
     * Inclusive ISO dates. For a flow, the period it covers. For a figure at a date (stock, count,
     * rank, and a share stated at a date), the span within which its as-of date lies: equal when the
     * day is known, a range (explained in `note`) when only the month or year is.
     */
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    /** Canonical: US dollars, percent, a plain count, a rank, or metric tonnes. */
    value: real('value').notNull(),
    unit: text('unit', { enum: UNITS }).notNull(),
    ...provenance(),
    /** For investment indicators: 'direct' or 'total' as the article says; null where it says neither. */
    scope: text('scope', { enum: SCOPES }),
  },
  (t) => [
    // Carries id so that listings ordered by partner, indicator, period and id need no sort;
    // period_end and reporter so that finding a partner's latest periods reads the index alone;
    // qualifier so that a filter on it reads the index, not the table. A filter on the indicator
    // alone skips through it partner by partner, already in listing order.
    index('observations_partner_indicator_period_id').on(t.partner, t.indicator, t.periodStart, t.id, t.periodEnd, t.reporter, t.qualifier),
    // For figures reported from the partner's side (partner = X or reporter = X).
    index('observations_reporter_indicator_period').on(t.reporter, t.indicator, t.periodStart),
    index('observations_source').on(t.sourceId, t.id),
    check('observations_period_order', sql`period_end >= period_start`),
    check('observations_qualifier', inList('qualifier', QUALIFIERS)),
    check('observations_unit', inList('unit', UNITS)),
    check('observations_scope', sql`scope is null or ${inList('scope', SCOPES)}`),
  ],
);

export const commodityShares = sqliteTable(
  'commodity_shares',
  {
    id: text('id').primaryKey(),
    ...sides(),
    flow: text('flow', { enum: FLOWS }).notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    commodity: text('commodity')
      .notNull()
      .references(() => commodities.code),
    /** The commodity as the article names it. */
    commodityOriginal: text('commodity_original').notNull(),
    /** Percent of the flow's value. */
    sharePct: real('share_pct').notNull(),
    ...provenance(),
  },
  (t) => [
    index('commodity_shares_partner_flow_period').on(t.partner, t.flow, t.periodStart),
    index('commodity_shares_source').on(t.sourceId, t.id),
    // A filter on the commodity, and the commodities' names as the articles write them (search).
    index('commodity_shares_commodity').on(t.commodity, t.commodityOriginal),
    check('commodity_shares_period_order', sql`period_end >= period_start`),
    check('commodity_shares_share_range', sql`share_pct >= 0 and share_pct <= 100`),
    check('commodity_shares_flow', inList('flow', FLOWS)),
    check('commodity_shares_qualifier', inList('qualifier', QUALIFIERS)),
  ],
);

/**
 * The plain CSV download of a figure table, one record per figure, rendered by the seed
 * (src/export-lines.ts) with the same column definitions the server uses (src/csv-contract.ts),
 * and stored in download order: the full export is then one sequential read of this table, and a
 * filtered one joins it by id. The data is read-only between seed runs, so these never go stale
 * while it is served; the server checks at start that they match the figures and this code's columns.
 */
const exportLines = (name: string, figures: () => typeof observations.id | typeof commodityShares.id) =>
  sqliteTable(name, {
    /** 1, 2, 3… in the download's order (its table's listing order). */
    position: integer('position').primaryKey(),
    id: text('id')
      .notNull()
      .unique()
      .references(figures),
    /** The CSV record, its CRLF included. */
    line: text('line').notNull(),
  });
export const observationLines = exportLines('observation_lines', () => observations.id);
export const commodityShareLines = exportLines('commodity_share_lines', () => commodityShares.id);

/** Numbers in an article that are deliberately not curated, with the reason (dates, names, idioms). */
export const skippedMentions = sqliteTable(
  'skipped_mentions',
  {
    id: integer('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    /** A verbatim stretch of the article; every number inside it is skipped. */
    context: text('context').notNull(),
    reason: text('reason').notNull(),
    /** The reason in Russian and Kazakh. Nullable only so that SQLite can add the columns to a seeded table; the loader requires both. */
    reasonRu: text('reason_ru'),
    reasonKk: text('reason_kk'),
  },
  (t) => [index('skipped_mentions_source').on(t.sourceId)],
);

/**
 * Which curated data this database holds: one row, written by the seed in the same transaction as
 * the data. `version` is the latest publication date of the sources and a hash of every seeded row
 * (`2025.12.18-1a2b3c4d`): equal data, equal version. Citations, the data package and chart images name it.
 */
export const dataset = sqliteTable(
  'dataset',
  {
    id: integer('id').primaryKey(),
    version: text('version').notNull(),
    /** The latest publication date among the sources, at its precision. */
    dataDate: text('data_date').notNull(),
  },
  () => [check('dataset_one_row', sql`id = 1`)],
);

/**
 * Cross-checks between the curated figures (src/domain/checks.ts), computed by the seed over the
 * rows it loads and written in the same transaction. Ends of an interval are null where open
 * (−∞ for `*_low`, +∞ for `*_high`); figure and source ids are space-separated. A database the
 * seed did not write (the bench's synthetic data) may hold none: pages then say no checks were run.
 */
export const crossChecks = sqliteTable(
  'cross_checks',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: CHECK_KINDS }).notNull(),
    status: text('status', { enum: CHECK_STATUSES }).notNull(),
    /** Why a check could not be made (cannot_check only). */
    reason: text('reason', { enum: CHECK_REASONS }),
    reporter: text('reporter').notNull(),
    partner: text('partner').notNull(),
    /** The indicator checked, or the flow (export/import) of a share sum. */
    subject: text('subject').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    unit: text('unit').notNull(),
    aLow: real('a_low'),
    aHigh: real('a_high'),
    aValue: real('a_value'),
    aFigureIds: text('a_figure_ids').notNull(),
    aSourceIds: text('a_source_ids').notNull(),
    /** The other side; b_figure_ids is null where there is none (a growth rate whose levels are not stated). */
    bLow: real('b_low'),
    bHigh: real('b_high'),
    bValue: real('b_value'),
    bFigureIds: text('b_figure_ids'),
    bSourceIds: text('b_source_ids'),
    differenceLow: real('difference_low'),
    differenceHigh: real('difference_high'),
    figureIds: text('figure_ids').notNull(),
    explainedBy: text('explained_by'),
    missingPeriod: text('missing_period'),
  },
  (t) => [
    index('cross_checks_partner').on(t.partner, t.kind, t.id),
    check('cross_checks_kind', inList('kind', CHECK_KINDS)),
    check('cross_checks_status', inList('status', CHECK_STATUSES)),
    check('cross_checks_reason', sql`reason is null or ${inList('reason', CHECK_REASONS)}`),
  ],
);

export type Source = typeof sources.$inferSelect;
export type Partner = typeof partners.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type Commodity = typeof commodities.$inferSelect;
export type Observation = typeof observations.$inferSelect;
export type CommodityShare = typeof commodityShares.$inferSelect;
export type SkippedMention = typeof skippedMentions.$inferSelect;
export type CrossCheck = typeof crossChecks.$inferSelect;
export type Qualifier = (typeof QUALIFIERS)[number];
export type Language = (typeof LANGUAGES)[number];
export type Flow = (typeof FLOWS)[number];
export type Scope = (typeof SCOPES)[number];
