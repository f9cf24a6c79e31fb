/**
 * The compare pages as models: which partners, figures and periods can be compared, the chosen
 * comparison, and its JSON and CSV shapes. Plain functions of the database and the reader's
 * language; routes parse the query, call these and pick a view (docs/architecture.md, "Pages").
 */
import type { AppDatabase } from '../../db/client';
import type { Indicator, Partner } from '../../db/schema';
import { type Comparison, comparePartners, compareSide, comparePeriods, type Measure, samePeriod } from '../domain/compare';
import { type FigureGroup, groupFigures, isAtDate } from '../domain/figures';
import { type Period, parsePeriodToken, periodToken } from '../domain/periods';
import { asOfLabel, periodLabel } from '../i18n/labels';
import { exportEstimate } from '../domain/precision';
import { HttpError, truncate } from '../errors';
import type { ExportColumn } from '../csv-contract';
import { listComparable, listPartnerComparable } from '../queries/comparable';
import { listIndicatorsForPartner, listObservations, type ObservationRow } from '../queries/observations';
import { listIndicators, listPartners } from '../queries/reference';
import { asOf, localName, type Reader } from '../i18n/names';

/** What a page model reads: the database, the reader's language, and the per-data-version memo. */
export interface PageContext {
  db: AppDatabase;
  ui: Reader;
  memo: <T>(key: string, compute: () => T) => T;
}

/** The compare page's query, validated by the route. */
export interface CompareQuery {
  partner?: string | undefined;
  indicator?: string | undefined;
  a?: string | undefined;
  b?: string | undefined;
  step?: 'partner' | 'indicator' | undefined;
  go?: '1' | undefined;
  bom?: '0' | '1' | undefined;
}

/** The two-partner page's query, validated by the route. */
export interface ComparePartnersQuery {
  figure?: string | undefined;
  a?: string | undefined;
  b?: string | undefined;
  bom?: '0' | '1' | undefined;
}

export interface PartnerFigureChoice {
  value: string;
  label: string;
  /** The period token: a flow's period, or the month of an as-of date. */
  token: string;
  partners: Partner[];
  indicator: Indicator;
  periodLabel: string;
}

export interface PartnersChoice {
  choices: PartnerFigureChoice[];
  /** Null when nothing can be compared yet. */
  chosen: null | {
    choice: PartnerFigureChoice;
    indicator: Indicator;
    periodLabel: string;
    partnerA: Partner;
    partnerB: Partner;
    a: FigureGroup<ObservationRow>;
    b: FigureGroup<ObservationRow>;
    comparison: Comparison;
    /** The query of this comparison, for its downloads. */
    query: string;
  };
}

export interface CompareChoice {
  partner: Partner;
  indicator: Indicator;
  /** Period groups with figures for this partner and indicator, oldest first. */
  groups: Array<FigureGroup<ObservationRow>>;
  partners: Partner[];
  indicators: Indicator[];
  a: FigureGroup<ObservationRow>;
  b: FigureGroup<ObservationRow>;
  comparison: Comparison;
  /** Which selects a partial response must refresh: those after the one the reader changed. */
  refresh: Array<'indicator' | 'a' | 'b'>;
  /** The submitted periods are not stated for this figure; its first and latest are shown instead. */
  periodsReset: boolean;
}

/** Figures at a date (stocks, counts, shares stated "now"): their period is the span the as-of date lies in. */
const atDate = (g: FigureGroup<ObservationRow>) => g.figures.some(isAtDate);

/**
 * The figures a token selects: its own group; else a flow's exact period, or for figures at a date
 * the latest group whose as-of span meets the token's range ("2014" finds "as of Mar–Dec 2014").
 */
function pick(groups: Array<FigureGroup<ObservationRow>>, raw: string): FigureGroup<ObservationRow> | undefined {
  const own = groups.find((g) => g.token === raw);
  if (own) return own;
  const period = parsePeriodToken(raw);
  if (!period) return undefined;
  const flow = groups.find((g) => !atDate(g) && g.period.start === period.start && g.period.end === period.end);
  return flow ?? groups.filter((g) => atDate(g) && g.period.start <= period.end && g.period.end >= period.start).pop();
}

