/**
 * The served CSV/JSON columns (docs/architecture.md, "A download"). Column names are
 * stable; columns beyond the contract are appended at the end, never inserted. Columns read the
 * plain export rows of the queries (see OBSERVATION_EXPORT) and an export context.
 */
import type { Commodity, Indicator, Partner } from '../db/schema';
import { nameOf, translationOf } from './i18n/names';
import { periodLabel } from './i18n/labels';
import type { Lang } from './i18n/format';
import { MESSAGES } from './i18n/index';
import type { ShareBase } from './queries/commodity-shares';
import type { ObservationBase } from './queries/observations';
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

/**
 * A download of a figure table, defined once: each column is a stored field as is, or a value
 * computed from the fields it `uses` and the context. The fields an export reads are derived from
 * its columns, in first-use order, and read as one plain array per row (see figureQueries'
 * exportRows: building an object per row of a million costs more than SQLite's own work).
 */
type ColumnDef<B> =
  | { name: string; field: keyof B & string }
  | { name: string; uses: ReadonlyArray<keyof B & string>; value: (row: ReadonlyArray<unknown>, context: ExportContext, at: Readonly<Record<string, number>>) => Cell };

export interface FigureExport<B> {
  /** The fields each row holds, in order. */
  fields: Array<keyof B & string>;
  columns: ReadonlyArray<ExportColumn<ReadonlyArray<unknown>>>;
}

function compile<B>(defs: ReadonlyArray<ColumnDef<B>>): FigureExport<B> {
  const fields: Array<keyof B & string> = [];
  const at: Record<string, number> = {};
  const index = (key: keyof B & string) => {
    if (at[key] === undefined) at[key] = fields.push(key) - 1;
    return at[key];
  };
  const columns = defs.map((d): ExportColumn<ReadonlyArray<unknown>> => {
    if ('field' in d) {
      const i = index(d.field);
      return { name: d.name, value: (r) => (r[i] ?? null) as Cell };
    }
    d.uses.forEach(index);
    return { name: d.name, value: (r, c) => d.value(r, c, at) };
  });
  return { fields, columns };
}

type OB = ObservationBase;
type SB = ShareBase;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const str = (r: ReadonlyArray<unknown>, i: number | undefined) => r[i ?? -1] as string;
const field = <B>(name: string, key: keyof B & string): ColumnDef<B> => ({ name, field: key });
const periodLabelColumn = <B extends { periodStart: string; periodEnd: string }>(): ColumnDef<B> => ({
  name: 'period_label',
  uses: ['periodStart', 'periodEnd'],
  value: (r, c, at) => c.label(str(r, at.periodStart), str(r, at.periodEnd)),
});
const ofSource = <B extends { sourceId: string }>(name: string, pick: (s: SourceRow) => Cell): ColumnDef<B> => ({
  name,
  uses: ['sourceId'],
  value: (r, c, at) => {
    const source = c.source(str(r, at.sourceId));
    return source ? pick(source) : null;
  },
});

const OBSERVATION_DEFS: ReadonlyArray<ColumnDef<OB>> = [
  field('id', 'id'),
  field('indicator', 'indicator'),
  field('reporter', 'reporter'),
  field('partner', 'partner'),
  field('period_start', 'periodStart'),
  field('period_end', 'periodEnd'),
  periodLabelColumn(),
  field('value', 'value'),
  field('unit', 'unit'),
  field('qualifier', 'qualifier'),
  field('as_written', 'asWritten'),
  field('source_id', 'sourceId'),
  ofSource('source_title', (s) => s.title),
  ofSource('source_published_on', (s) => s.publishedOn),
  ofSource('source_language', (s) => s.language),
  field('quote', 'quote'),
  field('quote_en', 'quoteEn'),
  field('note', 'note'),
  // Beyond the contract: for investment, whether the article counts direct or total investment.
  field('scope', 'scope'),
];

const SHARE_DEFS: ReadonlyArray<ColumnDef<SB>> = [
  field('id', 'id'),
  field('reporter', 'reporter'),
  field('partner', 'partner'),
  field('flow', 'flow'),
  field('period_start', 'periodStart'),
  field('period_end', 'periodEnd'),
  periodLabelColumn(),
  field('commodity', 'commodity'),
  field('commodity_original', 'commodityOriginal'),
  { name: 'hs_code', uses: ['commodity'], value: (r, c, at) => c.commodity(str(r, at.commodity))?.hsCode ?? null },
  field('share_pct', 'sharePct'),
  field('qualifier', 'qualifier'),
  field('source_id', 'sourceId'),
  field('quote', 'quote'),
  field('quote_en', 'quoteEn'),
  // Beyond the contract: the share as printed, and the curator's note on any ambiguity.
  field('as_written', 'asWritten'),
  field('note', 'note'),
];

