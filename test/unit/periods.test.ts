import { describe, expect, it } from 'vitest';
import { classifyPeriod, isIsoDate, monthsAround, parsePeriodToken, periodToken, wholeMonths } from '../../src/domain/periods';
import { createFormatter } from '../../src/i18n/format';
import { asOfLabel, periodLabel } from '../../src/i18n/labels';

describe('period tokens', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31', 'year', '2024'],
    ['2025-01/2025-09', '2025-01-01', '2025-09-30', 'months', 'Jan–Sep 2025'],
    ['2008/2012', '2008-01-01', '2012-12-31', 'multi_year', '2008–2012'],
    ['2025-12-17', '2025-12-17', '2025-12-17', 'instant', '17 Dec 2025'],
    ['2025-12-18/2025-12-20', '2025-12-18', '2025-12-20', 'days', '18–20 Dec 2025'],
    ['2024-02', '2024-02-01', '2024-02-29', 'months', 'Feb 2024'],
    ['2024-11/2025-02', '2024-11-01', '2025-02-28', 'months', 'Nov 2024 – Feb 2025'],
    ['2025-11-30/2025-12-02', '2025-11-30', '2025-12-02', 'days', '30 Nov 2025 – 2 Dec 2025'],
  ] as const)('%s is %s…%s (%s), labelled %s', (token, start, end, kind, label) => {
    const period = parsePeriodToken(token);
    expect(period).toEqual({ start, end });
    expect(classifyPeriod({ start, end })).toBe(kind);
    expect(periodLabel({ start, end })).toBe(label);
    expect(periodToken({ start, end })).toBe(token);
  });

  it.each(['', '24', '2024/2023', '2025-13', '2025-02-30', '2024/2025-01', 'abc', '2024/2025/2026', '2025-09/2025-01', '<script>'])(
    'rejects %j',
    (token) => {
      expect(parsePeriodToken(token)).toBeNull();
    },
  );

  it('counts whole months only for month-aligned periods', () => {
    expect(wholeMonths({ start: '2025-01-01', end: '2025-09-30' })).toBe(9);
    expect(wholeMonths({ start: '2008-01-01', end: '2012-12-31' })).toBe(60);
    expect(wholeMonths({ start: '2025-12-18', end: '2025-12-20' })).toBeNull();
  });

  it('labels figures at a date by the day, or the month or span of months their as-of date lies in', () => {
    expect(asOfLabel({ start: '2025-12-17', end: '2025-12-17' })).toBe('as of 17 Dec 2025');
    expect(asOfLabel({ start: '2025-12-17', end: '2025-12-31' })).toBe('as of Dec 2025');
    expect(asOfLabel({ start: '2014-03-01', end: '2014-12-31' })).toBe('as of Mar–Dec 2014');
    expect(asOfLabel({ start: '2014-01-01', end: '2014-12-31' })).toBe('as of 2014');
    expect(asOfLabel({ start: '2025-12-20', end: '2026-01-10' })).toBe('as of Dec 2025 – Jan 2026');
  });

  it('labels downloads in the words of the English page', () => {
    const en = createFormatter('en');
    const periods = ['2024', '2025-01/2025-09', '2024-11/2025-02', '2008/2012', '2025-12-17', '2025-12-18/2025-12-20', '2025-11-30/2025-12-02', '2024-02', '2025-12-20/2026-01-10'];
    for (const token of periods) {
      const period = parsePeriodToken(token)!;
      expect(periodLabel(period)).toBe(en.period(period));
      expect(asOfLabel(period)).toBe(`as of ${en.asOfDate(period)}`);
    }
  });

  it('finds the whole months a period lies in', () => {
    expect(monthsAround({ start: '2025-12-20', end: '2026-01-10' })).toEqual({ start: '2025-12-01', end: '2026-01-31' });
    expect(monthsAround({ start: '2024-02-29', end: '2024-02-29' })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});
