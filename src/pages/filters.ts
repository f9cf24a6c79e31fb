/**
 * Query parameters of the data pages and downloads, validated at the edge. Parameter names are
 * the CSV column names (partner, indicator, flow, source_id …) plus `period` (a period token),
 * `page` and `bom`. A value may repeat or be comma-separated: ?indicator=exports,imports.
 */
import { z } from 'zod';
import type { AppDatabase } from '../../db/client';
import { FLOWS, QUALIFIERS } from '../../db/schema';
import { CODE, PARTNER_CODE, SOURCE_ID } from '../domain/codes';
import { parsePeriodToken } from '../domain/periods';
import { HttpError, truncate } from '../errors';
import type { Messages } from '../i18n/en';
import type { FigureFilter } from '../queries/filters';
import { listCommodities, listIndicators, listPartners, listSources } from '../queries/reference';


/** Messages are keys of the `validation` messages, translated where the error is reported. */
const list = (pattern: RegExp, key: string) => z.array(z.string().max(64, 'tooLong').regex(pattern, key)).max(50, 'tooMany').optional();
/** A parameter given at most once. */
export const single = <T extends z.ZodType<unknown, string | undefined>>(schema: T) =>
  z
    .array(z.string())
    .max(1, 'once')
    .optional()
    .transform((values) => values?.[0])
    .pipe(schema);

export const filterSchema = z.object({
  partner: list(PARTNER_CODE, 'partnerCodes'),
  reporter: list(PARTNER_CODE, 'partnerCodes'),
  indicator: list(CODE, 'indicatorCodes'),
  flow: z.array(z.enum(FLOWS, { error: 'flow' })).optional(),
  commodity: list(CODE, 'commodityCodes'),
  qualifier: z.array(z.enum(QUALIFIERS, { error: 'qualifier' })).optional(),
  source_id: list(SOURCE_ID, 'sourceIds'),
  period: single(z.string().optional()).refine((token) => token === undefined || parsePeriodToken(token) !== null, { message: 'periodToken' }),
  page: single(z.string().regex(/^\d{1,7}$/, 'pageNumber').transform(Number).pipe(z.number().min(1, 'pagesStart')).optional()),
  bom: single(z.enum(['0', '1'], { error: 'bom' }).optional()),
  /** Downloads only: adds columns with names in this language. */
  lang: single(z.enum(['en', 'ru', 'kk'], { error: 'lang' }).optional()),
});

export type FilterParams = z.output<typeof filterSchema>;
export const FILTER_PARAMS = Object.keys(filterSchema.shape);

/** Checks that every code names something we have, so a typo gets a 400 listing the choices, not an empty table. */
export function checkKnown(db: AppDatabase, params: FilterParams, t: Messages): void {
  const check = (name: string, values: string[] | undefined, known: () => string[]) => {
    if (!values || values.length === 0) return;
    const allowed = known();
    const unknown = values.find((v) => !allowed.includes(v));
    if (unknown !== undefined) throw new HttpError(400, t.errors.invalidParameter(name, t.errors.unknownValue(truncate(unknown), allowed.join(', '))));
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
