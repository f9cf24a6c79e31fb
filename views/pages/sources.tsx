import type { Indicator, Partner } from '../../db/schema';
import type { CommodityShareRow } from '../../src/queries/commodity-shares';
import type { ObservationRow } from '../../src/queries/observations';
import type { SourceRow } from '../../src/queries/reference';
import { byFigureId, isAtDate } from '../../src/domain/figures';
import { Amount, PeriodText, Table } from '../components';
import { commodityName, localDateNote, localNote, localReason, nameOf, translationOf } from '../../src/i18n/names';
import type { CitedSource, Ui } from '../ui';
import { urls } from '../../src/urls';
import { Cite, figureCitation, figurePermalink, sourceCitation } from '../cite';
import type { CheckResult } from '../../src/domain/checks';
import { CheckLines } from '../checks';

/** The title in the reader's language: ours where we translated it, the original where it is in that language. */
function sourceTitleIn(ui: Ui, s: SourceRow): string | null {
  return translationOf(ui, s.language, { en: s.titleEn, ru: s.titleRu, kk: s.titleKk })?.text ?? null;
}

function PublishedOn({ ui, source }: { ui: Ui; source: SourceRow }) {
  return (
    <time dateTime={source.publishedOn}>
      {ui.f.partialDate(source.publishedOn)}
      {source.datePrecision !== 'day' ? ` (${ui.t.sources.precision[source.datePrecision]})` : ''}
    </time>
  );
}

export function SourcesPage({ ui, sources }: { ui: Ui; sources: SourceRow[] }) {
  const { t } = ui;
  return (
    <>
      <h1>{t.sources.heading}</h1>
      <p class="lead">{t.sources.lead}</p>
      <p class="downloads">
        <a href={urls.download('sources', 'csv')}>{t.common.downloadCsv}</a> · <a href={urls.download('sources', 'json')}>{t.common.downloadJson}</a>
      </p>
      <Table
        label={t.sources.heading}
        class="sources"
        rows={sources}
        head={{
          head: t.sources.titleCol,
          cell: (s) => (
            <>
              <a href={urls.source(ui, s.id)} lang={s.language}>
                {s.title}
              </a>
              {sourceTitleIn(ui, s) ? <span class="title-en">{sourceTitleIn(ui, s)}</span> : null}
              {s.url ? (
                <>
                  {' '}
                  <a class="original-link" href={s.url} rel="noopener noreferrer">
                    {t.cite.original}
                  </a>
                </>
              ) : null}
            </>
          ),
        }}
        columns={[
          { head: t.sources.publisher, cell: (s) => s.publisher ?? <span class="muted">{t.sources.noPublisher}</span> },
          { head: t.sources.language, cell: (s) => t.sources.languages[s.language] ?? s.language },
          { head: t.sources.published, cell: (s) => <PublishedOn ui={ui} source={s} /> },
          { head: t.sources.figures, num: true, cell: (s) => s.figuresCount },
        ]}
      />
    </>
  );
}

/** Our translation of a quote into the reader's language (English where we have none), or nothing when the quote is in that language. */
function QuoteTranslation({ ui, originalLang, row }: { ui: Ui; originalLang: string; row: { quoteEn: string; quoteRu: string | null; quoteKk: string | null } }) {
  const translated = translationOf(ui, originalLang, { en: row.quoteEn, ru: row.quoteRu, kk: row.quoteKk });
  if (!translated) return null;
  return (
    <p class="translation" lang={translated.lang}>
      <span class={translated.english ? 'translation-label' : 'visually-hidden'}>{translated.english ? ui.t.common.englishTranslation : ui.t.common.ourTranslation}: </span>
      {translated.text}
    </p>
  );
}

/** The quote with the figure's own words marked. */
function MarkedQuote({ quote, asWritten, lang }: { quote: string; asWritten: string; lang: string }) {
  const at = quote.indexOf(asWritten);
  return (
    <blockquote lang={lang}>
      {at < 0 ? (
        quote
      ) : (
        <>
          {quote.slice(0, at)}
          <mark>{asWritten}</mark>
          {quote.slice(at + asWritten.length)}
        </>
      )}
    </blockquote>
  );
}

interface FigureCardProps {
  id: string;
  heading: string;
  value: number;
  unit: string;
  row: ObservationRow | CommodityShareRow;
}

/** One figure with its quote, marked, our translation and our note, its permalink and citation; its id is the target of figure links. */
function FigureCard({ ui, source, headingLevel, id, heading, value, unit, row, checks = [] }: FigureCardProps & { ui: Ui; source: CitedSource; headingLevel: 3 | 4; checks?: readonly CheckResult[] }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const language = source.language;
  const permalink = figurePermalink(ui, source.id, id);
  return (
    <li id={`fig-${id}`} class="quote-card">
      <Heading>
        <span class="fig-id">{id}</span> {heading}
      </Heading>
      <p class="quote-value">
        <Amount ui={ui} value={value} unit={unit} qualifier={row.qualifier} /> · <PeriodText ui={ui} period={{ start: row.periodStart, end: row.periodEnd }} atDate={'indicatorKind' in row && isAtDate(row)} />
      </p>
      <MarkedQuote quote={row.quote} asWritten={row.asWritten} lang={language} />
      <QuoteTranslation ui={ui} originalLang={language} row={row} />
      {row.note ? (
        <p class="note">
          <strong>{ui.t.common.note}:</strong> <span lang={localNote(ui, row).lang}>{localNote(ui, row).text}</span>
        </p>
      ) : null}
      <CheckLines ui={ui} checks={checks} figureIds={new Set([id])} />
      <p class="permalink">
        {ui.t.cite.permalink}: <a href={permalink}>{permalink}</a>
      </p>
      <Cite ui={ui} id={`cite-fig-${id}`} label={ui.t.cite.figure} citation={figureCitation(ui, source, id, heading)} />
    </li>
  );
}

