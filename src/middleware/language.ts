/**
 * The interface language of a request: the one the path names (/ru/…), else the reader's
 * remembered choice (the `lang` cookie), else the first of the browser's Accept-Language
 * preferences we speak (ru-RU → ru), else English. Hono's language detector does the negotiation;
 * remembering is ours: only choosing a language in the switcher sets the cookie
 * (src/routes/language.ts), so that pages stay the same for every reader and shared caches keep them.
 */
import type { MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import type { Lang } from '../i18n/format';
import { isLang, LANG_COOKIE, LANGS } from '../i18n/index';

/** Sets `c.var.language`; it never sets a cookie itself. */
export function detectLanguage(): MiddlewareHandler<{ Variables: { language: string } }> {
  return languageDetector({
    order: ['path', 'cookie', 'header'],
    lookupFromPathIndex: 0,
    lookupCookie: LANG_COOKIE,
    supportedLanguages: [...LANGS],
    fallbackLanguage: 'en',
    caches: false,
  });
}

/** The language `detectLanguage` settled on, typed. */
export function languageOf(detected: string): Lang {
  return isLang(detected) ? detected : 'en';
}
