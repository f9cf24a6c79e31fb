import type { Child } from 'hono/jsx';
import type { Measure } from '../../src/domain/compare';
import { type FigureGroup, isAtDate } from '../../src/domain/figures';
import type { ObservationRow } from '../../src/queries/observations';
import type { CompareChoice } from '../../src/pages/compare';
import type { ChartSpec } from '../chart-spec';
import { Amount, Badge, ChartBlock, DerivedAmount, PeriodText, ScopeBadge, SourceLink, Table } from '../components';
import { asOf, localName, localNote } from '../../src/i18n/names';
import { href, type Ui } from '../ui';
import { urls } from '../../src/urls';

export type CompareView = { ui: Ui } & CompareChoice;

const TARGET = '#compare-result';

/** The as-of label of figures at a date: the day where known, else the month or span the date lies in. */
function groupLabel(ui: Ui, g: FigureGroup<ObservationRow>, instant: boolean): string {
  return instant ? asOf(ui, g.period) : ui.f.period(g.period);
}

/**
 * The comparison controls: one GET form (partner, figure, periods) that works with and without
 * JavaScript. Without it, "Show" beside the partner or the figure reloads with that choice and its
 * periods; "Compare" submits everything at once (periods that the new figure lacks fall back to its
 * first and latest, and the page says so). With htmx each select fires on change; a partial response
 * replaces, out of band, only the steps after the one the reader changed, so focus stays where it is.
 */
