import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Indicator, Partner } from '../../db/schema';
import { type Comparison, compareSide, comparePeriods, type Measure, type Range, roundForExport } from '../domain/compare';
import { type FigureGroup, groupFigures, isInstant } from '../domain/figures';
import { asOfLabel, parsePeriodToken, periodLabel } from '../domain/periods';
import { exportContext } from '../csv-contract';
import { csvResponse, type Env, HttpError, isPartial, parseQuery, truncate } from '../http';
import { listIndicatorsForPartner, listObservations, type ObservationRow } from '../queries/observations';
import { listIndicators, listObservedPartnerCodes, listPartners } from '../queries/reference';
import { CODE, PARTNER_CODE, single } from './filters';
import { localName } from '../../views/names';
import { CompareForms, ComparePage, CompareResult, type CompareView } from '../../views/pages/compare';

// Messages are keys of the `validation` messages.
const code = z.string().regex(PARTNER_CODE, 'partnerCode');
const one = <T extends z.ZodType<unknown, string>>(schema: T) => single(schema.optional());
const token = z.string().refine((t) => parsePeriodToken(t) !== null, 'periodToken');
const compareSchema = z.object({
  partner: one(code),
  indicator: one(z.string().regex(CODE, 'indicatorCode')),
  a: one(token),
  b: one(token),
  bom: one(z.enum(['0', '1'], { error: 'bom' })),
});
const PARAMS = ['partner', 'indicator', 'a', 'b'];

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
}

/** The figures a token selects: a flow's exact period, or for figures at a date, the latest month inside the token's range. */
function pick(groups: Array<FigureGroup<ObservationRow>>, raw: string, kind: Indicator['kind']): FigureGroup<ObservationRow> | undefined {
  const period = parsePeriodToken(raw);
  if (!period) return undefined;
  if (!isInstant(kind)) return groups.find((g) => g.period.start === period.start && g.period.end === period.end);
  return groups.filter((g) => g.period.start >= period.start && g.period.end <= period.end).pop();
}

function choose(c: Context<Env>, withBom: boolean): CompareChoice & { bom: boolean } {
  const { db, ui } = c.var;
  const { t } = ui;
  const q = parseQuery(c, compareSchema, withBom ? [...PARAMS, 'bom'] : PARAMS);
  const all = listPartners(db);
  const indicators = listIndicators(db);
  const observed = new Set(c.var.cache.memo('observed-partners', () => listObservedPartnerCodes(db)));
  const partners = all.filter((p) => observed.has(p.code));
  const partner = q.partner ? all.find((p) => p.code === q.partner) : (partners.find((p) => p.code === 'JPN') ?? partners[0]);
  if (!partner) throw new HttpError(q.partner ? 404 : 500, q.partner ? t.errors.noPartner(q.partner) : t.errors.server);
  const present = new Set(c.var.cache.memo(`indicators:${partner.code}`, () => listIndicatorsForPartner(db, partner.code)));
  const available = indicators.filter((i) => present.has(i.code));
  if (q.indicator && !indicators.some((i) => i.code === q.indicator))
    throw new HttpError(400, t.errors.invalidParameter('indicator', t.errors.unknownValue(truncate(q.indicator), indicators.map((i) => i.code).join(', '))));
  const indicator = q.indicator ? indicators.find((i) => i.code === q.indicator) : (available.find((i) => i.code === 'trade_turnover') ?? available[0]);
  if (!indicator || !available.includes(indicator))
    throw new HttpError(404, t.errors.noIndicator(indicator ? localName(ui, indicator) : '—', localName(ui, partner), available.map((i) => i.code).join(', ') || t.common.none));
  const groups = groupFigures(listObservations(db, { partner: [partner.code], indicator: [indicator.code] })).sort(
    (x, y) => x.period.end.localeCompare(y.period.end) || x.period.start.localeCompare(y.period.start),
  );
  const tokens = groups.map((g) => g.token).join(', ');
  const side = (raw: string | undefined, fallback: FigureGroup<ObservationRow> | undefined) => {
    if (raw === undefined) return fallback as FigureGroup<ObservationRow>;
    const found = pick(groups, raw, indicator.kind);
    if (!found) throw new HttpError(404, t.errors.noPeriod(localName(ui, indicator), localName(ui, partner), ui.f.period(parsePeriodToken(raw) ?? { start: raw, end: raw }), tokens));
    return found;
  };
  const a = side(q.a, groups[0]);
  const b = side(q.b, groups[groups.length - 1]);
  const toSide = (g: FigureGroup<ObservationRow>) => compareSide(g.period, g.figures);
  const unit = indicator.unit;
  const refresh: CompareChoice['refresh'] = q.indicator === undefined ? ['indicator', 'a', 'b'] : q.a === undefined || q.b === undefined ? ['a', 'b'] : [];
  return { partner, indicator, groups, partners, indicators: available, a, b, comparison: comparePeriods(indicator.kind, unit, toSide(a), toSide(b)), refresh, bom: q.bom === '1' };
}

