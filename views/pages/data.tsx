import type { Commodity, Indicator, Partner } from '../../db/schema';
import type { CommodityShareRow } from '../../src/queries/commodity-shares';
import type { ObservationRow } from '../../src/queries/observations';
import type { SourceRow } from '../../src/queries/reference';
import type { FilterParams } from '../../src/pages/filters';
import { KAZAKHSTAN } from '../../src/domain/codes';
import { isAtDate } from '../../src/domain/figures';
import { Amount, type Column, CommodityLabel, figureHref, PeriodText, type SourceRef, sourceName, Table } from '../components';
import { localName, nameOf } from '../../src/i18n/names';
import { type DataQuery, urls, withParam } from '../../src/urls';
import type { Ui } from '../ui';

export type FilterField = 'partner' | 'indicator' | 'flow' | 'commodity' | 'source_id' | 'period';

export interface FilterOptions {
  partners: Partner[];
  indicators: Indicator[];
  commodities: Commodity[];
  sources: SourceRow[];
}

/** A GET form: works as a plain form without JavaScript; with htmx it swaps only the results and pushes the URL. */
export function FilterForm({ ui, action, params, options, fields }: { ui: Ui; action: string; params: FilterParams; options: FilterOptions; fields: FilterField[] }) {
  const { t } = ui;
  const selected = (key: Exclude<FilterField, 'period'>) => params[key]?.[0] ?? '';
  const select = (key: Exclude<FilterField, 'period'>, label: string, choices: Array<[string, string]>) =>
    fields.includes(key) ? (
      <label class="field">
        <span>{label}</span>
        <select name={key}>
          <option value="">{t.data.any}</option>
          {choices.map(([value, text]) => (
            <option value={value} selected={selected(key) === value}>
              {text}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return (
    <form class="filters" method="get" action={action} hx-get={action} hx-target="#data-results" hx-push-url="true" hx-trigger="change, submit" role="search" aria-label={t.data.filters}>
      <fieldset>
        <legend>{t.data.filters}</legend>
        {select(
          'partner',
          t.data.partner,
          options.partners.map((p) => [p.code, localName(ui, p)]),
        )}
        {select(
          'indicator',
          t.data.indicator,
          options.indicators.map((i) => [i.code, localName(ui, i)]),
        )}
        {select('flow', t.data.flow, [
          ['export', t.flow.export],
          ['import', t.flow.import],
        ])}
        {select(
          'commodity',
          t.data.commodity,
          options.commodities.map((c) => [c.code, localName(ui, c)]),
        )}
        {select(
          'source_id',
          t.data.source,
          options.sources.map((s) => [s.id, sourceName(ui, { sourceId: s.id, sourcePublisher: s.publisher, sourcePublishedOn: s.publishedOn })]),
        )}
        {fields.includes('period') ? (
          <label class="field">
            <span>{t.data.period}</span>
            <input type="text" name="period" value={params.period ?? ''} placeholder="2024" aria-describedby="period-hint" inputmode="numeric" autocomplete="off" />
            <small id="period-hint">{t.data.periodHint}</small>
          </label>
        ) : null}
        <div class="form-actions">
          <button type="submit">{t.common.apply}</button>
          <a href={action}>{t.common.reset}</a>
        </div>
      </fieldset>
    </form>
  );
}

/**
 * One table for observations and commodity shares: the figure id first (linking to its quote),
 * the given columns, the source last. On a phone each row stacks into label/value pairs.
 */
function FigureTable<R extends { id: string; sourceId: string } & SourceRef>({ ui, label, rows, columns }: { ui: Ui; label: string; rows: R[]; columns: Array<Column<R>> }) {
  return (
    <Table
      label={label}
      class="data-table"
      stack
      rows={rows}
      head={{ head: 'ID', cell: (r) => <a href={figureHref(ui, r.sourceId, r.id)}>{r.id}</a> }}
      columns={[...columns, { head: ui.t.data.source, cell: (r) => <a href={figureHref(ui, r.sourceId, r.id)}>{sourceName(ui, r)}</a> }]}
    />
  );
}

export function ObservationTable({ ui, rows, indicators, partners }: { ui: Ui; rows: ObservationRow[]; indicators: Indicator[]; partners: Partner[] }) {
  const { t } = ui;
  const name = (code: string) => nameOf(ui, partners, code);
  return (
    <FigureTable
      ui={ui}
      label={t.data.observations}
      rows={rows}
      columns={[
        { head: t.data.indicator, cell: (r) => nameOf(ui, indicators, r.indicator) },
        { head: t.data.partner, cell: (r) => (r.reporter === KAZAKHSTAN ? name(r.partner) : t.common.reportedWith(name(r.reporter), name(r.partner))) },
        { head: t.data.period, cell: (r) => <PeriodText ui={ui} period={{ start: r.periodStart, end: r.periodEnd }} atDate={isAtDate(r)} /> },
        { head: t.common.value, num: true, cell: (r) => <Amount ui={ui} value={r.value} unit={r.unit} qualifier={r.qualifier} /> },
        { head: t.common.asWritten, cell: (r) => <span lang={r.sourceLanguage}>{r.asWritten}</span> },
      ]}
    />
  );
}

export function ShareTable({ ui, rows, partners }: { ui: Ui; rows: CommodityShareRow[]; partners: Partner[] }) {
  const { t } = ui;
  const name = (code: string) => nameOf(ui, partners, code);
  return (
    <FigureTable
      ui={ui}
      label={t.data.commodityShares}
      rows={rows}
      columns={[
        { head: t.data.flow, cell: (r) => (r.flow === 'export' ? t.flow.exportTo(name(r.partner)) : t.flow.importFrom(name(r.partner))) },
        { head: t.data.period, cell: (r) => <PeriodText ui={ui} period={{ start: r.periodStart, end: r.periodEnd }} /> },
        {
          head: t.data.commodity,
          cell: (r) => <CommodityLabel ui={ui} share={r} />,
        },
        { head: t.partner.hs, cell: (r) => r.hsCode ?? '—' },
        { head: t.partner.share, num: true, cell: (r) => <Amount ui={ui} value={r.sharePct} unit="percent" qualifier={r.qualifier} /> },
      ]}
    />
  );
}

export interface TableSection {
  kind: 'observations' | 'commodity-shares';
  total: number;
  page: number;
  pageSize: number;
  /** Filters given that this table has no column for. */
  notApplicable: string[];
  /** The filters this table was given (those it has columns for), for its page links and downloads. */
  filters: DataQuery;
  observations?: ObservationRow[];
  shares?: CommodityShareRow[];
}

/** One table's results: count, downloads for exactly these filters, rows and paging. */
export function ResultsSection({ ui, section, indicators, partners, heading }: { ui: Ui; section: TableSection; indicators: Indicator[]; partners: Partner[]; heading: boolean }) {
  const { t } = ui;
  const shown = section.observations?.length ?? section.shares?.length ?? 0;
  const from = (section.page - 1) * section.pageSize + 1;
  const pageNumber = section.page;
  const csv = urls.download(section.kind, 'csv', section.filters);
  const pageOf = (n?: number) => urls.data(ui, section.kind, section.filters, n);
  const pages = Math.max(1, Math.ceil(section.total / section.pageSize));
  const title = section.kind === 'observations' ? t.data.observations : t.data.commodityShares;
  return (
    <section class="results" aria-label={title}>
      {heading ? (
        <h2>
          <a href={pageOf()}>{title}</a>
        </h2>
      ) : null}
      <p class="count">{t.data.rows(shown, section.total, from)}</p>
      {section.notApplicable.length > 0 ? <p class="note">{t.data.notApplicable(section.notApplicable.join(', '))}</p> : null}
      <p class="downloads">
        <a href={csv}>{t.common.downloadCsv}</a>
        {' · '}
        <a href={withParam(csv, 'bom', '1')}>{t.common.csvForExcel}</a>
        {' · '}
        <a href={urls.download(section.kind, 'json', section.filters)}>{t.common.downloadJson}</a>
        {ui.lang !== 'en' ? (
          <>
            {' · '}
            <a href={withParam(csv, 'lang', ui.lang)}>{t.common.csvWithNames}</a>
          </>
        ) : null}
      </p>
      {shown > 0 ? (
        section.observations ? (
          <ObservationTable ui={ui} rows={section.observations} indicators={indicators} partners={partners} />
        ) : (
          <ShareTable ui={ui} rows={section.shares ?? []} partners={partners} />
        )
      ) : null}
      {pages > 1 ? (
        <nav class="pager" aria-label={title}>
          {pageNumber > 1 ? (
            <a rel="prev" href={pageOf(section.page - 1)}>
              {t.data.previous}
            </a>
          ) : null}
          <span>
            {pageNumber} / {pages}
          </span>
          {pageNumber < pages ? (
            <a rel="next" href={pageOf(section.page + 1)}>
              {t.data.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

export interface DataPageProps {
  ui: Ui;
  heading: string;
  action: string;
  params: FilterParams;
  options: FilterOptions;
  fields: FilterField[];
  sections: TableSection[];
}

/** The results area that htmx swaps; also the body of the full page. */
export function DataResults({ ui, sections, options }: Pick<DataPageProps, 'ui' | 'sections' | 'options'>) {
  return (
    <>
      {sections.map((section) => (
        <ResultsSection ui={ui} section={section} indicators={options.indicators} partners={options.partners} heading={sections.length > 1} />
      ))}
    </>
  );
}

export function DataPage({ ui, heading, action, params, options, fields, sections }: DataPageProps) {
  const { t } = ui;
  return (
    <>
      <h1>{heading}</h1>
      <p class="lead">{t.data.lead}</p>
      <p class="actions">
        <a href={urls.data(ui, 'observations')}>{t.data.observations}</a> · <a href={urls.data(ui, 'commodity-shares')}>{t.data.commodityShares}</a> ·{' '}
        <a href={urls.data(ui, 'sources')}>{t.data.sourcesTable}</a> · <a href={urls.checks(ui)}>{t.checks.pageLink}</a>
      </p>
      <p class="downloads data-package">
        {t.data.packageLead} <a href={urls.dataPackage('zip')}>{t.data.downloadZip}</a>
        {' · '}
        <a href={urls.dataPackage('json')}>{t.data.dataPackage}</a>
      </p>
      <FilterForm ui={ui} action={action} params={params} options={options} fields={fields} />
      <div id="data-results" aria-live="polite">
        <DataResults ui={ui} sections={sections} options={options} />
      </div>
    </>
  );
}
