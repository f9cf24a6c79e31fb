/**
 * How precise a figure is, and how precise anything computed from it can be.
 *
 * A stated figure is as precise as the article printed it: "1,3 млрд" is 1.25–1.35 bn, "331,9 млн"
 * 331.85–331.95 m, and its qualifier opens or closes the interval ("more than 4 bn" has no upper
 * end). Arithmetic on figures is interval arithmetic, so a derived value carries every value its
 * inputs allow. It is shown rounded to the coarser of two quanta: the significant figures of its
 * least precise input, and (for sums and differences) the rounding step of its coarsest input.
 * See docs in README ("Honest numbers").
 */
import type { Qualifier } from '../../db/schema';

/** A closed interval; an end is ±Infinity where the sources give no bound. */
export interface Interval {
  low: number;
  high: number;
}

/** A value known to lie in [low, high], with the precision its inputs support. */
export interface Estimate extends Interval {
  /** Significant figures of the least precise input. */
  digits: number;
  /** The coarsest rounding step among the inputs of a sum or difference, in the value's unit; 0 where none applies. */
  step: number;
}

const DIGITS = /\d+(?:[.,]\d+)?/g;
/** Units whose stated integers are counts, exact when the article gives them without a qualifier. */
const COUNTED = new Set(['count', 'rank']);

interface Written {
  /** Significant figures as printed ("1,3" → 2, "331,9" → 4, "60" → 1). */
  digits: number;
  /** The value of one unit in the last printed digit, in canonical units ("1,3 млрд" → 1e8). */
  step: number;
}

const isPowerOfTen = (x: number) => x > 0 && Math.abs(Math.log10(x) - Math.round(Math.log10(x))) < 1e-9;

/** Significant figures and last-digit step of a number as the article printed it. */
function readWritten(asWritten: string, value: number): Written {
  for (const m of asWritten.matchAll(DIGITS)) {
    const token = m[0];
    const number = Number(token.replace(',', '.'));
    if (number === 0) continue;
    const scale = value / number;
    if (!isPowerOfTen(scale)) continue;
    const [whole = '', frac = ''] = token.split(/[.,]/);
    if (frac) {
      const digits = `${whole}${frac}`.replace(/^0+/, '').length;
      return { digits, step: scale * 10 ** -frac.length };
    }
    const trailing = whole.length - whole.replace(/0+$/, '').length;
    return { digits: whole.length - trailing, step: scale * 10 ** trailing };
  }
  // Number words ("ўнта", "бешта", "бір пайыздан"): an integer; trailing zeros are not significant.
  const integer = String(Math.round(Math.abs(value)));
  const trailing = integer.length - integer.replace(/0+$/, '').length;
  return { digits: Math.max(1, integer.length - trailing), step: 10 ** trailing };
}

/**
 * The interval a stated figure allows: its printed precision (half a step either side of the last
 * digit; counts and ranks stated without a qualifier are exact) and its qualifier ("more than" has
 * no upper end, "less than" and "up to" none below but zero).
 */
export function statedEstimate(figure: { value: number; asWritten: string; qualifier: Qualifier; unit: string }): Estimate {
  const { value, qualifier } = figure;
  const written = readWritten(figure.asWritten, value);
  const half = qualifier === 'exact' && COUNTED.has(figure.unit) ? 0 : written.step / 2;
  const base = { digits: written.digits, step: half === 0 ? 0 : written.step };
  switch (qualifier) {
    case 'more_than':
      return { ...base, low: value, high: Infinity };
    case 'less_than':
    case 'up_to':
      return { ...base, low: Math.min(0, value), high: value };
    default:
      return { ...base, low: value - half, high: value + half };
  }
}

/** An exact number (a count of months, say): it adds no imprecision. */
export const exact = (value: number): Estimate => ({ low: value, high: value, digits: Infinity, step: 0 });

/** The smallest interval holding all of them: several sources stating one figure. */
export function hull(estimates: readonly Estimate[]): Estimate {
  return {
    low: Math.min(...estimates.map((e) => e.low)),
    high: Math.max(...estimates.map((e) => e.high)),
    digits: Math.min(...estimates.map((e) => e.digits)),
    step: Math.max(...estimates.map((e) => e.step)),
  };
}

/** x − y where an infinite end stays infinite (∞ − ∞ is unbounded, not NaN). */
const minus = (x: number, y: number, fallback: number) => {
  const r = x - y;
  return Number.isNaN(r) ? fallback : r;
};

/** b − a: every difference the two intervals allow. */
export function difference(a: Estimate, b: Estimate): Estimate {
  return {
    low: minus(b.low, a.high, -Infinity),
    high: minus(b.high, a.low, Infinity),
    digits: Math.min(a.digits, b.digits),
    step: Math.max(a.step, b.step),
  };
}

/** The sum of several estimates (shares of one whole, say). */
export function sum(estimates: readonly Estimate[]): Estimate {
  return estimates.reduce((acc, e) => ({ low: acc.low + e.low, high: acc.high + e.high, digits: Math.min(acc.digits, e.digits), step: Math.max(acc.step, e.step) }), exact(0));
}

/** The estimate times an exact positive factor (per month: 1/9; annualised: 12/9; average: 1/5). */
export function scaled(e: Estimate, factor: number): Estimate {
  return { low: e.low * factor, high: e.high * factor, digits: e.digits, step: e.step * factor };
}

/** a × b where an infinite end times zero is zero (no bound times nothing is nothing), not NaN. */
const times = (x: number, y: number) => (x === 0 || y === 0 ? 0 : x * y);

/**
 * a × b: every product the two intervals allow (a share of a flow's value, say). As precise as the
 * less precise factor; a product has no rounding step of its own, so `step` is 0.
 */