/** English period label for downloads: "2024", "Jan–Sep 2025", "as of Dec 2025". */
const labelOf = (indicator: Indicator) => (g: FigureGroup<ObservationRow>) => (isInstant(indicator.kind) ? asOfLabel(g.period) : periodLabel(g.period));

export function compareRoutes() {
  const r = new Hono<Env>();

  r.get('/compare', (c) => {
    const ui = c.var.ui;
    const choice = choose(c, false);
    const view: CompareView = { ui, ...choice };
    if (isPartial(c)) {
      return c.html(
        <>
          <CompareResult {...view} />
          <CompareForms {...view} oob />
        </>,
      );
    }
    return c.render(<ComparePage {...view} />, { title: ui.t.compare.title, nav: 'compare' });
  });

  r.get('/compare.json', (c) => {
    const { partner, indicator, a, b, comparison } = choose(c, false);
    const label = labelOf(indicator);
    const rounded = (m: Measure, r: Range | undefined) => (r ? { low: roundForExport(r.low, m.unit), high: roundForExport(r.high, m.unit) } : null);
    const side = (g: FigureGroup<ObservationRow>, s: Comparison['a']) => ({
      period: g.token,
      period_start: g.period.start,
      period_end: g.period.end,
      period_label: label(g),
      low: s.stated.low,
      high: s.stated.high,
      sources_differ: s.sourcesDiffer,
      approximate: s.approximate,
      figures: g.figures.map((f) => ({ id: f.id, value: f.value, qualifier: f.qualifier, as_written: f.asWritten, period_start: f.periodStart, period_end: f.periodEnd, source_id: f.sourceId, quote: f.quote, quote_en: f.quoteEn, note: f.note })),
    });
    return c.json({
      partner: partner.code,
      indicator: indicator.code,
      unit: indicator.unit,
      method: comparison.method,
      a: side(a, comparison.a),
      b: side(b, comparison.b),
      measures: comparison.measures.map((m) => ({ measure: m.key, status: m.status, approximate: m.approximate, unit: m.unit, a: rounded(m, m.a), b: rounded(m, m.b), change: rounded(m, m.change) })),
      notes: comparison.notes,
    });
  });

  r.get('/compare.csv', (c) => {
    const { partner, indicator, a, b, comparison, bom } = choose(c, true);
    const rows = comparison.measures;
    const label = labelOf(indicator);
    const num = (m: Measure, v: number | undefined) => (v === undefined ? null : roundForExport(v, m.unit));
    return csvResponse(
      c,
      `kz-trade-compare_${partner.code}_${indicator.code}_${a.token}_vs_${b.token}.csv`.replaceAll('/', '-'),
      [
        { name: 'partner', value: () => partner.code },
        { name: 'indicator', value: () => indicator.code },
        { name: 'method', value: () => comparison.method },
        { name: 'measure', value: (m) => m.key },
        { name: 'status', value: (m) => m.status },
        { name: 'approximate', value: (m) => (m.approximate ? 'true' : 'false') },
        { name: 'unit', value: (m) => m.unit },
        { name: 'period_a', value: () => a.token },
        { name: 'period_a_label', value: () => label(a) },
        { name: 'a_low', value: (m) => num(m, m.a?.low) },
        { name: 'a_high', value: (m) => num(m, m.a?.high) },
        { name: 'period_b', value: () => b.token },
        { name: 'period_b_label', value: () => label(b) },
        { name: 'b_low', value: (m) => num(m, m.b?.low) },
        { name: 'b_high', value: (m) => num(m, m.b?.high) },
        { name: 'change_low', value: (m) => num(m, m.change?.low) },
        { name: 'change_high', value: (m) => num(m, m.change?.high) },
        { name: 'source_ids', value: () => [...new Set([...a.figures, ...b.figures].map((f) => f.sourceId))].join(' ') },
      ],
      rows,
      exportContext([], []),
      bom,
    );
  });
  return r;
}
