import type { Indicator, Partner } from '../../db/schema';
import type { FigureGroup } from '../../src/domain/figures';
import { periodToken } from '../../src/domain/periods';
import { midpoint, type ValuedComposition } from '../../src/domain/commodity-values';
import type { Estimate } from '../../src/domain/precision';
import type { PartnerSections, PartnerSummary } from '../../src/domain/summary';
import type { CommodityShareRow } from '../../src/queries/commodity-shares';
import type { ChartSpec, SpecEstimate, TreemapItem } from '../chart-spec';
import { Amount, ChartBlock, GroupPeriod, GroupValue, DerivedAmount, type ShownFigure, SourceLink, sourceName, StatementTable, Table, CommodityLabel } from '../components';
import { SOURCES_SHOWN } from '../../src/domain/figures';
import { TradeBlock } from '../trade';
import { asOf, commodityName, localName, localNote, nameOf } from '../../src/i18n/names';
import type { Ui } from '../ui';
import { spanToken, urls } from '../../src/urls';
import { HeadlineCard } from './overview';
import type { CheckResult } from '../../src/domain/checks';
import { TRADE } from '../../src/domain/codes';
import { CheckLines } from '../checks';

export interface PartnerPageProps<T extends ShownFigure> {
  ui: Ui;
  partner: Partner;
  partners: Partner[];
  indicators: Indicator[];
  summary: PartnerSummary<T>;
  sections: PartnerSections<T>;
  compositions: Array<ValuedComposition<CommodityShareRow, ShownFigure>>;
  figuresCount: number;
  sourcesCount: number;
  /** Trade periods the data holds (the page shows the latest). */
  tradeTotal: number;
  /** Set when some figure has more periods than the page shows: how many it shows. */
  perFigure: number | null;
  /** Cross-checks of the partner's figures; absent or empty where none were run. */
  checks?: CheckResult[];
}