export function choosePeriods({ db, ui, memo }: PageContext, parsed: CompareQuery): CompareChoice & { bom: boolean } {
  const { t } = ui;
  // "Show" for a partner starts its choices afresh; "Show" for a figure keeps the partner and lists its periods.
  const q = parsed.step === 'partner' ? { ...parsed, indicator: undefined, a: undefined, b: undefined } : parsed.step === 'indicator' ? { ...parsed, a: undefined, b: undefined } : parsed;
  const all = listPartners(db);
  const indicators = listIndicators(db);
  // Only what has figures for two different periods can be compared; nothing else is offered.
  const comparable = memo('comparable', () => listComparable(db));
  const partners = all.filter((p) => comparable.some((x) => x.partner === p.code));
  const requested = q.partner ? all.find((p) => p.code === q.partner) : undefined;
  if (q.partner && !requested) throw new HttpError(404, t.errors.noPartner(q.partner));
  const partner = requested ?? partners.find((p) => p.code === 'JPN') ?? partners[0];
  if (!partner) throw new HttpError(404, t.compare.nothingAtAll);
  if (q.indicator && !indicators.some((i) => i.code === q.indicator))
    throw new HttpError(400, t.errors.invalidParameter('indicator', t.errors.unknownValue(truncate(q.indicator), indicators.map((i) => i.code).join(', '))));
  // Errors name figures and periods as the page does, never by their codes and URL tokens.
  const figuresNamed = (list: typeof indicators) => list.map((i) => localName(ui, i)).join('; ') || t.common.none;
  const available = indicators.filter((i) => comparable.some((x) => x.partner === partner.code && x.indicator === i.code));
  const stated = new Set(memo(`indicators:${partner.code}`, () => listIndicatorsForPartner(db, partner.code)));
  if (q.indicator && !stated.has(q.indicator)) {
    const chosen = indicators.find((i) => i.code === q.indicator);
    throw new HttpError(404, t.errors.noIndicator(chosen ? localName(ui, chosen) : q.indicator, localName(ui, partner), figuresNamed(available)));
  }
  const indicator = q.indicator ? indicators.find((i) => i.code === q.indicator) : (available.find((i) => i.code === 'trade_turnover') ?? available[0]);
  if (!indicator) throw new HttpError(404, t.compare.nothing(localName(ui, partner)));
  const groups = groupFigures(listObservations(db, { partner: [partner.code], indicator: [indicator.code] })).sort(
    (x, y) => x.period.end.localeCompare(y.period.end) || x.period.start.localeCompare(y.period.start),
  );
  const label = (g: FigureGroup<ObservationRow>) => (atDate(g) ? asOf(ui, g.period) : ui.f.period(g.period));
  const periodsNamed = groups.map(label).join('; ');
  let periodsReset = false;
  const side = (raw: string | undefined, fallback: FigureGroup<ObservationRow> | undefined) => {
    if (raw === undefined) return fallback as FigureGroup<ObservationRow>;
    const found = pick(groups, raw);
    // From the form's one submit: periods listed for another figure give way to this figure's own.
    if (!found && q.go === '1' && fallback) {
      periodsReset = true;
      return fallback;
    }
    if (!found) throw new HttpError(404, t.errors.noPeriod(localName(ui, indicator), localName(ui, partner), ui.f.period(parsePeriodToken(raw) ?? { start: raw, end: raw }), periodsNamed));
    return found;
  };
  const a = side(q.a, groups[0]);
  const b = side(q.b, groups[groups.length - 1]);
  // One period against itself is no change: several sources for it are "sources differ", shown on the partner page.
  const same = a.key === b.key || samePeriod(a.period, b.period);
  if (same && q.a !== undefined && q.b !== undefined) throw new HttpError(400, t.errors.samePeriod(label(a)));
  if (!available.includes(indicator)) throw new HttpError(404, t.errors.onePeriod(localName(ui, indicator), localName(ui, partner), label(a), figuresNamed(available)));
  if (same) throw new HttpError(400, t.errors.samePeriod(label(a)));
  const toSide = (g: FigureGroup<ObservationRow>) => compareSide(g.period, g.figures);
  const unit = indicator.unit;
  const refresh: CompareChoice['refresh'] = q.indicator === undefined ? ['indicator', 'a', 'b'] : q.a === undefined || q.b === undefined ? ['a', 'b'] : [];
  return { partner, indicator, groups, partners, indicators: available, a, b, comparison: comparePeriods(indicator.kind, unit, toSide(a), toSide(b)), refresh, periodsReset, bom: q.bom === '1' };
}

/** English period label for downloads: "2024", "Jan–Sep 2025", "as of Dec 2025". */
const labelOf = (g: FigureGroup<ObservationRow>) => (atDate(g) ? asOfLabel(g.period) : periodLabel(g.period));

