import type { Partner } from '../../db/schema';
import type { PartnerSummary, TradePeriod } from '../../src/domain/summary';
import type { ChartSpec } from '../chart-spec';
import { Amount, ChartBlock, DerivedAmount, GroupPeriod, GroupValue, PeriodText, ScopeBadge, type ShownFigure, SourceLink, sourceName } from '../components';
import { TradeBlock } from '../trade';
import { asOf, localName } from '../names';
import type { Ui } from '../ui';
import { spanToken, urls } from '../../src/urls';

export interface OverviewProps<T extends ShownFigure> {
  ui: Ui;
  figuresCount: number;
  sourcesCount: number;
  cards: Array<{ partner: Partner; summary: PartnerSummary<T> }>;
  /** Each headline partner's latest trade periods, and how many periods the data holds. */
  trade: Array<{ partner: Partner; periods: Array<TradePeriod<T>>; total: number }>;
  /** Every statement of accumulated investment, for the chart by partner. */
  investment: Array<{ partner: Partner; figure: T }>;
}

/** One partner's latest headline figures, each with its period and source. */
export function HeadlineCard<T extends ShownFigure>({ ui, partner, summary }: { ui: Ui; partner: Partner; summary: PartnerSummary<T> }) {
  const { t } = ui;
  const name = localName(ui, partner);
  const rows: Array<[string, PartnerSummary<T>['turnover']]> = [
    [t.card.turnover, summary.turnover],
    [t.card.exports, summary.exports],
    [t.card.imports, summary.imports],
  ];
  return (
    <section class="card" aria-labelledby={`card-${partner.code}`}>
      <h3 id={`card-${partner.code}`}>
        <a href={urls.partner(ui, partner.code)}>{name}</a>
      </h3>
      <dl class="headline">
        {rows.map(([label, group]) => (
          <div class="headline-row">
            <dt>{label}</dt>
            <dd>
              {group ? (
                <>
                  <GroupValue ui={ui} group={group} /> <GroupPeriod ui={ui} group={group} />
                </>
              ) : (
                <span class="muted">{t.common.notStated}</span>
              )}
            </dd>
          </div>
        ))}
        <div class="headline-row">
          <dt>{t.card.balance}</dt>
          <dd>
            {summary.balance ? (
              <span class="group-value" title={t.common.balanceNote}>
                <DerivedAmount ui={ui} estimate={summary.balance.estimate} unit="USD" inputs={[summary.balance.exports.id, summary.balance.imports.id]} signed />{' '}
                <PeriodText ui={ui} period={summary.balance.period} />
                <span class="sources-list">
                  <SourceLink ui={ui} figure={summary.balance.exports} />
                </span>
              </span>
            ) : (
              <span class="muted">{t.common.notStated}</span>
            )}
          </dd>
        </div>
        <div class="headline-row">
          <dt>{t.card.investment}</dt>
          <dd>
            {summary.investment ? (
              <>
                <GroupValue ui={ui} group={summary.investment} /> <GroupPeriod ui={ui} group={summary.investment} />
              </>
            ) : (
              <span class="muted">{t.common.notStated}</span>
            )}
          </dd>
        </div>
      </dl>
      <p class="card-link">
        <a href={urls.partner(ui, partner.code)}>{t.overview.openPartner(name)}</a>
      </p>
    </section>
  );
}

export function OverviewPage<T extends ShownFigure>({ ui, figuresCount, sourcesCount, cards, trade, investment }: OverviewProps<T>) {
  const { t } = ui;
  const investmentSpec: ChartSpec = {
    horizontal: true,
    unit: 'USD',
    lang: ui.lang,
    title: t.overview.investmentChart,
    labels: investment.map(({ partner, figure }) => [`${localName(ui, partner)}, ${asOf(ui, { start: figure.periodStart, end: figure.periodEnd })}`, sourceName(ui, figure)]),
    datasets: [...new Map(investment.map((i) => [i.partner.code, i.partner])).values()].map((partner, index) => ({
      label: localName(ui, partner),
      data: investment.map((i) => (i.partner.code === partner.code ? i.figure.value : null)),
      colour: index,
    })),
  };
  return (
    <>
      <h1>{t.overview.heading}</h1>
      <p class="lead">{t.overview.lead(figuresCount, sourcesCount)}</p>

      <section aria-labelledby="headlines">
        <h2 id="headlines">{t.overview.headlines}</h2>
        <p class="note">{t.overview.latestNote}</p>
        <div class="cards">
          {cards.map((c) => (
            <HeadlineCard ui={ui} partner={c.partner} summary={c.summary} />
          ))}
        </div>
      </section>

      {trade.map(({ partner, periods, total }) => (
        <section aria-label={t.overview.tradeChart(localName(ui, partner))}>
          <TradeBlock ui={ui} id={`trade-${partner.code}`} partnerCode={partner.code} partnerName={localName(ui, partner)} periods={periods} total={total} />
        </section>
      ))}

      {investment.length > 0 ? (
        <section aria-label={t.overview.investmentChart}>
          <ChartBlock
            ui={ui}
            id="investment"
            spec={investmentSpec}
            caption={t.overview.investmentChart}
            note={t.overview.investmentNote}
            csvHref={urls.download('observations', 'csv', {
              partner: [...new Set(investment.map((i) => i.partner.code))],
              indicator: ['investment_stock'],
              period: spanToken(investment.map((i) => ({ start: i.figure.periodStart, end: i.figure.periodEnd }))),
            })}
            table={
              <table class="figures stack">
                <thead>
                  <tr>
                    <th scope="col">{t.partners.name}</th>
                    <th scope="col">{t.common.period}</th>
                    <th scope="col">{t.common.value}</th>
                    <th scope="col">{t.common.source}</th>
                  </tr>
                </thead>
                <tbody>
                  {investment.map(({ partner, figure }) => (
                    <tr>
                      <th scope="row">{localName(ui, partner)}</th>
                      <td data-label={t.common.period}>
                        <PeriodText ui={ui} period={{ start: figure.periodStart, end: figure.periodEnd }} atDate />
                      </td>
                      <td data-label={t.common.value}>
                        <Amount ui={ui} value={figure.value} unit={figure.unit} qualifier={figure.qualifier} /> <ScopeBadge ui={ui} scope={figure.scope} />
                      </td>
                      <td data-label={t.common.source}>
                        <SourceLink ui={ui} figure={figure} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </section>
      ) : null}
    </>
  );
}
