/** The interface languages, their messages, and the language a path names (negotiation: src/middleware/language.ts). */
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

