import { type Context, Hono } from 'hono';
import {
  CHECK_COLUMNS,
  COMMODITY_SHARE_EXPORT,
  COMMODITY_VALUE_COLUMNS,
  exportContext,
  type ExportColumn,
  type ExportContext,
  LOCALIZED_COMMODITY_SHARE_EXPORT,
  LOCALIZED_OBSERVATION_EXPORT,
  LOCALIZED_SOURCE_COLUMNS,
  OBSERVATION_EXPORT,
  SOURCE_COLUMNS,
} from '../csv-contract';
import { dataPackage, PACKAGE_CSV, type PackageCsv, packageFileName, packageJson, packageReadme } from '../data-package';
import { csvResponse, type CsvRecords, csvStream, type Env, HttpError, isPartial, jsonResponse, parseQuery, textResponse, zipResponse } from '../http';
import { listCheckRows } from '../queries/checks';
import { countCommodityShares, iterateShareExport, iterateShareLines, listCommodityShares } from '../queries/commodity-shares';
import { commodityValues, exportCommodityValues } from '../domain/commodity-values';
import { listCommodityValueInputs } from '../queries/commodity-values';
import { countObservations, iterateObservationExport, iterateObservationLines, listObservations } from '../queries/observations';
import { listCommodities, listIndicators, listPartners, listSources } from '../queries/reference';
import { DataPage, DataResults, type FilterField, type TableSection } from '../../views/pages/data';
import { SourcesPage } from '../../views/pages/sources';
import { href } from '../../views/ui';
import { checkKnown, FILTER_PARAMS, type FilterParams, filterSchema, toFigureFilter } from '../pages/filters';

const PAGE_SIZE = 100;
const OBSERVATION_FILTERS = ['partner', 'reporter', 'indicator', 'qualifier', 'source_id', 'period'] as const;
const SHARE_FILTERS = ['partner', 'reporter', 'flow', 'commodity', 'qualifier', 'source_id', 'period'] as const;
/** Commodity values are computed per whole composition (the remainder needs every share), so no commodity or qualifier filter. */
const VALUE_FILTERS = ['partner', 'reporter', 'flow', 'source_id', 'period'] as const;
type Kind = 'observations' | 'commodity-shares';

function params(c: Context<Env>, allowed: readonly string[]): FilterParams {
  const parsed = parseQuery(c, filterSchema, allowed);
  checkKnown(c.var.db, parsed, c.var.ui.t);
  return parsed;
}

/** Filters given that a table has no column for, by parameter name. */
function notApplicable(p: FilterParams, applicable: readonly string[]): string[] {
  return (['indicator', 'flow', 'commodity'] as const).filter((key) => (p[key]?.length ?? 0) > 0 && !applicable.includes(key));
}

/** Only the filters a table has columns for: the others would match nothing. */
function only(p: FilterParams, applicable: readonly string[]): FilterParams {
  return Object.fromEntries(Object.entries(p).filter(([key]) => applicable.includes(key))) as FilterParams;
}

/** A descriptive file name: kz-trade-observations_partner-JPN_indicator-exports.csv */
function fileName(kind: string, p: FilterParams, ext: string): string {
  const parts = Object.entries(only(p, FILTER_PARAMS.filter((k) => k !== 'page' && k !== 'bom' && k !== 'lang')))
    .filter(([, v]) => v !== undefined && (!Array.isArray(v) || v.length > 0))
    .map(([k, v]) => `${k}-${Array.isArray(v) ? v.join('+') : String(v)}`.replace(/[^A-Za-z0-9+_-]/g, '-'));
  return `kz-trade-${kind}${parts.length ? `_${parts.join('_')}` : ''}`.slice(0, 150) + `.${ext}`;
}

function section(c: Context<Env>, kind: Kind, p: FilterParams, limit: number): TableSection {
  const applicable = kind === 'observations' ? OBSERVATION_FILTERS : SHARE_FILTERS;
  const own = only(p, applicable);
  const filter = toFigureFilter(own);
  const page = p.page ?? 1;
  const db = c.var.db;
  const total = c.var.cache.memo(`count:${kind}:${JSON.stringify(filter)}`, () => (kind === 'observations' ? countObservations(db, filter) : countCommodityShares(db, filter)));
  if (page > 1 && (page - 1) * limit >= total) throw new HttpError(404, c.var.ui.t.errors.noPage(page, total, Math.max(1, Math.ceil(total / limit))));
  const window = { limit, offset: (page - 1) * limit };
  return {
    kind,
    total,
    page,
    pageSize: limit,
    notApplicable: notApplicable(p, applicable),
    filters: own,
    ...(kind === 'observations' ? { observations: listObservations(db, filter, window) } : { shares: listCommodityShares(db, filter, window) }),
  };
}

