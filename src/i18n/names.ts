/** Names and translations in the reader's language, with the original where there is no translation. */
import type { Period } from '../domain/periods';
import type { Messages } from './en';
import type { Formatter, Lang } from './format';

/** What naming and formatting need of the reader: their language, its messages and its formatter. */
export interface Reader {
  lang: Lang;
  t: Messages;
  f: Formatter;
}

interface Named {
  nameEn: string;
  nameRu: string;
  nameKk: string;
}

/** A partner's, indicator's or commodity's name in the interface language. */
export function localName(ui: Pick<Reader, 'lang'>, item: Named): string {
  return ui.lang === 'ru' ? item.nameRu : ui.lang === 'kk' ? item.nameKk : item.nameEn;
}

/** Looks a coded item up in a list and names it, falling back to the code. */
export function nameOf(ui: Pick<Reader, 'lang'>, list: ReadonlyArray<Named & { code: string }>, code: string): string {
  const item = list.find((x) => x.code === code);
  return item ? localName(ui, item) : code;
}

export interface Translated {
  text: string;
  lang: string;
  /** True where we have no translation into the interface language and show the English one. */
  english: boolean;
}

/**
 * The translation to show beside an original text (a quote or a title), or null where the
 * original is already in the interface language.
 */
export function translationOf(ui: Pick<Reader, 'lang'>, originalLang: string, texts: { en: string; ru: string | null; kk: string | null }): Translated | null {
  if (originalLang === ui.lang) return null;
  if (ui.lang === 'ru' && texts.ru) return { text: texts.ru, lang: 'ru', english: false };
  if (ui.lang === 'kk' && texts.kk) return { text: texts.kk, lang: 'kk', english: false };
  return { text: texts.en, lang: 'en', english: ui.lang !== 'en' };
}

/** A commodity share row's commodity in the interface language. */
export function commodityName(ui: Pick<Reader, 'lang'>, row: { commodityNameEn: string; commodityNameRu: string; commodityNameKk: string }): string {
  return localName(ui, { nameEn: row.commodityNameEn, nameRu: row.commodityNameRu, nameKk: row.commodityNameKk });
}

/** A curator's text with our Russian and Kazakh versions: a figure's or a source's note (a date note, a skip reason, as `note`). */
export interface LocalNoteRow {
  note: string | null;
  noteRu?: string | null;
  noteKk?: string | null;
}

/**
 * A curator's note in the interface language, with the language to mark it with: the English
 * note on English pages, our Russian or Kazakh version on theirs, and the English (marked so)
 * only where a version is missing. Text is empty where there is no note.
 */
export function localNote(ui: Pick<Reader, 'lang'>, row: LocalNoteRow): { text: string; lang: string } {
  const version = ui.lang === 'ru' ? row.noteRu : ui.lang === 'kk' ? row.noteKk : null;
  return version ? { text: version, lang: ui.lang } : { text: row.note ?? '', lang: 'en' };
}

/** How a source's date was established, in the interface language (see localNote). */
export function localDateNote(ui: Pick<Reader, 'lang'>, source: { dateNote: string; dateNoteRu: string | null; dateNoteKk: string | null }): { text: string; lang: string } {
  return localNote(ui, { note: source.dateNote, noteRu: source.dateNoteRu, noteKk: source.dateNoteKk });
}

/** Why a number in an article was not recorded, in the interface language (see localNote). */
export function localReason(ui: Pick<Reader, 'lang'>, skip: { reason: string; reasonRu: string | null; reasonKk: string | null }): { text: string; lang: string } {
  return localNote(ui, { note: skip.reason, noteRu: skip.reasonRu, noteKk: skip.reasonKk });
}

/**
 * "as of …" for figures at a date: the day where it is known, else the month or the span of
 * months the as-of date lies in ("as of Dec 2025", "as of Apr–Dec 2014"). Never a length in days.
 */
export function asOf(ui: Reader, p: Period): string {
  return ui.t.periodKind.asOf(ui.f.asOfDate(p));
}
