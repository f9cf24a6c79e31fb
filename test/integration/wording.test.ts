/**
 * Russian and Kazakh pages read as an economist from Kazakhstan writes: the national statistics
 * bureau's terms ("Сальдо", "Ключевые показатели", "пайыздық пункттер"), names from the data kept
 * in the nominative, each language's period format, and Kazakh qualifiers in Kazakh word order.
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/index';
import { buildTestApp, textOf } from '../helpers/app';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

/** The Japan card on the overview, its rows by label. */
async function japanCard(lang: string): Promise<Record<string, HTMLElement>> {
  const doc = (await t.get(`/${lang}`)).document;
  const card = doc.querySelector('section.card[aria-labelledby="card-JPN"]')!;
  return Object.fromEntries(card.querySelectorAll('.headline-row').map((row) => [textOf(row.querySelector('dt')), row]));
}

/** The amounts on a page as read, each with its qualifier (in Kazakh the word beside the amount). */
const amountsIn = (doc: HTMLElement) => doc.querySelectorAll('main .qualified, main .amount').map(textOf);

/** Every string a message table produces, functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const f = value as (...a: unknown[]) => unknown;
    const out = [String(f('Япония', 'Япония', '2024', 'x'))];
    for (const n of [1, 2, 5, 21]) {
      try {
        out.push(String(f(n, n, n, n)));
      } catch {
        // A function of strings only.
      }
    }
    return out;
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('Russian wording', () => {
  it('names the trade balance "Сальдо" and the headline block "Ключевые показатели"', async () => {
    const rows = await japanCard('ru');
    expect(Object.keys(rows)).toContain('Сальдо');
    expect(textOf(rows['Сальдо']?.querySelector('.amount'))).toBe('≈ −612,3 млн $');
    const doc = (await t.get('/ru')).document;
    expect(doc.querySelectorAll('h2').map(textOf)).toContain('Ключевые показатели');
    expect(textOf(doc.querySelector('main p'))).toMatch(/^\d+ показател(ь|я|ей) из 5 новостных статей/);
  });

  it('writes periods with full month names and "г."', async () => {
    const rows = await japanCard('ru');
    expect(textOf(rows['Товарооборот'])).toContain('январь–сентябрь 2025 г. 9 месяцев');
    expect(textOf(rows['Товарооборот'])).toContain('Kazinform, 17 декабря 2025 г.');
  });

  it('keeps a partner’s name in the nominative instead of declining it', async () => {
    const doc = (await t.get('/ru/partners/JPN')).document;
    expect(textOf(doc.querySelector('figure#trade-JPN .chart-title'))).toBe('Япония: торговля по периодам');
    expect(textOf(doc.querySelector('section[aria-labelledby="composition"] figcaption .chart-title'))).toMatch(/^Экспорт \(Япония\), январь–сентябрь 2025 г\.: товарная структура/);
    expect(doc.querySelectorAll('section[aria-labelledby="composition"] tbody th').map(textOf)).toContain('Прочее (не детализировано)');
    expect(textOf(doc.querySelector('main'))).not.toMatch(/со страной|в страну:|из страны:/);
  });

  it('heads the compare table "Расчёт" and the stated figures without a double colon', async () => {
    const doc = (await t.get('/ru/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09')).document;
    expect(textOf(doc.querySelector('#compare-result thead th'))).toBe('Расчёт');
    const headings = doc.querySelectorAll('.side-figures h3').map(textOf);
    expect(headings).toEqual(['Исходные данные за первый период: 2024 г.', 'Исходные данные за второй период: январь–сентябрь 2025 г.']);
    for (const h of headings) expect(h.split(':')).toHaveLength(2);
  });

  it('calls the data tables "Показатели" and the flow column "Направление"', async () => {
    const doc = (await t.get('/ru/data/commodity-shares')).document;
    const nav = textOf(doc.querySelector('main'));
    expect(nav).toContain('Показатели · Товарная структура');
    expect(doc.querySelectorAll('label.field span').map(textOf)).toContain('Направление');
  });

  it('keeps the sign before a qualified amount, spelled out for screen readers', async () => {
    const rows = await japanCard('ru');
    const amounts = rows['Инвестиции (накопленные)']!.querySelectorAll('.per-source .amount');
    expect(amounts.map(textOf)).toEqual(['≈ около 8 млрд $', '> более 8,5 млрд $', '≈ около 9 млрд $']);
    expect(amounts[1]!.querySelector('abbr.qualifier')?.getAttribute('title')).toBe('более');
  });

  it('uses none of the replaced words anywhere in its messages', () => {
    const text = strings(MESSAGES.ru).join('\n');
    for (const wrong of ['Баланс', 'Главные цифры', 'Мера', 'Наблюдения', 'Поток', 'Не расписано', 'со страной', 'Экспорт в страну', 'Импорт из страны', 'цифры:', ' цифр ']) expect(text, wrong).not.toContain(wrong);
  });
});

describe('Kazakh wording', () => {
  it('puts "астам" after the amount, in the ablative, keeping the word as its title', async () => {
    const rows = await japanCard('kk');
    const amounts = rows['Инвестициялар (жинақталған)']!.querySelectorAll('.per-source li').map((li) => li.querySelector('.qualified, .amount')!);
    expect(amounts.map(textOf)).toEqual(['шамамен 8 млрд $', '8,5 млрд $-дан астам', 'шамамен 9 млрд $']);
    const qualifier = amounts[1]!.querySelector('.qualifier');
    expect(textOf(qualifier)).toBe('астам');
    expect(qualifier?.getAttribute('title')).toBe('астам');
    // The amount with its ending stays whole; the word stands beside it, so a narrow cell may wrap before it.
    expect(textOf(amounts[1]!.querySelector('.amount'))).toBe('8,5 млрд $-дан');
    // The word is on screen, so nothing is hidden for screen readers and no sign is left.
    expect(amounts[1]!.querySelector('.visually-hidden')).toBeNull();
    expect(textOf(amounts[1])).not.toMatch(/[≈><≤]/);
  });

  it('writes other qualified amounts with the endings Kazakh wants', async () => {
    const c5 = (await t.get('/kk/partners/C5')).document;
    expect(amountsIn(c5)).toContain('1%-дан төмен');
    const rus = (await t.get('/kk/partners/RUS')).document;
    const amounts = amountsIn(rus);
    expect(amounts).toContain('30-ға дейін');
    expect(amounts).toContain('4 млрд $-дан астам');
    const jpn = (await t.get('/kk/partners/JPN')).document;
    expect(amountsIn(jpn)).toEqual(expect.arrayContaining(['60-тан астам', '70-тен астам', '7 000-ға дейін']));
  });

  it('says "ең ірі 10 инвестордың қатарында" for the rank', async () => {
    const doc = (await t.get('/kk/partners/JPN')).document;
    expect(amountsIn(doc)).toContain('ең ірі 10 инвестордың қатарында');
  });

  it('writes periods year first, with full month names, and "as of" with its ending', async () => {
    const rows = await japanCard('kk');
    expect(textOf(rows['Тауар айналымы'])).toContain('2025 ж. қаңтар–қыркүйек 9 ай');
    expect(textOf(rows['Инвестициялар (жинақталған)'])).toContain('2025 ж. желтоқсандағы жағдай бойынша');
  });

  it('uses the statistics bureau’s terms', async () => {
    const rows = await japanCard('kk');
    expect(Object.keys(rows)).toContain('Сальдо');
    const overview = (await t.get('/kk')).document;
    expect(overview.querySelectorAll('h2').map(textOf)).toContain('Негізгі көрсеткіштер');
    const compare = (await t.get('/kk/compare')).document;
    expect(textOf(compare.querySelector('main'))).toContain('пайыздық пункттер');
    const data = (await t.get('/kk/data/commodity-shares')).document;
    expect(textOf(data.querySelector('main'))).toContain('Көрсеткіштер · Тауар құрылымы');
    expect(data.querySelectorAll('label.field span').map(textOf)).toContain('Бағыт');
  });

  it('uses none of the replaced words anywhere in its messages', () => {
    const text = strings(MESSAGES.kk).join('\n');
    for (const wrong of ['тармақ', 'п.т.', 'үздік', 'Бақылаулар', 'шығу тег', 'Басты сандар', 'Ағын', 'Баланс']) expect(text, wrong).not.toContain(wrong);
    expect(text).toContain('п.п.');
  });
});

describe('error messages', () => {
  it.each([
    ['ru', '/ru/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2030', ['2008–2012 гг.; 2024 г.; январь–сентябрь 2025 г.', 'за период 2030 г.']],
    ['kk', '/kk/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2030', ['2008–2012 жж.; 2024 ж.; 2025 ж. қаңтар–қыркүйек']],
    ['ru', '/ru/compare?partner=JPN&indicator=agreements_count', ['18–20 декабря 2025 г.', 'Экспорт; Импорт']],
  ])('%s: name periods and figures as the page does, never by URL tokens or codes (%s)', async (_lang, path, expected) => {
    const r = await t.get(path);
    expect(r.status).toBe(404);
    const message = textOf(r.document.querySelector('.error-message'));
    for (const words of expected) expect(message).toContain(words);
    expect(message).not.toMatch(/\d{4}-\d{2}|\d{4}\/\d{4}|trade_turnover|investment_stock|exports/);
  });

  it('name the article of a missing figure by publisher and date, not by its id', async () => {
    const r = await t.get('/ru/sources/000_a50b504d80912738?figure=001-03');
    expect(r.status).toBe(404);
    const message = textOf(r.document.querySelector('.error-message'));
    expect(message).toContain('В статье (Kazinform, 17 декабря 2025 г.) нет значения 001-03');
    expect(message).not.toContain('000_a50b504d80912738');
  });
});
