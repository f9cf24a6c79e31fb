/**
 * Citations: for a chart, a figure and a source page, the text to copy (APA-like, in the reader's
 * language) and a BibTeX entry, with the dataset's version, an absolute permalink and the access
 * date. The access date is today in UTC (`ui.cite.today`); the page cache keeps a page for that
 * day only, so a stored page never gives yesterday's date.
 */
import { bibtexEntry, bibtexKey, bibtexMonth, type BibtexField } from '../src/domain/bibtex';
import { translationOf } from '../src/i18n/names';
import { href, urls } from '../src/urls';
import type { CitedSource, Ui } from './ui';

/** An address on this site made absolute, on PUBLIC_URL's origin or the request's. */
export function absolute(ui: Ui, path: string): string {
  return `${ui.cite.origin}${path}`;
}

/** The address of the page being read, absolute, in its language, with its query and an optional fragment. */
export function pagePermalink(ui: Ui, fragment?: string): string {
  return absolute(ui, `${href(ui, ui.here)}${fragment ? `#${fragment}` : ''}`);
}

/** The publisher, or "Article 003" where the article names none (as `sourceName` in views/components.tsx). */
function articleName(ui: Ui, s: CitedSource): string {
  return s.publisher ?? ui.t.common.unnamedSource(s.id.slice(0, 3));
}

/** Curated text on one line, spaces single. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A sentence ends with one full stop. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Our translation of an article's title into the reader's language (English where we have none); none where it is in that language. */
function titleTranslation(ui: Ui, s: CitedSource): string | undefined {
  return translationOf(ui, s.language, { en: s.titleEn, ru: s.titleRu, kk: s.titleKk })?.text;
}

/**
 * An article as a reference: "Kazinform. (17 Dec 2025). <title in its language> [<our translation>]. <URL>".
 * The date at the precision known; the URL where we know it.
 */
export function articleReference(ui: Ui, s: CitedSource): string {
  const translation = titleTranslation(ui, s);
  const title = translation ? `${clean(s.title)} [${clean(translation)}]` : clean(s.title);
  return `${sentence(articleName(ui, s))} (${ui.f.partialDate(s.publishedOn)}). ${sentence(title)}${s.url ? ` ${s.url}` : ''}`;
}

/** The dashboard as a reference: its name, the data version, what was used, the access date and the permalink. */
export function datasetReference(ui: Ui, what: string, permalink: string): string {
  return `${ui.t.site.name} ${ui.t.cite.version(ui.cite.dataset().version)}. ${sentence(what)} ${ui.t.cite.retrieved(ui.f.date(ui.cite.today), permalink)}`;
}

/** The dashboard's view, then the articles its figures come from. */
function withArticles(ui: Ui, dataset: string, sources: readonly CitedSource[]): string {
  if (sources.length === 0) return dataset;
  return [dataset, '', ui.t.cite.articles(sources.length), ...sources.map((s) => articleReference(ui, s))].join('\n');
}

const BIBTEX_LANGUAGE: Record<string, string> = { en: 'english', ru: 'russian', kk: 'kazakh', 'uz-Cyrl': 'uzbek' };

/** A key for the dashboard's view: stable for a data version and a view ("kztid:2025.12.17-1a2b3c4d:trade-JPN"). */
const datasetKey = (ui: Ui, view: string) => bibtexKey('kztid', ui.cite.dataset().version, view);

/** The @misc entry for a view of the dashboard, its note naming the articles. */
export function datasetBibtex(ui: Ui, view: string, what: string, permalink: string, sources: readonly CitedSource[]): string {
  const { version, dataDate } = ui.cite.dataset();
  const fields: BibtexField[] = [
    ['title', what, 'protected'],
    ['author', ui.t.site.name, 'protected'],
    ['organization', ui.t.site.name],
    ['year', dataDate.slice(0, 4)],
    ['version', version],
    ['url', permalink, 'url'],
    ['urldate', ui.cite.today],
    ['language', BIBTEX_LANGUAGE[ui.lang]],
    ['note', sources.length > 0 ? ui.t.cite.noteArticles(sources.map((s) => ui.t.cite.noteArticle(articleName(ui, s), ui.f.partialDate(s.publishedOn), clean(s.title))).join('; ')) : undefined],
  ];
  return bibtexEntry('misc', datasetKey(ui, view), fields);
}

/** An entry for the article itself: @article where the publisher is named, else @misc. */
export function articleBibtex(ui: Ui, s: CitedSource): string {
  const named = s.publisher !== null;
  const translation = titleTranslation(ui, s);
  const fields: BibtexField[] = [
    ['author', s.publisher, 'protected'],
    ['journal', s.publisher ?? undefined],
    ['publisher', s.publisher ?? undefined],
    ['title', clean(s.title), 'protected'],
    ['year', s.publishedOn.slice(0, 4)],
    ['month', bibtexMonth(s.publishedOn), 'macro'],
    ['date', s.publishedOn],
    ['url', s.url ?? undefined, 'url'],
    ['language', BIBTEX_LANGUAGE[s.language] ?? s.language],
    ['note', [named ? '' : articleName(ui, s), translation ? ui.t.cite.noteTranslation(translation) : ''].filter(Boolean).join('. ') || undefined],
  ];
  const key = bibtexKey(`${(s.publisher ?? 'article').toLowerCase()}${s.publishedOn.slice(0, 4)}`, s.id.slice(0, 3));
  return bibtexEntry(named ? 'article' : 'misc', key, fields);
}

export interface Citation {
  text: string;
  bibtex: string;
}

/** A source page: the article, then the dashboard's page of it. */
export function sourceCitation(ui: Ui, s: CitedSource, pageTitle: string): Citation {
  const permalink = absolute(ui, urls.source(ui, s.id));
  const what = ui.t.cite.sourcePage(pageTitle);
  return {
    text: `${articleReference(ui, s)}\n\n${datasetReference(ui, what, permalink)}`,
    bibtex: `${articleBibtex(ui, s)}\n\n${datasetBibtex(ui, `source-${s.id.slice(0, 3)}`, what, permalink, [s])}`,
  };
}

/** One figure: the dashboard's figure with its id and permalink, then its article. */
export function figureCitation(ui: Ui, s: CitedSource, figureId: string, description: string): Citation {
  const permalink = figurePermalink(ui, s.id, figureId);
  const what = ui.t.cite.figureOf(figureId, description);
  return { text: withArticles(ui, datasetReference(ui, what, permalink), [s]), bibtex: datasetBibtex(ui, `fig-${figureId}`, what, permalink, [s]) };
}

/** A figure's permalink: its quote on its source page. */
export function figurePermalink(ui: Ui, sourceId: string, figureId: string): string {
  return absolute(ui, urls.figure(ui, sourceId, figureId));
}

/** A chart: the page at the chart, then every article its figures come from (in id order). */
/** The articles behind a chart, once each, in the order of their ids. */
export function citedSources(ui: Ui, sourceIds: readonly string[]): CitedSource[] {
  return [...new Set(sourceIds)]
    .sort()
    .map((id) => ui.cite.source(id))
    .filter((s): s is CitedSource => s !== undefined);
}

export function chartCitation(ui: Ui, chartId: string, caption: string, sourceIds: readonly string[]): Citation {
  const sources = citedSources(ui, sourceIds);
  const permalink = pagePermalink(ui, chartId);
  const what = ui.t.cite.chartOf(caption);
  return { text: withArticles(ui, datasetReference(ui, what, permalink), sources), bibtex: datasetBibtex(ui, chartId, what, permalink, sources) };
}

/** Rows for a read-only text box: its lines (prose counted as wrapped at about 60 characters; code does not wrap), at most 14. */
const rowsFor = (text: string, wraps: boolean) => Math.min(14, text.split('\n').reduce((n, line) => n + (wraps ? Math.max(1, Math.ceil(line.length / 60)) : 1), 0));

/** A labelled read-only box holding text to copy, and a Copy button that the script reveals. */
function CopyField({ ui, id, label, value, code }: { ui: Ui; id: string; label: string; value: string; code?: boolean }) {
  const { t } = ui;
  return (
    <div class="cite-field">
      <label for={id}>{label}</label>
      <textarea id={id} class={code ? 'cite-bibtex' : undefined} readonly rows={rowsFor(value, !code)} spellcheck={false}>
        {value}
      </textarea>
      <span class="copy-slot" hidden>
        <button type="button" class="link-button" data-copy={id} data-copied={t.cite.copied} data-failed={t.cite.copyFailed}>
          {t.cite.copy}
        </button>{' '}
        <span class="copy-status" role="status" aria-live="polite"></span>
      </span>
    </div>
  );
}

/** The "Cite" control: a disclosure holding the citation as text and as BibTeX, selectable without JavaScript. */
export function Cite({ ui, id, label, citation }: { ui: Ui; id: string; label: string; citation: Citation }) {
  return (
    <details class="cite" id={id}>
      <summary>{label}</summary>
      <div class="cite-body">
        <CopyField ui={ui} id={`${id}-text`} label={ui.t.cite.text} value={citation.text} />
        <CopyField ui={ui} id={`${id}-bibtex`} label={ui.t.cite.bibtex} value={citation.bibtex} code />
      </div>
    </details>
  );
}
