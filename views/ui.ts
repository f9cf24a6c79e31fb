import type { Reader } from '../src/i18n/names';

/** An article as a citation names it (a `SourceRow` from src/queries/reference.ts is one). */
export interface CitedSource {
  id: string;
  publisher: string | null;
  title: string;
  titleEn: string;
  titleRu: string | null;
  titleKk: string | null;
  language: string;
  publishedOn: string;
  datePrecision: string;
  url: string | null;
}

/** What a citation needs beyond the page itself. */
export interface Citing {
  /** The origin of absolute permalinks ("https://example.org"): PUBLIC_URL where set, else the request's. */
  origin: string;
  /**
   * The access date: today in UTC (yyyy-mm-dd). The page cache keys pages by it, so a stored
   * page is served on its day only (src/middleware/page-cache.ts).
   */
  today: string;
  /** The data version the seed wrote ("2025.12.17-1a2b3c4d") and the latest publication date in it; read on first use. */
  dataset(): { version: string; dataDate: string };
  /** An article by id, for the citations of charts that know only their figures' source ids. */
  source(id: string): CitedSource | undefined;
}

/** What every view needs to speak the reader's language, link within it, and find the assets. */
export interface Ui extends Reader {
  assets: { css: string; htmx: string; app: string; charts: string; icon: string };
  /** The current page's path without its language prefix, with its query: what the language switcher keeps. */
  here: string;
  cite: Citing;
}

export type { Reader };

export type NavKey = 'overview' | 'partners' | 'compare' | 'data' | 'sources' | 'search' | 'none';

export { href } from '../src/urls';
