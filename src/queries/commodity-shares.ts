import { asc, desc } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { commodities, commodityShareLines, commodityShares } from '../../db/schema';
import { figureQueries } from './figure-table';
import type { FigureFilter } from './filters';
import { type SourceDetails, sourceDetails } from './reference';

export type ShareBase = typeof commodityShares.$inferSelect;

/** A commodity share with its commodity's names and HS code and its source's details. */
export interface CommodityShareRow extends ShareBase, SourceDetails {
  commodityNameEn: string;
  commodityNameRu: string;
  commodityNameKk: string;
  hsCode: string | null;
}

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
const shares = figureQueries(commodityShares, commodityShareLines, [asc(commodityShares.partner), asc(commodityShares.flow), asc(commodityShares.periodStart), desc(commodityShares.sharePct), asc(commodityShares.id)], attach);
const where = shares.where;

/** Commodity shares matching the filter, largest share first within each partner, flow and period. */
export function listCommodityShares(db: AppDatabase, filter: FigureFilter = {}, page?: { limit: number; offset: number }): CommodityShareRow[] {
  return shares.plain(db, filter, page).map(attach(db));
}

/** A source's commodity shares in id order, the first `limit` of them; and one share by id (see listSourceObservations). */
export const listSourceShares = (db: AppDatabase, sourceId: string, limit: number): CommodityShareRow[] => shares.bySource(db, sourceId, limit);
export const getCommodityShare = (db: AppDatabase, id: string): CommodityShareRow | undefined => shares.byId(db, id);
export const countCommodityShares = (db: AppDatabase, filter: FigureFilter = {}): number => shares.count(db, filter);

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

/** The filtered rows in listing order, one plain array of `fields` per row (see src/csv-contract.ts). */
export const iterateShareExport = (db: AppDatabase, fields: ReadonlyArray<keyof ShareBase & string>, filter: FigureFilter = {}): Generator<ReadonlyArray<unknown>> => shares.exportRows(db, fields, filter);
/** The filtered rows' stored CSV records in listing order (see figureQueries' exportLines). */
export const iterateShareLines = (db: AppDatabase, filter: FigureFilter = {}): Generator<string> => shares.exportLines(db, filter);
/** Renders and stores every commodity share's CSV record, in listing order (see figureQueries' writeLines); returns how many. */
export const writeShareLines = (db: AppDatabase, fields: ReadonlyArray<keyof ShareBase & string>, render: (row: ReadonlyArray<unknown>) => string): number => shares.writeLines(db, fields, render);
/** Why the stored CSV records cannot be served, or undefined when they can (see figureQueries' staleLines). */
export const staleShareLines = (db: AppDatabase, fields: ReadonlyArray<keyof ShareBase & string>, render: (row: ReadonlyArray<unknown>) => string): string | undefined => shares.staleLines(db, fields, render);
