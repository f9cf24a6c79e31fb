import { describe, expect, it } from 'vitest';
import { editDistance, normalizeForSearch, search } from '../../src/domain/search';

const items = [
  { kind: 'partner', key: 'JPN', names: ['JPN', 'Japan', 'Япония', 'Жапония', 'Yaponiya'] },
  { kind: 'partner', key: 'RUS', names: ['RUS', 'Russia', 'Россия', 'Ресей', 'Rossiya'] },
  { kind: 'partner', key: 'KAZ', names: ['KAZ', 'Kazakhstan', 'Казахстан', 'Қазақстан', 'Қозоғистон', "Qozog'iston"] },
  { kind: 'commodity', key: 'ferroalloys', names: ['Ferroalloys', 'Ферросплавы', 'Ферроқорытпалар', 'ферроқотишмалар'] },
];

describe('normalizeForSearch', () => {
  it('brings Kazakh, Russian and Uzbek Cyrillic and Latin spellings together', () => {
    expect(normalizeForSearch('Япония')).toBe('yaponiya');
    expect(normalizeForSearch('Yaponiya')).toBe('yaponiya');
    expect(normalizeForSearch('Қазақстан')).toBe('kazakstan');
    expect(normalizeForSearch('Qazaqstan')).toBe('kazakstan');
    expect(normalizeForSearch("Qozog'iston")).toBe(normalizeForSearch('Қозоғистон'));
    expect(normalizeForSearch('  Ферро-қорытпалар! ')).toBe('ferro korytpalar');
  });
});

describe('search', () => {
  it('does not take a different first letter for a typo: "China" finds neither tyres nor accumulated investment', () => {
    const more = [
      ...items,
      { kind: 'commodity', key: 'tyres', names: ['Tyres', 'Шины', 'Шиналар'] },
      { kind: 'indicator', key: 'investment_stock', names: ['Accumulated investment', 'Жинақталған инвестициялар'] },
    ];
    expect(search(more, 'China')).toEqual([]);
    expect(search(more, 'Shina')[0]?.item.key).toBe('tyres');
  });

  it.each(['Япония', 'Жапония', 'Japan', 'Yaponiya', 'japan', 'ЯПОНИЯ', 'Япон', 'Japna', 'jpn'])('%s finds Japan first', (q) => {
    expect(search(items, q)[0]?.item.key).toBe('JPN');
  });

  it.each(['Ресей', 'Rossiya', 'Россия', 'Russia'])('%s finds Russia', (q) => {
    expect(search(items, q)[0]?.item.key).toBe('RUS');
  });

  it.each(['Kazakhstan', 'Қазақстан', 'Qazaqstan', 'Qozogiston'])('%s finds Kazakhstan', (q) => {
    expect(search(items, q)[0]?.item.key).toBe('KAZ');
  });

  it('finds a commodity by its name in the article, its Russian or its English name', () => {
    for (const q of ['ферроқотишмалар', 'ферросплавы', 'ferroalloy']) expect(search(items, q)[0]?.item.key).toBe('ferroalloys');
  });

  it('says which name matched and finds nothing for nonsense', () => {
    expect(search(items, 'Жапония')[0]?.matched).toBe('Жапония');
    expect(search(items, 'zzzz')).toEqual([]);
    expect(search(items, '  ')).toEqual([]);
    expect(search(items, 'a')).toEqual([]);
  });

  it('computes edit distances with an early stop', () => {
    expect(editDistance('japna', 'japan', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'xyzuvw', 1)).toBe(2);
  });
});
