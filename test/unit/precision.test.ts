import { describe, expect, it } from 'vitest';
import { compoundGrowth, difference, type Estimate, exportEstimate, percentChange, present, scaled, statedEstimate } from '../../src/domain/precision';
import { createFormatter } from '../../src/i18n/format';

const usd = (asWritten: string, value: number, qualifier: Parameters<typeof statedEstimate>[0]['qualifier'] = 'exact') => statedEstimate({ value, asWritten, qualifier, unit: 'USD' });
const en = createFormatter('en');
const show = (e: Estimate, unit = 'USD', signed = false) => en.shown(present(e), unit, { signed });

describe('statedEstimate: a figure is as precise as the article printed it', () => {
  it('"1,3 миллиард доллар" is 1.25–1.35 bn; "331,9 миллион" is 331.85–331.95 m', () => {
    expect(usd('1,3 миллиард доллар', 1.3e9)).toMatchObject({ low: 1.25e9, high: 1.35e9, digits: 2 });
    const exports = usd('331,9 миллион доллар', 331.9e6);
    expect(exports.low).toBeCloseTo(331.85e6, 0);
    expect(exports.high).toBeCloseTo(331.95e6, 0);
    expect(exports.digits).toBe(4);
  });

  it('qualifiers open or close the interval: "more than 4 bn" has no upper end, "less than 1 %" none below zero', () => {
    expect(usd('4 миллиард АҚШ доллари', 4e9, 'more_than')).toMatchObject({ low: 4e9, high: Infinity });
    expect(statedEstimate({ value: 1, asWritten: 'бір пайыздан', qualifier: 'less_than', unit: 'percent' })).toMatchObject({ low: 0, high: 1 });
    expect(usd('2 миллиард доллар', 2e9, 'approx')).toMatchObject({ low: 1.5e9, high: 2.5e9, digits: 1 });
  });

  it('a count stated without a qualifier is exact; an approximate one carries its rounding', () => {
    expect(statedEstimate({ value: 170, asWritten: '170 та', qualifier: 'exact', unit: 'count' })).toMatchObject({ low: 170, high: 170 });
    expect(statedEstimate({ value: 40, asWritten: '40', qualifier: 'approx', unit: 'count' })).toMatchObject({ low: 35, high: 45 });
  });

  it('reads the number whose scale matches the value, and number words', () => {
    expect(usd('3,5 млрд.\nАҚШ доллары', 3.5e9)).toMatchObject({ low: 3.45e9, high: 3.55e9 });
    expect(statedEstimate({ value: 10, asWritten: 'ўнта', qualifier: 'exact', unit: 'rank' })).toMatchObject({ low: 10, high: 10 });
  });
});

describe('derived values: never more precise than their inputs', () => {
  const nineMonths = usd('1,3 миллиард доллар', 1.3e9);
  const year2024 = usd('2 миллиард доллар', 2e9, 'approx');

  it('"$1.3 bn for nine months" is about $1.7 bn a year, never $1.733 bn', () => {
    const annual = scaled(nineMonths, 12 / 9);
    expect(show(annual)).toBe('≈\u00a0$1.7\u00a0bn');
    expect(exportEstimate(annual)).toMatchObject({ shown: 'about', value: 1.7e9, low: 1.66667e9, high: 1.8e9 });
  });

  it('per month: about $140 m (two significant figures), not $144.4 m', () => {
    expect(show(scaled(nineMonths, 1 / 9))).toBe('≈\u00a0$140\u00a0m');
    expect(show(scaled(year2024, 1 / 12))).toBe('≈\u00a0$200\u00a0m');
  });

  it('2024 against Jan–Sep 2025 at annual rates: the change is a range and its sign is uncertain, never "≈ −13.3 %"', () => {
    const change = difference(year2024, scaled(nineMonths, 12 / 9));
    const shown = present(change);
    expect(shown).toMatchObject({ kind: 'range', signUncertain: true });
    expect(show(change, 'USD', true)).toBe('−$900 – +$300\u00a0m');
    const pct = percentChange(year2024, scaled(nineMonths, 12 / 9));
    expect(present(pct!)).toEqual({ kind: 'range', low: -40, high: 20, signUncertain: true });
  });

  it('the 2008–2012 balance 3,5 − 3,4 bn is 0 to 0.2 bn: even its sign is unknown', () => {
    const balance = difference(usd('3,4 млрд.', 3.4e9), usd('3,5 млрд.', 3.5e9));
    expect(balance.low).toBeCloseTo(0, 0);
    expect(balance.high).toBeCloseTo(0.2e9, 0);
    expect(present(balance)).toMatchObject({ kind: 'range', signUncertain: true });
    expect(exportEstimate(balance)).toMatchObject({ sign_uncertain: true, value: null });
  });

  it('the Jan–Sep 2025 balance keeps four figures: about −$612.3 m', () => {
    const balance = difference(usd('944,2 миллион доллар', 944.2e6), usd('331,9 миллион доллар', 331.9e6));
    expect(show(balance, 'USD', true)).toBe('≈\u00a0−$612.3\u00a0m');
  });

  it('the 2008–2012 annual average of "7 млрд" has one significant figure; against 2024 its percent change reaches zero', () => {
    const average = scaled(usd('7 млрд.', 7e9), 1 / 5);
    expect(average).toMatchObject({ low: 1.3e9, high: 1.5e9 });
    expect(show(average)).toBe('≈\u00a0$1\u00a0bn');
    const pct = percentChange(average, year2024)!;
    expect(present(pct)).toMatchObject({ kind: 'range', signUncertain: true, low: 0, high: 100 });
  });

  it('a bound stays a bound: more than 4 bn minus about 3 bn is "more than 0.5 bn"', () => {
    const d = difference(usd('3 млрд', 3e9, 'approx'), usd('4 млрд', 4e9, 'more_than'));
    expect(present(d)).toMatchObject({ kind: 'at_least' });
    expect(show(d)).toBe('>\u00a0$500\u00a0m');
    expect(exportEstimate(d)).toMatchObject({ high: null, shown: 'at_least' });
  });

  it('compound growth takes every pair of ends and every length the dates allow', () => {
    const g = compoundGrowth(usd('4,4 млрд.', 4.4e9), usd('8 миллиард доллар', 8e9, 'approx'), { low: 11, high: 11.7 })!;
    expect(g.low).toBeCloseTo(4.56, 1);
    expect(g.high).toBeCloseTo(6.28, 1);
    // One significant figure ("about 8"): about 5 % a year.
    expect(present(g)).toEqual({ kind: 'about', value: 5 });
  });
});
