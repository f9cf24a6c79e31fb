/**
 * The interface language of a request: the one the path names (/ru/…), else the reader's
 * remembered choice (the `lang` cookie), else the first of the browser's Accept-Language
 * preferences we speak (ru-RU → ru), else English. Hono's language detector does the negotiation;
 * remembering is ours: a page visited in a language sets the cookie, downloads and errors do not.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { languageDetector } from 'hono/language';
import type { Lang } from '../i18n/format';
import { isLang, LANG_COOKIE, LANGS, langOfPath } from '../i18n/index';

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

/** A page (HTML) visited under a language prefix remembers that language for the reader's next visit. */
export function rememberLanguage(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const named = langOfPath(c.req.path);
    if (named && getCookie(c, LANG_COOKIE) !== named && (c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) {
      setCookie(c, LANG_COOKIE, named, { path: '/', maxAge: 365 * 86_400, sameSite: 'Lax', httpOnly: true });
    }
  };
}
