/**
 * Every chart of a page, on its own: as an image drawn by the server (`…/chart/ID.png`), as a wide
 * CSV of exactly what it shows (`…/chart/ID.csv`), and alone for framing in another site
 * (`…/embed/ID`); `GET /oembed` describes a chart page to CMSs. The chart is read back from the
 * page itself (rendered once per data version and kept by the page cache), so the image, the CSV
 * and the embed can never show other numbers, words or colours than the page.
 */
import type { Context, Hono } from 'hono';
import { raw } from 'hono/html';
import { parse } from 'node-html-parser';
import { type ChartSpec, isTreemap } from '../../views/chart-spec';
import { EmbedPage } from '../../views/pages/embed';
import { uiFor } from '../middleware/context';
import { renderCardPng, renderChartPng } from '../charts/render';
import { csvLine } from '../domain/csv';
import { type Env, HttpError } from '../http';
import { isLang } from '../i18n/index';
import { escapeAttribute, urls } from '../urls';

/** A chart as its page renders it. */
export interface PageChart {
  id: string;
  spec: ChartSpec;
  caption: string;
  note: string | undefined;
  /** The heading of the table's first column: what the labels are (period, commodity, partner). */
  category: string;
  /** The articles its figures come from, named as the page names them. */
  sources: string[];
  /** The figure's markup as the page has it. */
  html: string;
}

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The charts of a rendered page, in page order. */
export function chartsOf(html: string): PageChart[] {
  return parse(html)
    .querySelectorAll('figure.chart')
    .flatMap((figure) => {
      const data = figure.querySelector('canvas[data-chart]')?.getAttribute('data-chart');
      if (!data) return [];
      return [
        {
          id: figure.id,
          spec: JSON.parse(data) as ChartSpec,
          caption: text(figure.querySelector('.chart-title')?.textContent),
          note: text(figure.querySelector('.chart-note')?.textContent) || undefined,
          category: text(figure.querySelector('.chart-table thead th')?.textContent),
          sources: JSON.parse(figure.getAttribute('data-sources') ?? '[]') as string[],
          html: figure.toString(),
        },
      ];
    });
}

/** The page a chart address belongs to: `/ru/partners/JPN/chart/trade-JPN.png?x` → `/ru/partners/JPN?x`. */
function pageAddress(c: Context<Env>, marker: '/chart/' | '/embed/' | '/image.png'): string {
  const path = c.req.path.slice(0, c.req.path.lastIndexOf(marker));
  return `${path}${new URL(c.req.url).search}`;
}


/** A page rendered through the whole app (and so through its cache); its errors become ours. */
async function pageHtml(app: Hono<Env>, c: Context<Env>, page: string): Promise<string> {
  // At the reader's own origin: the same cached page they would get, with the same absolute addresses in it.
  const response = await app.request(new URL(page, c.req.url).href, { headers: { 'Accept-Encoding': 'identity' } });
  const html = await response.text();
  if (response.status !== 200) {
    const message = text(parse(html).querySelector('.error-message')?.textContent) || c.var.ui.t.errors.notFound;
    throw new HttpError(response.status === 400 ? 400 : 404, message);
  }
  return html;
}

/** One chart of a page, by id. */
async function chartOfPage(app: Hono<Env>, c: Context<Env>, page: string, id: string | undefined): Promise<PageChart> {
  const charts = chartsOf(await pageHtml(app, c, page));
  const chart = id === undefined ? charts[0] : charts.find((ch) => ch.id === id);
  if (!chart) throw new HttpError(404, c.var.ui.t.chart.noChart);
  return chart;
}

/** The words around a chart's image, in the page's language. */
function frameOf(c: Context<Env>, chart: PageChart, page: string) {
  const { t } = c.var.ui;
  const spec = chart.spec;
  const anyStriped = isTreemap(spec) ? spec.items.some((i) => i.remainder) : spec.datasets.some((d) => d.striped?.some(Boolean));
  const striped = anyStriped && spec.stripes ? spec.stripes : undefined;
  return {
    title: chart.caption,
    lines: [t.chart.unit[chart.spec.unit], chart.note ?? ''].filter(Boolean),
    // Said once: the page's note may already say it.
    stripes: striped && !(chart.note ?? '').includes(striped) ? striped : undefined,
    sources: chart.sources.length > 0 ? t.chart.sources(chart.sources.join('; ')) : '',
    site: t.chart.site(t.site.name, c.var.ui.cite.dataset().version, `${c.var.ui.cite.origin}${page}`),
  };
}

