import { asc, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { commodities, dataset, indicators, observations, partners, skippedMentions, type Source, sources } from '../../db/schema';

// Correlated subqueries name the outer table explicitly: Drizzle writes bare column names, which
// inside a subquery would resolve to the inner table.
const figuresCount = sql<number>`(select count(*) from "observations" o where o."source_id" = "sources"."id") + (select count(*) from "commodity_shares" s where s."source_id" = "sources"."id")`;

const sourceFields = {
  id: sources.id,
  publisher: sources.publisher,
  title: sources.title,
  titleEn: sources.titleEn,
  titleRu: sources.titleRu,
  titleKk: sources.titleKk,
  language: sources.language,
  publishedOn: sources.publishedOn,
  datePrecision: sources.datePrecision,
  dateNote: sources.dateNote,
  dateNoteRu: sources.dateNoteRu,
  dateNoteKk: sources.dateNoteKk,
  note: sources.note,
  noteRu: sources.noteRu,
  noteKk: sources.noteKk,
  url: sources.url,
  figuresCount,
};

export type SourceRow = Awaited<ReturnType<typeof listSources>>[number];

/** A figure's source as listings show it beside the figure. */
export interface SourceDetails {
  sourcePublisher: string | null;
  sourceTitle: string;
  sourceTitleEn: string;
  sourcePublishedOn: string;
  sourceLanguage: Source['language'];
}

/**
 * Source details by id, read once per listing: the figure tables are read alone, driven by their
 * indexes, and given these fields from the small sources table (no join order for the planner to
 * get wrong at a million rows).
 */
export function sourceDetails(db: AppDatabase): (sourceId: string) => SourceDetails {
  const byId = new Map(db.select().from(sources).all().map((s) => [s.id, s]));
  return (sourceId) => {
    const source = byId.get(sourceId);
    return {
      sourcePublisher: source?.publisher ?? null,
      sourceTitle: source?.title ?? '',
      sourceTitleEn: source?.titleEn ?? '',
      sourcePublishedOn: source?.publishedOn ?? '',
      sourceLanguage: source?.language ?? 'ru',
    };
  };
}

/** Every source with the number of figures taken from it, newest first. */
export function listSources(db: AppDatabase, filter: { id?: string[] } = {}) {
  const query = db.select(sourceFields).from(sources).orderBy(sql`${sources.publishedOn} desc`, asc(sources.id)).$dynamic();
  const ids = filter.id ?? [];
  return (ids.length > 0 ? query.where(sql`${sources.id} in ${ids}`) : query).all();
}

/** Numbers in the article that were deliberately not recorded, with the reason (in English, Russian and Kazakh). */
export function listSkippedMentions(db: AppDatabase, sourceId: string) {
  return db
    .select({ context: skippedMentions.context, reason: skippedMentions.reason, reasonRu: skippedMentions.reasonRu, reasonKk: skippedMentions.reasonKk })
    .from(skippedMentions)
    .where(eq(skippedMentions.sourceId, sourceId))
    .orderBy(asc(skippedMentions.id))
    .all();
}

export function listPartners(db: AppDatabase) {
  return db.select().from(partners).orderBy(asc(partners.kind), asc(partners.nameEn)).all();
}

export function getPartner(db: AppDatabase, code: string) {
  return db.select().from(partners).where(eq(partners.code, code)).get();
}

export function listIndicators(db: AppDatabase) {
  return db.select().from(indicators).orderBy(asc(indicators.code)).all();
}

export function listCommodities(db: AppDatabase) {
  return db.select().from(commodities).orderBy(asc(commodities.nameEn)).all();
}

/** Partner codes that appear on either side of at least one figure, with how many figures each has. */
export function listPartnersWithFigures(db: AppDatabase) {
  const counted = sql<number>`(select count(*) from "observations" o where o."partner" = "partners"."code" or o."reporter" = "partners"."code") + (select count(*) from "commodity_shares" s where s."partner" = "partners"."code")`;
  return db
    .select({ code: partners.code, kind: partners.kind, nameEn: partners.nameEn, nameRu: partners.nameRu, nameKk: partners.nameKk, aliases: partners.aliases, figuresCount: counted })
    .from(partners)
    // Partners that figures are about; Kazakhstan, which reports nearly all of them, is not its own partner.
    .where(sql`exists (select 1 from "observations" o where o."partner" = "partners"."code") or exists (select 1 from "commodity_shares" s where s."partner" = "partners"."code")`)
    .orderBy(asc(partners.kind), asc(partners.nameEn))
    .all();
}

/** Codes of partners that at least one observation is about. */
export function listObservedPartnerCodes(db: AppDatabase): string[] {
  return db
    .selectDistinct({ partner: observations.partner })
    .from(observations)
    .all()
    .map((r) => r.partner);
}

/** Which curated data the database holds (written by the seed; see db/schema.ts `dataset`). */
export function datasetInfo(db: AppDatabase): { version: string; dataDate: string } {
  const row = db.select({ version: dataset.version, dataDate: dataset.dataDate }).from(dataset).get();
  if (!row) throw new Error('The database has no dataset version: build it with npm run db:seed.');
  return row;
}
