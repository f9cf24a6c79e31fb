/**
 * Query parameters of the data pages and downloads, validated at the edge. Parameter names are
 * the CSV column names (partner, indicator, flow, source_id …) plus `period` (a period token),
 * `page` and `bom`. A value may repeat or be comma-separated: ?indicator=exports,imports.
 */
import { z } from 'zod';
import type { AppDatabase } from '../../db/client';
import { FLOWS, QUALIFIERS } from '../../db/schema';
import { parsePeriodToken } from '../domain/periods';
import { HttpError, truncate } from '../http';
import type { FigureFilter } from '../queries/filters';
import { listCommodities, listIndicators, listPartners, listSources } from '../queries/reference';

const list = (pattern: RegExp, what: string) => z.array(z.string().max(64, 'too long').regex(pattern, `expected ${what}`)).max(50, 'too many values').optional();
const single = <T extends z.ZodType<unknown, string | undefined>>(schema: T) =>
  z
    .array(z.string())
    .max(1, 'give it once')
    .optional()
    .transform((values) => values?.[0])
    .pipe(schema);

export const filterSchema = z.object({
  partner: list(/^[A-Z][A-Z0-9]{1,2}$/, 'partner codes such as JPN or C5'),
  reporter: list(/^[A-Z][A-Z0-9]{1,2}$/, 'partner codes such as KAZ'),
  indicator: list(/^[a-z][a-z0-9_]*$/, 'indicator codes such as trade_turnover'),
  flow: z.array(z.enum(FLOWS, { error: `expected ${FLOWS.join(' or ')}` })).optional(),
  commodity: list(/^[a-z][a-z0-9_]*$/, 'commodity codes such as ferroalloys'),
  qualifier: z.array(z.enum(QUALIFIERS, { error: `expected one of ${QUALIFIERS.join(', ')}` })).optional(),
  source_id: list(/^\d{3}_[0-9a-f]{16}$/, 'source ids such as 000_a50b504d80912738'),
  period: single(z.string().optional()).refine((token) => token === undefined || parsePeriodToken(token) !== null, {
    message: 'expected a period token such as 2024, 2025-01/2025-09, 2008/2012 or 2025-12-17',
  }),
  page: single(
    z
      .string()
      .regex(/^\d{1,7}$/, 'expected a page number such as 2')
      .transform(Number)
      .pipe(z.number().min(1, 'pages start at 1'))
      .optional(),
  ),
  bom: single(z.enum(['0', '1'], { error: 'expected 1 or 0' }).optional()),
});

export type FilterParams = z.output<typeof filterSchema>;
export const FILTER_PARAMS = Object.keys(filterSchema.shape);

/** Checks that every code names something we have, so a typo gets a 400 listing the choices, not an empty table. */
export function checkKnown(db: AppDatabase, params: FilterParams): void {
  const check = (name: string, values: string[] | undefined, known: () => string[]) => {
    if (!values || values.length === 0) return;
    const allowed = known();
    const unknown = values.find((v) => !allowed.includes(v));
    if (unknown !== undefined) throw new HttpError(400, `Invalid "${name}": unknown value "${truncate(unknown)}". Known values: ${allowed.join(', ')}.`);
  };
  check('partner', params.partner, () => listPartners(db).map((p) => p.code));
  check('reporter', params.reporter, () => listPartners(db).map((p) => p.code));
  check('indicator', params.indicator, () => listIndicators(db).map((i) => i.code));
  check('commodity', params.commodity, () => listCommodities(db).map((i) => i.code));
  check('source_id', params.source_id, () => listSources(db).map((s) => s.id));
}

export function toFigureFilter(params: FilterParams): FigureFilter {
  return {
    partner: params.partner,
    reporter: params.reporter,
    indicator: params.indicator,
    flow: params.flow,
    commodity: params.commodity,
    qualifier: params.qualifier,
    sourceId: params.source_id,
    period: params.period ? (parsePeriodToken(params.period) ?? undefined) : undefined,
  };
}

/** The query string of the filters (without page and bom), for links to the same view in another format. */
export function filterQuery(params: FilterParams, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const key of ['partner', 'reporter', 'indicator', 'flow', 'commodity', 'qualifier', 'source_id'] as const) {
    const values = params[key];
    if (values && values.length > 0) search.set(key, values.join(','));
  }
  if (params.period) search.set('period', params.period);
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const text = search.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
