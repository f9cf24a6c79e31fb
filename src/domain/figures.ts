/**
 * Figures as the dashboard shows them: several sources stating one figure are grouped, with the
 * range and a "sources differ" mark; derived values (balance) are computed, never stored.
 */
import type { Indicator, Qualifier } from '../../db/schema';
import { type Period, periodToken, wholeMonths } from './periods';
import { difference, type Estimate, statedEstimate } from './precision';

export type IndicatorKind = Indicator['kind'];

/** Stocks, counts and ranks are stated at a date; flows, growth and shares over a period. */
export function isInstant(kind: IndicatorKind): boolean {
  return kind === 'stock' || kind === 'count' || kind === 'rank';
}

/**
 * A figure stated at a date rather than over a period: every stock, count and rank, and a share or
 * rate the article states "now" (its period is the span its as-of date lies in, not whole months).
 */
export function isAtDate(f: { indicatorKind: IndicatorKind; periodStart: string; periodEnd: string }): boolean {
  if (isInstant(f.indicatorKind)) return true;
  return (f.indicatorKind === 'share' || f.indicatorKind === 'growth') && wholeMonths({ start: f.periodStart, end: f.periodEnd }) === null;
}

/** How many sources one figure lists on a page; the rest are a link away in the data table. */
export const SOURCES_SHOWN = 5;

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
  unit: string;
  qualifier: Qualifier;
  /** The number as printed in the article: it bounds the precision of anything derived from it. */
  asWritten: string;
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
  const when = isAtDate(f) ? f.periodStart.slice(0, 7) : `${f.periodStart}/${f.periodEnd}`;
  return `${f.indicator}|${f.reporter}|${f.partner}|${when}`;
}

/** The months an as-of span covers, as a token: "2025-12", "2014-03/2014-12". */
function monthSpanToken(p: Period): string {
  const [from, to] = [p.start.slice(0, 7), p.end.slice(0, 7)];
  return from === to ? from : `${from}/${to}`;
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
    const instant = isAtDate(first);
    return {
      key,
      indicator: first.indicator,
      reporter: first.reporter,
      partner: first.partner,
      period,
      token: instant && period.start !== period.end ? monthSpanToken(period) : periodToken(period),
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
  /** Every value the two stated figures allow: "3,5 млрд" − "3,4 млрд" is 0–0.2 bn, sign uncertain. */
  estimate: Estimate;
  period: Period;
  /** The two stated figures it is computed from, from the same article. */
  exports: T;
  imports: T;
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
        estimate: difference(statedEstimate(m), statedEstimate(x)),
        period: { start: x.periodStart, end: x.periodEnd },
        exports: x,
        imports: m,
      });
  }
  return out;
}
