import type { Child } from 'hono/jsx';
import type { Qualifier } from '../db/schema';
import { type FigureGroup, type FigureLike, isInstant } from '../src/domain/figures';
import { classifyPeriod, daysIn, type Period, wholeMonths } from '../src/domain/periods';
import type { ChartSpec } from './chart-spec';
import { href, type Ui } from './ui';

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
  return href(ui, `/sources/${encodeURIComponent(sourceId)}?figure=${figure}#fig-${figure}`);
}

export function SourceLink({ ui, figure }: { ui: Ui; figure: SourceRef & { id: string } }) {
  return (
    <a class="source-link" href={figureHref(ui, figure.sourceId, figure.id)}>
      {sourceName(ui, figure)}
    </a>
  );
}

/** A value with its qualifier sign ("≈", ">") spelled out for screen readers and on hover. */
export function Amount({ ui, value, unit, qualifier, signed }: { ui: Ui; value: number; unit: string; qualifier: Qualifier; signed?: boolean }) {
  const sign = ui.f.qualifierSign(qualifier);
  return (
    <span class="amount">
      {sign ? (
        <abbr class="qualifier" title={ui.t.qualifier[qualifier]}>
          {sign}
          <span class="visually-hidden"> {ui.t.qualifier[qualifier]}</span>
        </abbr>
      ) : null}
      {sign ? ' ' : ''}
      {ui.f.value(value, unit, { signed })}
    </span>
  );
}

export function Badge({ kind, title, children }: { kind: 'derived' | 'estimate' | 'differ' | 'period'; title?: string; children: Child }) {
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
export function PeriodText({ ui, period }: { ui: Ui; period: Period }) {
  const kind = classifyPeriod(period);
  if (kind === 'instant') return <span class="period">{ui.t.periodKind.asOf(ui.f.period(period))}</span>;
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
  if (first && isInstant(first.indicatorKind) && group.period.start !== group.period.end) {
    return <span class="period">{ui.t.periodKind.asOf(ui.f.partialDate(group.period.start.slice(0, 7)))}</span>;
  }
  return <PeriodText ui={ui} period={group.period} />;
}

/** How many sources one figure lists on a page; the rest are a link away in the data table. */
export const SOURCES_SHOWN = 5;

function MoreSources<T extends ShownFigure>({ ui, group }: { ui: Ui; group: FigureGroup<T> }) {
  const more = group.figures.length - SOURCES_SHOWN;
  if (more <= 0) return null;
  return (
    <a class="more-sources" href={href(ui, `/data/observations?partner=${group.partner}&reporter=${group.reporter}&indicator=${group.indicator}&period=${group.token}`)}>
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
            <Amount ui={ui} value={f.value} unit={unit} qualifier={f.qualifier} /> <SourceLink ui={ui} figure={f} />
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
}

/** A chart with its table beside it, a CSV link for exactly its data and a PNG download. */
export function ChartBlock({ ui, id, spec, caption, note, noteLang, csvHref, table }: ChartBlockProps) {
  const bom = `${csvHref}${csvHref.includes('?') ? '&' : '?'}bom=1`;
  return (
    <figure class="chart" id={id} aria-labelledby={`${id}-caption`}>
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
        </div>
        <div class="chart-table table-scroll" id={`${id}-table`} role="region" aria-label={`${ui.t.common.tableOfChart}: ${caption}`} tabindex={0}>
          {table}
        </div>
      </div>
      <p class="downloads">
        <a href={csvHref}>{ui.t.common.downloadCsv}</a>
        {' · '}
        <a href={bom}>{ui.t.common.csvForExcel}</a>
        <span class="png-slot" hidden>
          {' · '}
          <button type="button" class="link-button" data-png={id}>
            {ui.t.common.downloadPng}
          </button>
        </span>
      </p>
    </figure>
  );
}