/** One side of a comparison in JSON: its period, what the sources state, and each figure with its source. */
const sideJson = (g: FigureGroup<ObservationRow>, s: Comparison['a']) => ({
  period: g.token,
  period_start: g.period.start,
  period_end: g.period.end,
  period_label: labelOf(g),
  stated_low: s.stated.low,
  stated_high: s.stated.high,
  sources_differ: s.sourcesDiffer,
  approximate: s.approximate,
  figures: g.figures.map((f) => ({
    id: f.id,
    partner: f.partner,
    value: f.value,
    qualifier: f.qualifier,
    as_written: f.asWritten,
    scope: f.scope ?? null,
    period_start: f.periodStart,
    period_end: f.periodEnd,
    source_id: f.sourceId,
    quote: f.quote,
    quote_en: f.quoteEn,
    note: f.note,
  })),
});

/** The measures in JSON: each derived value as its interval, how it is shown and the rounded value shown. */
const measuresJson = (comparison: Comparison) => {
  const estimate = (e: Measure['a']) => (e ? exportEstimate(e) : null);
  return comparison.measures.map((m) => ({ measure: m.key, status: m.status, unit: m.unit, a: estimate(m.a), b: estimate(m.b), change: estimate(m.change) }));
};

/** One CSV row per measure, with the interval and shown value of each side and of the change. */
const measureRows = (comparison: Comparison) => comparison.measures.map((m) => ({ m, a: m.a && exportEstimate(m.a), b: m.b && exportEstimate(m.b), change: m.change && exportEstimate(m.change) }));
type MeasureRowOut = ReturnType<typeof measureRows>[number];
const estimateColumns = (prefix: 'a' | 'b' | 'change') => [
  { name: `${prefix}_low`, value: (r: MeasureRowOut) => r[prefix]?.low ?? null },
  { name: `${prefix}_high`, value: (r: MeasureRowOut) => r[prefix]?.high ?? null },
  { name: `${prefix}_shown`, value: (r: MeasureRowOut) => r[prefix]?.shown ?? null },
  { name: `${prefix}_value`, value: (r: MeasureRowOut) => r[prefix]?.value ?? null },
  { name: `${prefix}_shown_low`, value: (r: MeasureRowOut) => r[prefix]?.shown_low ?? null },
  { name: `${prefix}_shown_high`, value: (r: MeasureRowOut) => r[prefix]?.shown_high ?? null },
];
const measureColumns = (comparison: Comparison) => [
  { name: 'method', value: () => comparison.method },
  { name: 'warnings', value: () => comparison.warnings.join(' ') },
  { name: 'measure', value: (r: MeasureRowOut) => r.m.key },
  { name: 'status', value: (r: MeasureRowOut) => r.m.status },
  { name: 'unit', value: (r: MeasureRowOut) => r.m.unit },
];
const trailingColumns = (a: FigureGroup<ObservationRow>, b: FigureGroup<ObservationRow>) => [
  ...estimateColumns('change'),
  { name: 'sign_uncertain', value: (r: MeasureRowOut) => (r.change?.sign_uncertain ? 'true' : 'false') },
  { name: 'source_ids', value: () => [...new Set([...a.figures, ...b.figures].map((f) => f.sourceId))].join(' ') },
];

export function choosePartners({ db, ui, memo }: PageContext, q: ComparePartnersQuery, download: boolean): PartnersChoice & { bom: boolean } {
  const { t } = ui;
  const all = listPartners(db);
  const indicators = listIndicators(db);
  const rows = memo('partner-comparable', () => listPartnerComparable(db));
  const choices = rows.flatMap((row) => {
    const indicator = indicators.find((i) => i.code === row.indicator);
    if (!indicator) return [];
    const [start = '', end = ''] = row.period.split('/');
    const month = !row.period.includes('/');
    const period = month ? (parsePeriodToken(row.period) as Period) : { start, end };
    const token = month ? row.period : periodToken(period);
    const label = `${localName(ui, indicator)}, ${month ? asOf(ui, period) : ui.f.period(period)}`;
    const partners = row.partners.split(',').flatMap((code) => all.filter((p) => p.code === code));
    return [{ value: `${indicator.code}:${token}`, label, partners, indicator, token, periodLabel: month ? asOf(ui, period) : ui.f.period(period) }];
  });
  if (choices.length === 0) {
    if (q.figure || q.a || q.b || download) throw new HttpError(404, t.comparePartners.none);
    return { choices, chosen: null, bom: false };
  }
  const choice = q.figure ? choices.find((x) => x.value === q.figure) : choices[choices.length - 1];
  if (!choice) throw new HttpError(404, t.errors.invalidParameter('figure', t.errors.unknownValue(truncate(q.figure ?? ''), choices.map((x) => x.value).join(', '))));
  const [first, second] = choice.partners;
  const codeA = q.a ?? first?.code ?? '';
  const codeB = q.b ?? (second?.code === codeA ? first?.code : second?.code) ?? '';
  const partnerOf = (code: string) => {
    const partner = choice.partners.find((p) => p.code === code);
    if (partner) return partner;
    const known = all.find((p) => p.code === code);
    if (!known) throw new HttpError(404, t.errors.noPartner(code));
    throw new HttpError(404, t.comparePartners.noFigure(choice.label, localName(ui, known), choice.partners.map((p) => localName(ui, p)).join(', ')));
  };
  const [partnerA, partnerB] = [partnerOf(codeA), partnerOf(codeB)];
  if (partnerA.code === partnerB.code) throw new HttpError(400, t.comparePartners.samePartner(localName(ui, partnerA)));
  const groupOf = (partner: Partner) => {
    const group = pick(groupFigures(listObservations(db, { partner: [partner.code], indicator: [choice.indicator.code] })), choice.token);
    if (!group) throw new HttpError(404, t.comparePartners.noFigure(choice.label, localName(ui, partner), choice.partners.map((p) => localName(ui, p)).join(', ')));
    return group;
  };
  const [a, b] = [groupOf(partnerA), groupOf(partnerB)];
  const comparison = comparePartners(choice.indicator.unit, compareSide(a.period, a.figures), compareSide(b.period, b.figures));
  const query = `?figure=${encodeURIComponent(choice.value)}&a=${partnerA.code}&b=${partnerB.code}`;
  return { choices, chosen: { choice, indicator: choice.indicator, periodLabel: choice.periodLabel, partnerA, partnerB, a, b, comparison, query }, bom: q.bom === '1' };
}

