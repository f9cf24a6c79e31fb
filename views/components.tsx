import type { Child } from 'hono/jsx';
import type { Qualifier } from '../db/schema';
import { type FigureGroup, type FigureLike, isAtDate, SOURCES_SHOWN } from '../src/domain/figures';
import { classifyPeriod, daysIn, type Period, wholeMonths } from '../src/domain/periods';
import { type Estimate, present } from '../src/domain/precision';
import type { ChartSpec } from './chart-spec';
import { chartCitation, Cite, citedSources } from './cite';
import { asOf, commodityName } from '../src/i18n/names';
import { escapeAttribute, urls, withParam } from '../src/urls';
import type { Ui } from './ui';

/** What a view needs to name and link a source. */
export interface SourceRef {
  sourceId: string;
  sourcePublisher: string | null;
  sourcePublishedOn: string;
}

/** A figure as views show it: a value with its qualifier and its source. */
export interface ShownFigure extends SourceRef, FigureLike {
  unit: string;
  note: string | null;
  /** Investment: 'direct' or 'total' where the article says which. */
  scope?: string | null;
}

/** "Kazinform, 17 Dec 2025"; articles that name no publisher are "Article 003, 2014". */
export function sourceName(ui: Ui, ref: SourceRef): string {
  return `${ref.sourcePublisher ?? ui.t.common.unnamedSource(ref.sourceId.slice(0, 3))}, ${ui.f.partialDate(ref.sourcePublishedOn)}`;
}

/**
 * Link to the figure's quote on its source page, in the reader's language. The page names the
 * figure too: a source with more figures than its page lists then shows this one as well.
 */
export function figureHref(ui: Pick<Ui, 'lang'>, sourceId: string, figureId: string): string {
  const figure = encodeURIComponent(figureId);
  return urls.figure(ui, sourceId, figure);
}

export function SourceLink({ ui, figure }: { ui: Ui; figure: SourceRef & { id: string } }) {
  return (
    <a class="source-link" href={figureHref(ui, figure.sourceId, figure.id)}>
      {sourceName(ui, figure)}
    </a>
  );
}

/**
 * A value with its qualifier: a sign ("≈", ">") spelled out for screen readers and on hover in
 * English and Russian; in Kazakh the word itself, in Kazakh word order ("шамамен 8 млрд $",
 * "8,5 млрд $-дан астам", "30-ға дейін"), titled with the word as the sign is. The Kazakh word
 * stands beside the unbreakable amount, so that a narrow cell may wrap before it.
 */
export function Amount({ ui, value, unit, qualifier, signed }: { ui: Ui; value: number; unit: string; qualifier: Qualifier; signed?: boolean }) {
  const amount = ui.f.value(value, unit, { signed });
  const word = ui.t.qualifier[qualifier];
  const words = ui.f.qualifiedWords(qualifier, amount, word);
  if (words) {
    return (
      <span class="qualified">
        {words.before ? (
          <span class="qualifier" title={word}>
            {words.before}
          </span>
        ) : null}
        {words.before ? ' ' : ''}
        <span class="amount">{words.amount}</span>
        {words.after ? ' ' : ''}
        {words.after ? (
          <span class="qualifier" title={word}>
            {words.after}
          </span>
        ) : null}
      </span>
    );
  }
  const sign = ui.f.qualifierSign(qualifier);
  return (
    <span class="amount">
      {sign ? (
        <abbr class="qualifier" title={word}>
          {sign}
          <span class="visually-hidden"> {word}</span>
        </abbr>
      ) : null}
      {sign ? ' ' : ''}
      {amount}
    </span>
  );
}

/**
 * A computed value, shown no more precisely than its inputs allow ("≈ $1.7 bn", a range, or a
 * range marked "sign uncertain"), with every value the inputs allow on hover and the derived or
 * estimate mark.
 */
