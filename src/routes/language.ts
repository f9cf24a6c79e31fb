/**
 * Choosing a language in the switcher: `GET /language/ru?next=/ru/partners/JPN` remembers the
 * choice (the `lang` cookie, for addresses without a prefix on the next visit) and goes on to the
 * page in that language. The only response that sets a cookie, and never stored by a cache.
 */
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { Env } from '../http';
import { isLang, LANG_COOKIE } from '../i18n/index';

/** A page of this site in `lang`: a path under its prefix, never another host (`//x`, `/\x`). */
const pageIn = (lang: string, next: string | undefined) => (next !== undefined && new RegExp(`^/${lang}(?:[/?][^\\\\]*)?$`).test(next) && !next.startsWith('//') ? next : `/${lang}`);

export function languageRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/language/:lang', (c) => {
    const lang = c.req.param('lang');
    if (!isLang(lang)) return c.notFound();
    setCookie(c, LANG_COOKIE, lang, { path: '/', maxAge: 365 * 86_400, sameSite: 'Lax', httpOnly: true });
    c.header('Cache-Control', 'private, no-store');
    return c.redirect(pageIn(lang, c.req.query('next')), 302);
  });
  return app;
}
