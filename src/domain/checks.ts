/**
 * Cross-checks between stated figures (docs/architecture.md, "Cross-checks"): do the figures agree
 * with each other within the precision the articles printed them? Pure: rows in, results out. The
 * seed runs these over the curated rows and stores the results (table `cross_checks`);
 * `npm run seeds:check` prints them.
 *
 * Every number compared is an interval from `as_written` and the qualifier (src/domain/precision.ts):
 * "1,3 млрд" is 1.25–1.35 bn. Two figures are consistent when their intervals share a value.
 */
import { CHECK_KINDS, type CHECK_REASONS, type CHECK_STATUSES, type CrossCheck, type Qualifier } from '../../db/schema';
import { type FigureLike, figureKey, type IndicatorKind, isAtDate } from './figures';
import { classifyPeriod } from './periods';
import { type Estimate, type Interval, percentChange, statedEstimate, sum } from './precision';

export { CHECK_KINDS };
export type CheckKind = (typeof CHECK_KINDS)[number];
export type CheckStatus = (typeof CHECK_STATUSES)[number];
/** Why a check could not be made; each has a message in three languages. */
export type CheckReason = (typeof CHECK_REASONS)[number];

/** A stated figure as the checks read it (a seed row of observations.csv): a figure, with its note, without its indicator's kind. */
export type CheckFigure = Omit<FigureLike, 'indicatorKind'> & { note?: string | null };

/** A commodity share as the checks read it (a seed row of commodity-shares.csv). */
export interface CheckShare {
  id: string;
  reporter: string;
  partner: string;
  flow: string;
  periodStart: string;
  periodEnd: string;
  sharePct: number;
  qualifier: Qualifier;
  asWritten: string;
  sourceId: string;
  note?: string | null;
}

export interface CheckInput {
  observations: readonly CheckFigure[];
  shares: readonly CheckShare[];
  indicators: ReadonlyArray<{ code: string; kind: IndicatorKind }>;
}

/** One side of a comparison: an interval (ends ±Infinity where open), the plain value, and the figures it comes from. */
export interface CheckSide extends Interval {
  /** The stated value, or the sum of the stated values; null where there is none (the 100 % limit is a number, not a figure). */
  value: number | null;
  figureIds: string[];
  sourceIds: string[];
}

export interface CheckResult {
  /** Stable and unique: the kind and every figure concerned ("trade_sum.000-04.000-05.000-06"). */
  id: string;
  kind: CheckKind;
  status: CheckStatus;
  reason: CheckReason | null;
  reporter: string;
  partner: string;
  /** The indicator (trade_sum: turnover; growth: the growth rate; sources: the figure), or the flow of a share sum. */
  subject: string;
  periodStart: string;
  periodEnd: string;
  unit: string;
  /**
   * What is compared: trade_sum, exports + imports (a) with turnover (b); share_sum, the shares'
   * sum (a) with 100 (b); growth, the stated rate (a) with the rate its levels imply (b, absent
   * when cannot_check); sources, one source's figure (a) with another's (b).
   */
  a: CheckSide;
  b: CheckSide | null;
  /** b − a, every difference the intervals allow (sources only; null elsewhere). */
  difference: Interval | null;
  /** Every figure the check concerns, sorted. */
  figureIds: string[];
  /** The id of a figure whose note names another figure of this check (see `explainingNote`); null where none does. */
  explainedBy: string | null;
  /** For cannot_check, the period whose level is missing (growth). */
  missingPeriod: string | null;
}

/** Growth indicators and the levels they link (a rate "on the previous year" of one of these). */
export const GROWTH_LEVELS: Readonly<Record<string, readonly string[]>> = {
  investment_growth_pct: ['investment_inflow', 'investment_stock'],
};

const byId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id).sort(byId);
const uniqueSources = (rows: ReadonlyArray<{ sourceId: string }>) => [...new Set(rows.map((r) => r.sourceId))].sort();
const overlap = (a: Interval, b: Interval) => Math.max(a.low, b.low) <= Math.min(a.high, b.high);

const estimateOf = (f: CheckFigure): Estimate => statedEstimate(f);
const shareEstimate = (s: CheckShare): Estimate => statedEstimate({ value: s.sharePct, asWritten: s.asWritten, qualifier: s.qualifier, unit: 'percent' });
const side = (e: Interval, value: number | null, rows: ReadonlyArray<{ id: string; sourceId: string }>): CheckSide => ({
  low: e.low,
  high: e.high,
  value,
  figureIds: ids(rows),
  sourceIds: uniqueSources(rows),
});
const plainSum = (values: number[]) => Number(values.reduce((a, b) => a + b, 0).toPrecision(12));