export function product(a: Estimate, b: Estimate): Estimate {
  const ends = [times(a.low, b.low), times(a.low, b.high), times(a.high, b.low), times(a.high, b.high)];
  return { low: Math.min(...ends), high: Math.max(...ends), digits: Math.min(a.digits, b.digits), step: 0 };
}

/** Percent change from a to b, or undefined when a may be zero or negative. */
export function percentChange(a: Estimate, b: Estimate): Estimate | undefined {
  if (!(a.low > 0)) return undefined;
  const low = (b.low / a.high - 1) * 100;
  const high = (b.high / a.low - 1) * 100;
  return { low, high: Number.isNaN(high) ? Infinity : high, digits: Math.min(a.digits, b.digits), step: 0 };
}

/**
 * Compound annual growth, in percent a year, from a to b over `years` (an interval: as-of dates
 * known only to a month or a year widen it). Undefined when a value may be zero or the years are not positive.
 */
export function compoundGrowth(a: Estimate, b: Estimate, years: Interval): Estimate | undefined {
  if (!(a.low > 0) || !(b.low > 0) || !(years.low > 0)) return undefined;
  const rates: number[] = [];
  for (const ratio of [b.low / a.high, b.high / a.low])
    for (const y of [years.low, years.high]) rates.push(ratio === Infinity ? Infinity : (ratio ** (1 / y) - 1) * 100);
  return { low: Math.min(...rates), high: Math.max(...rates), digits: Math.min(a.digits, b.digits), step: 0 };
}

/** How a derived value is shown. */
export type Shown =
  | { kind: 'exact'; value: number }
  /** A point: the interval fits within the rounding it supports ("≈ $1.7 bn"). */
  | { kind: 'about'; value: number }
  /** Too wide for one rounded number, or the sign is unknown: both ends, rounded outwards. */
  | { kind: 'range'; low: number; high: number; signUncertain: boolean }
  | { kind: 'at_least'; value: number }
  | { kind: 'at_most'; value: number }
  | { kind: 'unknown' };

/** Cleans binary noise from a multiple of a power of ten: 0.30000000000000004 → 0.3. */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * The rounding quantum at a magnitude: a power of ten that keeps no more significant figures than
 * the least precise input. A point (not a range or a bound) is also never finer than the coarsest
 * step of the inputs of a sum or difference: 3,5 − 3,4 bn is known to a tenth of a billion at best.
 */
export function quantum(e: Estimate, magnitude: number, point = false): number {
  const digits = Number.isFinite(e.digits) ? Math.max(1, e.digits) : 15;
  const bySignificance = Number.isFinite(magnitude) && magnitude > 0 ? 10 ** (Math.floor(Math.log10(magnitude)) - digits + 1) : 0;
  const byStep = point && e.step > 0 ? 10 ** Math.floor(Math.log10(e.step) + 1e-9) : 0;
  return Math.max(bySignificance, byStep) || 1;
}

const roundTo = (x: number, q: number, how: (n: number) => number = Math.round) => clean(how(x / q) * q);

/**
 * What to print for a derived value. A point when the interval fits within the rounding step its
 * inputs support; otherwise the range rounded outwards (so it still holds every allowed value), marked
 * "sign uncertain" when it reaches zero from both sides; a bound where one end is open.
 */
export function present(e: Estimate): Shown {
  const lowOpen = e.low === -Infinity;
  const highOpen = e.high === Infinity;
  if (lowOpen && highOpen) return { kind: 'unknown' };
  if (highOpen) return { kind: 'at_least', value: roundTo(e.low, quantum(e, Math.abs(e.low)), Math.floor) };
  if (lowOpen) return { kind: 'at_most', value: roundTo(e.high, quantum(e, Math.abs(e.high)), Math.ceil) };
  if (e.low === e.high) return { kind: 'exact', value: e.low };
  const magnitude = Math.max(Math.abs(e.low), Math.abs(e.high));
  const q = quantum(e, magnitude, true);
  const signUncertain = e.low <= 0 && e.high >= 0;
  const half = (e.high - e.low) / 2;
  if (!signUncertain && half <= q) return { kind: 'about', value: roundTo((e.low + e.high) / 2, q) };
  const ends = quantum(e, magnitude);
  return { kind: 'range', low: roundTo(e.low, ends, Math.floor), high: roundTo(e.high, ends, Math.ceil), signUncertain };
}

/** The displayed value as a number (null for a range or a bound), for downloads beside low and high. */
export function shownValue(s: Shown): number | null {
  return s.kind === 'exact' || s.kind === 'about' ? s.value : null;
}

/** Interval ends for downloads: six significant figures, null where open. */
export function exportEnd(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : null;
}

/** An estimate as downloads give it: the interval, how it is shown, and the rounded value or ends shown. */
export interface ExportedEstimate {
  low: number | null;
  high: number | null;
  shown: Shown['kind'];
  /** The rounded value shown (a point), or the rounded bound shown; null for a range. */
  value: number | null;
  shown_low: number | null;
  shown_high: number | null;
  sign_uncertain: boolean;
}

export function exportEstimate(e: Estimate): ExportedEstimate {
  const s = present(e);
  const bound = s.kind === 'at_least' || s.kind === 'at_most' ? s.value : null;
  return {
    low: exportEnd(e.low),
    high: exportEnd(e.high),
    shown: s.kind,
    value: shownValue(s) ?? bound,
    shown_low: s.kind === 'range' ? s.low : null,
    shown_high: s.kind === 'range' ? s.high : null,
    sign_uncertain: s.kind === 'range' && s.signUncertain,
  };
}
