/**
 * The drafting assistant on short articles written for this test, one per language it reads:
 * every field of every drafted figure, and what it refuses. The sentences are ours, not the
 * corpus's, with scale words, qualifiers, relative periods, ranges and case forms.
 */
import { describe, expect, it } from 'vitest';
import { type DraftFigure, DraftInputError, draftArticle } from '../../seeds/curate/draft';
import { writeDraftCsv } from '../../seeds/curate/format';
import { parse } from 'csv-parse/sync';

/** The fields a curator reviews, in a compact form. */
const fields = (f: DraftFigure) => ({
  indicator: f.indicator,
  reporter: f.reporter,
  partner: f.partner,
  period: `${f.periodStart}/${f.periodEnd}`,
  value: f.value,
  unit: f.unit,
  qualifier: f.qualifier,
  asWritten: f.asWritten,
});

const draft = (text: string, published: string) => draftArticle(text, { articlePath: 'article.txt', published });

describe('drafting in each language', () => {
  it('Russian: a relative year, a space between thousands, an adjective for the partner, a target, a figure reported by the other side, and one between two other countries', () => {
    const text = [
      'Казахстан и Турция наращивают торговлю',
      'АНКАРА. В прошлом году товарооборот Казахстана и Турции составил около 6,4 млрд долларов. В Казахстане работают более 4 500 турецких компаний.',
      'Стороны планируют довести объём торговли до 10 млрд долларов.',
      'Узбекистан импортировал из Казахстана зерна на 300 млн долларов в 2024 году. Товарооборот Китая и России в 2024 году достиг 245 млрд долларов.',
    ].join('\n');
    const d = draft(text, '2025-06-15');
    expect(d.language).toBe('ru');
    expect(d.title).toBe('Казахстан и Турция наращивают торговлю');
    expect(d.figures.map(fields)).toEqual([
      { indicator: 'trade_turnover', reporter: 'KAZ', partner: 'TUR', period: '2024-01-01/2024-12-31', value: 6.4e9, unit: 'USD', qualifier: 'approx', asWritten: '6,4 млрд долларов' },
      { indicator: 'companies_count', reporter: 'KAZ', partner: 'TUR', period: '2025-06-15/2025-06-15', value: 4500, unit: 'count', qualifier: 'more_than', asWritten: '4 500' },
      { indicator: 'trade_turnover_planned', reporter: 'KAZ', partner: 'TUR', period: '2025-06-15/2025-06-15', value: 10e9, unit: 'USD', qualifier: 'exact', asWritten: '10 млрд долларов' },
      { indicator: 'imports', reporter: 'UZB', partner: 'KAZ', period: '2024-01-01/2024-12-31', value: 3e8, unit: 'USD', qualifier: 'exact', asWritten: '300 млн долларов' },
    ]);
    // The relative year says how it was read; the trade between China and Russia is skipped with the reason.
    expect(d.figures[0]?.note.join(' ')).toContain('В прошлом году');
    expect(d.skipped.find((k) => k.context.includes('245'))?.reason.en).toBe('a figure between two other countries');
    // Translations are the curator's: empty and flagged.
    expect(d.figures.every((f) => f.flags.includes('translate'))).toBe(true);
  });

  it('Kazakh: "былтыр" and "өткен жылы" as the year before publication, case forms, "асты" and "-ден астам"', () => {
    const text = [
      'Қазақстан мен Өзбекстан саудасы',
      'Былтыр Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,4 млрд доллардан асты. Өткен жылы Өзбекстанға экспорт 3,1 млрд долларды құрады.',
      'Елімізде 900-ден астам өзбек компаниясы жұмыс істейді.',
    ].join('\n');
    const d = draft(text, '2025-03-10');
    expect(d.language).toBe('kk');
    expect(d.figures.map(fields)).toEqual([
      { indicator: 'trade_turnover', reporter: 'KAZ', partner: 'UZB', period: '2024-01-01/2024-12-31', value: 4.4e9, unit: 'USD', qualifier: 'more_than', asWritten: '4,4 млрд доллардан' },
      { indicator: 'exports', reporter: 'KAZ', partner: 'UZB', period: '2024-01-01/2024-12-31', value: 3.1e9, unit: 'USD', qualifier: 'exact', asWritten: '3,1 млрд долларды' },
      { indicator: 'companies_count', reporter: 'KAZ', partner: 'UZB', period: '2025-03-10/2025-03-10', value: 900, unit: 'count', qualifier: 'more_than', asWritten: '900-ден' },
    ]);
  });

  it('Uzbek in Cyrillic: a month range of the current year, a rank in words, and a range with "-гача"', () => {
    const text = [
      'Қозоғистон ва Хитой савдоси',
      'Жорий йилнинг январь-июль ойларида Қозоғистон ва Хитой ўртасидаги савдо айланмаси 25,6 миллиард долларни ташкил этди. Хитой Қозоғистондаги энг йирик бешта инвестордан бири ҳисобланади.',
      'Келгуси йилда Хитойдан 8-10 минггача сайёҳ келиши кутилмоқда.',
    ].join('\n');
    const d = draft(text, '2025-09-01');
    expect(d.language).toBe('uz-Cyrl');
    expect(d.figures.map(fields)).toEqual([
      { indicator: 'trade_turnover', reporter: 'KAZ', partner: 'CHN', period: '2025-01-01/2025-07-31', value: 25.6e9, unit: 'USD', qualifier: 'exact', asWritten: '25,6 миллиард долларни' },
      { indicator: 'investor_top_n', reporter: 'KAZ', partner: 'CHN', period: '2025-09-01/2025-09-01', value: 5, unit: 'rank', qualifier: 'exact', asWritten: 'бешта' },
      expect.objectContaining({ indicator: 'tourist_arrivals_forecast', partner: 'CHN', value: 10_000, unit: 'count', qualifier: 'up_to', asWritten: '8-10 минггача' }),
    ]);
    // A range is stored at its upper end, the lower end in the note.
    expect(d.figures[2]?.note.join(' ')).toContain('8000–10000');
  });

  it('Uzbek in Latin script: "o‘tgan yili", "mlrd", "mingdan ortiq"', () => {
    const text = ["Qozog'iston va Turkiya savdosi", "O'tgan yili Qozog'iston va Turkiya o'rtasidagi savdo aylanmasi 6,4 mlrd dollarga yetdi. Qozog'istonda 4 mingdan ortiq turk kompaniyalari faoliyat yuritmoqda."].join('\n');
    const d = draft(text, '2025-05-20');
    expect(d.language).toBe('uz-Latn');
    expect(d.figures.map(fields)).toEqual([
      { indicator: 'trade_turnover', reporter: 'KAZ', partner: 'TUR', period: '2024-01-01/2024-12-31', value: 6.4e9, unit: 'USD', qualifier: 'exact', asWritten: '6,4 mlrd dollarga' },
      { indicator: 'companies_count', reporter: 'KAZ', partner: 'TUR', period: '2025-05-20/2025-05-20', value: 4000, unit: 'count', qualifier: 'more_than', asWritten: '4 mingdan' },
    ]);
  });

  it('English: a dollar sign, thousands commas, "exceeded", "more than", and a forecast for this year', () => {
    const text = [
      'Kazakhstan and Japan trade',
      'In 2024, trade turnover between Kazakhstan and Japan reached $2.1 billion. Japanese investment in Kazakhstan exceeded 8.5 billion dollars, and more than 1,200 Japanese companies work with local partners.',
      'Exports to Japan are expected to reach 1.5 billion dollars this year.',
    ].join('\n');
    const d = draft(text, '2025-04-02');
    expect(d.language).toBe('en');
    expect(d.figures.map(fields)).toEqual([
      { indicator: 'trade_turnover', reporter: 'KAZ', partner: 'JPN', period: '2024-01-01/2024-12-31', value: 2.1e9, unit: 'USD', qualifier: 'exact', asWritten: '$2.1 billion' },
      { indicator: 'investment_stock', reporter: 'KAZ', partner: 'JPN', period: '2025-04-02/2025-04-02', value: 8.5e9, unit: 'USD', qualifier: 'more_than', asWritten: '8.5 billion dollars' },
      { indicator: 'companies_count', reporter: 'KAZ', partner: 'JPN', period: '2025-04-02/2025-04-02', value: 1200, unit: 'count', qualifier: 'more_than', asWritten: '1,200' },
      { indicator: 'exports_forecast', reporter: 'KAZ', partner: 'JPN', period: '2025-01-01/2025-12-31', value: 1.5e9, unit: 'USD', qualifier: 'exact', asWritten: '1.5 billion dollars' },
    ]);
  });

  it('with only the month of publication known, a quoted statement is dated by the day the article gives, other figures by the rest of the month', () => {
    const text = [
      'Итоги транспортного форума',
      'АЛМАТЫ, 12 марта 2025 года.',
      '«Более 60% транзитных грузов между Китаем и Европой идут через Казахстан», — сказал министр.',
      'По данным ведомства, в стране работают более 300 китайских компаний.',
    ].join('\n');
    const d = draft(text, '2025-03');
    expect(d.figures.map(fields)).toEqual([
      { indicator: 'transit_cargo_share_pct', reporter: 'KAZ', partner: 'WLD', period: '2025-03-12/2025-03-12', value: 60, unit: 'percent', qualifier: 'more_than', asWritten: '60%' },
      { indicator: 'companies_count', reporter: 'KAZ', partner: 'CHN', period: '2025-03-12/2025-03-31', value: 300, unit: 'count', qualifier: 'more_than', asWritten: '300' },
    ]);
    expect(d.figures[0]?.note.join(' ')).toContain('A quoted statement');
  });

  it('a list of commodity shares becomes commodity-share rows of the flow it names', () => {
    const text = 'Қазақстан мен Жапония саудасы\nБиылғы алғашқы 6 айда Жапонияға экспорттың 60% – уран, 25% – ферроқорытпалар.';
    const d = draft(text, '2025-08-01');
    expect(d.figures.map((f) => [f.table, f.flow, f.value, f.commodityOriginal, `${f.periodStart}/${f.periodEnd}`, f.partner])).toEqual([
      ['commodity-shares', 'export', 60, 'уран', '2025-01-01/2025-06-30', 'JPN'],
      ['commodity-shares', 'export', 25, 'ферроқорытпалар', '2025-01-01/2025-06-30', 'JPN'],
    ]);
  });

  it('the draft file has one sources row, the figures and the skipped numbers, in the seed files’ columns', () => {
    const d = draft('Казахстан и Китай\nВ 2024 году товарооборот Казахстана и Китая составил 43,8 млрд долларов. Делегация из 12 человек посетила 3 города.', '2025-02-01');
    const rows = parse(writeDraftCsv(d.rows), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.table)).toEqual(['sources', 'observations', 'skipped', 'skipped']);
    expect(rows[0]).toMatchObject({ language: 'ru', published_on: '2025-02-01', date_precision: 'day', article: 'article.txt', title: 'Казахстан и Китай' });
    expect(rows[1]).toMatchObject({ indicator: 'trade_turnover', partner: 'CHN', value: '43800000000', unit: 'USD', quote_en: '', source_id: rows[0]?.id });
    expect(rows[1]?.flags).toContain('translate');
    expect(rows.slice(2).map((r) => [r.context, r.reason_ru !== '' && r.reason_kk !== ''])).toEqual([
      ['из 12 человек', true],
      ['посетила 3 города.', true],
    ]);
  });
});

describe('input the assistant refuses, with a clear message', () => {
  it.each([
    ['empty', '   \n\n ', /empty/],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', /not plain UTF-8 text/],
    ['mixed scripts', `${'Казахстан и Япония подписали соглашения. '.repeat(10)}${'Kazakhstan and Japan signed agreements today. '.repeat(10)}`, /mixes scripts/],
    ['enormous', 'а'.repeat(2_000_001), /more than the 2,000,000/],
  ])('%s', (_name, text, message) => {
    expect(() => draft(text, '2025-01-01')).toThrow(DraftInputError);
    expect(() => draft(text, '2025-01-01')).toThrow(message);
  });

  it('a malformed --published', () => {
    expect(() => draft('Казахстан\nВ 2024 году экспорт составил 5 млрд долларов.', '15.06.2025')).toThrow(/is not a date/);
  });
});
