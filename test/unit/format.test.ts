import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/i18n/format';

describe('formatter', () => {
  const en = createFormatter('en');
  const ru = createFormatter('ru');
  const kk = createFormatter('kk');

  it('formats money with the scale word of each language', () => {
    expect(en.money(331_900_000)).toBe('$331.9\u00a0m');
    expect(en.money(-612_300_000, { signed: true })).toBe('−$612.3\u00a0m');
    expect(ru.money(1_300_000_000)).toBe('1,3\u00a0млрд $');
    expect(kk.money(48e9)).toBe('48\u00a0млрд $');
  });

  it('formats periods and dates for each language', () => {
    const janSep = { start: '2025-01-01', end: '2025-09-30' };
    expect(en.period(janSep)).toBe('Jan–Sep 2025');
    expect(en.period({ start: '2025-12-18', end: '2025-12-20' })).toBe('18–20 Dec 2025');
    expect(kk.period({ start: '2025-12-18', end: '2025-12-20' })).toMatch(/^2025\s*ж\. 18–20 жел/);
    expect(en.partialDate('2025-12')).toBe('Dec 2025');
    expect(en.partialDate('2014')).toBe('2014');
  });

  it('formats percentages, points and ranks', () => {
    expect(en.percent(0.37)).toBe('0.37%');
    expect(en.points(2.3)).toBe('+2.3\u00a0pp');
    expect(en.value(10, 'rank')).toBe('top 10');
    expect(en.range({ low: 8e9, high: 9e9 }, 'USD')).toBe('$8\u00a0bn – $9\u00a0bn');
  });

  it('formats tonnes with the scale word of each language', () => {
    expect(en.value(115e6, 'tonnes')).toBe('115\u00a0m\u00a0t');
    expect(ru.value(115e6, 'tonnes')).toBe('115\u00a0млн\u00a0т');
    expect(kk.value(115e6, 'tonnes')).toBe('115\u00a0млн\u00a0т');
    expect(en.value(120, 'tonnes')).toBe('120\u00a0t');
    expect(ru.value(2.5e9, 'tonnes')).toBe('2,5\u00a0млрд\u00a0т');
    expect(en.value(-120, 'tonnes', { signed: true })).toBe('−120\u00a0t');
  });
});