export interface SourcePageProps {
  ui: Ui;
  source: SourceRow;
  observations: ObservationRow[];
  shares: CommodityShareRow[];
  /** How many figures the source holds; more than are listed for a source of official statistics. */
  total: number;
  /** The figure a link was made for, when it is not among those listed. */
  followed?: ObservationRow | CommodityShareRow | undefined;
  skipped: Array<{ context: string; reason: string; reasonRu: string | null; reasonKk: string | null }>;
  indicators: Indicator[];
  partners: Partner[];
  /** Cross-checks that concern this source's figures, shown beside each figure. */
  checks?: CheckResult[];
}

export function SourcePage({ ui, source, observations, shares, total, followed, skipped, indicators, partners, checks = [] }: SourcePageProps) {
  const { t } = ui;
  const name = (code: string) => nameOf(ui, partners, code);
  const card = (row: ObservationRow | CommodityShareRow): FigureCardProps =>
    'indicator' in row
      ? { id: row.id, heading: `${nameOf(ui, indicators, row.indicator)}: ${name(row.reporter)} – ${name(row.partner)}`, value: row.value, unit: row.unit, row }
      : {
          id: row.id,
          heading: `${row.flow === 'export' ? t.flow.exportTo(name(row.partner)) : t.flow.importFrom(name(row.partner))}: ${commodityName(ui, row)}`,
          value: row.sharePct,
          unit: 'percent',
          row,
        };
  const figures = [...observations, ...shares].map(card).sort((a, b) => byFigureId(a.id, b.id));
  return (
    <>
      <h1 lang={source.language}>{source.title}</h1>
      {sourceTitleIn(ui, source) ? <p class="lead">{sourceTitleIn(ui, source)}</p> : null}
      {source.url ? (
        <p class="actions">
          <a href={source.url} rel="noopener noreferrer">
            {t.cite.readOriginal}
          </a>
        </p>
      ) : null}
      <Cite ui={ui} id="cite-source" label={t.cite.page} citation={sourceCitation(ui, source, sourceTitleIn(ui, source) ?? source.title)} />
      <section aria-labelledby="about">
        <h2 id="about">{t.sources.about}</h2>
        <dl class="meta">
          <div>
            <dt>{t.sources.publisher}</dt>
            <dd>{source.publisher ?? <span class="muted">{t.sources.noPublisher}</span>}</dd>
          </div>
          <div>
            <dt>{t.sources.language}</dt>
            <dd>{t.sources.languages[source.language] ?? source.language}</dd>
          </div>
          <div>
            <dt>{t.sources.published}</dt>
            <dd>
              <PublishedOn ui={ui} source={source} />
            </dd>
          </div>
          <div>
            <dt>{t.sources.dateNote}</dt>
            <dd lang={localDateNote(ui, source).lang}>{localDateNote(ui, source).text}</dd>
          </div>
          {source.note ? (
            <div>
              <dt>{t.common.note}</dt>
              <dd lang={localNote(ui, source).lang}>{localNote(ui, source).text}</dd>
            </div>
          ) : null}
        </dl>
        <p class="downloads">
          <a href={urls.download('observations', 'csv', { source_id: [source.id] })}>
            {t.common.downloadCsv}: {t.data.observations}
          </a>
          {' · '}
          <a href={urls.download('commodity-shares', 'csv', { source_id: [source.id] })}>
            {t.common.downloadCsv}: {t.data.commodityShares}
          </a>
        </p>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures">{t.sources.figuresHeading(total)}</h2>
        {figures.length < total ? (
          <p class="note">
            {t.sources.firstFigures(figures.length, total)} <a href={urls.data(ui, 'observations', { source_id: [source.id] })}>{t.data.observations}</a>
            {' · '}
            <a href={urls.data(ui, 'commodity-shares', { source_id: [source.id] })}>{t.data.commodityShares}</a>
          </p>
        ) : null}
        {followed ? (
          <section aria-labelledby="followed" class="followed">
            <h3 id="followed">{t.sources.followed}</h3>
            <ol class="quote-list">
              <FigureCard ui={ui} source={source} headingLevel={4} {...card(followed)} checks={checks} />
            </ol>
          </section>
        ) : null}
        <ol class="quote-list">
          {figures.map((f) => (
            <FigureCard ui={ui} source={source} headingLevel={3} {...f} checks={checks} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="skipped">
        <h2 id="skipped">{t.sources.skippedHeading(skipped.length)}</h2>
        <p class="note">{t.sources.skippedLead}</p>
        <Table
          label={t.sources.skippedHeading(skipped.length)}
          rows={skipped}
          columns={[
            { head: t.sources.context, cell: (s) => s.context, lang: () => source.language },
            { head: t.sources.reason, cell: (s) => localReason(ui, s).text, lang: (s) => localReason(ui, s).lang },
          ]}
        />
      </section>
    </>
  );
}
