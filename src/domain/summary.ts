/**
 * How a partner's figures are arranged on the overview and partner pages: trade by period,
 * investment, agreements and the rest, each as groups of sources stating one figure.
 */
import { AGREEMENTS, INVESTMENT, TRADE } from './codes';
import { type Balance, deriveBalances, type FigureGroup, type FigureLike, groupFigures, latestGroup } from './figures';
import { classifyPeriod, type Period, type PeriodKind, wholeMonths } from './periods';
import { difference, type Estimate, exact, hull, scaled, statedEstimate, sum } from './precision';


export interface TradePeriod<T extends FigureLike> {
  period: Period;
  kind: PeriodKind;
  turnover?: FigureGroup<T>;
  exports?: FigureGroup<T>;
  imports?: FigureGroup<T>;
  balances: Array<Balance<T>>;
  /** For a multi-year total: its years, and the annual average of each flow (derived), which charts draw instead of the total. */
  years?: number;
  annualAverage?: Partial<Record<'turnover' | 'exports' | 'imports', Estimate>>;
}

/** Every value the sources of one group allow, from their printed precision and qualifiers. */
export function groupEstimate<T extends FigureLike>(group: FigureGroup<T>): Estimate {
  return hull(group.figures.map(statedEstimate));
}

/** Trade flows reported by Kazakhstan with the partner, one entry per period, oldest first. */
export function tradeByPeriod<T extends FigureLike>(figures: readonly T[], partner: string): Array<TradePeriod<T>> {
  const trade = figures.filter((f) => f.partner === partner && f.reporter === 'KAZ' && TRADE.includes(f.indicator));
  const balances = new Map<string, Array<Balance<T>>>();
  for (const b of deriveBalances(trade)) {
    const key = `${b.period.start}/${b.period.end}`;
    balances.set(key, [...(balances.get(key) ?? []), b]);
  }
  const byPeriod = new Map<string, TradePeriod<T>>();
  for (const group of groupFigures(trade)) {
    const key = `${group.period.start}/${group.period.end}`;
    const entry = byPeriod.get(key) ?? {
      period: group.period,
      kind: classifyPeriod(group.period),
      balances: balances.get(key) ?? [],
    };
    if (group.indicator === 'trade_turnover') entry.turnover = group;
    if (group.indicator === 'exports') entry.exports = group;
    if (group.indicator === 'imports') entry.imports = group;
    byPeriod.set(key, entry);
  }
  for (const entry of byPeriod.values()) {
    if (entry.kind !== 'multi_year') continue;
    const years = (wholeMonths(entry.period) ?? 12) / 12;
    entry.years = years;
    entry.annualAverage = {};
    for (const key of ['turnover', 'exports', 'imports'] as const) {
      const group = entry[key];
      if (group) entry.annualAverage[key] = scaled(groupEstimate(group), 1 / years);
    }
  }
  return [...byPeriod.values()].sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
}

export interface PartnerSummary<T extends FigureLike> {
  turnover?: FigureGroup<T>;
  exports?: FigureGroup<T>;
  imports?: FigureGroup<T>;
  /** Derived for the latest period in which one article states both exports and imports. */
  balance?: Balance<T>;
  investment?: FigureGroup<T>;
}

/** The latest stated turnover, exports, imports, balance and accumulated investment for a partner. */
export function summarisePartner<T extends FigureLike>(figures: readonly T[], partner: string): PartnerSummary<T> {
  const mine = figures.filter((f) => f.partner === partner && f.reporter === 'KAZ');
  const latest = (indicator: string) => latestGroup(groupFigures(mine.filter((f) => f.indicator === indicator)));
  const balance = deriveBalances(mine).sort((a, b) => a.period.end.localeCompare(b.period.end)).pop();
  return {
    turnover: latest('trade_turnover'),
    exports: latest('exports'),
    imports: latest('imports'),
    balance,
    investment: latest('investment_stock'),
  };
}

export interface PartnerSections<T extends FigureLike> {
  trade: Array<TradePeriod<T>>;
  investment: Array<FigureGroup<T>>;
  agreements: Array<FigureGroup<T>>;
  other: Array<FigureGroup<T>>;
}

const newestFirst = <T extends FigureLike>(groups: Array<FigureGroup<T>>) =>
  groups.sort((a, b) => b.period.end.localeCompare(a.period.end) || a.indicator.localeCompare(b.indicator));

/** Every figure involving the partner (on either side), arranged in the partner page's sections. */
export function partnerSections<T extends FigureLike>(figures: readonly T[], partner: string): PartnerSections<T> {
  const mine = figures.filter((f) => f.partner === partner || f.reporter === partner);
  const trade = tradeByPeriod(mine, partner);
  const inTrade = new Set(trade.flatMap((p) => [p.turnover, p.exports, p.imports]).flatMap((g) => g?.figures.map((f) => f.id) ?? []));
  const rest = mine.filter((f) => !inTrade.has(f.id));
  return {
    trade,
    investment: newestFirst(groupFigures(rest.filter((f) => INVESTMENT.includes(f.indicator)))),
    agreements: newestFirst(groupFigures(rest.filter((f) => AGREEMENTS.includes(f.indicator)))),
    other: newestFirst(groupFigures(rest.filter((f) => !INVESTMENT.includes(f.indicator) && !AGREEMENTS.includes(f.indicator)))),
  };
}

export interface ShareLike {
  id: string;
  flow: 'export' | 'import';
  periodStart: string;
  periodEnd: string;
  sourceId: string;
  sharePct: number;
  qualifier: FigureLike['qualifier'];
  asWritten: string;
}

export interface Composition<S extends ShareLike> {
  flow: 'export' | 'import';
  period: Period;
  sourceId: string;
  shares: S[];
  /** What the source leaves unitemised: 100 % minus the listed shares, within their printed precision (derived). */
  unitemised: Estimate;
}

/** Commodity shares as the sources list them: one composition per flow, period and source, largest share first. */
export function compositions<S extends ShareLike>(shares: readonly S[]): Array<Composition<S>> {
  const groups = new Map<string, S[]>();
  for (const s of shares) {
    const key = `${s.flow}|${s.periodStart}|${s.periodEnd}|${s.sourceId}`;
    const members = groups.get(key);
    if (members) members.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()]
    .map((members) => {
      const first = members[0] as S;
      return {
        flow: first.flow,
        period: { start: first.periodStart, end: first.periodEnd },
        sourceId: first.sourceId,
        shares: [...members].sort((a, b) => b.sharePct - a.sharePct),
        unitemised: difference(sum(members.map((s) => statedEstimate({ value: s.sharePct, asWritten: s.asWritten, qualifier: s.qualifier, unit: 'percent' }))), exact(100)),
      };
    })
    .sort((a, b) => a.flow.localeCompare(b.flow) || b.period.end.localeCompare(a.period.end));
}