export function DerivedAmount({
  ui,
  estimate,
  unit,
  inputs,
  signed,
  status = 'derived',
}: {
  ui: Ui;
  estimate: Estimate;
  unit: string;
  /** Ids of the stated figures it is computed from (data-inputs), so that its precision can be checked against theirs. */
  inputs: readonly string[];
  signed?: boolean;
  status?: 'derived' | 'estimate' | 'stated';
}) {
  const { t, f } = ui;
  const shown = present(estimate);
  const full = f.range({ low: estimate.low, high: estimate.high }, unit === 'pp' || unit === 'percent_per_year' ? 'percent' : unit, { signed });
  return (
    <span class="derived-value" data-inputs={inputs.join(' ')}>
      <span class="amount" title={t.common.interval(full)} data-low={Number.isFinite(estimate.low) ? String(estimate.low) : undefined} data-high={Number.isFinite(estimate.high) ? String(estimate.high) : undefined}>
        {shown.kind === 'unknown' ? <abbr title={t.common.unboundedTitle}>{t.common.unbounded}</abbr> : f.shown(shown, unit, { signed })}
      </span>
      {shown.kind === 'range' && shown.signUncertain ? (
        <>
          {' '}
          <Badge kind="uncertain" title={t.common.signUncertainTitle}>
            {t.common.signUncertain}
          </Badge>
        </>
      ) : null}
      {status === 'stated' ? null : (
        <>
          {' '}
          <Badge kind={status} title={status === 'derived' ? t.common.derivedTitle : t.common.estimateTitle}>
            {status === 'derived' ? t.common.derived : t.common.estimate}
          </Badge>
        </>
      )}
    </span>
  );
}

/** "direct investment" or "total investment", where the article says which. */
export function ScopeBadge({ ui, scope }: { ui: Ui; scope: string | null | undefined }) {
  if (scope !== 'direct' && scope !== 'total') return null;
  return (
    <Badge kind="scope" title={ui.t.common.scopeTitle[scope]}>
      {ui.t.common.scope[scope]}
    </Badge>
  );
}

export function Badge({ kind, title, children }: { kind: 'derived' | 'estimate' | 'differ' | 'period' | 'uncertain' | 'scope' | 'consistent' | 'inconsistent' | 'cannot'; title?: string; children: Child }) {
  return (
    <span class={`badge badge-${kind}`} title={title}>
      {children}
    </span>
  );
}

/** "calendar year", "9 months", "5-year total", "as of": how a period should be read. */
export function periodKindLabel(ui: Ui, p: Period): string {
  const kind = classifyPeriod(p);
  const months = wholeMonths(p) ?? 0;
  switch (kind) {
    case 'instant':
      return ui.t.periodKind.instant;
    case 'year':
      return ui.t.periodKind.year;
    case 'multi_year':
      return ui.t.periodKind.multi_year(months / 12);
    case 'months':
      return ui.t.periodKind.months(months);
    case 'days':
      return ui.t.periodKind.days(daysIn(p));
  }
}

/** The period as readers need it: "2024", "Jan–Sep 2025 (9 months)", "2008–2012 (5-year total)", "as of 17 Dec 2025". */
export function PeriodText({ ui, period, atDate }: { ui: Ui; period: Period; /** A figure at a date (stock, count, rank): its period is the span its as-of date lies in. */ atDate?: boolean }) {
  const kind = classifyPeriod(period);
  if (kind === 'instant' || atDate) return <span class="period">{asOf(ui, period)}</span>;
  if (kind === 'year') return <span class="period">{ui.f.period(period)}</span>;
  return (
    <span class="period">
      {ui.f.period(period)} <Badge kind="period">{periodKindLabel(ui, period)}</Badge>
    </span>
  );
}

/** The period of a group: for figures at a date that sources date differently within a month, "as of Dec 2025". */
export function GroupPeriod<T extends ShownFigure>({ ui, group }: { ui: Ui; group: FigureGroup<T> }) {
  const first = group.figures[0];
  if (first && isAtDate(first)) return <span class="period">{asOf(ui, group.period)}</span>;
  return <PeriodText ui={ui} period={group.period} />;
}


function MoreSources<T extends ShownFigure>({ ui, group }: { ui: Ui; group: FigureGroup<T> }) {
  const more = group.figures.length - SOURCES_SHOWN;
  if (more <= 0) return null;
  return (
    <a class="more-sources" href={urls.data(ui, 'observations', { partner: [group.partner], reporter: [group.reporter], indicator: [group.indicator], period: group.token })}>
      {ui.t.common.moreSources(more)}
    </a>
  );
}

