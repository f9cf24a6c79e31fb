import type { Child } from 'hono/jsx';
import { LANGS } from '../src/i18n/index';
import { urls } from '../src/urls';
import { href, type NavKey, type Ui } from './ui';

export interface LayoutProps {
  ui: Ui;
  title: string;
  nav: NavKey;
  children?: Child;
}

/** What a shared link shows: the page's title and its image (its first chart, drawn by the server). */
function LinkPreview({ ui, title }: { ui: Ui; title: string }) {
  const image = `${ui.cite.origin}${urls.pageImage(ui, ui.here)}`;
  return (
    <>
      <meta property="og:site_name" content={ui.t.site.name} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:url" content={`${ui.cite.origin}${href(ui, ui.here)}`} />
      <meta property="og:image" content={image} />
      <meta property="og:locale" content={{ en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' }[ui.lang]} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={image} />
    </>
  );
}

/** The page shell: header with navigation, language switcher and search; main content; footer. */
export function Layout({ ui, title, nav, children }: LayoutProps) {
  const { t } = ui;
  const links: Array<[Exclude<NavKey, 'none' | 'search'>, string, string]> = [
    ['overview', '/', t.nav.overview],
    ['partners', '/partners', t.nav.partners],
    ['compare', '/compare', t.nav.compare],
    ['data', '/data', t.nav.data],
    ['sources', '/sources', t.nav.sources],
  ];
  return (
    <html lang={ui.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.site.name}`}</title>
        <meta name="htmx-config" content='{"includeIndicatorCSS":false,"defaultSwap":"innerHTML"}' />
        {LANGS.map((lang) => (
          <link rel="alternate" hreflang={lang} href={href(ui, ui.here, lang)} />
        ))}
        {nav === 'none' ? null : <LinkPreview ui={ui} title={title} />}
        <link rel="icon" href={ui.assets.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ui.assets.css} />
        <script src={ui.assets.htmx} defer></script>
        <script src={ui.assets.app} data-charts={ui.assets.charts} defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          {t.site.skip}
        </a>
        <header class="site-header">
          <a class="brand" href={href(ui, '/')}>
            {t.site.short}
          </a>
          <nav aria-label={t.nav.label}>
            <ul>
              {links.map(([key, path, label]) => (
                <li>
                  <a href={href(ui, path)} aria-current={key === nav ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <form class="site-search" method="get" action={href(ui, '/search')} role="search">
            <label for="site-search-q" class="visually-hidden">
              {t.search.label}
            </label>
            <input id="site-search-q" type="search" name="q" placeholder={t.search.placeholder} maxlength={100} autocomplete="off" />
            <button type="submit">{t.search.button}</button>
          </form>
          <nav class="languages" aria-label={t.languages.label}>
            <ul>
              {LANGS.map((lang) => (
                <li>
                  <a href={urls.chooseLanguage(lang, href(ui, ui.here, lang))} hreflang={lang} lang={lang} aria-current={lang === ui.lang ? 'true' : undefined} data-lang-switch={lang}>
                    {t.languages.names[lang]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t.site.footer}</p>
          <p>
            <a href={href(ui, '/data')}>{t.site.footerData}</a> · <a href={href(ui, '/sources')}>{t.site.footerSources}</a> · <a href={href(ui, '/checks')}>{t.checks.pageLink}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
