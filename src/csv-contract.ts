/**
 * The served CSV/JSON columns (DESIGN.md, "Data model and the CSV contract"). Column names are
 * stable; columns beyond the contract are appended at the end, never inserted.
 */
import type { Indicator, Partner } from '../db/schema';
import { translationOf } from '../views/names';
import { periodLabel } from './domain/periods';
import type { Lang } from './i18n/format';
import { MESSAGES } from './i18n/index';
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

/** Lookups for the localized columns that `?lang=` adds. */
export interface Localizer {
  lang: Lang;
  indicators: Indicator[];
  partners: Partner[];
}

const named = (lang: Lang, list: ReadonlyArray<{ code: string; nameEn: string; nameRu: string; nameKk: string }>, code: string) => {
  const item = list.find((x) => x.code === code);
  return item ? (lang === 'ru' ? item.nameRu : lang === 'kk' ? item.nameKk : item.nameEn) : code;
};
const translated = (lang: Lang, originalLang: string, r: { quoteEn: string; quoteRu: string | null; quoteKk: string | null }) =>
  translationOf({ lang }, originalLang, { en: r.quoteEn, ru: r.quoteRu, kk: r.quoteKk })?.text ?? null;

/** Observations with names and the quote's translation in `lang`, appended after the contract's columns. */
export function localizedObservationColumns(l: Localizer): ReadonlyArray<CsvColumn<ObservationRow>> {
  return [
    ...OBSERVATION_COLUMNS,
    { name: 'indicator_name', value: (r) => named(l.lang, l.indicators, r.indicator) },
    { name: 'reporter_name', value: (r) => named(l.lang, l.partners, r.reporter) },
    { name: 'partner_name', value: (r) => named(l.lang, l.partners, r.partner) },
    { name: 'quote_translation', value: (r) => translated(l.lang, r.sourceLanguage, r) },
  ];
}

export function localizedCommodityShareColumns(l: Localizer): ReadonlyArray<CsvColumn<CommodityShareRow>> {
  return [
    ...COMMODITY_SHARE_COLUMNS,
    { name: 'partner_name', value: (r) => named(l.lang, l.partners, r.partner) },
    { name: 'commodity_name', value: (r) => (l.lang === 'ru' ? r.commodityNameRu : l.lang === 'kk' ? r.commodityNameKk : r.commodityNameEn) },
    { name: 'quote_translation', value: (r) => translated(l.lang, r.sourceLanguage, r) },
  ];
}

export function localizedSourceColumns(l: Localizer): ReadonlyArray<CsvColumn<SourceRow>> {
  return [
    ...SOURCE_COLUMNS,
    { name: 'title_translation', value: (r) => translationOf({ lang: l.lang }, r.language, { en: r.titleEn, ru: r.titleRu, kk: r.titleKk })?.text ?? null },
    { name: 'language_name', value: (r) => MESSAGES[l.lang].sources.languages[r.language] ?? r.language },
  ];
}
