import type { Indicator, Partner } from '../../db/schema';
import type { FigureGroup } from '../../src/domain/figures';
import { periodToken } from '../../src/domain/periods';
import type { Composition, PartnerSections, PartnerSummary } from '../../src/domain/summary';
import type { CommodityShareRow } from '../../src/queries/commodity-shares';
import type { ChartSpec } from '../chart-spec';
import { Amount, ChartBlock, GroupPeriod, GroupValue, DerivedAmount, PeriodText, ScopeBadge, type ShownFigure, SourceLink, sourceName } from '../components';
import { SOURCES_SHOWN } from '../../src/domain/figures';
import { TradeBlock } from '../trade';
import { asOf, commodityName, localName, localNote, nameOf } from '../names';
import type { Ui } from '../ui';
import { spanToken, urls } from '../../src/urls';
import { HeadlineCard } from './overview';

export interface PartnerPageProps<T extends ShownFigure> {
  ui: Ui;
  partner: Partner;
  partners: Partner[];
  indicators: Indicator[];
  summary: PartnerSummary<T>;
  sections: PartnerSections<T>;
  compositions: Array<Composition<CommodityShareRow>>;
  figuresCount: number;
  sourcesCount: number;
  /** Trade periods the data holds (the page shows the latest). */
  tradeTotal: number;
  /** Set when some figure has more periods than the page shows: how many it shows. */
  perFigure: number | null;
}

