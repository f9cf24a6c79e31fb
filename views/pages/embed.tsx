import type { Child } from 'hono/jsx';
import type { Ui } from '../ui';

/**
 * A chart alone, for framing in another site: the chart (drawn by the page's script, or the
 * server's image without JavaScript), its table for screen readers, its sources and a link back.
 * Links open in a new tab, never inside the host's frame. `data-embed` makes the script report the
 * page's height to the host (see src/client/main.ts).
 */
export function EmbedPage({ ui, chart, title, sources, page }: { ui: Ui; chart: Child; title: string; sources: string[]; page: string }) {
  const { t } = ui;
  return (
    <html lang={ui.lang} data-embed="">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.site.name}`}</title>
        <base target="_blank" />
        <link rel="stylesheet" href={ui.assets.css} />
        <script src={ui.assets.app} data-charts={ui.assets.charts} defer></script>
      </head>
      <body class="embed">
        <main>{chart}</main>
        <p class="embed-source">
          {sources.length > 0 ? `${t.chart.sources(sources.join('; '))} · ` : ''}
          <a href={page}>
            {t.site.name}: {t.chart.openFull}
          </a>
        </p>
      </body>
    </html>
  );
}