/** A table of figure groups: what, when, the value(s) as each source states them. */
function GroupTable<T extends ShownFigure>({ ui, groups, indicators, partners, partner }: { ui: Ui; groups: Array<FigureGroup<T>>; indicators: Indicator[]; partners: Partner[]; partner: Partner }) {
  const { t } = ui;
  // A figure the partner itself reports (its trade with another country, say) names both: never an arrow that reads as a direction.
  const other = (g: FigureGroup<T>) => (g.reporter === partner.code ? ` (${t.common.reportedWith(localName(ui, partner), nameOf(ui, partners, g.partner))})` : '');
  const notes = (g: FigureGroup<T>) => g.figures.slice(0, SOURCES_SHOWN).filter((f) => f.note);
  return (
    <Table
      label={t.partner.indicator}
      stack
      rows={groups}
      head={{
        head: t.partner.indicator,
        cell: (g) => {
          const indicator = indicators.find((i) => i.code === g.indicator);
          return (
            <>
              <span title={ui.lang === 'en' ? indicator?.description : undefined}>{indicator ? localName(ui, indicator) : g.indicator}</span>
              {other(g)}
            </>
          );
        },
      }}
      columns={[
        { head: t.common.period, cell: (g) => <GroupPeriod ui={ui} group={g} /> },
        {
          head: t.common.value,
          cell: (g) => (
            <>
              <GroupValue ui={ui} group={g} />
              {notes(g).length > 0 ? (
                <details class="notes">
                  <summary>{t.common.note}</summary>
                  {notes(g).map((f) => (
                    <p>
                      {sourceName(ui, f)}: <span lang={localNote(ui, f).lang}>{localNote(ui, f).text}</span>
                    </p>
                  ))}
                </details>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

/** An estimate for the chart's JSON: only finite ends (JSON has no Infinity), else none. */
function specEstimate(e: Estimate): SpecEstimate | undefined {
  return Number.isFinite(e.low) && Number.isFinite(e.high) ? { low: e.low, high: e.high, digits: Number.isFinite(e.digits) ? e.digits : 15, step: e.step } : undefined;
}

/**
 * A flow's composition as a treemap: each listed commodity and what the source leaves unitemised
 * (hatched), their areas the derived dollar values where an article gives the flow's value, else
 * the shares (the caption says which). The table beside it has every number, with its range.
 */
function CompositionBlock({ ui, partner, valued }: { ui: Ui; partner: Partner; valued: ValuedComposition<CommodityShareRow, ShownFigure> }) {
  const { t, f } = ui;
  const composition = valued.composition;
  const name = localName(ui, partner);
  const flowLabel = composition.flow === 'export' ? t.flow.exportTo(name) : t.flow.importFrom(name);
  const period = f.period(composition.period);
  const unitemised = composition.unitemised;
  const first = composition.shares[0];
  const flowFigure = valued.flowFigure;
  const byValue = valued.rows.length > 0 && valued.rows.every((r) => midpoint(r.value) !== null);
  // Rows as charted: valued where a flow value exists, else the shares and the remainder by share alone.
  const items: TreemapItem[] = byValue
    ? valued.rows.map((r) => ({
        label: r.share ? commodityName(ui, r.share) : t.partner.notItemised,
        value: midpoint(r.value) ?? 0,
        share: r.share ? r.share.sharePct : (midpoint(r.sharePct) ?? 0),
        ...(r.share ? {} : { shareEstimate: specEstimate(r.sharePct), remainder: true }),
        valueEstimate: specEstimate(r.value),
        derived: true,
      }))
    : [
        ...composition.shares.map((s) => ({ label: commodityName(ui, s), value: s.sharePct, share: s.sharePct, derived: false })),
        ...(unitemised.high > 0
          ? [{ label: t.partner.notItemised, value: Math.max(0, (unitemised.low + unitemised.high) / 2), share: Math.max(0, (unitemised.low + unitemised.high) / 2), shareEstimate: specEstimate(unitemised), derived: true, remainder: true }]
          : []),
      ];
  const title = t.partner.compositionTreemap(flowLabel, period);
  const spec: ChartSpec = {
    kind: 'treemap',
    unit: byValue ? 'USD' : 'percent',
    lang: ui.lang,
    title,
    items,
    colour: composition.flow === 'export' ? 1 : 2,
    stripes: t.chart.stripesTreemap,
    columns: { share: t.partner.share, shareLow: t.chart.low(t.partner.share), shareHigh: t.chart.high(t.partner.share), low: t.chart.low(t.partner.valueDerived), high: t.chart.high(t.partner.valueDerived) },
  };
  const flowSource = flowFigure ? sourceName(ui, flowFigure) : '';
  const area = byValue && flowFigure ? t.partner.areaByValue(f.value(flowFigure.value, 'USD'), flowSource) : t.partner.areaByShare;
  // The caption says what the areas are; the note says how they are computed, then the curators' note.
  const caption = `${title} · ${byValue ? t.partner.areaValueShort : t.partner.areaShareShort}`;
  const notes = [area, valued.otherSource ? t.partner.flowOtherSource(flowSource) : '', first?.note ? localNote(ui, first).text : ''].filter(Boolean);
  const filter = { partner: [partner.code], flow: [composition.flow], period: periodToken(composition.period), source_id: [composition.sourceId] };
  const csv = byValue ? urls.download('commodity-values', 'csv', filter) : urls.download('commodity-shares', 'csv', filter);
  const rowsWithValue = valued.rows.filter((r) => r.share);
  const rest = valued.rows.find((r) => !r.share);
  const valueCell = (e: Estimate | undefined, inputs: string[]) =>
    e ? (
      <>
        <DerivedAmount ui={ui} estimate={e} unit="USD" inputs={inputs} /> <span class="muted range">({f.range(e, 'USD')})</span>
      </>
    ) : (
      '—'
    );
  return (
    <ChartBlock
      ui={ui}
      id={`composition-${composition.flow}-${composition.sourceId.slice(0, 3)}-${composition.period.start}`}
      spec={spec}
      sources={[composition.sourceId, ...composition.shares.map((s) => s.sourceId), ...(flowFigure ? [flowFigure.sourceId] : [])]}
      caption={caption}
      note={notes.join(' ')}
      noteLang={first?.note ? localNote(ui, first).lang : undefined}
      csvHref={csv}
      table={
        <Table
          stack
          rows={composition.shares}
          head={{
            head: t.partner.commodity,
            cell: (s) => <CommodityLabel ui={ui} share={s} />,
          }}
          columns={[
            {
              head: t.partner.share,
              cell: (s) => (
                <>
                  <Amount ui={ui} value={s.sharePct} unit="percent" qualifier={s.qualifier} /> <SourceLink ui={ui} figure={s} />
                </>
              ),
            },
            {
              head: t.partner.valueDerived,
              cell: (s) => {
                const row = rowsWithValue.find((r) => r.share?.id === s.id);
                return valueCell(row?.value, row?.inputs ?? []);
              },
            },
          ]}
          after={
            unitemised.high > 0 ? (
              <tr class="remainder">
                <th scope="row">{t.partner.notItemised}</th>
                <td data-label={t.partner.share}>
                  <DerivedAmount ui={ui} estimate={unitemised} unit="percent" inputs={composition.shares.map((s) => s.id)} />
                </td>
                <td data-label={t.partner.valueDerived}>{valueCell(rest?.value, rest?.inputs ?? [])}</td>
              </tr>
            ) : null
          }
        />
      }
    />
  );
}

export function PartnerPage<T extends ShownFigure>({ ui, partner, partners, indicators, summary, sections, compositions, figuresCount, sourcesCount, tradeTotal, perFigure, checks = [] }: PartnerPageProps<T>) {
  const { t } = ui;
  // Trade checks (sums, shares, trade figures from several sources) go under the trade table; the others under the table of their figures.
  const tradeChecks = checks.filter((c) => c.kind === 'trade_sum' || c.kind === 'share_sum' || (c.kind === 'sources' && (TRADE as readonly string[]).includes(c.subject)));
  const otherChecks = checks.filter((c) => !tradeChecks.includes(c));
  const idsOf = (groups: Array<FigureGroup<T>>) => new Set(groups.flatMap((g) => g.figures.map((f) => f.id)));
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
          <>
            <TradeBlock ui={ui} id={`trade-${partner.code}`} partnerCode={partner.code} partnerName={name} periods={sections.trade} total={tradeTotal} />
            <CheckLines ui={ui} checks={tradeChecks} />
          </>
        ) : (
          <p class="muted">{t.partner.tradeNone}</p>
        )}
      </section>

      <section aria-labelledby="composition">
        <h2 id="composition">{t.partner.composition}</h2>
        {compositions.length > 0 ? compositions.map((c) => <CompositionBlock ui={ui} partner={partner} valued={c} />) : <p class="muted">{t.partner.compositionNone}</p>}
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
            <CheckLines ui={ui} checks={otherChecks} figureIds={idsOf(sections.investment)} />
            {statements.length > 1 ? (
              <ChartBlock
                ui={ui}
                id={`investment-${partner.code}`}
                spec={investmentSpec}
                sources={statements.map((s) => s.sourceId)}
                caption={t.partner.investmentChart}
                csvHref={urls.download('observations', 'csv', { partner: [partner.code], indicator: ['investment_stock'], period: spanToken(statements.map((s) => ({ start: s.periodStart, end: s.periodEnd }))) })}
                table={<StatementTable ui={ui} rows={statements.map((s) => ({ figure: s }))} />}
              />
            ) : null}
          </>
        ) : (
          <p class="muted">{t.partner.investmentNone}</p>
        )}
      </section>

      {(
        [
          ['agreements', t.partner.agreements, t.partner.agreementsNone],
          ['other', t.partner.other, t.partner.otherNone],
        ] as const
      ).map(([key, heading, none]) => (
        <section aria-labelledby={key}>
          <h2 id={key}>{heading}</h2>
          {sections[key].length > 0 ? (
            <>
              <GroupTable ui={ui} groups={sections[key]} indicators={indicators} partners={partners} partner={partner} />
              <CheckLines ui={ui} checks={otherChecks} figureIds={idsOf(sections[key])} />
            </>
          ) : (
            <p class="muted">{none}</p>
          )}
        </section>
      ))}
    </>
  );
}

export function PartnersPage({ ui, partners }: { ui: Ui; partners: Array<Partner & { figuresCount: number }> }) {
  const { t } = ui;
  return (
    <>
      <h1>{t.partners.heading}</h1>
      <p class="lead">{t.partners.lead}</p>
      <Table
        label={t.partners.heading}
        rows={partners}
        head={{ head: t.partners.name, cell: (p) => <a href={urls.partner(ui, p.code)}>{localName(ui, p)}</a> }}
        columns={[
          { head: t.partners.code, cell: (p) => <code>{p.code}</code> },
          { head: t.partners.kind, cell: (p) => (p.kind === 'country' ? t.partners.country : t.partners.group) },
          { head: t.partners.figures, num: true, cell: (p) => p.figuresCount },
        ]}
      />
    </>
  );
}
