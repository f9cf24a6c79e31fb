import { asc, countDistinct, eq, gte, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { indicators, observations } from '../../db/schema';

/**
 * The period a figure is grouped under for comparison (see figureKey in src/domain/figures.ts):
 * the exact period of a flow; the month of the as-of date of a figure at a date (isAtDate).
 */
const periodKey = sql<string>`case when ${indicators.kind} in ('stock', 'count', 'rank')
  or (${indicators.kind} in ('share', 'growth') and not (substr(${observations.periodStart}, 9, 2) = '01' and substr(date(${observations.periodEnd}, '+1 day'), 9, 2) = '01'))
  then substr(${observations.periodStart}, 1, 7) else ${observations.periodStart} || '/' || ${observations.periodEnd} end`;

/** Partner and indicator pairs with figures for at least two different periods: all that can be compared. */
export function listComparable(db: AppDatabase): Array<{ partner: string; indicator: string }> {
  const periods = countDistinct(periodKey);
  return db
    .select({ partner: observations.partner, indicator: observations.indicator })
    .from(observations)
    .innerJoin(indicators, eq(indicators.code, observations.indicator))
    .groupBy(observations.partner, observations.indicator)
    .having(gte(periods, 2))
    .all();
}

/**
 * Figures stated for at least two partners in one period (as periodKey groups them): what two
 * partners can be compared on. `period` is a flow's "start/end" or the month of an as-of date.
 */
export function listPartnerComparable(db: AppDatabase): Array<{ indicator: string; period: string; partners: string }> {
  return db
    .select({ indicator: observations.indicator, period: periodKey, partners: sql<string>`group_concat(distinct ${observations.partner})` })
    .from(observations)
    .innerJoin(indicators, eq(indicators.code, observations.indicator))
    .groupBy(observations.indicator, periodKey)
    .having(gte(countDistinct(observations.partner), 2))
    .orderBy(asc(observations.indicator), asc(periodKey))
    .all();
}
