/**
 * The served CSV/JSON columns (DESIGN.md, "Data model and the CSV contract"). Column names are
 * stable; columns beyond the contract are appended at the end, never inserted. Columns read the
 * plain export rows of the queries (see OBSERVATION_EXPORT) and an export context.
 */
import type { Commodity, Indicator, Partner } from '../db/schema';
import { translationOf } from '../views/names';
import { periodLabel } from './i18n/labels';
import type { Lang } from './i18n/format';
import { MESSAGES } from './i18n/index';
import { SHARE_EXPORT, type ShareExportRow } from './queries/commodity-shares';
import { OBSERVATION_EXPORT, type ObservationExportRow } from './queries/observations';
import type { SourceRow } from './queries/reference';

export type Cell = string | number | null;

export interface ExportColumn<R> {
  name: string;
  value: (row: R, context: ExportContext) => Cell;
}

/** What columns look up beyond the row: sources, commodities, period labels, and names for `?lang=`. */
export interface ExportContext {
  source: (id: string) => SourceRow | undefined;
  commodity: (code: string) => Commodity | undefined;
  label: (start: string, end: string) => string;
  /** Set by `?lang=`: the language of the appended name columns, with the lists to name from. */
  names?: { lang: Lang; indicators: Indicator[]; partners: Partner[] };
}

/** A context for one export; period labels are computed once per distinct period. */
export function exportContext(sources: readonly SourceRow[], commodities: readonly Commodity[], names?: ExportContext['names']): ExportContext {
  const bySource = new Map(sources.map((s) => [s.id, s]));
  const byCommodity = new Map(commodities.map((c) => [c.code, c]));
  const labels = new Map<string, string>();
  return {
    source: (id) => bySource.get(id),
    commodity: (code) => byCommodity.get(code),
    label: (start, end) => {
      const key = `${start}/${end}`;
      let label = labels.get(key);
      if (label === undefined) {
        label = periodLabel({ start, end });
        labels.set(key, label);
      }
      return label;
    },
    names,
  };
}

/** Index of a field in an export row. */
const o = (key: (typeof OBSERVATION_EXPORT)[number]) => OBSERVATION_EXPORT.indexOf(key);
const sh = (key: (typeof SHARE_EXPORT)[number]) => SHARE_EXPORT.indexOf(key);

const O = { id: o('id'), indicator: o('indicator'), reporter: o('reporter'), partner: o('partner'), start: o('periodStart'), end: o('periodEnd'), value: o('value'), unit: o('unit'), qualifier: o('qualifier'), asWritten: o('asWritten'), source: o('sourceId'), quote: o('quote'), quoteEn: o('quoteEn'), quoteRu: o('quoteRu'), quoteKk: o('quoteKk'), note: o('note'), scope: o('scope'), noteRu: o('noteRu'), noteKk: o('noteKk') };
const S = { id: sh('id'), reporter: sh('reporter'), partner: sh('partner'), flow: sh('flow'), start: sh('periodStart'), end: sh('periodEnd'), commodity: sh('commodity'), original: sh('commodityOriginal'), share: sh('sharePct'), qualifier: sh('qualifier'), asWritten: sh('asWritten'), source: sh('sourceId'), quote: sh('quote'), quoteEn: sh('quoteEn'), quoteRu: sh('quoteRu'), quoteKk: sh('quoteKk'), note: sh('note'), noteRu: sh('noteRu'), noteKk: sh('noteKk') };

type OR = ObservationExportRow;
type SR = ShareExportRow;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

export const OBSERVATION_COLUMNS: ReadonlyArray<ExportColumn<OR>> = [
  { name: 'id', value: (r) => r[O.id] as string },
  { name: 'indicator', value: (r) => r[O.indicator] as string },
  { name: 'reporter', value: (r) => r[O.reporter] as string },
  { name: 'partner', value: (r) => r[O.partner] as string },
  { name: 'period_start', value: (r) => r[O.start] as string },
  { name: 'period_end', value: (r) => r[O.end] as string },
  { name: 'period_label', value: (r, c) => c.label(r[O.start] as string, r[O.end] as string) },
  { name: 'value', value: (r) => r[O.value] as number },
  { name: 'unit', value: (r) => r[O.unit] as string },
  { name: 'qualifier', value: (r) => r[O.qualifier] as string },
  { name: 'as_written', value: (r) => r[O.asWritten] as string },
  { name: 'source_id', value: (r) => r[O.source] as string },
  { name: 'source_title', value: (r, c) => c.source(r[O.source] as string)?.title ?? null },
  { name: 'source_published_on', value: (r, c) => c.source(r[O.source] as string)?.publishedOn ?? null },
  { name: 'source_language', value: (r, c) => c.source(r[O.source] as string)?.language ?? null },
  { name: 'quote', value: (r) => r[O.quote] as string },
  { name: 'quote_en', value: (r) => r[O.quoteEn] as string },
  { name: 'note', value: (r) => text(r[O.note]) },
  // Beyond the contract: for investment, whether the article counts direct or total investment.
  { name: 'scope', value: (r) => text(r[O.scope]) },
];