export const OBSERVATION_EXPORT = compile(OBSERVATION_DEFS);
export const COMMODITY_SHARE_EXPORT = compile(SHARE_DEFS);

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

const named = (lang: Lang, list: ReadonlyArray<{ code: string; nameEn: string; nameRu: string; nameKk: string }>, code: string) => nameOf({ lang }, list, code);
const quoteIn = (lang: Lang, originalLang: string | undefined, en: unknown, ru: unknown, kk: unknown) =>
  translationOf({ lang }, originalLang ?? '', { en: String(en), ru: (ru as string | null) ?? null, kk: (kk as string | null) ?? null })?.text ?? null;

/** One column list per `?lang=` language. */
const perLang = <T>(columns: (lang: Lang) => T): Readonly<Record<Lang, T>> => ({ en: columns('en'), ru: columns('ru'), kk: columns('kk') });

/**
 * Our Russian or Kazakh version of a curator's note, named after its language (`note_ru`,
 * `date_note_kk`…); none for English, whose note is the contract's own column.
 */
const noteIn = <R>(lang: Lang, name: string, versions: { ru: (row: R) => unknown; kk: (row: R) => unknown }): Array<ExportColumn<R>> =>
  lang === 'en' ? [] : [{ name: `${name}_${lang}`, value: (r) => text(versions[lang](r)) }];
/** The same for a figure table's stored note versions. */
const figureNoteIn = <B extends { noteRu: string | null; noteKk: string | null }>(lang: Lang): Array<ColumnDef<B>> =>
  lang === 'en' ? [] : [field(`note_${lang}`, lang === 'ru' ? 'noteRu' : 'noteKk')];
/** The quote's translation into the `?lang=` language (none where the quote is in it). */
const quoteTranslation = <B extends { sourceId: string; quoteEn: string; quoteRu: string | null; quoteKk: string | null }>(): ColumnDef<B> => ({
  name: 'quote_translation',
  uses: ['sourceId', 'quoteEn', 'quoteRu', 'quoteKk'],
  value: (r, c, at) => (c.names ? quoteIn(c.names.lang, c.source(str(r, at.sourceId))?.language, r[at.quoteEn ?? -1], r[at.quoteRu ?? -1], r[at.quoteKk ?? -1]) : null),
});
const nameColumn = <B>(name: string, key: keyof B & string, list: 'indicators' | 'partners'): ColumnDef<B> => ({
  name,
  uses: [key],
  value: (r, c, at) => (c.names ? named(c.names.lang, c.names[list], str(r, at[key])) : null),
});

/**
 * Observations with names, the quote's translation and the note in the `?lang=` language,
 * appended after the contract's columns.
 */
export const LOCALIZED_OBSERVATION_EXPORT = perLang((lang) =>
  compile<OB>([
    ...OBSERVATION_DEFS,
    nameColumn('indicator_name', 'indicator', 'indicators'),
    nameColumn('reporter_name', 'reporter', 'partners'),
    nameColumn('partner_name', 'partner', 'partners'),
    quoteTranslation(),
    ...figureNoteIn<OB>(lang),
  ]),
);

export const LOCALIZED_COMMODITY_SHARE_EXPORT = perLang((lang) =>
  compile<SB>([
    ...SHARE_DEFS,
    nameColumn('partner_name', 'partner', 'partners'),
    {
      name: 'commodity_name',
      uses: ['commodity'],
      value: (r, c, at) => {
        const commodity = c.commodity(str(r, at.commodity));
        return c.names && commodity ? named(c.names.lang, [commodity], commodity.code) : null;
      },
    },
    quoteTranslation(),
    ...figureNoteIn<SB>(lang),
  ]),
);

export const LOCALIZED_SOURCE_COLUMNS = perLang((lang): ReadonlyArray<ExportColumn<SourceRow>> => [
  ...SOURCE_COLUMNS,
  { name: 'title_translation', value: (r, c) => (c.names ? (translationOf({ lang: c.names.lang }, r.language, { en: r.titleEn, ru: r.titleRu, kk: r.titleKk })?.text ?? null) : null) },
  { name: 'language_name', value: (r, c) => (c.names ? (MESSAGES[c.names.lang].sources.languages[r.language] ?? r.language) : null) },
  ...noteIn<SourceRow>(lang, 'date_note', { ru: (r) => r.dateNoteRu, kk: (r) => r.dateNoteKk }),
  ...noteIn<SourceRow>(lang, 'note', { ru: (r) => r.noteRu, kk: (r) => r.noteKk }),
]);
