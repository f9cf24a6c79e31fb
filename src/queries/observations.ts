import { asc, count, eq } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { indicators, observations, sources } from '../../db/schema';
import { type FigureFilter, whereOf } from './filters';
import { iterateSelect } from './stream';

const fields = {
  id: observations.id,
  indicator: observations.indicator,
  indicatorKind: indicators.kind,
  reporter: observations.reporter,
  partner: observations.partner,
  periodStart: observations.periodStart,
  periodEnd: observations.periodEnd,
  value: observations.value,
  unit: observations.unit,
  qualifier: observations.qualifier,
  asWritten: observations.asWritten,
  sourceId: observations.sourceId,
  sourcePublisher: sources.publisher,
  sourceTitle: sources.title,
  sourceTitleEn: sources.titleEn,
  sourcePublishedOn: sources.publishedOn,
  sourceLanguage: sources.language,
  quote: observations.quote,
  quoteEn: observations.quoteEn,
  quoteRu: observations.quoteRu,
  quoteKk: observations.quoteKk,
  note: observations.note,
};

const where = (filter: FigureFilter) =>
  whereOf(
    {
      partner: observations.partner,
      reporter: observations.reporter,
      indicator: observations.indicator,
      qualifier: observations.qualifier,
      sourceId: observations.sourceId,
      periodStart: observations.periodStart,
      periodEnd: observations.periodEnd,
    },
    filter,
  );

const select = (db: AppDatabase, filter: FigureFilter) =>
  db
    .select(fields)
    .from(observations)
    .innerJoin(indicators, eq(indicators.code, observations.indicator))
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(where(filter))
    .orderBy(asc(observations.partner), asc(observations.indicator), asc(observations.periodStart), asc(observations.id))
    .$dynamic();

export type ObservationRow = Awaited<ReturnType<ReturnType<typeof select>['all']>>[number];

/** Observations matching the filter with their indicator and source, ordered by partner, indicator, period. */
export function listObservations(db: AppDatabase, filter: FigureFilter = {}, page?: { limit: number; offset: number }): ObservationRow[] {
  const query = select(db, filter);
  return (page ? query.limit(page.limit).offset(page.offset) : query).all();
}

/** The same rows as listObservations, one at a time (for CSV and JSON exports). */
export function iterateObservations(db: AppDatabase, filter: FigureFilter = {}): Generator<ObservationRow> {
  return iterateSelect<ObservationRow>(db, select(db, filter), fields);
}

export function countObservations(db: AppDatabase, filter: FigureFilter = {}): number {
  return db.select({ n: count() }).from(observations).where(where(filter)).get()?.n ?? 0;
}
