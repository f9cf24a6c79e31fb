import { asc, count, countDistinct, desc, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { commodityShares, type Indicator, indicators, observationLines, observations, partners } from '../../db/schema';
import type { Period } from '../domain/periods';
import { figureQueries } from './figure-table';
import type { FigureFilter } from './filters';
import { type SourceDetails, sourceDetails } from './reference';

export type ObservationBase = typeof observations.$inferSelect;

/** An observation with its indicator's kind and its source's details. */
export interface ObservationRow extends ObservationBase, SourceDetails {
  indicatorKind: Indicator['kind'];
}

/** Gives observations their indicator's kind and their source's details (see sourceDetails). */
function attach(db: AppDatabase): (o: ObservationBase) => ObservationRow {
  const kinds = new Map(db.select({ code: indicators.code, kind: indicators.kind }).from(indicators).all().map((i) => [i.code, i.kind]));
  const source = sourceDetails(db);
  return (o) => ({ ...o, indicatorKind: kinds.get(o.indicator) ?? 'flow', ...source(o.sourceId) });
}

/** Listings and downloads: by partner, indicator, period and id, the order of the partner index. */
const figures = figureQueries(observations, observationLines, [asc(observations.partner), asc(observations.indicator), asc(observations.periodStart), asc(observations.id)], attach);
const where = figures.where;

/** "Either side" as two filters that each use an index (an OR across columns would not). */
function sides(filter: FigureFilter): FigureFilter[] {
  if (!filter.involving) return [filter];
  const { involving, ...rest } = filter;
  return [
    { ...rest, partner: [involving] },
    { ...rest, reporter: [involving] },
  ];
}

const byListingOrder = (a: ObservationBase, b: ObservationBase) =>
  a.partner.localeCompare(b.partner) || a.indicator.localeCompare(b.indicator) || a.periodStart.localeCompare(b.periodStart) || a.id.localeCompare(b.id);

/** Observations matching the filter with their indicator and source, ordered by partner, indicator, period. */
export function listObservations(db: AppDatabase, filter: FigureFilter = {}, page?: { limit: number; offset: number }): ObservationRow[] {
  const withDetails = attach(db);
  if (filter.involving) {
    const rows = sides(filter)
      .flatMap((f) => figures.plain(db, f))
      .sort(byListingOrder);
    return (page ? rows.slice(page.offset, page.offset + page.limit) : rows).map(withDetails);
  }
  return figures.plain(db, filter, page).map(withDetails);
}

/**
 * A source's observations in id order (for curated articles, the order they appear in), the first
 * `limit` of them, read along the (source_id, id) index; and one observation by id.
 */
export const listSourceObservations = (db: AppDatabase, sourceId: string, limit: number): ObservationRow[] => figures.bySource(db, sourceId, limit);
export const getObservation = (db: AppDatabase, id: string): ObservationRow | undefined => figures.byId(db, id);

export function countObservations(db: AppDatabase, filter: FigureFilter = {}): number {
  return sides(filter).reduce((n, f) => n + figures.count(db, f), 0);
}

const distinctPeriods = (db: AppDatabase, filter: FigureFilter, limit?: number): Period[] => {
  const query = db
    .selectDistinct({ start: observations.periodStart, end: observations.periodEnd })
    .from(observations)
    .where(where(filter))
    .orderBy(desc(observations.periodStart), desc(observations.periodEnd))
    .$dynamic();
  return (limit === undefined ? query : query.limit(limit)).all();
};

const newestFirst = (a: Period, b: Period) => b.start.localeCompare(a.start) || b.end.localeCompare(a.end);
const uniquePeriods = (periods: Period[]) => [...new Map(periods.map((p) => [`${p.start}/${p.end}`, p])).values()];

/** The latest `limit` distinct periods that have figures matching the filter, newest first. */
export function listLatestPeriods(db: AppDatabase, filter: FigureFilter, limit: number): Period[] {
  return uniquePeriods(sides(filter).flatMap((f) => distinctPeriods(db, f, limit)))
    .sort(newestFirst)
    .slice(0, limit);
}

/** How many distinct periods have figures matching the filter. */
export function countPeriods(db: AppDatabase, filter: FigureFilter): number {
  if (filter.involving) return uniquePeriods(sides(filter).flatMap((f) => distinctPeriods(db, f))).length;
  return (
    db
      .select({ n: countDistinct(sql`${observations.periodStart} || '/' || ${observations.periodEnd}`) })
      .from(observations)
      .where(where(filter))
      .get()?.n ?? 0
  );
}

/** Indicators with at least one figure involving the partner, on either side. */
export function listIndicatorsInvolving(db: AppDatabase, partner: string): string[] {
  const asPartner = db.selectDistinct({ indicator: observations.indicator }).from(observations).where(eq(observations.partner, partner)).all();
  const asReporter = db.selectDistinct({ indicator: observations.indicator }).from(observations).where(eq(observations.reporter, partner)).all();
  return [...new Set([...asPartner, ...asReporter].map((r) => r.indicator))].sort();
}

/**
 * Countries with the most figures, most first: the overview's headline partners. Reads the whole
 * partner index, so callers keep the answer for the data version (see DataCache.memo).
 */
export function listBusiestCountries(db: AppDatabase, limit: number): string[] {
  return db
    .select({ partner: observations.partner })
    .from(observations)
    .innerJoin(partners, eq(partners.code, observations.partner))
    .where(eq(partners.kind, 'country'))
    .groupBy(observations.partner)
    .orderBy(desc(count()), asc(observations.partner))
    .limit(limit)
    .all()
    .map((r) => r.partner);
}

/** How many articles the figures involving a partner (on either side) come from. */
export function countSources(db: AppDatabase, partner: string): number {
  const rows = sides({ involving: partner }).flatMap((f) => db.selectDistinct({ source: observations.sourceId }).from(observations).where(where(f)).all());
  const shares = db.selectDistinct({ source: commodityShares.sourceId }).from(commodityShares).where(eq(commodityShares.partner, partner)).all();
  return new Set([...rows, ...shares].map((r) => r.source)).size;
}

/** Indicators with at least one figure where the code is the partner. */
export function listIndicatorsForPartner(db: AppDatabase, partner: string): string[] {
  return db
    .selectDistinct({ indicator: observations.indicator })
    .from(observations)
    .where(eq(observations.partner, partner))
    .all()
    .map((r) => r.indicator);
}

/** The filtered rows in listing order, one plain array of `fields` per row (see src/csv-contract.ts). */
export const iterateObservationExport = (db: AppDatabase, fields: ReadonlyArray<keyof ObservationBase & string>, filter: Omit<FigureFilter, 'involving'> = {}): Generator<ReadonlyArray<unknown>> => figures.exportRows(db, fields, filter);
/** The filtered rows' stored CSV records in listing order (see figureQueries' exportLines). */
export const iterateObservationLines = (db: AppDatabase, filter: Omit<FigureFilter, 'involving'> = {}): Generator<string> => figures.exportLines(db, filter);
/** Renders and stores every observation's CSV record, in listing order (see figureQueries' writeLines); returns how many. */
export const writeObservationLines = (db: AppDatabase, fields: ReadonlyArray<keyof ObservationBase & string>, render: (row: ReadonlyArray<unknown>) => string): number => figures.writeLines(db, fields, render);
/** Why the stored CSV records cannot be served, or undefined when they can (see figureQueries' staleLines). */
export const staleObservationLines = (db: AppDatabase, fields: ReadonlyArray<keyof ObservationBase & string>, render: (row: ReadonlyArray<unknown>) => string): string | undefined => figures.staleLines(db, fields, render);