export function CompareForms({ ui, partner, partners, indicator, indicators, groups, a, b, refresh, oob }: CompareView & { oob?: boolean }) {
  const { t } = ui;
  const instant = [...a.figures, ...b.figures].some(isAtDate);
  const action = href(ui, '/compare');
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
  /** A step of the form: one select of coded, named items, and its "Show" button for readers without JavaScript. */
  const choiceStep = (step: 'partner' | 'indicator', label: string, items: Array<{ code: string; nameEn: string; nameRu: string; nameKk: string }>, chosen: string, include: string, attrs = {}) => (
    <div class="compare-step" id={`compare-step-${step}`} {...attrs}>
      <label class="field">
        <span>{label}</span>
        <select id={`compare-${step}`} name={step} {...hx(include)}>
          {items.map((i) => (
            <option value={i.code} selected={i.code === chosen}>
              {localName(ui, i)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="no-js" name="step" value={step}>
        {t.compare.choose}
      </button>
    </div>
  );
  const indicatorStep = choiceStep('indicator', t.compare.indicator, indicators, indicator.code, '#compare-partner, this', oobAttr);
  const periodsStep = (
    <div class="compare-step" id="compare-step-periods" {...oobAttr}>
      {periodSelect('a', a, t.compare.a)}
      {periodSelect('b', b, t.compare.b)}
      <button type="submit" name="go" value="1">
        {t.compare.submit}
      </button>
    </div>
  );
  if (oob) return <>{[refresh.includes('indicator') ? indicatorStep : null, refresh.includes('a') ? periodsStep : null]}</>;
  return (
    <form class="compare-form" id="compare-form" method="get" action={action}>
      {choiceStep('partner', t.compare.partner, partners, partner.code, 'this')}
      {indicatorStep}
      {periodsStep}
    </form>
  );
}

/** A side's figures as the sources state them, each with its qualifier: "≈ $8 bn; > $8.5 bn; ≈ $9 bn". */
export function StatedCell({ ui, side }: { ui: Ui; side: CompareView['comparison']['a'] }) {
  const seen = new Set<string>();
  const distinct = side.figures.filter((fig) => {
    const key = `${fig.qualifier}|${fig.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <>
      {distinct.map((fig, i) => (
        <>
          {i > 0 ? '; ' : ''}
          <Amount ui={ui} value={fig.value} unit={fig.unit} qualifier={fig.qualifier} />
        </>
      ))}
      {side.sourcesDiffer ? (
        <>
          {' '}
          <Badge kind="differ" title={ui.t.common.sourcesDifferTitle}>
            {ui.t.common.sourcesDiffer}
          </Badge>
        </>
      ) : null}
    </>
  );
}

function MeasureRow({ ui, m, comparison, labels }: { ui: Ui; m: Measure; comparison: CompareView['comparison']; labels: readonly [string, string, string] }) {
  const { t } = ui;
  const status = m.status === 'stated' ? 'stated' : m.status;
  const ids = (...sides: Array<CompareView['comparison']['a']>) => sides.flatMap((side) => side.figures.map((fig) => fig.id));
  const cell = (e: Measure['a'], inputs: string[], signed = false) => (e ? <DerivedAmount ui={ui} estimate={e} unit={m.unit} inputs={inputs} signed={signed} status={status} /> : null);
  return (
    <tr data-measure={m.key}>
      <th scope="row">{t.compare.measures[m.key]}</th>
      <td class="num" data-label={labels[0]}>
        {m.key === 'stated' ? <StatedCell ui={ui} side={comparison.a} /> : cell(m.a, ids(comparison.a))}
      </td>
      <td class="num" data-label={labels[1]}>
        {m.key === 'stated' ? <StatedCell ui={ui} side={comparison.b} /> : cell(m.b, ids(comparison.b))}
      </td>
      <td class="num" data-label={labels[2]}>
        {cell(m.change, ids(comparison.a, comparison.b), true)}
      </td>
    </tr>
  );
}

export function SideFigures({ ui, heading, group }: { ui: Ui; heading: string; group: FigureGroup<ObservationRow> }) {
  const instant = group.figures.some(isAtDate);
  return (
    <div class="side-figures">
      <h3>{heading}</h3>
      <ul>
        {group.figures.map((fig) => (
          <li>
            <Amount ui={ui} value={fig.value} unit={fig.unit} qualifier={fig.qualifier} /> <ScopeBadge ui={ui} scope={fig.scope} /> · {instant ? asOf(ui, { start: fig.periodStart, end: fig.periodEnd }) : <PeriodText ui={ui} period={{ start: fig.periodStart, end: fig.periodEnd }} />} ·{' '}
            <SourceLink ui={ui} figure={fig} />
            {fig.note ? (
              <span class="note" lang={localNote(ui, fig).lang}>
                {' '}
                {localNote(ui, fig).text}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the two sides measure differently (above everything), the method, the measures and the notes. */
export function CompareTable({
  ui,
  comparison,
  headA,
  headB,
  headChange,
  labels,
}: {
  ui: Ui;
  comparison: CompareView['comparison'];
  headA: Child;
  headB: Child;
  headChange: string;
  /** Plain-text column names, shown beside each value where a phone stacks the rows. */
  labels: readonly [string, string, string];
}) {
  const { t } = ui;
  return (
    <>
      {comparison.warnings.length > 0 ? (
        <div class="compare-warnings" role="note" aria-label={t.compare.warningsHeading}>
          <strong>{t.compare.warningsHeading}</strong>
          {comparison.warnings.map((w) => (
            <p data-warning={w}>{t.compare.warnings[w]}</p>
          ))}
        </div>
      ) : null}
      <p class="method">{t.compare.methods[comparison.method]}</p>
      <div class="table-scroll" role="region" tabindex={0} aria-labelledby="compare-heading">
        <table class="figures compare-table stack">
          <thead>
            <tr>
              <th scope="col">{t.compare.measure}</th>
              <th scope="col">{headA}</th>
              <th scope="col">{headB}</th>
              <th scope="col">{headChange}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.measures.map((m) => (
              <MeasureRow ui={ui} m={m} comparison={comparison} labels={labels} />
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
    </>
  );
}

/** The comparison itself: method, table, chart, notes and the figures with their sources. This is what htmx swaps. */
export function CompareResult({ ui, partner, indicator, a, b, comparison, periodsReset }: CompareView) {
  const { t, f } = ui;
  const name = localName(ui, partner);
  const indicatorName = localName(ui, indicator);
  const instant = [...a.figures, ...b.figures].some(isAtDate);
  const query = `?partner=${partner.code}&indicator=${indicator.code}&a=${a.token}&b=${b.token}`;
  const labelA = groupLabel(ui, a, instant);
  const labelB = groupLabel(ui, b, instant);
  const rate = comparison.measures.find((m) => m.key === 'annual_rate');
  const chartUnit = indicator.unit === 'rank' || indicator.unit === 'tonnes' ? 'count' : indicator.unit;
  const mid = (e: { low: number; high: number }) => (Number.isFinite(e.low) && Number.isFinite(e.high) ? (e.low + e.high) / 2 : e.low);
  const spec: ChartSpec = {
    horizontal: false,
    unit: chartUnit,
    lang: ui.lang,
    title: t.compare.chart(indicatorName, name),
    labels: [labelA, labelB],
    stripes: t.periodKind.notCalendarYear,
    datasets: [
      // A multi-year total stays off the bars: its annual average (the second series) stands for it.
      { label: t.compare.measures.stated, data: [comparison.a, comparison.b].map((s) => (s.kind === 'multi_year' ? null : s.stated.low)), striped: [!instant && comparison.a.kind !== 'year', !instant && comparison.b.kind !== 'year'], colour: 0 },
      ...(rate?.a && rate.b
        ? [
            {
              label: `${t.compare.measures.annual_rate} (${rate.status === 'estimate' ? t.common.estimate : t.common.derived})`,
              data: [mid(rate.a), mid(rate.b)],
              tooltips: [f.estimate(rate.a, indicator.unit), f.estimate(rate.b, indicator.unit)],
              colour: 1,
            },
          ]
        : []),
    ],
  };
  return (
    <>
      <h2 id="compare-heading">
        {indicatorName}, {name}: {labelA} → {labelB}
      </h2>
      {periodsReset ? <p class="notice">{t.compare.periodsReset(indicatorName)}</p> : null}
      <CompareTable
        ui={ui}
        comparison={comparison}
        headA={instant ? labelA : <PeriodText ui={ui} period={a.period} />}
        headB={instant ? labelB : <PeriodText ui={ui} period={b.period} />}
        headChange={t.compare.change}
        labels={[labelA, labelB, t.compare.change]}
      />
      <div class="sides">
        <SideFigures ui={ui} heading={`${t.compare.figuresA}: ${labelA}`} group={a} />
        <SideFigures ui={ui} heading={`${t.compare.figuresB}: ${labelB}`} group={b} />
      </div>
      <ChartBlock
        ui={ui}
        id="compare-chart"
        spec={spec}
        sources={[...a.figures, ...b.figures].map((fig) => fig.sourceId)}
        caption={t.compare.chart(indicatorName, name)}
        // The warnings travel with the chart: its image, its embed and its citation.
        note={comparison.warnings.length > 0 ? `${t.compare.warningsHeading}: ${comparison.warnings.map((w) => t.compare.warnings[w]).join(' ')}` : undefined}
        csvHref={urls.compareDownload('csv', query)}
        table={
          <Table
            stack
            rows={[
              { label: labelA, side: comparison.a, perYear: rate?.a },
              { label: labelB, side: comparison.b, perYear: rate?.b },
            ]}
            head={{ head: t.common.period, cell: (r) => r.label }}
            columns={[
              { head: t.compare.measures.stated, num: true, cell: (r) => <StatedCell ui={ui} side={r.side} /> },
              rate && {
                head: t.compare.measures.annual_rate,
                num: true,
                cell: (r) => (r.perYear ? <DerivedAmount ui={ui} estimate={r.perYear} unit={indicator.unit} inputs={r.side.figures.map((fig) => fig.id)} status={rate.status === 'estimate' ? 'estimate' : 'derived'} /> : ''),
              },
            ]}
          />
        }
      />
      <p class="downloads">
        <a href={urls.compareDownload('json', query)}>{t.common.downloadJson}</a>
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
      <p class="actions">
        <a href={href(ui, '/compare/partners')}>{t.comparePartners.link}</a>
      </p>
      <section class="compare-controls" aria-label={t.compare.controls}>
        <CompareForms {...view} />
      </section>
      <div id="compare-result" aria-live="polite">
        <CompareResult {...view} />
      </div>
    </>
  );
}
