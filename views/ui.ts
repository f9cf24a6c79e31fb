import type { Reader } from '../src/i18n/names';

/** What every view needs to speak the reader's language, link within it, and find the assets. */
export interface Ui extends Reader {
  assets: { css: string; htmx: string; app: string; icon: string };
  /** The current page's path without its language prefix, with its query: what the language switcher keeps. */
  here: string;
  /** This site's absolute address (PUBLIC_URL, else as the reader reached it), for what travels elsewhere: embed code, link previews. */
  origin: string;
}

export type { Reader };

export type NavKey = 'overview' | 'partners' | 'compare' | 'data' | 'sources' | 'search' | 'none';

export { href } from '../src/urls';
