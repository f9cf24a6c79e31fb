import { and, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Period } from '../domain/periods';

/** Validated filters (see src/pages/filters.ts): each list is "any of", lists combine with "and". */
export interface FigureFilter {
  partner?: string[];
  reporter?: string[];
  indicator?: string[];
  flow?: string[];
  commodity?: string[];
  qualifier?: string[];
  sourceId?: string[];
  /** Figures whose period lies inside this range. */
  period?: Period;
  /** Figures with this code on either side, as partner or as reporter. */
  involving?: string;
  /** Figures whose period is exactly one of these. */
  periods?: Period[];
}

/** Builds the WHERE clause for the filter fields a table has; absent or empty filters match everything. */
type FilterColumns = Partial<Record<Exclude<keyof FigureFilter, 'period' | 'involving' | 'periods'>, SQLiteColumn>> & { periodStart: SQLiteColumn; periodEnd: SQLiteColumn };

export function whereOf(columns: FilterColumns, filter: FigureFilter): SQL | undefined {
  const parts: Array<SQL | undefined> = [];
  for (const key of ['partner', 'reporter', 'indicator', 'flow', 'commodity', 'qualifier', 'sourceId'] as const) {
    const column = columns[key];
    const values = filter[key];
    if (column && values && values.length > 0) parts.push(inArray(column, values));
  }
  if (filter.involving && columns.partner) {
    const either = columns.reporter ? or(eq(columns.partner, filter.involving), eq(columns.reporter, filter.involving)) : eq(columns.partner, filter.involving);
    parts.push(either);
  }
  if (filter.period) parts.push(gte(columns.periodStart, filter.period.start), lte(columns.periodEnd, filter.period.end));
  if (filter.periods) {
    // An empty set matches nothing, as "none of these periods" should.
    parts.push(filter.periods.length === 0 ? sql`0` : or(...filter.periods.map((p) => and(eq(columns.periodStart, p.start), eq(columns.periodEnd, p.end)))));
  }
  return and(...parts);
}
