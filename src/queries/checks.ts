/** The stored cross-checks (table `cross_checks`, written by the seed; src/domain/checks.ts). */
import { asc, count, eq, like, or } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { type CrossCheck, crossChecks } from '../../db/schema';
import { type CheckResult, compareChecks, fromCheckRow } from '../domain/checks';
import { type CommodityShareRow, getCommodityShare } from './commodity-shares';
import { getObservation, type ObservationRow } from './observations';

const ORDER = [asc(crossChecks.kind), asc(crossChecks.id)];

/** Every stored check, the first `limit` of each kind, in kind and id order; and how many there are. */
export function listChecks(db: AppDatabase, limit?: number): { checks: CheckResult[]; total: number } {
  const total = db.select({ n: count() }).from(crossChecks).get()?.n ?? 0;
  const kinds = db.selectDistinct({ kind: crossChecks.kind }).from(crossChecks).all();
  const rows: CrossCheck[] = kinds.flatMap(({ kind }) => {
    const q = db.select().from(crossChecks).where(eq(crossChecks.kind, kind)).orderBy(...ORDER);
    return limit === undefined ? q.all() : q.limit(limit).all();
  });
  return { checks: rows.map(fromCheckRow), total };
}

/** The checks of one partner's figures (either side), along the partner index. */
export function listPartnerChecks(db: AppDatabase, partner: string): CheckResult[] {
  return db
    .select()
    .from(crossChecks)
    .where(or(eq(crossChecks.partner, partner), eq(crossChecks.reporter, partner)))
    .orderBy(...ORDER)
    .all()
    .map(fromCheckRow)
    .sort(compareChecks);
}

/** The checks that concern a source's figures. */
export function listSourceChecks(db: AppDatabase, sourceId: string): CheckResult[] {
  return db
    .select()
    .from(crossChecks)
    .where(or(like(crossChecks.aSourceIds, `%${sourceId}%`), like(crossChecks.bSourceIds, `%${sourceId}%`)))
    .orderBy(...ORDER)
    .all()
    .map(fromCheckRow)
    .filter((c) => c.a.sourceIds.includes(sourceId) || (c.b?.sourceIds.includes(sourceId) ?? false))
    .sort(compareChecks);
}

/** Every stored check as plain rows, for the download. */
export function listCheckRows(db: AppDatabase): CrossCheck[] {
  return db.select().from(crossChecks).orderBy(...ORDER).all().sort(compareChecks);
}

/** The figures checks name, by id: observations and commodity shares with their sources. */
export function checkFigures(db: AppDatabase, ids: Iterable<string>): Map<string, ObservationRow | CommodityShareRow> {
  const out = new Map<string, ObservationRow | CommodityShareRow>();
  for (const id of new Set(ids)) {
    const row = getObservation(db, id) ?? getCommodityShare(db, id);
    if (row) out.set(id, row);
  }
  return out;
}
