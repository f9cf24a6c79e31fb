/**
 * Periods are explicit inclusive date ranges. Tokens name them in URLs:
 * `2024` (a calendar year), `2025-01/2025-09` (whole months), `2008/2012` (whole years),
 * `2025-12-17` (a date: the as-of date of a stock), `2025-12-18/2025-12-20` (any range of days).
 * Their words are in src/i18n/format.ts (`period`), for pages and downloads alike (src/i18n/labels.ts).
 */

export interface Period {
  /** Inclusive ISO dates. */
  start: string;
  end: string;
}

export type PeriodKind = 'instant' | 'year' | 'multi_year' | 'months' | 'days';

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (date: string) => ({ y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) });
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;

/** Whole calendar months covered, when the period starts on a 1st and ends on a month's last day. */
export function wholeMonths(p: Period): number | null {
  const s = parts(p.start);
  const e = parts(p.end);
  if (s.d !== 1 || p.end !== monthEnd(e.y, e.m)) return null;
  return (e.y - s.y) * 12 + (e.m - s.m) + 1;
}

/** Days covered, both ends included. */
export function daysIn(p: Period): number {
  return Math.round((Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${p.start}T00:00:00Z`)) / 86_400_000) + 1;
}

export function classifyPeriod(p: Period): PeriodKind {
  if (p.start === p.end) return 'instant';
  const months = wholeMonths(p);
  if (months !== null && months % 12 === 0 && p.start.slice(5) === '01-01') return months === 12 ? 'year' : 'multi_year';
  return months !== null ? 'months' : 'days';
}

/** The canonical URL token of a period. */
export function periodToken(p: Period): string {
  const kind = classifyPeriod(p);
  if (kind === 'instant') return p.start;
  if (kind === 'year') return p.start.slice(0, 4);
  if (kind === 'multi_year') return `${p.start.slice(0, 4)}/${p.end.slice(0, 4)}`;
  if (kind === 'months') return p.start.slice(0, 7) === p.end.slice(0, 7) ? p.start.slice(0, 7) : `${p.start.slice(0, 7)}/${p.end.slice(0, 7)}`;
  return `${p.start}/${p.end}`;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function tokenEdge(part: string, edge: 'start' | 'end'): string | null {
  if (YEAR.test(part)) return edge === 'start' ? `${part}-01-01` : `${part}-12-31`;
  const m = MONTH.exec(part);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return edge === 'start' ? `${m[1]}-${m[2]}-01` : monthEnd(y, mo);
  }
  return isIsoDate(part) ? part : null;
}

/**
 * Reads a period token (see the module comment). Both sides of a range must be written at the
 * same precision, and the range must not run backwards. Returns null for anything else.
 */
export function parsePeriodToken(token: string): Period | null {
  const sides = token.split('/');
  if (sides.length > 2 || token.length > 21) return null;
  const [a = '', b = a] = sides;
  if (a.length !== b.length) return null;
  const start = tokenEdge(a, 'start');
  const end = tokenEdge(b, 'end');
  if (!start || !end || end < start) return null;
  return { start, end };
}

/** The whole months a period lies in: 2025-12-20…2026-01-10 → 2025-12-01…2026-01-31 (an as-of date known to the month or span of months). */
export function monthsAround(p: Period): Period {
  const e = parts(p.end);
  return { start: `${p.start.slice(0, 7)}-01`, end: monthEnd(e.y, e.m) };
}
