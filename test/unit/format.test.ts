import { describe, expect, it } from 'vitest';
import { createFormatter, kazakhEnding, withKazakhEnding } from '../../src/i18n/format';
import { ru as ruMessages } from '../../src/i18n/ru';

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

  it('writes periods and dates as Russian writes them: full month names, "г." after the year', () => {
    const nb = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(nb(ru.period({ start: '2025-01-01', end: '2025-09-30' }))).toBe('январь–сентябрь 2025 г.');
    expect(ru.period({ start: '2025-01-01', end: '2025-09-30' })).toBe('январь–сентябрь 2025\u00a0г.');
    expect(nb(ru.period({ start: '2024-01-01', end: '2024-12-31' }))).toBe('2024 г.');
    expect(nb(ru.period({ start: '2008-01-01', end: '2012-12-31' }))).toBe('2008–2012 гг.');
    expect(nb(ru.period({ start: '2025-12-01', end: '2025-12-31' }))).toBe('декабрь 2025 г.');
    expect(nb(ru.period({ start: '2026-03-01', end: '2027-02-28' }))).toBe('март 2026 г. – февраль 2027 г.');
    expect(nb(ru.period({ start: '2025-12-18', end: '2025-12-20' }))).toBe('18–20 декабря 2025 г.');
    expect(nb(ru.date('2025-12-17'))).toBe('17 декабря 2025 г.');
    expect(nb(ru.partialDate('2025-12'))).toBe('декабрь 2025 г.');
    expect(nb(ru.partialDate('2014'))).toBe('2014 г.');
  });

  it('writes periods and dates as Kazakh writes them: the year first, with "ж."', () => {
    const nb = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(nb(kk.period({ start: '2025-01-01', end: '2025-09-30' }))).toBe('2025 ж. қаңтар–қыркүйек');
    expect(nb(kk.period({ start: '2024-01-01', end: '2024-12-31' }))).toBe('2024 ж.');
    expect(nb(kk.period({ start: '2008-01-01', end: '2012-12-31' }))).toBe('2008–2012 жж.');
    expect(nb(kk.period({ start: '2026-03-01', end: '2027-02-28' }))).toBe('2026 ж. наурыз – 2027 ж. ақпан');
    expect(nb(kk.period({ start: '2025-12-18', end: '2025-12-20' }))).toBe('2025 ж. 18–20 желтоқсан');
    expect(nb(kk.date('2025-12-17'))).toBe('2025 ж. 17 желтоқсан');
    expect(nb(kk.partialDate('2025-12'))).toBe('2025 ж. желтоқсан');
    // English is unchanged.
    expect(en.period({ start: '2008-01-01', end: '2012-12-31' })).toBe('2008–2012');
    expect(en.period({ start: '2026-03-01', end: '2027-02-28' })).toBe('Mar 2026 – Feb 2027');
  });

  it('names every month as pages print it (the words come from ICU)', () => {
    const nb = (text: string) => text.replace(/\u00a0/g, ' ');
    const months = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`);
    expect(months.map((m) => en.partialDate(m))).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((name) => `${name} 2025`));
    expect(months.map((m) => en.date(`${m}-17`))).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((name) => `17 ${name} 2025`));
    expect(months.map((m) => nb(ru.partialDate(m)))).toEqual(['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'].map((name) => `${name} 2025 г.`));
    expect(months.map((m) => nb(ru.date(`${m}-17`)))).toEqual(['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'].map((name) => `17 ${name} 2025 г.`));
    const kkMonths = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
    expect(months.map((m) => nb(kk.partialDate(m)))).toEqual(kkMonths.map((name) => `2025 ж. ${name}`));
    expect(months.map((m) => nb(kk.date(`${m}-17`)))).toEqual(kkMonths.map((name) => `2025 ж. 17 ${name}`));
  });

  it('names what "as of" refers to: the day, else the month or span of months', () => {
    expect(en.asOfDate({ start: '2025-12-17', end: '2025-12-17' })).toBe('17 Dec 2025');
    expect(en.asOfDate({ start: '2025-12-17', end: '2025-12-31' })).toBe('Dec 2025');
    expect(en.asOfDate({ start: '2014-03-01', end: '2014-12-31' })).toBe('Mar–Dec 2014');
    expect(en.asOfDate({ start: '2014-01-01', end: '2014-12-31' })).toBe('2014');
    expect(en.asOfDate({ start: '2025-12-20', end: '2026-01-10' })).toBe('Dec 2025 – Jan 2026');
    expect(ru.asOfDate({ start: '2025-12-17', end: '2025-12-31' })).toBe('декабрь 2025\u00a0г.');
    expect(kk.asOfDate({ start: '2014-03-05', end: '2014-12-20' })).toBe('2014\u00a0ж. наурыз–желтоқсан');
  });

  it('says "among the 10 largest investors" in Kazakh, not "best 10"', () => {
    expect(kk.value(10, 'rank')).toBe('ең ірі 10 инвестордың қатарында');
    expect(kk.value(5, 'rank')).toBe('ең ірі 5 инвестордың қатарында');
    expect(ru.value(10, 'rank')).toBe('топ-10');
  });

  it('puts Kazakh qualifiers in Kazakh word order, with the case the word governs', () => {
    expect(kk.qualifiedWords('more_than', kk.money(8.5e9), 'астам')).toEqual({ before: '', amount: '8,5\u00a0млрд $-дан', after: 'астам' });
    expect(kk.qualifiedWords('less_than', kk.percent(1), 'төмен')).toEqual({ before: '', amount: '1%-дан', after: 'төмен' });
    expect(kk.qualifiedWords('up_to', kk.value(30, 'count'), 'дейін')).toEqual({ before: '', amount: '30-ға', after: 'дейін' });
    expect(kk.qualifiedWords('approx', kk.money(8e9), 'шамамен')).toEqual({ before: 'шамамен', amount: '8\u00a0млрд $', after: '' });
    // A rank ends in a word that takes no such ending: the qualifier goes first.
    expect(kk.qualifiedWords('more_than', kk.value(10, 'rank'), 'астам')?.before).toBe('астам');
    expect(kk.qualifiedWords('exact', kk.money(8e9), '')).toBeNull();
    expect(ru.qualifiedWords('more_than', ru.money(8.5e9), 'более')).toBeNull();
    expect(en.qualifiedWords('approx', en.money(8e9), 'about')).toBeNull();
  });
});

describe('Kazakh case endings', () => {
  it.each([
    // After a number the ending follows its last spoken word: 60 алпыс, 70 жетпіс, 10 он, 3 үш, 40 қырық, 7 000 мың, 8,5 "…бес".
    ['60', 'ablative', '60-тан'],
    ['70', 'ablative', '70-тен'],
    ['10', 'ablative', '10-нан'],
    ['2', 'ablative', '2-ден'],
    ['6', 'ablative', '6-дан'],
    ['100', 'ablative', '100-ден'],
    ['8,5', 'ablative', '8,5-тен'],
    ['30', 'dative', '30-ға'],
    ['3', 'dative', '3-ке'],
    ['40', 'dative', '40-қа'],
    ['50', 'dative', '50-ге'],
    ['7\u00a0000', 'dative', '7\u00a0000-ға'],
    ['20', 'locative', '20-да'],
    ['4', 'locative', '4-те'],
    // After a symbol or abbreviation, the word it stands for: $ доллар, % пайыз, млрд миллиард, млн миллион.
    ['8,5\u00a0млрд $', 'ablative', '8,5\u00a0млрд $-дан'],
    ['1%', 'ablative', '1%-дан'],
    ['8,5 млрд', 'ablative', '8,5 млрд-тан'],
    ['2 млн', 'dative', '2 млн-ға'],
    ['115 млн т', 'ablative', '115 млн т-дан'],
    // Words join without a hyphen; a year "ж." is written out.
    ['2025 ж. 17 желтоқсан', 'locativeAttribute', '2025 ж. 17 желтоқсандағы'],
    ['2025 ж. қыркүйек', 'locativeAttribute', '2025 ж. қыркүйектегі'],
    ['2025 ж. сәуір', 'locative', '2025 ж. сәуірде'],
    ['2014 ж.', 'locativeAttribute', '2014 жылғы'],
    ['2008–2012 жж.', 'ablative', '2008–2012 жылдардан'],
  ] as const)('%s + %s → %s', (text, kase, expected) => {
    expect(withKazakhEnding(text, kase)).toBe(expected);
  });

  it('follows vowel harmony and the last sound', () => {
    expect(['доллар', 'пайыз', 'миллиард', 'миллион', 'мың', 'тонна', 'бес', 'қырық'].map((w) => kazakhEnding(w, 'ablative'))).toEqual(['дан', 'дан', 'тан', 'нан', 'нан', 'дан', 'тен', 'тан']);
    expect(['доллар', 'үш', 'екі', 'қырық', 'жүз'].map((w) => kazakhEnding(w, 'dative'))).toEqual(['ға', 'ке', 'ге', 'қа', 'ге']);
  });
});

describe('Russian nouns after numbers', () => {
  it.each([
    [1, '1 день'],
    [2, '2 дня'],
    [4, '4 дня'],
    [5, '5 дней'],
    [11, '11 дней'],
    [12, '12 дней'],
    [14, '14 дней'],
    [21, '21 день'],
    [22, '22 дня'],
    [25, '25 дней'],
    [101, '101 день'],
    [111, '111 дней'],
    [112, '112 дней'],
    [0, '0 дней'],
  ])('%i → %s', (n, words) => {
    expect(ruMessages.periodKind.days(n)).toBe(words);
  });

  it('uses one form for all but 1, 21, 31… after "из"', () => {
    expect(ruMessages.periodKind.latest(3, 21)).toBe('Последние 3 из 21 периода; все периоды — в таблице данных.');
    expect(ruMessages.periodKind.latest(3, 22)).toBe('Последние 3 из 22 периодов; все периоды — в таблице данных.');
    expect(ruMessages.periodKind.multi_year(5)).toBe('итог за 5 лет');
    expect(ruMessages.periodKind.multi_year(3)).toBe('итог за 3 года');
  });
});