/** A table of figure groups: what, when, the value(s) as each source states them. */
function GroupTable<T extends ShownFigure>({ ui, groups, indicators, partners, partner }: { ui: Ui; groups: Array<FigureGroup<T>>; indicators: Indicator[]; partners: Partner[]; partner: Partner }) {
  const { t } = ui;
  // A figure the partner itself reports (its trade with another country, say) names both: never an arrow that reads as a direction.
  const other = (g: FigureGroup<T>) => (g.reporter === partner.code ? ` (${t.common.reportedWith(localName(ui, partner), nameOf(ui, partners, g.partner))})` : '');
  return (
    <div class="table-scroll" role="region" tabindex={0} aria-label={t.partner.indicator}>
      <table class="figures stack">
        <thead>
          <tr>
            <th scope="col">{t.partner.indicator}</th>
            <th scope="col">{t.common.period}</th>
            <th scope="col">{t.common.value}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const indicator = indicators.find((i) => i.code === g.indicator);
            return (
              <tr>
                <th scope="row">
                  <span title={ui.lang === 'en' ? indicator?.description : undefined}>{indicator ? localName(ui, indicator) : g.indicator}</span>
                  {other(g)}
                </th>
                <td data-label={t.common.period}>
                  <GroupPeriod ui={ui} group={g} />
                </td>
                <td data-label={t.common.value}>
                  <GroupValue ui={ui} group={g} />
                  {g.figures.slice(0, SOURCES_SHOWN).some((f) => f.note) ? (
                    <details class="notes">
                      <summary>{t.common.note}</summary>
                      {g.figures
                        .slice(0, SOURCES_SHOWN)
                        .filter((f) => f.note)
                        .map((f) => (
                          <p>
                            {sourceName(ui, f)}: <span lang={localNote(ui, f).lang}>{localNote(ui, f).text}</span>
                          </p>
                        ))}
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CompositionBlock({ ui, partner, composition }: { ui: Ui; partner: Partner; composition: Composition<CommodityShareRow> }) {
  const { t, f } = ui;
  const name = localName(ui, partner);
  const flowLabel = composition.flow === 'export' ? t.flow.exportTo(name) : t.flow.importFrom(name);
  const period = f.period(composition.period);
  const unitemised = composition.unitemised;
  // Drawn at the middle of what the listed shares allow; the table says how precise it is.
  const rest = unitemised.high > 0 ? Math.max(0, (unitemised.low + unitemised.high) / 2) : 0;
  const first = composition.shares[0];
  const spec: ChartSpec = {
    horizontal: true,
    unit: 'percent',
    lang: ui.lang,
    title: t.partner.compositionChart(flowLabel, period),
    labels: [...composition.shares.map((s) => commodityName(ui, s)), ...(rest > 0 ? [t.partner.notItemised] : [])],
    datasets: [
      {
        label: t.partner.share,
        data: [...composition.shares.map((s) => s.sharePct), ...(rest > 0 ? [rest] : [])],
        tooltips: [...composition.shares.map(() => null), ...(rest > 0 ? [`${f.estimate(unitemised, 'percent')} (${t.common.derived})`] : [])],
        striped: [...composition.shares.map(() => false), ...(rest > 0 ? [true] : [])],
        colour: composition.flow === 'export' ? 1 : 2,
      },
    ],
  };
  const csv = urls.download('commodity-shares', 'csv', { partner: [partner.code], flow: [composition.flow], period: periodToken(composition.period), source_id: [composition.sourceId] });
  return (
    <ChartBlock
      ui={ui}
      id={`composition-${composition.flow}-${composition.sourceId.slice(0, 3)}-${composition.period.start}`}
      spec={spec}
      caption={`${t.partner.compositionChart(flowLabel, period)} · ${first ? sourceName(ui, first) : ''}`}
      note={first?.note ? localNote(ui, first).text : undefined}
      noteLang={first ? localNote(ui, first).lang : undefined}
      csvHref={csv}
      table={
        <table class="figures stack">
          <thead>
            <tr>
              <th scope="col">{t.partner.commodity}</th>
              <th scope="col">{t.partner.hs}</th>
              <th scope="col">{t.partner.share}</th>
            </tr>
          </thead>
          <tbody>
            {composition.shares.map((s) => (
              <tr>
                <th scope="row">
                  {commodityName(ui, s)}{' '}
                  <span class="original" lang={s.sourceLanguage}>
                    ({s.commodityOriginal})
                  </span>
                </th>
                <td data-label={t.partner.hs}>{s.hsCode ?? '—'}</td>
                <td data-label={t.partner.share}>
                  <Amount ui={ui} value={s.sharePct} unit="percent" qualifier={s.qualifier} /> <SourceLink ui={ui} figure={s} />
                </td>
              </tr>
            ))}
            {rest > 0 ? (
              <tr>
                <th scope="row">{t.partner.notItemised}</th>
                <td data-label={t.partner.hs}>—</td>
                <td data-label={t.partner.share}>
                  <DerivedAmount ui={ui} estimate={unitemised} unit="percent" inputs={composition.shares.map((s) => s.id)} />
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      }
    />
  );
}

export function PartnerPage<T extends ShownFigure>({ ui, partner, partners, indicators, summary, sections, compositions, figuresCount, sourcesCount, tradeTotal, perFigure }: PartnerPageProps<T>) {
  const { t } = ui;
  const name = localName(ui, partner);
  const statements = sections.investment.filter((g) => g.indicator === 'investment_stock').flatMap((g) => g.figures.slice(0, SOURCES_SHOWN));
  const investmentSpec: ChartSpec = {
    horizontal: true,
    unit: 'USD',
    lang: ui.lang,
    title: t.partner.investmentChart,
    labels: statements.map((s) => [asOf(ui, { start: s.periodStart, end: s.periodEnd }), sourceName(ui, s), ...(s.scope === 'direct' || s.scope === 'total' ? [t.common.scope[s.scope]] : [])]),
    datasets: [{ label: t.card.investment, data: statements.map((s) => s.value), colour: 0 }],
  };
  const firstTrade = sections.trade[0];
  return (
    <>
      <h1>{t.partner.heading(name)}</h1>
      <p class="lead">{t.partner.lead(figuresCount, sourcesCount)}</p>
      <p class="actions">
        <a href={urls.data(ui, undefined, { partner: [partner.code] })}>{t.partner.allData}</a>
        {firstTrade ? (
          <>
            {' · '}
            <a href={urls.compare(ui, { partner: partner.code, indicator: 'trade_turnover' })}>{t.partner.compareLink}</a>
          </>
        ) : null}
      </p>
      {summary.turnover || summary.investment ? (
        <div class="cards single">
          <HeadlineCard ui={ui} partner={partner} summary={summary} />
        </div>
      ) : null}

      <section aria-labelledby="trade">
        <h2 id="trade">{t.partner.trade}</h2>
        {sections.trade.length > 0 ? (
          <TradeBlock ui={ui} id={`trade-${partner.code}`} partnerCode={partner.code} partnerName={name} periods={sections.trade} total={tradeTotal} />
        ) : (
          <p class="muted">{t.partner.tradeNone}</p>
        )}
      </section>

      <section aria-labelledby="composition">
        <h2 id="composition">{t.partner.composition}</h2>
        {compositions.length > 0 ? compositions.map((c) => <CompositionBlock ui={ui} partner={partner} composition={c} />) : <p class="muted">{t.partner.compositionNone}</p>}
      </section>

      {perFigure ? (
        <p class="note">
          {t.periodKind.latestPerFigure(perFigure)} <a href={urls.data(ui, undefined, { partner: [partner.code] })}>{t.partner.allData}</a>
        </p>
      ) : null}

      <section aria-labelledby="investment">
        <h2 id="investment">{t.partner.investment}</h2>
        {sections.investment.length > 0 ? (
          <>
            <GroupTable ui={ui} groups={sections.investment} indicators={indicators} partners={partners} partner={partner} />
            {statements.length > 1 ? (
              <ChartBlock
                ui={ui}
                id={`investment-${partner.code}`}
                spec={investmentSpec}
                caption={t.partner.investmentChart}
                csvHref={urls.download('observations', 'csv', { partner: [partner.code], indicator: ['investment_stock'], period: spanToken(statements.map((s) => ({ start: s.periodStart, end: s.periodEnd }))) })}
                table={
                  <table class="figures stack">
                    <thead>
                      <tr>
                        <th scope="col">{t.common.period}</th>
                        <th scope="col">{t.common.value}</th>
                        <th scope="col">{t.common.source}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {statements.map((s) => (
                        <tr>
                          <th scope="row">
                            <PeriodText ui={ui} period={{ start: s.periodStart, end: s.periodEnd }} atDate />
                          </th>
                          <td data-label={t.common.value}>
                            <Amount ui={ui} value={s.value} unit={s.unit} qualifier={s.qualifier} /> <ScopeBadge ui={ui} scope={s.scope} />
                          </td>
                          <td data-label={t.common.source}>
                            <SourceLink ui={ui} figure={s} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                }
              />
            ) : null}
          </>
        ) : (
          <p class="muted">{t.partner.investmentNone}</p>
        )}
      </section>

      <section aria-labelledby="agreements">
        <h2 id="agreements">{t.partner.agreements}</h2>
        {sections.agreements.length > 0 ? (
          <GroupTable ui={ui} groups={sections.agreements} indicators={indicators} partners={partners} partner={partner} />
        ) : (
          <p class="muted">{t.partner.agreementsNone}</p>
        )}
      </section>

      <section aria-labelledby="other">
        <h2 id="other">{t.partner.other}</h2>
        {sections.other.length > 0 ? (
          <GroupTable ui={ui} groups={sections.other} indicators={indicators} partners={partners} partner={partner} />
        ) : (
          <p class="muted">{t.partner.otherNone}</p>
        )}
      </section>
    </>
  );
}

export function PartnersPage({ ui, partners }: { ui: Ui; partners: Array<Partner & { figuresCount: number }> }) {
  const { t } = ui;
  return (
    <>
      <h1>{t.partners.heading}</h1>
      <p class="lead">{t.partners.lead}</p>
      <div class="table-scroll" role="region" tabindex={0} aria-label={t.partners.heading}>
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">{t.partners.name}</th>
              <th scope="col">{t.partners.code}</th>
              <th scope="col">{t.partners.kind}</th>
              <th scope="col">{t.partners.figures}</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr>
                <th scope="row">
                  <a href={urls.partner(ui, p.code)}>{localName(ui, p)}</a>
                </th>
                <td>
                  <code>{p.code}</code>
                </td>
                <td>{p.kind === 'country' ? t.partners.country : t.partners.group}</td>
                <td class="num">{p.figuresCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