/** A group of sources stating one figure: one value, or the range with a "sources differ" mark, each linked to its source (the first few, then a link to all). */
export function GroupValue<T extends ShownFigure>({ ui, group }: { ui: Ui; group: FigureGroup<T> }) {
  const unit = group.figures[0]?.unit ?? '';
  const shown = group.figures.slice(0, SOURCES_SHOWN);
  if (!group.sourcesDiffer) {
    const [first] = group.figures;
    const qualifiers = new Set(group.figures.map((f) => f.qualifier));
    const qualifier = qualifiers.size === 1 && first ? first.qualifier : group.approximate ? 'approx' : 'exact';
    return (
      <span class="group-value">
        <Amount ui={ui} value={group.low} unit={unit} qualifier={qualifier} />
        {new Set(group.figures.map((f) => f.scope ?? '')).size === 1 ? (
          <>
            {' '}
            <ScopeBadge ui={ui} scope={first?.scope} />
          </>
        ) : null}
        <span class="sources-list">
          {shown.map((f, i) => (
            <>
              {i > 0 ? '; ' : ''}
              <SourceLink ui={ui} figure={f} />
            </>
          ))}
          {group.figures.length > SOURCES_SHOWN ? (
            <>
              {'; '}
              <MoreSources ui={ui} group={group} />
            </>
          ) : null}
        </span>
      </span>
    );
  }
  return (
    <span class="group-value">
      <span class="amount">{ui.f.range({ low: group.low, high: group.high }, unit)}</span>{' '}
      <Badge kind="differ" title={ui.t.common.sourcesDifferTitle}>
        {ui.t.common.sourcesDiffer}
      </Badge>
      <ul class="per-source">
        {shown.map((f) => (
          <li>
            <Amount ui={ui} value={f.value} unit={unit} qualifier={f.qualifier} /> <ScopeBadge ui={ui} scope={f.scope} /> <SourceLink ui={ui} figure={f} />
          </li>
        ))}
        {group.figures.length > SOURCES_SHOWN ? (
          <li>
            <MoreSources ui={ui} group={group} />
          </li>
        ) : null}
      </ul>
    </span>
  );
}

export interface ChartBlockProps {
  ui: Ui;
  id: string;
  spec: ChartSpec;
  caption: string;
  note?: string;
  /** The note's language when it is curated data rather than an interface string. */
  noteLang?: string;
  /** Exactly the chart's data as CSV (the same URL with bom=1 serves Excel). */
  csvHref: string;
  /** The accessible fallback: a table of the same numbers. */
  table: Child;
  /** Ids of the articles its figures come from, which its citation names. */
  sources: readonly string[];
}

/** The articles behind a chart, named as the site names them ("Kazinform, 17 Dec 2025"), in the citation's order. */
function sourceNames(ui: Ui, ids: readonly string[]): string[] {
  return citedSources(ui, ids).map((s) => sourceName(ui, { sourceId: s.id, sourcePublisher: s.publisher, sourcePublishedOn: s.publishedOn }));
}

/**
 * A chart with its table beside it, and what lets it travel: a CSV of exactly its data (long, as
 * the tables are, and wide, as it is drawn), its image drawn by the server (also what shows without
 * JavaScript), the code to embed it in another site, and its citation.
 */
export function ChartBlock({ ui, id, spec, caption, note, noteLang, csvHref, table, sources }: ChartBlockProps) {
  const { t } = ui;
  const bomHref = withParam(csvHref, 'bom', '1');
  const png = urls.chart(ui, ui.here, id, 'png');
  const embed = `<iframe src="${ui.cite.origin}${urls.chart(ui, ui.here, id, 'embed')}" width="100%" height="640" style="border:0" title="${escapeAttribute(caption)}" loading="lazy"></iframe>`;
  return (
    <figure class="chart" id={id} aria-labelledby={`${id}-caption`} data-sources={JSON.stringify(sourceNames(ui, sources))}>
      <figcaption id={`${id}-caption`}>
        <span class="chart-title">{caption}</span>
        {note ? (
          <span class="chart-note" lang={noteLang}>
            {note}
          </span>
        ) : null}
      </figcaption>
      <div class="chart-body">
        <div class="chart-canvas">
          <canvas data-chart={JSON.stringify(spec)} role="img" aria-label={spec.title} aria-details={`${id}-table`}></canvas>
          <noscript>
            <img class="chart-image" src={png} alt={t.chart.image(caption)} loading="lazy" />
          </noscript>
        </div>
        <div class="chart-table table-scroll" id={`${id}-table`} role="region" aria-label={`${t.common.tableOfChart}: ${caption}`} tabindex={0}>
          {table}
        </div>
      </div>
      <div class="downloads chart-downloads">
        <a href={csvHref}>{t.common.downloadCsv}</a>
        {' · '}
        <a href={bomHref}>{t.common.csvForExcel}</a>
        {' · '}
        <a href={urls.chart(ui, ui.here, id, 'csv')}>{t.chart.wideCsv}</a>
        {' · '}
        <a href={png} download={`${id}.png`}>
          {t.common.downloadPng}
        </a>
        {' · '}
        <Cite ui={ui} id={`${id}-cite`} label={t.cite.chart} citation={chartCitation(ui, id, caption, sources)} />
      </div>
      <details class="embed-code">
        <summary>{t.chart.embed}</summary>
        <p>{t.chart.embedLead}</p>
        <textarea readonly rows={3} aria-label={t.chart.embed}>
          {embed}
        </textarea>
        <p>{t.chart.embedScript}</p>
        <textarea readonly rows={1} aria-label={t.chart.embedScript}>
          {`<script src="${ui.cite.origin}/embed.js" async></script>`}
        </textarea>
      </details>
    </figure>
  );
}

