import type { SearchHit } from '../../src/domain/search';
import type { SearchItem, SearchKind } from '../../src/queries/search';
import { localName } from '../../src/i18n/names';
import { href, type Ui } from '../ui';
import { urls } from '../../src/urls';

const KINDS: SearchKind[] = ['partner', 'indicator', 'commodity', 'source'];

function target(ui: Ui, item: SearchItem): string {
  switch (item.kind) {
    case 'partner':
      return urls.partner(ui, item.key);
    case 'indicator':
      return urls.data(ui, 'observations', { indicator: [item.key] });
    case 'commodity':
      return urls.data(ui, 'commodity-shares', { commodity: [item.key] });
    case 'source':
      return urls.source(ui, item.key);
  }
}

/** The results, grouped by kind: what htmx swaps as the reader types. */
export function SearchResults({ ui, query, hits }: { ui: Ui; query: string; hits: Array<SearchHit<SearchItem>> }) {
  const { t } = ui;
  if (!query.trim()) return <p class="muted">{t.search.empty}</p>;
  const heading: Record<SearchKind, string> = { partner: t.search.partners, indicator: t.search.indicators, commodity: t.search.commodities, source: t.search.sources };
  return (
    <>
      <p class="count">{t.search.results(query, hits.length)}</p>
      {KINDS.map((kind) => {
        const group = hits.filter((h) => h.item.kind === kind);
        return group.length === 0 ? null : (
          <section aria-label={heading[kind]}>
            <h2>{heading[kind]}</h2>
            <ul class="search-results">
              {group.map(({ item, matched }) => {
                const name = localName(ui, item);
                return (
                  <li>
                    <a href={target(ui, item)}>{name}</a>
                    {matched !== name ? <span class="muted"> · {t.search.matched(matched)}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function SearchPage({ ui, query, hits }: { ui: Ui; query: string; hits: Array<SearchHit<SearchItem>> }) {
  const { t } = ui;
  const action = href(ui, '/search');
  return (
    <>
      <h1>{t.search.heading}</h1>
      <p class="lead">{t.search.lead}</p>
      <form class="filters" method="get" action={action} role="search">
        <label class="field" for="search-q">
          <span>{t.search.label}</span>
        </label>
        <div class="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            value={query}
            maxlength={100}
            autocomplete="off"
            placeholder={t.search.placeholder}
            hx-get={action}
            hx-trigger="input changed delay:300ms, search"
            hx-target="#search-results"
            hx-replace-url="true"
          />
          <button type="submit">{t.search.button}</button>
        </div>
      </form>
      <div id="search-results" aria-live="polite">
        <SearchResults ui={ui} query={query} hits={hits} />
      </div>
    </>
  );
}
