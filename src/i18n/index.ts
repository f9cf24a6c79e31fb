/** The interface languages, their messages, and how the reader's language is chosen. */
import { en, type Messages } from './en';
import type { Lang } from './format';
import { kk } from './kk';
import { ru } from './ru';

export type { Lang } from './format';
export const LANGS = ['en', 'ru', 'kk'] as const satisfies readonly Lang[];
export const MESSAGES: Record<Lang, Messages> = { en, ru, kk };
/** Remembers the reader's last choice for their next visit. */
export const LANG_COOKIE = 'lang';

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

/** The language a page path names (`/ru/partners/JPN` → ru), or undefined. */
export function langOfPath(path: string): Lang | undefined {
  const first = path.split('/')[1];
  return isLang(first) ? first : undefined;
}

/**
 * The reader's language where the URL names none: the remembered choice (cookie), else the first
 * of the browser's Accept-Language preferences we speak (ru-RU → ru, kk → kk), else English.
 */
export function preferredLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { lang: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted.map((w) => w.lang).find(isLang) ?? 'en';
}