/** Registers the chart addresses below every page path of `pages` (`/partners/:code` …), under each language. */
export function chartRoutes(app: Hono<Env>, pagePaths: Iterable<string>, langs: readonly string[]): void {
  for (const lang of langs)
    for (const path of pagePaths) {
      const base = `/${lang}${path === '/' ? '' : path}`;
      app.get(`${base}/chart/:file{[A-Za-z0-9_-]+\\.(?:png|csv)}`, async (c) => {
        const file = c.req.param('file');
        const dot = file.lastIndexOf('.');
        const id = file.slice(0, dot);
        const page = pageAddress(c, '/chart/');
        const chart = await chartOfPage(app, c, page, id);
        if (file.endsWith('.csv')) return wideCsv(c, chart);
        const { png } = await renderChartPng(chart.spec, frameOf(c, chart, page));
        return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png', 'Content-Disposition': `inline; filename="${id}.png"` });
      });
      // The page's image for link previews (og:image): its first chart, or a card with its title where it has none.
      app.get(`${base}/image.png`, async (c) => {
        const page = pageAddress(c, '/image.png');
        const html = await pageHtml(app, c, page);
        const [chart] = chartsOf(html);
        const { t } = c.var.ui;
        const doc = parse(html);
        const { png } = chart
          ? await renderChartPng(chart.spec, frameOf(c, chart, page))
          : await renderCardPng({
              title: text(doc.querySelector('main h1')?.textContent) || t.site.name,
              lines: [text(doc.querySelector('main .lead')?.textContent)].filter(Boolean),
              sources: '',
              site: t.chart.site(t.site.name, c.var.ui.cite.dataset().version, `${c.var.ui.cite.origin}${page}`),
            });
        return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png' });
      });
      app.get(`${base}/embed/:chart{[A-Za-z0-9_-]+}`, async (c) => {
        const page = pageAddress(c, '/embed/');
        const chart = await chartOfPage(app, c, page, c.req.param('chart'));
        c.set('frameable', true);
        const ui = c.var.ui;
        return c.html(`<!DOCTYPE html>${(<EmbedPage ui={ui} chart={raw(chart.html)} title={chart.caption} sources={chart.sources} page={page} />).toString()}`);
      });
    }

  app.get('/oembed', async (c) => {
    try {
      return await oembed(app, c);
    } catch (error) {
      // An oEmbed consumer reads JSON, errors included.
      if (error instanceof HttpError) return c.json({ error: { status: error.status, message: error.message } }, error.status);
      throw error;
    }
  });
}

/**
 * oEmbed 1.0 (https://oembed.com): a chart page's address on this site → an iframe of its chart
 * (the chart the address's #fragment names, else the page's first), type `rich`, with the server's
 * image as thumbnail. Only JSON (501 otherwise, as the spec says).
 */
async function oembed(app: Hono<Env>, c: Context<Env>): Promise<Response> {
  const { t } = c.var.ui;
  if ((c.req.query('format') ?? 'json') !== 'json') throw new HttpError(501, t.chart.oembedFormat);
  let target: URL;
  try {
    target = new URL(c.req.query('url') ?? '');
  } catch {
    throw new HttpError(400, t.chart.oembedUrl);
  }
  if (target.origin !== c.var.ui.cite.origin && target.origin !== new URL(c.req.url).origin) throw new HttpError(404, t.chart.oembedUrl);
  const lang = target.pathname.split('/')[1];
  if (!isLang(lang)) throw new HttpError(404, t.chart.oembedUrl);
  const page = `${target.pathname}${target.search}`;
  const chart = await chartOfPage(app, c, page, target.hash.slice(1) || undefined);
  const ui = uiFor(c.var.assets, lang, target, c.var.ui.cite);
  const origin = ui.cite.origin;
  const embed = `${origin}${urls.chart(ui, ui.here, chart.id, 'embed')}`;
  const maxWidth = Number(c.req.query('maxwidth')) || 800;
  const width = Math.min(800, Math.max(280, Math.floor(maxWidth)));
  const height = Math.min(720, Math.max(240, Math.floor(Number(c.req.query('maxheight')) || 720)));
  // The image's size from its PNG header; the image itself comes through the page cache.
  const thumbnail = urls.chart(ui, ui.here, chart.id, 'png');
  const png = new Uint8Array(await (await app.request(new URL(thumbnail, c.req.url).href)).arrayBuffer());
  const size = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return c.json({
    version: '1.0',
    type: 'rich',
    provider_name: ui.t.site.name,
    provider_url: `${origin}/`,
    title: chart.caption,
    width,
    height,
    html: `<iframe src="${embed}" width="${width}" height="${height}" style="border:0;max-width:100%" title="${escapeAttribute(chart.caption)}" loading="lazy"></iframe>`,
    thumbnail_url: `${origin}${thumbnail}`,
    thumbnail_width: size.getUint32(16),
    thumbnail_height: size.getUint32(20),
  });
}

/** What the chart shows, one row per bar group: the label, each series as drawn, then the table's undrawn columns (a derived balance). */
function wideCsv(c: Context<Env>, chart: PageChart): Response {
  const { t } = c.var.ui;
  const spec = chart.spec;
  let body: string;
  if (isTreemap(spec)) {
    // One row per rectangle: the share as stated (for the remainder, its interval only), and the ends of its derived value.
    const clean = (x: number | undefined) => (x === undefined ? null : Number(x.toPrecision(12)));
    const c = spec.columns;
    body = csvLine([chart.category, `${c.share} (%)`, `${c.shareLow} (%)`, `${c.shareHigh} (%)`, `${c.low} (USD)`, `${c.high} (USD)`]);
    for (const item of spec.items)
      body += csvLine([
        item.label,
        item.shareEstimate ? null : clean(item.share),
        clean(item.shareEstimate?.low ?? item.share),
        clean(item.shareEstimate?.high ?? item.share),
        clean(item.valueEstimate?.low),
        clean(item.valueEstimate?.high),
      ]);
  } else {
    const unit = { USD: 'USD', percent: '%', count: t.chart.unit.count }[spec.unit];
    const columns = [...spec.datasets.map((d) => ({ label: `${d.label} (${unit})`, data: d.data })), ...(spec.extra ?? []).map((e) => ({ label: `${e.label} (${unit})`, data: e.data }))];
    body = csvLine([chart.category || t.common.period, ...columns.map((col) => col.label)]);
    spec.labels.forEach((label, i) => {
      body += csvLine([Array.isArray(label) ? label.join(' ') : label, ...columns.map((col) => col.data[i] ?? null)]);
    });
  }
  const bom = c.req.query('bom') === '1' ? '\uFEFF' : '';
  return c.body(`${bom}${body}`, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="kz-trade-chart-${chart.id}.csv"` });
}
