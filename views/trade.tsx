import type { TradePeriod } from '../src/domain/summary';
import type { ChartSpec } from './chart-spec';
import { Amount, Badge, ChartBlock, GroupValue, periodKindLabel, PeriodText, type ShownFigure, SOURCES_SHOWN, SourceLink } from './components';
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
  // A bar shows the lowest value the sources state; where they differ, the table gives every value.
  const bar = (g: TradePeriod<T>['turnover']) => (g ? g.low : null);
  const spec: ChartSpec = {
    horizontal: false,
    unit: 'USD',
    lang: ui.lang,
    title: t.overview.tradeChart(partnerName),
    labels: periods.map((p) => (p.kind === 'year' ? f.period(p.period) : [f.period(p.period), `(${periodKindLabel(ui, p.period)})`])),
    datasets: [
      { label: t.card.turnover, data: periods.map((p) => bar(p.turnover)), striped, colour: 0 },
      { label: t.card.exports, data: periods.map((p) => bar(p.exports)), striped, colour: 1 },
      { label: t.card.imports, data: periods.map((p) => bar(p.imports)), striped, colour: 2 },
    ],
  };
  const csv = `/data/observations.csv?partner=${partnerCode}&reporter=KAZ&indicator=trade_turnover,exports,imports`;
  return (
    <ChartBlock
      ui={ui}
      id={id}
      spec={spec}
      caption={t.overview.tradeChart(partnerName)}
      note={[total > periods.length ? t.periodKind.latest(periods.length, total) : '', periods.some((p) => p.kind !== 'year') ? t.periodKind.notCalendarYear : ''].filter(Boolean).join(' ') || undefined}
      csvHref={csv}
      table={
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">{t.common.period}</th>
              <th scope="col">{t.card.turnover}</th>
              <th scope="col">{t.card.exports}</th>
              <th scope="col">{t.card.imports}</th>
              <th scope="col">{t.card.balance}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr>
                <th scope="row">
                  <PeriodText ui={ui} period={p.period} />
                </th>
                {[p.turnover, p.exports, p.imports].map((g) => (
                  <td>{g ? <GroupValue ui={ui} group={g} /> : <span class="muted">—</span>}</td>
                ))}
                <td>
                  {p.balances.length === 0 ? (
                    <span class="muted">—</span>
                  ) : (
                    p.balances.slice(0, SOURCES_SHOWN).map((b) => (
                      <span class="group-value">
                        <Amount ui={ui} value={b.value} unit="USD" qualifier={b.approximate ? 'approx' : 'exact'} signed />{' '}
                        <Badge kind="derived" title={`${t.common.derivedTitle} ${t.common.balanceNote}`}>
                          {t.common.derived}
                        </Badge>
                        <span class="sources-list">
                          <SourceLink ui={ui} figure={b.exports} />
                        </span>
                      </span>
                    ))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
