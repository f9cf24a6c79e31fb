import type { Measure } from '../../src/domain/compare';
import { type FigureGroup, isInstant } from '../../src/domain/figures';
import type { ObservationRow } from '../../src/queries/observations';
import type { CompareChoice } from '../../src/routes/compare';
import type { ChartSpec } from '../chart-spec';
import { Amount, Badge, ChartBlock, PeriodText, SourceLink } from '../components';
import { localName } from '../names';
import { href, type Ui } from '../ui';

export type CompareView = { ui: Ui } & CompareChoice;

const TARGET = '#compare-result';

/** "as of 17 Dec 2025" or "as of Dec 2025" (several dates in one month) for figures at a date; the period for flows. */
function groupLabel(ui: Ui, g: FigureGroup<ObservationRow>, instant: boolean): string {
  if (!instant) return ui.f.period(g.period);
  return ui.t.periodKind.asOf(g.period.start === g.period.end ? ui.f.date(g.period.start) : ui.f.partialDate(g.token));
}

/**
 * The comparison controls as three GET forms, one per step (partner, figure, periods), each
 * carrying the choices it depends on, so that without JavaScript every submit is a valid
 * comparison. With htmx each select fires on change; a partial response replaces, out of band,
 * only the forms after the one the reader changed, so focus stays where it is.
 */