function renderData(c: Context<Env>, p: FilterParams, kinds: Kind[], action: string, fields: FilterField[], heading: string) {
  const { db, ui } = c.var;
  const options = { partners: listPartners(db), indicators: listIndicators(db), commodities: listCommodities(db), sources: c.var.cache.memo('sources', () => listSources(db)) };
  const sections = kinds.map((kind) => section(c, kind, p, PAGE_SIZE));
  if (isPartial(c)) return c.html(<DataResults ui={ui} sections={sections} options={options} />);
  return c.render(<DataPage ui={ui} heading={heading} action={href(ui, action)} params={p} options={options} fields={fields} sections={sections} />, { title: heading, nav: 'data' });
}

export function dataRoutes() {
  const r = new Hono<Env>();
  const allFilters = [...new Set([...OBSERVATION_FILTERS, ...SHARE_FILTERS, 'page'])];

  r.get('/', (c) =>
    renderData(c, params(c, allFilters), ['observations', 'commodity-shares'], '/data', ['partner', 'indicator', 'flow', 'commodity', 'source_id', 'period'], c.var.ui.t.data.heading),
  );
  r.get('/observations', (c) =>
    renderData(c, params(c, [...OBSERVATION_FILTERS, 'page']), ['observations'], '/data/observations', ['partner', 'indicator', 'source_id', 'period'], c.var.ui.t.data.observations),
  );
  r.get('/commodity-shares', (c) =>
    renderData(c, params(c, [...SHARE_FILTERS, 'page']), ['commodity-shares'], '/data/commodity-shares', ['partner', 'flow', 'commodity', 'source_id', 'period'], c.var.ui.t.data.commodityShares),
  );

  // Downloads take the page's parameters; `page` is accepted and ignored, since a download has every
  // filtered row. They are language-neutral; `lang` appends columns of names in that language.
  const context = (c: Context<Env>, p: FilterParams) => {
    const db = c.var.db;
    const names = p.lang ? { lang: p.lang, indicators: listIndicators(db), partners: listPartners(db) } : undefined;
    return exportContext(c.var.cache.memo('sources', () => listSources(db)), listCommodities(db), names);
  };
  /** A table's download for the given filters, in the columns `lang` asks for: as CSV, as JSON, or the CSV's bytes alone. */
  const exported = <R,>(columns: ReadonlyArray<ExportColumn<R>>, rows: Iterable<R>, ctx: ExportContext, stored?: () => Iterable<string>) => {
    // The plain figure downloads read the records the seed stored (src/export-lines.ts); the rest are rendered here.
    const records = (): CsvRecords<R> => (stored ? { header: columns.map((col) => col.name), lines: stored() } : { columns, rows, context: ctx });
    return {
      csv: (c: Context<Env>, name: string, bom: boolean) => csvResponse(c, name, records(), bom),
      json: (c: Context<Env>, name: string) => jsonResponse(c, name, columns, rows, ctx),
      bytes: (onError: (error: unknown) => void) => csvStream(records(), false, onError),
    };
  };
  const table = (c: Context<Env>, kind: Kind | 'sources' | 'checks' | 'commodity-values', p: FilterParams) => {
    const ctx = context(c, p);
    const db = c.var.db;
    if (kind === 'commodity-values') {
      // Derived on request, memoised per data version and filter: a few rows per composition.
      const filter = toFigureFilter(only(p, VALUE_FILTERS));
      const rows = c.var.cache.memo(`commodity-values:${JSON.stringify(filter)}`, () => {
        const { shares, flows } = listCommodityValueInputs(db, filter);
        return exportCommodityValues(commodityValues(shares, flows));
      });
      return exported(COMMODITY_VALUE_COLUMNS, rows, ctx);
    }
    if (kind === 'checks') return exported(CHECK_COLUMNS, listCheckRows(db), ctx);
    if (kind === 'sources') return exported(p.lang ? LOCALIZED_SOURCE_COLUMNS[p.lang] : SOURCE_COLUMNS, listSources(db, { id: p.source_id }), ctx);
    const filter = toFigureFilter(p);
    if (kind === 'observations') {
      const { fields, columns } = p.lang ? LOCALIZED_OBSERVATION_EXPORT[p.lang] : OBSERVATION_EXPORT;
      return exported(columns, iterateObservationExport(db, fields, filter), ctx, p.lang ? undefined : () => iterateObservationLines(db, filter));
    }
    const { fields, columns } = p.lang ? LOCALIZED_COMMODITY_SHARE_EXPORT[p.lang] : COMMODITY_SHARE_EXPORT;
    return exported(columns, iterateShareExport(db, fields, filter), ctx, p.lang ? undefined : () => iterateShareLines(db, filter));
  };
  const download = (kind: Kind, format: 'csv' | 'json') => (c: Context<Env>) => {
    const p = params(c, [...(kind === 'observations' ? OBSERVATION_FILTERS : SHARE_FILTERS), 'page', 'lang', ...(format === 'csv' ? ['bom'] : [])]);
    const name = fileName(kind, p, format);
    return format === 'csv' ? table(c, kind, p).csv(c, name, p.bom === '1') : table(c, kind, p).json(c, name);
  };
  r.get('/observations.csv', download('observations', 'csv'));
  r.get('/observations.json', download('observations', 'json'));
  r.get('/commodity-shares.csv', download('commodity-shares', 'csv'));
  r.get('/commodity-shares.json', download('commodity-shares', 'json'));

  // Commodity shares in dollars, derived (src/domain/commodity-values.ts); language-neutral.
  for (const format of ['csv', 'json'] as const)
    r.get(`/commodity-values.${format}`, (c) => {
      const p = params(c, [...VALUE_FILTERS, 'page', ...(format === 'csv' ? ['bom'] : [])]);
      const name = fileName('commodity-values', p, format);
      return format === 'csv' ? table(c, 'commodity-values', p).csv(c, name, p.bom === '1') : table(c, 'commodity-values', p).json(c, name);
    });

  r.get('/sources', (c) => {
    const p = params(c, ['source_id']);
    const ui = c.var.ui;
    return c.render(<SourcesPage ui={ui} sources={listSources(c.var.db, { id: p.source_id })} />, { title: ui.t.data.sourcesTable, nav: 'data' });
  });
  r.get('/sources.csv', (c) => {
    const p = params(c, ['source_id', 'bom', 'lang']);
    return table(c, 'sources', p).csv(c, fileName('sources', p, 'csv'), p.bom === '1');
  });
  r.get('/sources.json', (c) => {
    const p = params(c, ['source_id', 'lang']);
    return table(c, 'sources', p).json(c, fileName('sources', p, 'json'));
  });

  // The cross-checks between figures (src/domain/checks.ts), stored by the seed: no filters.
  r.get('/checks.csv', (c) => {
    const p = params(c, ['bom']);
    return table(c, 'checks', p).csv(c, 'kz-trade-checks.csv', p.bom === '1');
  });
  r.get('/checks.json', (c) => {
    params(c, []);
    return table(c, 'checks', {}).json(c, 'kz-trade-checks.json');
  });

  // The data package: a descriptor of the five full CSV downloads (src/data-package.ts), and a zip
  // of them with the descriptor and a README. Both take no parameters.
  const described = (c: Context<Env>) => {
    params(c, []);
    return c.var.cache.memo('datapackage', () => dataPackage(c.var.db));
  };
  const TABLE_OF: Record<PackageCsv, Kind | 'sources' | 'checks' | 'commodity-values'> = {
    'observations.csv': 'observations',
    'commodity-shares.csv': 'commodity-shares',
    'commodity-values.csv': 'commodity-values',
    'sources.csv': 'sources',
    'checks.csv': 'checks',
  };
  r.get('/datapackage.json', (c) =>
    textResponse(c, packageJson(described(c)), { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'inline; filename="datapackage.json"' }),
  );
  r.get('/kz-trade.zip', (c) => {
    const pkg = described(c);
    return zipResponse(
      c,
      packageFileName(pkg),
      [
        { name: 'datapackage.json', text: packageJson(pkg) },
        { name: 'README.md', text: packageReadme(pkg) },
        // Each CSV is the unfiltered download's bytes, its rows read only when the archive reaches it.
        ...PACKAGE_CSV.map((path) => ({ name: path, open: (onError: (error: unknown) => void) => table(c, TABLE_OF[path], {}).bytes(onError) })),
      ],
      new Date(pkg.created),
    );
  });
  return r;
}
