import { asc, count, desc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { commodities, commodityShares, sources } from '../../db/schema';
import { type FigureFilter, whereOf } from './filters';
import { iterateSelect } from './stream';

const fields = {
  id: commodityShares.id,
  reporter: commodityShares.reporter,
  partner: commodityShares.partner,
  flow: commodityShares.flow,
  periodStart: commodityShares.periodStart,
  periodEnd: commodityShares.periodEnd,
  commodity: commodityShares.commodity,
  commodityNameEn: commodities.nameEn,
  commodityNameRu: commodities.nameRu,
  commodityNameKk: commodities.nameKk,
  commodityOriginal: commodityShares.commodityOriginal,
  hsCode: commodities.hsCode,
  sharePct: commodityShares.sharePct,
  qualifier: commodityShares.qualifier,
  asWritten: commodityShares.asWritten,
  sourceId: commodityShares.sourceId,
  sourcePublisher: sources.publisher,
  sourceTitle: sources.title,
  sourcePublishedOn: sources.publishedOn,
  sourceLanguage: sources.language,
  quote: commodityShares.quote,
  quoteEn: commodityShares.quoteEn,
  quoteRu: commodityShares.quoteRu,
  quoteKk: commodityShares.quoteKk,
  note: commodityShares.note,
};

const where = (filter: FigureFilter) =>
  whereOf(
    {
      partner: commodityShares.partner,
      reporter: commodityShares.reporter,
      flow: commodityShares.flow,
      commodity: commodityShares.commodity,
      qualifier: commodityShares.qualifier,
      sourceId: commodityShares.sourceId,
      periodStart: commodityShares.periodStart,
      periodEnd: commodityShares.periodEnd,
    },
    filter,
  );

const select = (db: AppDatabase, filter: FigureFilter) =>
  db
    .select(fields)
    .from(commodityShares)
    .innerJoin(commodities, eq(commodities.code, commodityShares.commodity))
    .innerJoin(sources, eq(sources.id, commodityShares.sourceId))
    .where(where(filter))
    .orderBy(asc(commodityShares.partner), asc(commodityShares.flow), asc(commodityShares.periodStart), desc(commodityShares.sharePct), asc(commodityShares.id))
    .$dynamic();

export type CommodityShareRow = Awaited<ReturnType<ReturnType<typeof select>['all']>>[number];

/** Commodity shares matching the filter, largest share first within each partner, flow and period. */
export function listCommodityShares(db: AppDatabase, filter: FigureFilter = {}, page?: { limit: number; offset: number }): CommodityShareRow[] {
  const query = select(db, filter);
  return (page ? query.limit(page.limit).offset(page.offset) : query).all();
}

export function iterateCommodityShares(db: AppDatabase, filter: FigureFilter = {}): Generator<CommodityShareRow> {
  return iterateSelect<CommodityShareRow>(db, select(db, filter), fields);
}

export function countCommodityShares(db: AppDatabase, filter: FigureFilter = {}): number {
  return db.select({ n: count() }).from(commodityShares).where(where(filter)).get()?.n ?? 0;
}