export function CompareForms({ ui, partner, partners, indicator, indicators, groups, a, b, refresh, oob }: CompareView & { oob?: boolean }) {
  const { t } = ui;
  const instant = isInstant(indicator.kind);
  const action = href(ui, '/compare');
  const show = (key: 'partner' | 'indicator' | 'periods') => (oob ? (key === 'indicator' ? refresh.includes('indicator') : key === 'periods' ? refresh.includes('a') : false) : true);
  const oobAttr = oob ? { 'hx-swap-oob': 'true' } : {};
  const hx = (include: string) => ({ 'hx-get': action, 'hx-include': include, 'hx-target': TARGET, 'hx-push-url': 'true' });
  const periodSelect = (key: 'a' | 'b', chosen: FigureGroup<ObservationRow>, label: string) => (
    <label class="field">
      <span>{label}</span>
      <select id={`compare-${key}`} name={key} {...hx('closest form')}>
        {groups.map((g) => (
          <option value={g.token} selected={g.key === chosen.key}>
            {groupLabel(ui, g, instant)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {show('partner') ? (
        <form class="compare-step" id="compare-step-partner" method="get" action={action}>
          <label class="field">
            <span>{t.compare.partner}</span>
            <select id="compare-partner" name="partner" {...hx('this')}>
              {partners.map((p) => (
                <option value={p.code} selected={p.code === partner.code}>
                  {localName(ui, p)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="no-js">
            {t.compare.choose}
          </button>
        </form>
      ) : null}
      {show('indicator') ? (
        <form class="compare-step" id="compare-step-indicator" method="get" action={action} {...oobAttr}>
          <input type="hidden" name="partner" value={partner.code} />
          <label class="field">
            <span>{t.compare.indicator}</span>
            <select id="compare-indicator" name="indicator" {...hx('closest form')}>
              {indicators.map((i) => (
                <option value={i.code} selected={i.code === indicator.code}>
                  {localName(ui, i)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="no-js">
            {t.compare.choose}
          </button>
        </form>
      ) : null}
      {show('periods') ? (
        <form class="compare-step" id="compare-step-periods" method="get" action={action} {...oobAttr}>
          <input type="hidden" name="partner" value={partner.code} />
          <input type="hidden" name="indicator" value={indicator.code} />
          {periodSelect('a', a, t.compare.a)}
          {periodSelect('b', b, t.compare.b)}
          <button type="submit">{t.compare.submit}</button>
        </form>
      ) : null}
    </>
  );
}

function MeasureRow({ ui, m }: { ui: Ui; m: Measure }) {
  const { t, f } = ui;
  const cell = (r: Measure['a'], signed = false) => (r ? `${m.approximate && m.status !== 'stated' ? '≈ ' : ''}${f.range(r, m.unit, { signed })}` : '');
  return (
    <tr>
      <th scope="row">
        {t.compare.measures[m.key]}{' '}
        {m.status === 'derived' ? (
          <Badge kind="derived" title={t.common.derivedTitle}>
            {t.common.derived}
          </Badge>
        ) : m.status === 'estimate' ? (
          <Badge kind="estimate" title={t.common.estimateTitle}>
            {t.common.estimate}
          </Badge>
        ) : null}
      </th>
      <td class="num">{cell(m.a)}</td>
      <td class="num">{cell(m.b)}</td>
      <td class="num">{cell(m.change, true)}</td>
    </tr>
  );
}

function SideFigures({ ui, heading, group }: { ui: Ui; heading: string; group: FigureGroup<ObservationRow> }) {
  return (
    <div class="side-figures">
      <h3>{heading}</h3>
      <ul>
        {group.figures.map((fig) => (
          <li>
            <Amount ui={ui} value={fig.value} unit={fig.unit} qualifier={fig.qualifier} /> · <PeriodText ui={ui} period={{ start: fig.periodStart, end: fig.periodEnd }} /> ·{' '}
            <SourceLink ui={ui} figure={fig} />
            {fig.note ? (
              <span class="note" lang="en">
                {' '}
                {fig.note}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The comparison itself: method, table, chart, notes and the figures with their sources. This is what htmx swaps. */
export function CompareResult({ ui, partner, indicator, a, b, comparison }: CompareView) {
  const { t, f } = ui;
  const name = localName(ui, partner);
  const indicatorName = localName(ui, indicator);
  const instant = isInstant(indicator.kind);
  const query = `?partner=${partner.code}&indicator=${indicator.code}&a=${a.token}&b=${b.token}`;
  const labelA = groupLabel(ui, a, instant);
  const labelB = groupLabel(ui, b, instant);
  const rate = comparison.measures.find((m) => m.key === 'annual_rate');
  const chartUnit = indicator.unit === 'rank' ? 'count' : indicator.unit;
  const spec: ChartSpec = {
    horizontal: false,
    unit: chartUnit,
    lang: ui.lang,
    title: t.compare.chart(indicatorName, name),
    labels: [labelA, labelB],
    datasets: [
      { label: t.compare.measures.stated, data: [comparison.a.stated.low, comparison.b.stated.low], striped: [!instant && comparison.a.kind !== 'year', !instant && comparison.b.kind !== 'year'], colour: 0 },
      ...(rate?.a && rate.b ? [{ label: `${t.compare.measures.annual_rate} (${rate.status === 'estimate' ? t.common.estimate : t.common.derived})`, data: [rate.a.low, rate.b.low], colour: 1 }] : []),
    ],
  };
  return (
    <>
      <h2 id="compare-heading">
        {indicatorName}, {name}: {labelA} → {labelB}
      </h2>
      <p class="method">{t.compare.methods[comparison.method]}</p>
      <div class="table-scroll" role="region" tabindex={0} aria-labelledby="compare-heading">
        <table class="figures compare-table">
          <thead>
            <tr>
              <th scope="col">{t.compare.measure}</th>
              <th scope="col">
                <PeriodText ui={ui} period={a.period} />
              </th>
              <th scope="col">
                <PeriodText ui={ui} period={b.period} />
              </th>
              <th scope="col">{t.compare.change}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.measures.map((m) => (
              <MeasureRow ui={ui} m={m} />
            ))}
          </tbody>
        </table>
      </div>
      {comparison.notes.length > 0 ? (
        <ul class="notes-list">
          {comparison.notes.map((n) => (
            <li>{t.compare.notes[n]}</li>
          ))}
        </ul>
      ) : null}
      <div class="sides">
        <SideFigures ui={ui} heading={`${t.compare.figuresA}: ${labelA}`} group={a} />
        <SideFigures ui={ui} heading={`${t.compare.figuresB}: ${labelB}`} group={b} />
      </div>
      <ChartBlock
        ui={ui}
        id="compare-chart"
        spec={spec}
        caption={t.compare.chart(indicatorName, name)}
        csvHref={`/compare.csv${query}`}
        table={
          <table class="figures">
            <thead>
              <tr>
                <th scope="col">{t.common.period}</th>
                <th scope="col">{t.compare.measures.stated}</th>
                {rate ? <th scope="col">{t.compare.measures.annual_rate}</th> : null}
              </tr>
            </thead>
            <tbody>
              {(
                [
                  [labelA, comparison.a.stated, rate?.a],
                  [labelB, comparison.b.stated, rate?.b],
                ] as const
              ).map(([label, stated, perYear]) => (
                <tr>
                  <th scope="row">{label}</th>
                  <td class="num">{f.range(stated, indicator.unit)}</td>
                  {rate ? <td class="num">{perYear ? f.range(perYear, indicator.unit) : ''}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p class="downloads">
        <a href={`/compare.json${query}`}>{t.common.downloadJson}</a>
      </p>
    </>
  );
}

export function ComparePage(view: CompareView) {
  const { ui } = view;
  const { t } = ui;
  return (
    <>
      <h1>{t.compare.heading}</h1>
      <p class="lead">{t.compare.lead}</p>
      <section class="compare-controls" aria-label={t.compare.controls}>
        <CompareForms {...view} />
      </section>
      <div id="compare-result" aria-live="polite">
        <CompareResult {...view} />
      </div>
    </>
  );
}
