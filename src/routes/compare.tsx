import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { CODE, PARTNER_CODE } from '../domain/codes';
import { parsePeriodToken } from '../domain/periods';
import { exportContext } from '../csv-contract';
import { csvResponse, type Env, HttpError, isPartial, parseQuery } from '../http';
import { choosePartners, choosePeriods, compareCsv, compareJson, comparePartnersCsv, comparePartnersJson, type PageContext } from '../pages/compare';
import { single } from '../pages/filters';
import { CompareForms, ComparePage, CompareResult, type CompareView } from '../../views/pages/compare';
import { ComparePartnersPage } from '../../views/pages/compare-partners';

// Messages are keys of the `validation` messages.
const code = z.string().regex(PARTNER_CODE, 'partnerCode');
const one = <T extends z.ZodType<unknown, string>>(schema: T) => single(schema.optional());
const token = z.string().refine((t) => parsePeriodToken(t) !== null, 'periodToken');
const compareSchema = z.object({
  partner: one(code),
  indicator: one(z.string().regex(CODE, 'indicatorCode')),
  a: one(token),
  b: one(token),
  // The form's buttons without JavaScript: "Show" for a partner or figure (its periods follow), "Compare" for all.
  step: one(z.enum(['partner', 'indicator'], { error: 'step' })),
  go: one(z.enum(['1'], { error: 'go' })),
  bom: one(z.enum(['0', '1'], { error: 'bom' })),
});
const PARAMS = ['partner', 'indicator', 'a', 'b', 'step', 'go'];

const partnersSchema = z.object({
  figure: one(z.string().regex(/^[a-z][a-z0-9_]*:[0-9/-]{4,21}$/, 'figureChoice')),
  a: one(code),
  b: one(code),
  bom: one(z.enum(['0', '1'], { error: 'bom' })),
});
const PARTNER_PARAMS = ['figure', 'a', 'b'];

const pageContext = (c: Context<Env>): PageContext => ({ db: c.var.db, ui: c.var.ui, memo: (key, compute) => c.var.cache.memo(key, compute) });
/** The periods comparison of this request; downloads also accept `bom`. */
const periodsOf = (c: Context<Env>, download: boolean) => choosePeriods(pageContext(c), parseQuery(c, compareSchema, download ? [...PARAMS, 'bom'] : PARAMS));
/** The two-partner comparison; a download (JSON or CSV) with nothing to compare is a 404, only CSV accepts `bom`. */
const partnersOf = (c: Context<Env>, format: 'page' | 'json' | 'csv') =>
  choosePartners(pageContext(c), parseQuery(c, partnersSchema, format === 'csv' ? [...PARTNER_PARAMS, 'bom'] : PARTNER_PARAMS), format !== 'page');

export function compareRoutes() {
  const r = new Hono<Env>();

  r.get('/compare', (c) => {
    const ui = c.var.ui;
    const view: CompareView = { ui, ...periodsOf(c, false) };
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

  r.get('/compare.json', (c) => c.json(compareJson(periodsOf(c, false))));

  r.get('/compare.csv', (c) => {
    const choice = periodsOf(c, true);
    const table = compareCsv(choice);
    return csvResponse(c, table.fileName, { columns: table.columns, rows: table.rows, context: exportContext([], []) }, choice.bom);
  });

  r.get('/compare/partners', (c) => {
    const view = { ui: c.var.ui, ...partnersOf(c, 'page') };
    return c.render(<ComparePartnersPage {...view} />, { title: c.var.ui.t.comparePartners.title, nav: 'compare' });
  });

  r.get('/compare/partners.json', (c) => {
    const { chosen } = partnersOf(c, 'json');
    if (!chosen) throw new HttpError(404, c.var.ui.t.comparePartners.none);
    return c.json(comparePartnersJson(chosen));
  });

  r.get('/compare/partners.csv', (c) => {
    const { chosen, bom } = partnersOf(c, 'csv');
    if (!chosen) throw new HttpError(404, c.var.ui.t.comparePartners.none);
    const table = comparePartnersCsv(chosen);
    return csvResponse(c, table.fileName, { columns: table.columns, rows: table.rows, context: exportContext([], []) }, bom);
  });
  return r;
}
