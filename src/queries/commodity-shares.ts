import { asc, count, desc, eq, getTableColumns } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { commodities, commodityShares } from '../../db/schema';
import { type FigureFilter, whereOf } from './filters';
import { type SourceDetails, sourceDetails } from './reference';
import { iterateRaw, type RowOf } from './stream';

type ShareBase = typeof commodityShares.$inferSelect;

/** A commodity share with its commodity's names and HS code and its source's details. */
export interface CommodityShareRow extends ShareBase, SourceDetails {
  commodityNameEn: string;
  commodityNameRu: string;
  commodityNameKk: string;
  hsCode: string | null;
}

const columns = getTableColumns(commodityShares);

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

/** Gives shares their commodity's names and HS code and their source's details (see sourceDetails). */
function attach(db: AppDatabase): (s: ShareBase) => CommodityShareRow {
  const byCommodity = new Map(db.select().from(commodities).all().map((c) => [c.code, c]));
  const source = sourceDetails(db);
  return (row) => {
    const commodity = byCommodity.get(row.commodity);
    return {
      ...row,
      commodityNameEn: commodity?.nameEn ?? row.commodity,
      commodityNameRu: commodity?.nameRu ?? row.commodity,
      commodityNameKk: commodity?.nameKk ?? row.commodity,
      hsCode: commodity?.hsCode ?? null,
      ...source(row.sourceId),
    };
  };
}

/** Listings and downloads: by partner, flow and period, largest share first. */
const LISTING_ORDER = [asc(commodityShares.partner), asc(commodityShares.flow), asc(commodityShares.periodStart), desc(commodityShares.sharePct), asc(commodityShares.id)];

const ordered = (db: AppDatabase, filter: FigureFilter) => db.select(columns).from(commodityShares).where(where(filter)).orderBy(...LISTING_ORDER).$dynamic();

/** Commodity shares matching the filter, largest share first within each partner, flow and period. */
export function listCommodityShares(db: AppDatabase, filter: FigureFilter = {}, page?: { limit: number; offset: number }): CommodityShareRow[] {
  const query = ordered(db, filter);
  return (page ? query.limit(page.limit).offset(page.offset) : query).all().map(attach(db));
}

/** A source's commodity shares in id order, the first `limit` of them; and one share by id (see listSourceObservations). */
export function listSourceShares(db: AppDatabase, sourceId: string, limit: number): CommodityShareRow[] {
  return db.select(columns).from(commodityShares).where(eq(commodityShares.sourceId, sourceId)).orderBy(asc(commodityShares.id)).limit(limit).all().map(attach(db));
}

export function getCommodityShare(db: AppDatabase, id: string): CommodityShareRow | undefined {
  const row = db.select(columns).from(commodityShares).where(eq(commodityShares.id, id)).get();
  return row && attach(db)(row);
}

export function countCommodityShares(db: AppDatabase, filter: FigureFilter = {}): number {
  return db.select({ n: count() }).from(commodityShares).where(where(filter)).get()?.n ?? 0;
}

/** The latest period for which the partner's shares of this flow are given, if any. */
export function latestSharePeriod(db: AppDatabase, partner: string, flow: 'export' | 'import') {
  return db
    .select({ start: commodityShares.periodStart, end: commodityShares.periodEnd })
    .from(commodityShares)
    .where(where({ partner: [partner], flow: [flow] }))
    .orderBy(desc(commodityShares.periodStart), desc(commodityShares.periodEnd))
    .limit(1)
    .get();
}

/** What an export reads of each commodity share, in this order (see OBSERVATION_EXPORT for why arrays). */
export const SHARE_EXPORT = [
  'id',
  'reporter',
  'partner',
  'flow',
  'periodStart',
  'periodEnd',
  'commodity',
  'commodityOriginal',
  'sharePct',
  'qualifier',
  'asWritten',
  'sourceId',
  'quote',
  'quoteEn',
  'quoteRu',
  'quoteKk',
  'note',
  // Served only with `?lang=`: the note in Russian and Kazakh.
  'noteRu',
  'noteKk',
] as const;

export type ShareExportRow = RowOf<ShareBase, typeof SHARE_EXPORT>;

/** The filtered commodity shares in listing order, one plain array per row. */
export function iterateShareExport(db: AppDatabase, filter: FigureFilter = {}): Generator<ShareExportRow> {
  const fields = Object.fromEntries(SHARE_EXPORT.map((key) => [key, columns[key]])) as Pick<typeof columns, (typeof SHARE_EXPORT)[number]>;
  const query = db
    .select(fields)
    .from(commodityShares)
    .where(where(filter))
    .orderBy(...LISTING_ORDER);
  return iterateRaw<ShareExportRow>(db, query);
}
