import type { Messages } from '../src/i18n/en';
import type { Formatter, Lang } from '../src/i18n/format';

/** What every view needs to speak the reader's language, link within it, and find the assets. */
export interface Ui {
  lang: Lang;
  t: Messages;
  f: Formatter;
  assets: { css: string; htmx: string; app: string; icon: string };
  /** The current page's path without its language prefix, with its query: what the language switcher keeps. */
  here: string;
}

/** What naming and formatting need of the reader: their language, its messages and its formatter. */
export type Reader = Pick<Ui, 'lang' | 't' | 'f'>;

export type NavKey = 'overview' | 'partners' | 'compare' | 'data' | 'sources' | 'search' | 'none';

export { href } from '../src/urls';
