/**
 * What every handler reads from the context: the database, the built assets, the data cache and
 * the reader's interface (language, messages, formatter, the page's own address without prefix).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppDatabase } from '../../db/client';
import type { Ui } from '../../views/ui';
import { type Assets, loadAssets } from '../assets';
import type { DataCache } from '../cache';
import { createFormatter, type Lang } from '../i18n/format';
import { LANGS, langOfPath, MESSAGES } from '../i18n/index';
import { type Env, varyOnHtmx } from '../http';
import { languageOf } from './language';

/** PUBLIC_URL where set (the address readers use, behind a proxy), else the request's own origin. */
export function publicOrigin(url: URL): string {
  return process.env.PUBLIC_URL?.replace(/\/+$/, '') || url.origin;
}

const formatters = Object.fromEntries(LANGS.map((lang) => [lang, createFormatter(lang)])) as Record<Lang, ReturnType<typeof createFormatter>>;

/** The reader's interface for a page address; `origin` is this site's address as it should appear in links that leave it. */
export function uiFor(assets: Assets, lang: Lang, url: URL, origin = publicOrigin(url)): Ui {
  const path = langOfPath(url.pathname) ? url.pathname.slice(3) || '/' : url.pathname;
  return {
    lang,
    t: MESSAGES[lang],
    f: formatters[lang],
    assets: { css: assets.css.path, htmx: assets.htmx.path, app: assets.app.path, icon: assets.icon.path },
    here: `${path}${url.search}`,
    origin,
  };
}

/** Runs after `detectLanguage`. Assets absent from the options are read from dist/assets/ on first use. */
export function requestContext(options: { db: AppDatabase; cache: DataCache; assets?: Assets }): MiddlewareHandler<Env & { Variables: { language: string } }> {
  return async (c, next) => {
    const assets = options.assets ?? (await loadAssets());
    c.set('db', options.db);
    c.set('assets', assets);
    c.set('cache', options.cache);
    c.set('ui', uiFor(assets, languageOf(c.var.language), new URL(c.req.url)));
    varyOnHtmx(c);
    await next();
  };
}
