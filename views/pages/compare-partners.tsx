import type { PartnersChoice } from '../../src/pages/compare';
import type { ChartSpec } from '../chart-spec';
import { ChartBlock, Table } from '../components';
import { localName } from '../../src/i18n/names';
import { href, type Ui } from '../ui';
import { urls } from '../../src/urls';
import { CompareTable, SideFigures, StatedCell } from './compare';

export type ComparePartnersView = { ui: Ui } & PartnersChoice;

/** Two partners on one figure for one period: a plain GET form (works without JavaScript) and the result. */
export function ComparePartnersPage({ ui, choices, chosen }: ComparePartnersView) {
  const { t } = ui;
  const c = t.comparePartners;
  return (
    <>
      <h1>{c.heading}</h1>
      <p class="lead">{c.lead}</p>
      <p class="actions">
        <a href={href(ui, '/compare')}>{c.periodsLink}</a>
      </p>
      {chosen === null ? (
        <p class="empty-state">{c.none}</p>
      ) : (
        <>
          <form class="compare-step" id="compare-partners-form" method="get" action={href(ui, '/compare/partners')}>
            <label class="field">
              <span>{c.indicator}</span>
              <select id="compare-figure" name="figure">
                {choices.map((choice) => (
                  <option value={choice.value} selected={choice.value === chosen.choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </label>
            {(['a', 'b'] as const).map((key) => (
              <label class="field">
                <span>{key === 'a' ? c.a : c.b}</span>
                <select id={`compare-${key}`} name={key}>
                  {chosen.choice.partners.map((p) => (
                    <option value={p.code} selected={p.code === (key === 'a' ? chosen.partnerA : chosen.partnerB).code}>
                      {localName(ui, p)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="submit">{c.submit}</button>
          </form>
          <PartnersResult ui={ui} chosen={chosen} />
        </>
      )}
    </>
  );
}

function PartnersResult({ ui, chosen }: { ui: Ui; chosen: NonNullable<ComparePartnersView['chosen']> }) {
  const { t } = ui;
  const { indicator, periodLabel, partnerA, partnerB, a, b, comparison, query } = chosen;
  const [nameA, nameB] = [localName(ui, partnerA), localName(ui, partnerB)];
  const title = t.comparePartners.chart(localName(ui, indicator), periodLabel);
  const spec: ChartSpec = {
    horizontal: true,
    unit: indicator.unit === 'USD' || indicator.unit === 'percent' ? indicator.unit : 'count',
    lang: ui.lang,
    title,
    labels: [nameA, nameB],
    datasets: [{ label: t.compare.measures.stated, data: [comparison.a.stated.low, comparison.b.stated.low], colour: 0 }],
  };
  return (
    <div id="compare-result">
      <h2 id="compare-heading">
        {localName(ui, indicator)}, {periodLabel}: {nameA} → {nameB}
      </h2>
      <CompareTable ui={ui} comparison={comparison} headA={nameA} headB={nameB} headChange={t.comparePartners.difference} labels={[nameA, nameB, t.comparePartners.difference]} />
      <div class="sides">
        <SideFigures ui={ui} heading={nameA} group={a} />
        <SideFigures ui={ui} heading={nameB} group={b} />
      </div>
      <ChartBlock
        ui={ui}
        id="compare-partners-chart"
        spec={spec}
        sources={[...a.figures, ...b.figures].map((fig) => fig.sourceId)}
        caption={title}
        csvHref={urls.comparePartnersDownload('csv', query)}
        table={
          <Table
            rows={[
              { name: nameA, side: comparison.a },
              { name: nameB, side: comparison.b },
            ]}
            head={{ head: t.partners.name, cell: (r) => r.name }}
            columns={[{ head: t.compare.measures.stated, num: true, cell: (r) => <StatedCell ui={ui} side={r.side} /> }]}
          />
        }
      />
      <p class="downloads">
        <a href={urls.comparePartnersDownload('json', query)}>{t.common.downloadJson}</a>
      </p>
    </div>
  );
}
