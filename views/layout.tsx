import type { Child } from 'hono/jsx';
import type { NavKey, Ui } from './ui';

export interface LayoutProps {
  ui: Ui;
  title: string;
  nav: NavKey;
  children?: Child;
}

/** The page shell: header with navigation, main content, footer. */
export function Layout({ ui, title, nav, children }: LayoutProps) {
  const { t } = ui;
  const links: Array<[Exclude<NavKey, 'none'>, string, string]> = [
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
        <link rel="icon" href={ui.assets.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ui.assets.css} />
        <script src={ui.assets.htmx} defer></script>
        <script src={ui.assets.app} defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          {t.site.skip}
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            {t.site.short}
          </a>
          <nav aria-label={t.nav.label}>
            <ul>
              {links.map(([key, href, label]) => (
                <li>
                  <a href={href} aria-current={key === nav ? 'page' : undefined}>
                    {label}
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
            <a href="/data">{t.site.footerData}</a> · <a href="/sources">{t.site.footerSources}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