/** One column of a `Table`: its heading (also each cell's label when a narrow screen stacks the row) and its cell. */
export interface Column<R> {
  head: string;
  cell: (row: R) => Child;
  /** Right-aligned figures. */
  num?: boolean;
  /** The cell's language, when it holds an article's own words. */
  lang?: (row: R) => string | undefined;
}

export interface TableProps<R> {
  rows: R[];
  /** The column that heads each row (`th scope="row"`); without it every cell is data. */
  head?: Column<R>;
  /** Absent entries (a column shown only sometimes) are skipped. */
  columns: Array<Column<R> | null | undefined | false>;
  /** Below 40rem each row becomes label: value pairs, so every amount is on screen without scrolling sideways. */
  stack?: boolean;
  /** More classes for the table (`figures` is always there). */
  class?: string;
  /** Set for a table standing alone: it scrolls in a labelled, focusable region. A chart's table scrolls in the chart's. */
  label?: string;
  /** Rows after the data rows, such as a derived remainder. */
  after?: Child;
}

/** Every table of figures on the site: one markup, so that headings, row headers, stacking and scrolling agree. */
export function Table<R>({ rows, head, columns, stack, class: more, label, after }: TableProps<R>) {
  const shown = columns.filter((c): c is Column<R> => Boolean(c));
  const table = (
    <table class={['figures', more, stack ? 'stack' : ''].filter(Boolean).join(' ')}>
      <thead>
        <tr>
          {[...(head ? [head] : []), ...shown].map((c) => (
            <th scope="col">{c.head}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            {head ? (
              <th scope="row" lang={head.lang?.(r)}>
                {head.cell(r)}
              </th>
            ) : null}
            {shown.map((c) => (
              <td class={c.num ? 'num' : undefined} data-label={c.head} lang={c.lang?.(r)}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
        {after}
      </tbody>
    </table>
  );
  if (label === undefined) return table;
  return (
    <div class="table-scroll" role="region" tabindex={0} aria-label={label}>
      {table}
    </div>
  );
}

/** Stated figures at dates (investment stocks, say), one a row: the partner where several appear, the date, the value as stated, the source. */
export function StatementTable({ ui, rows }: { ui: Ui; rows: Array<{ figure: ShownFigure; partner?: string }> }) {
  const { t } = ui;
  type Row = (typeof rows)[number];
  const date: Column<Row> = { head: t.common.period, cell: ({ figure }) => <PeriodText ui={ui} period={{ start: figure.periodStart, end: figure.periodEnd }} atDate /> };
  const named = rows.some((r) => r.partner !== undefined);
  return (
    <Table
      stack
      rows={rows}
      head={named ? { head: t.partners.name, cell: (r) => r.partner } : date}
      columns={[
        named && date,
        {
          head: t.common.value,
          cell: ({ figure }) => (
            <>
              <Amount ui={ui} value={figure.value} unit={figure.unit} qualifier={figure.qualifier} /> <ScopeBadge ui={ui} scope={figure.scope} />
            </>
          ),
        },
        { head: t.common.source, cell: ({ figure }) => <SourceLink ui={ui} figure={figure} /> },
      ]}
    />
  );
}

/** A commodity in the reader's language, then as the article names it. */
export function CommodityLabel({ ui, share }: { ui: Ui; share: { commodityNameEn: string; commodityNameRu: string; commodityNameKk: string; commodityOriginal: string; sourceLanguage: string } }) {
  return (
    <>
      {commodityName(ui, share)}{' '}
      <span class="original" lang={share.sourceLanguage}>
        ({share.commodityOriginal})
      </span>
    </>
  );
}
