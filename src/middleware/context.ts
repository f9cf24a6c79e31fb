/**
 * What every handler reads from the context: the database, the built assets, the data cache and
 * the reader's interface (language, messages, formatter, the page's own address without prefix,
 * and what citations need: the site's origin, today's date, the data version, the articles).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppDatabase } from '../../db/client';
import type { CitedSource, Citing, Ui } from '../../views/ui';
import { type Assets, loadAssets } from '../assets';
import type { DataCache } from '../cache';
import { createFormatter, type Lang } from '../i18n/format';
import { LANGS, langOfPath, MESSAGES } from '../i18n/index';
import type { Env } from '../http';
import { languageOf } from './language';

const formatters = Object.fromEntries(LANGS.map((lang) => [lang, createFormatter(lang)])) as Record<Lang, ReturnType<typeof createFormatter>>;

/** The day in UTC of a moment, yyyy-mm-dd: a citation's access date and part of the page-cache key. */
export const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/** The origin permalinks are built on: the configured public URL's, else the request's own. */
export const citeOrigin = (publicUrl: string | undefined, url: URL) => (publicUrl ? new URL(publicUrl).origin : url.origin);

export function uiFor(assets: Assets, lang: Lang, url: URL, cite: Citing): Ui {
  const path = langOfPath(url.pathname) ? url.pathname.slice(3) || '/' : url.pathname;
  return {
    lang,
    t: MESSAGES[lang],
    f: formatters[lang],
    assets: { css: assets.css.path, htmx: assets.htmx.path, app: assets.app.path, charts: assets.charts.path, icon: assets.icon.path },
    here: `${path}${url.search}`,
    cite,
  };
}

export interface ContextOptions {
  db: AppDatabase;
  cache: DataCache;
  assets?: Assets;
  /** PUBLIC_URL: the address readers reach the site at, for absolute permalinks behind a proxy. */
  publicUrl?: string | undefined;
  /** The clock for access dates (tests move it). */
  now?: () => Date;
  /** The data version and the articles, read through the data cache (src/app.tsx says how). */
  dataset: () => { version: string; dataDate: string };
  sources: () => readonly CitedSource[];
}

/** Runs after `detectLanguage`. Assets absent from the options are read from dist/assets/ on first use. */
export function requestContext(options: ContextOptions): MiddlewareHandler<Env & { Variables: { language: string } }> {
  const { db, cache, now = () => new Date() } = options;
  return async (c, next) => {
    const assets = options.assets ?? (await loadAssets());
    const url = new URL(c.req.url);
    const cite: Citing = {
      origin: citeOrigin(options.publicUrl, url),
      today: utcDay(now()),
      dataset: options.dataset,
      source: (id) => options.sources().find((s) => s.id === id),
    };
    c.set('db', db);
    c.set('assets', assets);
    c.set('cache', cache);
    c.set('ui', uiFor(assets, languageOf(c.var.language), url, cite));
    await next();
  };
}