/**
 * How a note explains an inconsistency, kept simple: a note on one of the figures concerned names
 * another of them by its id ("… the article's total differs from 002-02 because …"). Returns that
 * figure's id, or null. A note that describes the difference without naming the id is not counted.
 */
export function explainingNote(rows: ReadonlyArray<{ id: string; note?: string | null }>): string | null {
  for (const row of [...rows].sort((x, y) => byId(x.id, y.id))) {
    if (!row.note) continue;
    for (const other of rows) {
      if (other.id === row.id) continue;
      const escaped = other.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^0-9A-Za-z-])${escaped}($|[^0-9A-Za-z-])`).test(row.note)) return row.id;
    }
  }
  return null;
}

const groupBy = <T>(rows: readonly T[], key: (r: T) => string): T[][] => {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()];
};

function result(
  kind: CheckKind,
  status: CheckStatus,
  context: { reporter: string; partner: string; subject: string; periodStart: string; periodEnd: string; unit: string },
  a: CheckSide,
  b: CheckSide | null,
  rows: ReadonlyArray<{ id: string; note?: string | null }>,
  extra: { reason?: CheckReason; difference?: Interval; missingPeriod?: string } = {},
): CheckResult {
  const figureIds = ids(rows);
  return {
    id: `${kind}.${figureIds.join('.')}`,
    kind,
    status,
    reason: extra.reason ?? null,
    ...context,
    a,
    b,
    difference: extra.difference ?? null,
    figureIds,
    explainedBy: status === 'inconsistent' ? explainingNote(rows) : null,
    missingPeriod: extra.missingPeriod ?? null,
  };
}

/** Exports + imports against turnover, for each reporter, partner, period and source stating turnover. */
export function checkTradeSums(observations: readonly CheckFigure[]): CheckResult[] {
  const trade = observations.filter((o) => o.indicator === 'trade_turnover' || o.indicator === 'exports' || o.indicator === 'imports');
  const out: CheckResult[] = [];
  for (const group of groupBy(trade, (o) => `${o.reporter}|${o.partner}|${o.periodStart}|${o.periodEnd}|${o.sourceId}`)) {
    const turnover = group.filter((o) => o.indicator === 'trade_turnover');
    const flows = group.filter((o) => o.indicator !== 'trade_turnover');
    const exports = flows.filter((o) => o.indicator === 'exports');
    const imports = flows.filter((o) => o.indicator === 'imports');
    const first = group[0];
    if (!first || turnover.length === 0 || flows.length === 0) continue;
    for (const t of turnover) {
      const context = { reporter: t.reporter, partner: t.partner, subject: 'trade_turnover', periodStart: t.periodStart, periodEnd: t.periodEnd, unit: t.unit };
      const stated = side(estimateOf(t), t.value, [t]);
      // One article stating two export figures for one period would be a curation error the loader
      // does not forbid; each pair is checked.
      if (exports.length === 0 || imports.length === 0) {
        const present = [...exports, ...imports];
        out.push(result('trade_sum', 'cannot_check', context, side(sum(present.map(estimateOf)), null, present), stated, [t, ...present], { reason: 'flow_missing' }));
        continue;
      }
      for (const x of exports)
        for (const m of imports) {
          const total = sum([estimateOf(x), estimateOf(m)]);
          const a = side(total, plainSum([x.value, m.value]), [x, m]);
          out.push(result('trade_sum', overlap(total, stated) ? 'consistent' : 'inconsistent', context, a, stated, [t, x, m]));
        }
    }
  }
  return out;
}

/** The shares of one flow (reporter, partner, flow, period, source) add up to at most 100 % within rounding. */
export function checkShareSums(shares: readonly CheckShare[]): CheckResult[] {
  return groupBy(shares, (s) => `${s.reporter}|${s.partner}|${s.flow}|${s.periodStart}|${s.periodEnd}|${s.sourceId}`).flatMap((group) => {
    const first = group[0];
    if (!first) return [];
    const total = sum(group.map(shareEstimate));
    const limit: CheckSide = { low: 100, high: 100, value: 100, figureIds: [], sourceIds: [] };
    const context = { reporter: first.reporter, partner: first.partner, subject: first.flow, periodStart: first.periodStart, periodEnd: first.periodEnd, unit: 'percent' };
    return [result('share_sum', total.low <= 100 ? 'consistent' : 'inconsistent', context, side(total, plainSum(group.map((s) => s.sharePct)), group), limit, group)];
  });
}

/** The calendar year before a whole calendar year ("2024-01-01…2024-12-31" → 2023), or undefined. */
function previousYear(f: { periodStart: string; periodEnd: string }): { start: string; end: string } | undefined {
  if (classifyPeriod({ start: f.periodStart, end: f.periodEnd }) !== 'year') return undefined;
  const year = Number(f.periodStart.slice(0, 4)) - 1;
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * A stated growth rate against the two levels it links: the level of its own year and of the year
 * before, each stated by some article for the same reporter and partner (the growth's own article
 * preferred). Where either is missing the check says which.
 */
export function checkGrowth(observations: readonly CheckFigure[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const g of observations) {
    const levels = GROWTH_LEVELS[g.indicator];
    if (!levels) continue;
    const context = { reporter: g.reporter, partner: g.partner, subject: g.indicator, periodStart: g.periodStart, periodEnd: g.periodEnd, unit: g.unit };
    const stated = side(estimateOf(g), g.value, [g]);
    const levelAt = (start: string, end: string) =>
      observations
        .filter((o) => levels.includes(o.indicator) && o.reporter === g.reporter && o.partner === g.partner && o.periodStart === start && o.periodEnd === end)
        .sort((x, y) => Number(y.sourceId === g.sourceId) - Number(x.sourceId === g.sourceId) || byId(x.id, y.id))[0];
    const before = previousYear(g);
    if (!before) {
      out.push(result('growth', 'cannot_check', context, stated, null, [g], { reason: 'not_a_year' }));
      continue;
    }
    const current = levelAt(g.periodStart, g.periodEnd);
    // The earlier level must be the same indicator as the current one: an inflow against a stock is no growth rate.
    const earlier = current ? levelAt(before.start, before.end) : undefined;
    const sameKind = earlier && current && earlier.indicator === current.indicator ? earlier : undefined;
    if (!current) {
      out.push(result('growth', 'cannot_check', context, stated, null, [g], { reason: 'level_missing', missingPeriod: g.periodStart.slice(0, 4) }));
      continue;
    }
    if (!sameKind) {
      out.push(result('growth', 'cannot_check', context, stated, null, [g, current], { reason: 'earlier_level_missing', missingPeriod: before.start.slice(0, 4) }));
      continue;
    }
    const implied = percentChange(estimateOf(sameKind), estimateOf(current));
    if (!implied) {
      out.push(result('growth', 'cannot_check', context, stated, null, [g, current, sameKind], { reason: 'base_not_positive' }));
      continue;
    }
    const b = side(implied, Number(((current.value / sameKind.value - 1) * 100).toPrecision(12)), [current, sameKind]);
    out.push(result('growth', overlap(implied, stated) ? 'consistent' : 'inconsistent', context, stated, b, [g, current, sameKind]));
  }
  return out;
}

/**
 * The same figure (indicator, reporter, partner, period; at a date, the same month: `figureKey`)
 * stated by different sources, pair by pair: agree when the intervals share a value, differ
 * otherwise, and by how much (b − a).
 */
export function checkSources(observations: readonly CheckFigure[], indicators: CheckInput['indicators']): CheckResult[] {
  const kinds = new Map(indicators.map((i) => [i.code, i.kind]));
  const like = observations.map((o) => ({ ...o, indicatorKind: kinds.get(o.indicator) ?? 'flow' }));
  const out: CheckResult[] = [];
  for (const group of groupBy(like, figureKey)) {
    const sorted = [...group].sort((x, y) => x.sourceId.localeCompare(y.sourceId) || byId(x.id, y.id));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const [x, y] = [sorted[i], sorted[j]];
        if (!x || !y || x.sourceId === y.sourceId) continue;
        const ex = estimateOf(x);
        const ey = estimateOf(y);
        const atDate = isAtDate(x);
        const context = {
          reporter: x.reporter,
          partner: x.partner,
          subject: x.indicator,
          periodStart: atDate ? [x.periodStart, y.periodStart].sort()[0] ?? x.periodStart : x.periodStart,
          periodEnd: atDate ? [x.periodEnd, y.periodEnd].sort()[1] ?? x.periodEnd : x.periodEnd,
          unit: x.unit,
        };
        const difference = { low: ey.low - ex.high, high: ey.high - ex.low };
        out.push(
          result('sources', overlap(ex, ey) ? 'consistent' : 'inconsistent', context, side(ex, x.value, [x]), side(ey, y.value, [y]), [x, y], {
            difference: { low: Number.isNaN(difference.low) ? -Infinity : difference.low, high: Number.isNaN(difference.high) ? Infinity : difference.high },
          }),
        );
      }
  }
  return out;
}

/** Every check over the rows, in a stable order: by kind, then id. */
export function runChecks(input: CheckInput): CheckResult[] {
  const all = [...checkTradeSums(input.observations), ...checkShareSums(input.shares), ...checkGrowth(input.observations), ...checkSources(input.observations, input.indicators)];
  return all.sort(compareChecks);
}

/** The order checks are listed in: by kind (trade sums, share sums, growth, sources), then id. */
export const compareChecks = (a: { kind: CheckKind; id: string }, b: { kind: CheckKind; id: string }) => CHECK_KINDS.indexOf(a.kind) - CHECK_KINDS.indexOf(b.kind) || byId(a.id, b.id);

/** Whether the figures of a check all come from one article. */
export const withinOneArticle = (c: CheckResult) => new Set([...c.a.sourceIds, ...(c.b?.sourceIds ?? [])]).size === 1;

/**
 * What fails `npm run seeds:check`: an inconsistency inside one article that no note on its rows
 * explains. Sources that differ are reported, never fatal: articles do disagree.
 */
export const isFatal = (c: CheckResult) => c.status === 'inconsistent' && withinOneArticle(c) && c.explainedBy === null;

/** The rows of SeedData (or any rows of the same shape) as the checks read them. */
export function checkInput(data: {
  observations: ReadonlyArray<CheckFigure & { note?: string | null | undefined }>;
  commodityShares: ReadonlyArray<CheckShare & { note?: string | null | undefined }>;
  indicators: ReadonlyArray<{ code: string; kind: IndicatorKind }>;
}): CheckInput {
  return { observations: data.observations, shares: data.commodityShares, indicators: data.indicators };
}

/** A stored end: null where open, binary noise cleaned (99.41499999999999 → 99.415). */
const end = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : null);
const list = (xs: readonly string[]) => xs.join(' ');
const split = (s: string | null) => (s ? s.split(' ') : []);

/** A result as the `cross_checks` table stores it: open ends null, id lists space-separated. */
export function toCheckRow(c: CheckResult): CrossCheck {
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    reason: c.reason,
    reporter: c.reporter,
    partner: c.partner,
    subject: c.subject,
    periodStart: c.periodStart,
    periodEnd: c.periodEnd,
    unit: c.unit,
    aLow: end(c.a.low),
    aHigh: end(c.a.high),
    aValue: c.a.value === null ? null : Number(c.a.value.toPrecision(12)),
    aFigureIds: list(c.a.figureIds),
    aSourceIds: list(c.a.sourceIds),
    bLow: c.b ? end(c.b.low) : null,
    bHigh: c.b ? end(c.b.high) : null,
    bValue: c.b ? c.b.value : null,
    bFigureIds: c.b ? list(c.b.figureIds) : null,
    bSourceIds: c.b ? list(c.b.sourceIds) : null,
    differenceLow: c.difference ? end(c.difference.low) : null,
    differenceHigh: c.difference ? end(c.difference.high) : null,
    figureIds: list(c.figureIds),
    explainedBy: c.explainedBy,
    missingPeriod: c.missingPeriod,
  };
}

/** A stored check read back: null ends open again. */
export function fromCheckRow(r: CrossCheck): CheckResult {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    reason: r.reason,
    reporter: r.reporter,
    partner: r.partner,
    subject: r.subject,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    unit: r.unit,
    a: { low: r.aLow ?? -Infinity, high: r.aHigh ?? Infinity, value: r.aValue, figureIds: split(r.aFigureIds), sourceIds: split(r.aSourceIds) },
    b: r.bFigureIds === null ? null : { low: r.bLow ?? -Infinity, high: r.bHigh ?? Infinity, value: r.bValue, figureIds: split(r.bFigureIds), sourceIds: split(r.bSourceIds) },
    difference: r.differenceLow === null && r.differenceHigh === null && r.kind !== 'sources' ? null : { low: r.differenceLow ?? -Infinity, high: r.differenceHigh ?? Infinity },
    figureIds: split(r.figureIds),
    explainedBy: r.explainedBy,
    missingPeriod: r.missingPeriod,
  };
}

/**
 * Where two intervals meet in a single value (7.5–8.5 and 8.5–9.5 meet at 8.5): consistent within
 * rounding, but only just. Undefined where they share more than one value, or none.
 */
export function meetsAt(a: Interval, b: Interval): number | undefined {
  const low = Math.max(a.low, b.low);
  return low === Math.min(a.high, b.high) && Number.isFinite(low) ? low : undefined;
}
