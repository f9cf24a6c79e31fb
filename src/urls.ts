/**
 * Every address the dashboard links to, built in one place: pages in the reader's language, and
 * downloads, which are language-neutral. Views and routes call these instead of writing paths.
 */
import { periodToken } from './domain/periods';
import type { Lang } from './i18n/format';

type QueryValue = string | number | ReadonlyArray<string> | undefined | null;

/**
 * A query string from parameters in the given order, "?a=1&b=x,y", or "" when none is set. Lists
 * are comma-separated (the commas kept readable); empty values and lists are left out.
 */
export function query(params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object') {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** An address or query string with one more parameter: withParam('/a.csv?x=1', 'bom', '1') → '/a.csv?x=1&bom=1'. */
export function withParam(url: string, key: string, value: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
}

/** A page address in the reader's language: href(ui, '/partners/JPN') → /ru/partners/JPN. Downloads stay language-neutral and do not use this. */
export function href(ui: { lang: Lang }, path: string, lang: Lang = ui.lang): string {
  return path === '/' ? `/${lang}` : path.startsWith('/?') ? `/${lang}${path.slice(1)}` : `/${lang}${path}`;
}

/** The period token covering every given period, from the earliest start to the latest end: a chart's own range. */
export function spanToken(periods: ReadonlyArray<{ start: string; end: string }>): string | undefined {
  if (periods.length === 0) return undefined;
  const start = periods.reduce((min, p) => (p.start < min ? p.start : min), periods[0]?.start ?? '');
  const end = periods.reduce((max, p) => (p.end > max ? p.end : max), periods[0]?.end ?? '');
  return periodToken({ start, end });
}

export type DataKind = 'observations' | 'commodity-shares';
/** The data pages' and downloads' filters, named as the CSV columns are. */
export interface DataQuery {
  partner?: ReadonlyArray<string> | undefined;
  reporter?: ReadonlyArray<string> | undefined;
  indicator?: ReadonlyArray<string> | undefined;
  flow?: ReadonlyArray<string> | undefined;
  commodity?: ReadonlyArray<string> | undefined;
  qualifier?: ReadonlyArray<string> | undefined;
  source_id?: ReadonlyArray<string> | undefined;
  period?: string | undefined;
}

const dataQuery = (q: DataQuery) =>
  query({ partner: q.partner, reporter: q.reporter, indicator: q.indicator, flow: q.flow, commodity: q.commodity, qualifier: q.qualifier, source_id: q.source_id, period: q.period });

type Reader = { lang: Lang };

export const urls = {
  overview: (ui: Reader) => href(ui, '/'),
  partners: (ui: Reader) => href(ui, '/partners'),
  partner: (ui: Reader, code: string) => href(ui, `/partners/${encodeURIComponent(code)}`),
  sources: (ui: Reader) => href(ui, '/sources'),
  source: (ui: Reader, id: string) => href(ui, `/sources/${encodeURIComponent(id)}`),
  /** A figure's quote on its source page; the page lists that figure even beyond the ones it shows. */
  figure: (ui: Reader, sourceId: string, figureId: string) => href(ui, `/sources/${encodeURIComponent(sourceId)}?figure=${encodeURIComponent(figureId)}#fig-${figureId}`),
  /** The data pages: the overview of tables, or one table with filters (and a page number). */
  data: (ui: Reader, kind?: DataKind | 'sources', q: DataQuery = {}, page?: number) => href(ui, `/data${kind ? `/${kind}` : ''}${withPage(dataQuery(q), page)}`),
  /** A download of a table with the same filters as its page. */
  download: (kind: DataKind | 'sources' | 'commodity-values', format: 'csv' | 'json', q: DataQuery = {}) => `/data/${kind}.${format}${dataQuery(q)}`,
  /** The data package: every table with its description as one zip, or the description alone. */
  dataPackage: (format: 'zip' | 'json') => (format === 'zip' ? '/data/kz-trade.zip' : '/data/datapackage.json'),
  /** The cross-checks between figures, and one check on it (its row's anchor). */
  checks: (ui: Reader) => href(ui, '/checks'),
  check: (ui: Reader, id: string) => href(ui, `/checks#check-${encodeURIComponent(id)}`),
  /** Every stored check as CSV or JSON. */
  checksDownload: (format: 'csv' | 'json') => `/data/checks.${format}`,
  search: (ui: Reader, q?: string) => href(ui, `/search${query({ q })}`),
  compare: (ui: Reader, q: { partner?: string; indicator?: string; a?: string; b?: string } = {}) => href(ui, `/compare${query(q)}`),
  compareDownload: (format: 'csv' | 'json', q: string) => `/compare.${format}${q}`,
  comparePartners: (ui: Reader, q = '') => href(ui, `/compare/partners${q}`),
  comparePartnersDownload: (format: 'csv' | 'json', q: string) => `/compare/partners.${format}${q}`,
  /**
   * One chart of a page, by its id: drawn by the server (`png`), its numbers one row per bar group
   * (`csv`, wide), or alone for framing in another site (`embed`). `here` is the page's address
   * without its language prefix, with its query (`Ui.here`): the chart is the page's, same filters.
   */
  chart: (ui: Reader, here: string, id: string, kind: 'png' | 'csv' | 'embed') =>
    below(ui, here, `${kind === 'embed' ? 'embed' : 'chart'}/${encodeURIComponent(id)}${kind === 'embed' ? '' : `.${kind}`}`),
  /** Choosing a language in the switcher: remembers it, then opens `next` (the same page in that language). */
  chooseLanguage: (lang: Lang, next: string) => `/language/${lang}${query({ next })}`,
  /** A page's image for link previews: its first chart, or a card with its title. */
  pageImage: (ui: Reader, here: string) => below(ui, here, 'image.png'),
};

/** An address below a page's own (`/partners/JPN?x` + `chart/a.png` → `/en/partners/JPN/chart/a.png?x`), keeping its query. */
function below(ui: Reader, here: string, rest: string): string {
  const [path = '/', search = ''] = here.split(/(?=\?)/, 2);
  return href(ui, `${path === '/' ? '' : path}/${rest}${search}`);
}

const withPage = (q: string, page: number | undefined) => (page === undefined ? q : withParam(q, 'page', String(page)));

/** Text safe inside a double-quoted HTML attribute, for markup handed to other sites as text (embed code). */
export const escapeAttribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