/** A download's file name, columns and rows; the route streams it. */
export interface CsvTable<R> {
  fileName: string;
  columns: Array<ExportColumn<R>>;
  rows: R[];
}

/** `/compare.json`: both sides with their figures and sources, the measures as intervals, the notes. */
export function compareJson({ partner, indicator, a, b, comparison }: CompareChoice) {
  return {
    partner: partner.code,
    indicator: indicator.code,
    unit: indicator.unit,
    method: comparison.method,
    warnings: comparison.warnings,
    a: sideJson(a, comparison.a),
    b: sideJson(b, comparison.b),
    measures: measuresJson(comparison),
    notes: comparison.notes,
  };
}

/** `/compare.csv`: one row per measure. */
export function compareCsv({ partner, indicator, a, b, comparison }: CompareChoice): CsvTable<MeasureRowOut> {
  return {
    fileName: `kz-trade-compare_${partner.code}_${indicator.code}_${a.token}_vs_${b.token}.csv`.replaceAll('/', '-'),
    columns: [
      { name: 'partner', value: () => partner.code },
      { name: 'indicator', value: () => indicator.code },
      ...measureColumns(comparison),
      { name: 'period_a', value: () => a.token },
      { name: 'period_a_label', value: () => labelOf(a) },
      ...estimateColumns('a'),
      { name: 'period_b', value: () => b.token },
      { name: 'period_b_label', value: () => labelOf(b) },
      ...estimateColumns('b'),
      ...trailingColumns(a, b),
    ],
    rows: measureRows(comparison),
  };
}

type Chosen = NonNullable<PartnersChoice['chosen']>;

/** `/compare/partners.json`: the two partners' sides on one figure and period. */
export function comparePartnersJson({ indicator, choice, partnerA, partnerB, a, b, comparison }: Chosen) {
  return {
    indicator: indicator.code,
    unit: indicator.unit,
    period: choice.token,
    method: comparison.method,
    warnings: comparison.warnings,
    a: { partner: partnerA.code, ...sideJson(a, comparison.a) },
    b: { partner: partnerB.code, ...sideJson(b, comparison.b) },
    measures: measuresJson(comparison),
    notes: comparison.notes,
  };
}

/** `/compare/partners.csv`: one row per measure. */
export function comparePartnersCsv({ indicator, choice, partnerA, partnerB, a, b, comparison }: Chosen): CsvTable<MeasureRowOut> {
  return {
    fileName: `kz-trade-compare_${indicator.code}_${choice.token}_${partnerA.code}_vs_${partnerB.code}.csv`.replaceAll('/', '-'),
    columns: [
      { name: 'indicator', value: () => indicator.code },
      { name: 'period', value: () => choice.token },
      { name: 'period_label', value: () => labelOf(a) },
      ...measureColumns(comparison),
      { name: 'partner_a', value: () => partnerA.code },
      ...estimateColumns('a'),
      { name: 'partner_b', value: () => partnerB.code },
      ...estimateColumns('b'),
      ...trailingColumns(a, b),
    ],
    rows: measureRows(comparison),
  };
}
