/**
 * The served CSV/JSON columns (DESIGN.md, "Data model and the CSV contract"). Column names are
 * stable; columns beyond the contract are appended at the end, never inserted.
 */
import { periodLabel } from './domain/periods';
import type { CsvColumn } from './http';
import type { CommodityShareRow } from './queries/commodity-shares';
import type { ObservationRow } from './queries/observations';
import type { SourceRow } from './queries/reference';

const label = (r: { periodStart: string; periodEnd: string }) => periodLabel({ start: r.periodStart, end: r.periodEnd });

export const OBSERVATION_COLUMNS: ReadonlyArray<CsvColumn<ObservationRow>> = [
  { name: 'id', value: (r) => r.id },
  { name: 'indicator', value: (r) => r.indicator },
  { name: 'reporter', value: (r) => r.reporter },
  { name: 'partner', value: (r) => r.partner },
  { name: 'period_start', value: (r) => r.periodStart },
  { name: 'period_end', value: (r) => r.periodEnd },
  { name: 'period_label', value: label },
  { name: 'value', value: (r) => r.value, numeric: true },
  { name: 'unit', value: (r) => r.unit },
  { name: 'qualifier', value: (r) => r.qualifier },
  { name: 'as_written', value: (r) => r.asWritten },
  { name: 'source_id', value: (r) => r.sourceId },
  { name: 'source_title', value: (r) => r.sourceTitle },
  { name: 'source_published_on', value: (r) => r.sourcePublishedOn },
  { name: 'source_language', value: (r) => r.sourceLanguage },
  { name: 'quote', value: (r) => r.quote },
  { name: 'quote_en', value: (r) => r.quoteEn },
  { name: 'note', value: (r) => r.note },
];

export const COMMODITY_SHARE_COLUMNS: ReadonlyArray<CsvColumn<CommodityShareRow>> = [
  { name: 'id', value: (r) => r.id },
  { name: 'reporter', value: (r) => r.reporter },
  { name: 'partner', value: (r) => r.partner },
  { name: 'flow', value: (r) => r.flow },
  { name: 'period_start', value: (r) => r.periodStart },
  { name: 'period_end', value: (r) => r.periodEnd },
  { name: 'period_label', value: label },
  { name: 'commodity', value: (r) => r.commodity },
  { name: 'commodity_original', value: (r) => r.commodityOriginal },
  { name: 'hs_code', value: (r) => r.hsCode },
  { name: 'share_pct', value: (r) => r.sharePct, numeric: true },
  { name: 'qualifier', value: (r) => r.qualifier },
  { name: 'source_id', value: (r) => r.sourceId },
  { name: 'quote', value: (r) => r.quote },
  { name: 'quote_en', value: (r) => r.quoteEn },
  // Beyond the contract: the share as printed, and the curator's note on any ambiguity.
  { name: 'as_written', value: (r) => r.asWritten },
  { name: 'note', value: (r) => r.note },
];

export const SOURCE_COLUMNS: ReadonlyArray<CsvColumn<SourceRow>> = [
  { name: 'id', value: (r) => r.id },
  { name: 'publisher', value: (r) => r.publisher },
  { name: 'title', value: (r) => r.title },
  { name: 'title_en', value: (r) => r.titleEn },
  { name: 'language', value: (r) => r.language },
  { name: 'published_on', value: (r) => r.publishedOn },
  { name: 'date_precision', value: (r) => r.datePrecision },
  { name: 'figures_count', value: (r) => r.figuresCount, numeric: true },
  // Beyond the contract: how the date was established, and notes on the source.
  { name: 'date_note', value: (r) => r.dateNote },
  { name: 'note', value: (r) => r.note },
];
