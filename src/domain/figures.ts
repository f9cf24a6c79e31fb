/**
 * Figures as the dashboard shows them: several sources stating one figure are grouped, with the
 * range and a "sources differ" mark; derived values (balance) are computed, never stored.
 */
import type { Indicator, Qualifier } from '../../db/schema';
import { type Period, periodToken } from './periods';

export type IndicatorKind = Indicator['kind'];

/** Stocks, counts and ranks are stated at a date; flows, growth and shares over a period. */
export function isInstant(kind: IndicatorKind): boolean {
  return kind === 'stock' || kind === 'count' || kind === 'rank';
}

/** Figure ids in their natural order: "000-02" before "000-10", observations before shares ("000-s01"). */
export const byFigureId = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

export interface FigureLike {
  id: string;
  indicator: string;
  indicatorKind: IndicatorKind;
  reporter: string;
  partner: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  qualifier: Qualifier;
  sourceId: string;
}

export interface FigureGroup<T extends FigureLike> {
  key: string;
  indicator: string;
  reporter: string;
  partner: string;
  /** For a flow, its period; for figures at a date, the span of their as-of dates. */
  period: Period;
  /** Compare token that selects this group. */
  token: string;
  figures: T[];
  low: number;
  high: number;
  /** The sources give different values for what is one figure. */
  sourcesDiffer: boolean;
  /** Any figure in the group is approximate or a bound (about, more than …). */
  approximate: boolean;
}

/**
 * The key under which sources state "the same figure": same indicator, reporter and partner, and
 * the same period — or, for figures at a date, as-of dates in the same calendar month (three
 * articles of December 2025 give Japan's accumulated investment as of 17, 20 and 31 December).
 */
export function figureKey(f: FigureLike): string {
  const when = isInstant(f.indicatorKind) ? f.periodStart.slice(0, 7) : `${f.periodStart}/${f.periodEnd}`;
  return `${f.indicator}|${f.reporter}|${f.partner}|${when}`;
}

/** Groups figures by figureKey, keeping the order of first appearance. */
export function groupFigures<T extends FigureLike>(figures: readonly T[]): Array<FigureGroup<T>> {
  const groups = new Map<string, T[]>();
  for (const f of figures) {
    const key = figureKey(f);
    const members = groups.get(key);
    if (members) members.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()].map(([key, members]) => {
    const first = members[0] as T;
    const values = members.map((m) => m.value);
    const starts = members.map((m) => m.periodStart).sort();
    const ends = members.map((m) => m.periodEnd).sort();
    const period = { start: starts[0] as string, end: ends[ends.length - 1] as string };
    const instant = isInstant(first.indicatorKind);
    return {
      key,
      indicator: first.indicator,
      reporter: first.reporter,
      partner: first.partner,
      period,
      token: instant && period.start !== period.end ? period.start.slice(0, 7) : periodToken(period),
      figures: members,
      low: Math.min(...values),
      high: Math.max(...values),
      sourcesDiffer: new Set(values).size > 1,
      approximate: members.some((m) => m.qualifier !== 'exact'),
    };
  });
}

/** The group with the latest period (by end, then start), or undefined. */
export function latestGroup<T extends FigureLike>(groups: ReadonlyArray<FigureGroup<T>>): FigureGroup<T> | undefined {
  return [...groups].sort((a, b) => (a.period.end === b.period.end ? a.period.start.localeCompare(b.period.start) : a.period.end.localeCompare(b.period.end))).pop();
}

export interface Balance<T extends FigureLike = FigureLike> {
  value: number;
  period: Period;
  /** The two stated figures it is computed from, from the same article. */
  exports: T;
  imports: T;
  approximate: boolean;
}

/**
 * Trade balance (exports − imports), derived for each source and period that states both.
 * Never stored: it is not what any article said.
 */
export function deriveBalances<T extends FigureLike>(figures: readonly T[]): Array<Balance<T>> {
  const out: Array<Balance<T>> = [];
  const key = (f: T) => `${f.sourceId}|${f.reporter}|${f.partner}|${f.periodStart}|${f.periodEnd}`;
  const imports = new Map<string, T>();
  for (const f of figures) if (f.indicator === 'imports' && !imports.has(key(f))) imports.set(key(f), f);
  for (const x of figures) {
    if (x.indicator !== 'exports') continue;
    const m = imports.get(key(x));
    if (m)
      out.push({
        value: x.value - m.value,
        period: { start: x.periodStart, end: x.periodEnd },
        exports: x,
        imports: m,
        approximate: x.qualifier !== 'exact' || m.qualifier !== 'exact',
      });
  }
  return out;
}
