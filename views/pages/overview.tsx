import type { Child } from 'hono/jsx';
import type { Partner } from '../../db/schema';
import type { PartnerSummary, TradePeriod } from '../../src/domain/summary';
import type { ChartSpec } from '../chart-spec';
import { ChartBlock, DerivedAmount, GroupPeriod, GroupValue, PeriodText, type ShownFigure, SourceLink, sourceName, StatementTable } from '../components';
import { TradeBlock } from '../trade';
import { asOf, localName } from '../../src/i18n/names';
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
/** One line of a partner's card: what, and the figure or "not stated". */
function HeadlineRow({ ui, label, shown }: { ui: Ui; label: string; shown: Child | null }) {
  return (
    <div class="headline-row">
      <dt>{label}</dt>
      <dd>{shown ?? <span class="muted">{ui.t.common.notStated}</span>}</dd>
    </div>
  );
}

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
          <HeadlineRow
            ui={ui}
            label={label}
            shown={group ? (
              <>
                <GroupValue ui={ui} group={group} /> <GroupPeriod ui={ui} group={group} />
              </>
            ) : null}
          />
        ))}
        <HeadlineRow
          ui={ui}
          label={t.card.balance}
          shown={summary.balance ? (
            <span class="group-value" title={t.common.balanceNote}>
              <DerivedAmount ui={ui} estimate={summary.balance.estimate} unit="USD" inputs={[summary.balance.exports.id, summary.balance.imports.id]} signed />{' '}
              <PeriodText ui={ui} period={summary.balance.period} />
              <span class="sources-list">
                <SourceLink ui={ui} figure={summary.balance.exports} />
              </span>
            </span>
          ) : null}
        />
        <HeadlineRow
          ui={ui}
          label={t.card.investment}
          shown={summary.investment ? (
            <>
              <GroupValue ui={ui} group={summary.investment} /> <GroupPeriod ui={ui} group={summary.investment} />
            </>
          ) : null}
        />
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
            sources={investment.map((i) => i.figure.sourceId)}
            caption={t.overview.investmentChart}
            note={t.overview.investmentNote}
            csvHref={urls.download('observations', 'csv', {
              partner: [...new Set(investment.map((i) => i.partner.code))],
              indicator: ['investment_stock'],
              period: spanToken(investment.map((i) => ({ start: i.figure.periodStart, end: i.figure.periodEnd }))),
            })}
            table={<StatementTable ui={ui} rows={investment.map(({ partner, figure }) => ({ partner: localName(ui, partner), figure }))} />}
          />
        </section>
      ) : null}
    </>
  );
}
