/**
 * The overview as a model: the busiest partners' headline figures, their latest trade periods and
 * every statement of accumulated investment, bounded whatever the data's size. The model is the same
 * in every language (names and words are the view's), so one copy serves all (docs/architecture.md, "Pages").
 */
import type { AppDatabase } from '../../db/client';
import { KAZAKHSTAN, TRADE } from '../domain/codes';
import { groupFigures, SOURCES_SHOWN } from '../domain/figures';
import type { Period } from '../domain/periods';
import { summarisePartner, tradeByPeriod } from '../domain/summary';
import { countCommodityShares } from '../queries/commodity-shares';
import { countObservations, countPeriods, listBusiestCountries, listLatestPeriods, listObservations } from '../queries/observations';
import { listPartners, listSources } from '../queries/reference';

/** Headline partners (the countries with most figures), and how much of each shows. */
const PARTNERS = 6;
const TRADE_PERIODS = 8;
const INVESTMENT_MONTHS = 2;

/** Periods whose start falls in the `months` most recent calendar months among them (figures at a date, grouped by month). */
export function latestMonths(periods: Period[], months: number): Period[] {
  const keep = [...new Set(periods.map((p) => p.start.slice(0, 7)))].sort().reverse().slice(0, months);
  return periods.filter((p) => keep.includes(p.start.slice(0, 7)));
}

export function overviewModel(db: AppDatabase) {
  const partners = listPartners(db);
  const featured = listBusiestCountries(db, PARTNERS).flatMap((code) => partners.filter((p) => p.code === code));
  const perPartner = featured.map((partner) => {
    const trade = { partner: [partner.code], reporter: [KAZAKHSTAN], indicator: TRADE };
    const investment = { partner: [partner.code], reporter: [KAZAKHSTAN], indicator: ['investment_stock'] };
    const figures = [
      ...listObservations(db, { ...trade, periods: listLatestPeriods(db, trade, TRADE_PERIODS) }),
      ...listObservations(db, { ...investment, periods: latestMonths(listLatestPeriods(db, investment, 24), INVESTMENT_MONTHS) }),
    ];
    return { partner, figures, tradePeriods: countPeriods(db, trade) };
  });
  return {
    figuresCount: countObservations(db) + countCommodityShares(db),
    sourcesCount: listSources(db).length,
    cards: perPartner.filter((p) => p.figures.length > 0).map(({ partner, figures }) => ({ partner, summary: summarisePartner(figures, partner.code) })),
    trade: perPartner
      .map(({ partner, figures, tradePeriods }) => ({ partner, periods: tradeByPeriod(figures, partner.code), total: tradePeriods }))
      .filter((t) => t.periods.length > 0),
    investment: perPartner.flatMap(({ partner, figures }) =>
      groupFigures(figures.filter((f) => f.indicator === 'investment_stock')).flatMap((g) => g.figures.slice(0, SOURCES_SHOWN).map((figure) => ({ partner, figure }))),
    ),
  };
}

export type OverviewModel = ReturnType<typeof overviewModel>;