export const COMMODITY_SHARE_COLUMNS: ReadonlyArray<ExportColumn<SR>> = [
  { name: 'id', value: (r) => r[S.id] as string },
  { name: 'reporter', value: (r) => r[S.reporter] as string },
  { name: 'partner', value: (r) => r[S.partner] as string },
  { name: 'flow', value: (r) => r[S.flow] as string },
  { name: 'period_start', value: (r) => r[S.start] as string },
  { name: 'period_end', value: (r) => r[S.end] as string },
  { name: 'period_label', value: (r, c) => c.label(r[S.start] as string, r[S.end] as string) },
  { name: 'commodity', value: (r) => r[S.commodity] as string },
  { name: 'commodity_original', value: (r) => r[S.original] as string },
  { name: 'hs_code', value: (r, c) => c.commodity(r[S.commodity] as string)?.hsCode ?? null },
  { name: 'share_pct', value: (r) => r[S.share] as number },
  { name: 'qualifier', value: (r) => r[S.qualifier] as string },
  { name: 'source_id', value: (r) => r[S.source] as string },
  { name: 'quote', value: (r) => r[S.quote] as string },
  { name: 'quote_en', value: (r) => r[S.quoteEn] as string },
  // Beyond the contract: the share as printed, and the curator's note on any ambiguity.
  { name: 'as_written', value: (r) => r[S.asWritten] as string },
  { name: 'note', value: (r) => text(r[S.note]) },
];

export const SOURCE_COLUMNS: ReadonlyArray<ExportColumn<SourceRow>> = [
  { name: 'id', value: (r) => r.id },
  { name: 'publisher', value: (r) => r.publisher },
  { name: 'title', value: (r) => r.title },
  { name: 'title_en', value: (r) => r.titleEn },
  { name: 'language', value: (r) => r.language },
  { name: 'published_on', value: (r) => r.publishedOn },
  { name: 'date_precision', value: (r) => r.datePrecision },
  { name: 'figures_count', value: (r) => r.figuresCount },
  // Beyond the contract: how the date was established, and notes on the source.
  { name: 'date_note', value: (r) => r.dateNote },
  { name: 'note', value: (r) => r.note },
];

const named = (lang: Lang, list: ReadonlyArray<{ code: string; nameEn: string; nameRu: string; nameKk: string }>, code: string) => {
  const item = list.find((x) => x.code === code);
  return item ? (lang === 'ru' ? item.nameRu : lang === 'kk' ? item.nameKk : item.nameEn) : code;
};
const quoteIn = (lang: Lang, originalLang: string | undefined, en: unknown, ru: unknown, kk: unknown) =>
  translationOf({ lang }, originalLang ?? '', { en: String(en), ru: (ru as string | null) ?? null, kk: (kk as string | null) ?? null })?.text ?? null;

/** One column list per `?lang=` language. */
const perLang = <R>(columns: (lang: Lang) => ReadonlyArray<ExportColumn<R>>): Readonly<Record<Lang, ReadonlyArray<ExportColumn<R>>>> => ({ en: columns('en'), ru: columns('ru'), kk: columns('kk') });

/**
 * Our Russian or Kazakh version of a curator's note, named after its language (`note_ru`,
 * `date_note_kk`…); none for English, whose note is the contract's own column.
 */
const noteIn = <R>(lang: Lang, name: string, versions: { ru: (row: R) => unknown; kk: (row: R) => unknown }): Array<ExportColumn<R>> =>
  lang === 'en' ? [] : [{ name: `${name}_${lang}`, value: (r) => text(versions[lang](r)) }];

/**
 * Observations with names, the quote's translation and the note in the `?lang=` language,
 * appended after the contract's columns.
 */
export const LOCALIZED_OBSERVATION_COLUMNS = perLang<OR>((lang) => [
  ...OBSERVATION_COLUMNS,
  { name: 'indicator_name', value: (r, c) => (c.names ? named(c.names.lang, c.names.indicators, r[O.indicator] as string) : null) },
  { name: 'reporter_name', value: (r, c) => (c.names ? named(c.names.lang, c.names.partners, r[O.reporter] as string) : null) },
  { name: 'partner_name', value: (r, c) => (c.names ? named(c.names.lang, c.names.partners, r[O.partner] as string) : null) },
  {
    name: 'quote_translation',
    value: (r, c) => (c.names ? quoteIn(c.names.lang, c.source(r[O.source] as string)?.language, r[O.quoteEn], r[O.quoteRu], r[O.quoteKk]) : null),
  },
  ...noteIn<OR>(lang, 'note', { ru: (r) => r[O.noteRu], kk: (r) => r[O.noteKk] }),
]);

export const LOCALIZED_COMMODITY_SHARE_COLUMNS = perLang<SR>((lang) => [
  ...COMMODITY_SHARE_COLUMNS,
  { name: 'partner_name', value: (r, c) => (c.names ? named(c.names.lang, c.names.partners, r[S.partner] as string) : null) },
  {
    name: 'commodity_name',
    value: (r, c) => {
      const commodity = c.commodity(r[S.commodity] as string);
      return c.names && commodity ? named(c.names.lang, [commodity], commodity.code) : null;
    },
  },
  {
    name: 'quote_translation',
    value: (r, c) => (c.names ? quoteIn(c.names.lang, c.source(r[S.source] as string)?.language, r[S.quoteEn], r[S.quoteRu], r[S.quoteKk]) : null),
  },
  ...noteIn<SR>(lang, 'note', { ru: (r) => r[S.noteRu], kk: (r) => r[S.noteKk] }),
]);

export const LOCALIZED_SOURCE_COLUMNS = perLang<SourceRow>((lang) => [
  ...SOURCE_COLUMNS,
  { name: 'title_translation', value: (r, c) => (c.names ? (translationOf({ lang: c.names.lang }, r.language, { en: r.titleEn, ru: r.titleRu, kk: r.titleKk })?.text ?? null) : null) },
  { name: 'language_name', value: (r, c) => (c.names ? (MESSAGES[c.names.lang].sources.languages[r.language] ?? r.language) : null) },
  ...noteIn<SourceRow>(lang, 'date_note', { ru: (r) => r.dateNoteRu, kk: (r) => r.dateNoteKk }),
  ...noteIn<SourceRow>(lang, 'note', { ru: (r) => r.noteRu, kk: (r) => r.noteKk }),
]);
