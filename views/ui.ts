import type { Messages } from '../src/i18n/en';
import type { Formatter, Lang } from '../src/i18n/format';

/** What every view needs to speak the reader's language, and where the static assets live. */
export interface Ui {
  lang: Lang;
  t: Messages;
  f: Formatter;
  assets: { css: string; htmx: string; app: string; icon: string };
}

export type NavKey = 'overview' | 'partners' | 'compare' | 'data' | 'sources' | 'none';
