/** What the bounded pages show of a partner whose figures run to thousands. */
import type { Period } from '../domain/periods';

export const TRADE = ['trade_turnover', 'exports', 'imports'];

/** Periods whose start falls in the `months` most recent calendar months among them (figures at a date, grouped by month). */
export function latestMonths(periods: Period[], months: number): Period[] {
  const keep = [...new Set(periods.map((p) => p.start.slice(0, 7)))].sort().reverse().slice(0, months);
  return periods.filter((p) => keep.includes(p.start.slice(0, 7)));
}
