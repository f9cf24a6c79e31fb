import type { TradePeriod } from '../src/domain/summary';
import type { ChartSpec } from './chart-spec';
import { ChartBlock, DerivedAmount, GroupValue, periodKindLabel, PeriodText, type ShownFigure, SourceLink, Table } from './components';
import { KAZAKHSTAN, TRADE } from '../src/domain/codes';
import { spanToken, urls } from '../src/urls';
import { SOURCES_SHOWN } from '../src/domain/figures';
import type { Ui } from './ui';

/** Chart and table of turnover, exports, imports and the derived balance, one row per period. */
export function TradeBlock<T extends ShownFigure>({
  ui,
  id,
  partnerCode,
  partnerName,
  periods,
  total = periods.length,
}: {
  ui: Ui;
  id: string;
  partnerCode: string;
  partnerName: string;
  periods: Array<TradePeriod<T>>;
  /** Periods the data holds; when more than shown, the block says so. */
  total?: number;
}) {
  const { t, f } = ui;
  const striped = periods.map((p) => p.kind !== 'year');
  const KEYS = ['turnover', 'exports', 'imports'] as const;
  const names = { turnover: t.card.turnover, exports: t.card.exports, imports: t.card.imports };
  // A bar shows the lowest value the sources state; where they differ, the table gives every value.
  // A multi-year total is drawn as its annual average (derived), never as one tall bar beside single years.
  const bar = (p: TradePeriod<T>, key: (typeof KEYS)[number]) => {
    const g = p[key];
    if (!g) return null;
    const average = p.annualAverage?.[key];
    return average ? (average.low + average.high) / 2 : g.low;
  };
  const tooltip = (p: TradePeriod<T>, key: (typeof KEYS)[number]) => {
    const g = p[key];
    const average = p.annualAverage?.[key];
    if (!g || !average || !p.years) return null;
    return `${f.estimate(average, 'USD')} (${t.common.derived}; ${t.common.annualAverageOf(f.range({ low: g.low, high: g.high }, 'USD'), p.years)})`;
  };
  const label = (p: TradePeriod<T>) =>
    p.kind === 'year' ? f.period(p.period) : [f.period(p.period), `(${p.kind === 'multi_year' ? t.common.annualAverage : periodKindLabel(ui, p.period)})`];
  const spec: ChartSpec = {
    horizontal: false,
    unit: 'USD',
    lang: ui.lang,
    title: t.overview.tradeChart(partnerName),
    labels: periods.map(label),
    datasets: KEYS.map((key, colour) => ({
      label: names[key],
      data: periods.map((p) => bar(p, key)),
      tooltips: periods.map((p) => tooltip(p, key)),
      striped,
      colour,
    })),
    stripes: t.periodKind.notCalendarYear,
    extra: (['low', 'high'] as const).map((end) => ({
      label: t.chart[end](`${t.card.balance} (${t.common.derived})`),
      // As drawn: a multi-year total's balance as its annual average, like the bars beside it.
      data: periods.map((p) => {
        const balance = p.balances[0]?.estimate[end];
        return balance === undefined ? null : p.annualAverage && p.years ? balance / p.years : balance;
      }),
    })),
  };
  // Exactly the chart's figures: its partner's trade as reported by Kazakhstan, over the periods it draws.
  const csv = urls.download('observations', 'csv', {
    partner: [partnerCode],
    reporter: [KAZAKHSTAN],
    indicator: TRADE,
    period: total > periods.length ? spanToken(periods.map((p) => p.period)) : undefined,
  });
  return (
    <ChartBlock
      ui={ui}
      id={id}
      spec={spec}
      sources={periods.flatMap((p) => KEYS.flatMap((key) => p[key]?.figures.map((fig) => fig.sourceId) ?? []))}
      caption={t.overview.tradeChart(partnerName)}
      note={[total > periods.length ? t.periodKind.latest(periods.length, total) : '', periods.some((p) => p.kind !== 'year') ? t.periodKind.notCalendarYear : ''].filter(Boolean).join(' ') || undefined}
      csvHref={csv}
      table={
        <Table
          stack
          rows={periods}
          head={{ head: t.common.period, cell: (p) => <PeriodText ui={ui} period={p.period} /> }}
          columns={[
            ...KEYS.map((key) => ({
              head: names[key],
              cell: (p: TradePeriod<T>) => {
                const g = p[key];
                const average = p.annualAverage?.[key];
                return (
                  <>
                    {g ? <GroupValue ui={ui} group={g} /> : <span class="muted">—</span>}
                    {average ? (
                      <span class="annual-average">
                        {t.common.annualAverage}: <DerivedAmount ui={ui} estimate={average} unit="USD" inputs={g ? g.figures.map((x) => x.id) : []} />
                      </span>
                    ) : null}
                  </>
                );
              },
            })),
            {
              head: t.card.balance,
              cell: (p) =>
                p.balances.length === 0 ? (
                  <span class="muted">—</span>
                ) : (
                  p.balances.slice(0, SOURCES_SHOWN).map((b) => (
                    <span class="group-value" title={t.common.balanceNote}>
                      <DerivedAmount ui={ui} estimate={b.estimate} unit="USD" inputs={[b.exports.id, b.imports.id]} signed />
                      <span class="sources-list">
                        <SourceLink ui={ui} figure={b.exports} />
                      </span>
                    </span>
                  ))
                ),
            },
          ]}
        />
      }
    />
  );
}
