import { describe, expect, it } from 'vitest';
import { findNumericMentions, numberWordValue, parseAsWritten } from '../../src/domain/numbers';

describe('parseAsWritten reads figures the way the articles print them', () => {
  it.each([
    ['331,9 миллион доллар', 'uz-Cyrl', 331_900_000, 'USD'],
    ['1,3 миллиард доллар', 'uz-Cyrl', 1_300_000_000, 'USD'],
    ['8,5 миллиард доллардан', 'kk', 8_500_000_000, 'USD'],
    ['4 миллиард АҚШ доллари', 'uz-Cyrl', 4_000_000_000, 'USD'],
    ['3,7 млрд долларов', 'ru', 3_700_000_000, 'USD'],
    ['7 млрд.', 'kk', 7_000_000_000, null],
    ['94,8%', 'uz-Cyrl', 94.8, 'percent'],
    ['0,37%', 'uz-Cyrl', 0.37, 'percent'],
    ['80 пайыздан', 'kk', 80, 'percent'],
    ['бір пайыздан', 'kk', 1, 'percent'],
    ['ўнта', 'uz-Cyrl', 10, null],
    ['бешта', 'uz-Cyrl', 5, null],
    ['ондығына', 'kk', 10, null],
    ['десятку', 'ru', 10, null],
    ['жиырма екі', 'kk', 22, null],
    ['60-тан', 'kk', 60, null],
    ['170 та', 'uz-Cyrl', 170, null],
    ['86 тысяч', 'ru', 86_000, null],
    ['115 миллион тонна', 'uz-Cyrl', 115_000_000, 'tonnes'],
    ['120 тонналық', 'kk', 120, 'tonnes'],
    ['40 тонн', 'ru', 40, 'tonnes'],
    ['596 та', 'uz-Cyrl', 596, null],
    ['30 тагача', 'uz-Cyrl', 30, null],
  ] as const)('%s (%s) → %d %s', (text, lang, value, unit) => {
    expect(parseAsWritten(text, lang)).toEqual({ value, unit });
  });

  it('keeps decimal figures exact, not floating-point approximations', () => {
    const parsed = parseAsWritten('944,2 миллион доллар', 'uz-Cyrl');
    expect(parsed).toEqual({ value: 944200000, unit: 'USD' });
  });

  it('reads a range as its upper end and keeps the lower end, on the same scale', () => {
    expect(parseAsWritten('5-7 минггача', 'uz-Cyrl')).toEqual({ value: 7000, unit: null, low: 5000 });
    expect(parseAsWritten('1,5–2,5 млрд долларов', 'ru')).toEqual({ value: 2_500_000_000, unit: 'USD', low: 1_500_000_000 });
    expect(parseAsWritten('7 минг', 'uz-Cyrl')).not.toHaveProperty('low');
  });

  it.each(['', 'about eight', '8 миллиард доллар евро', '12 apples', '12 долларов евро', '5 тонн долларов', '7-5 минг', '5-5 минг'])('rejects %j', (text) => {
    expect(parseAsWritten(text, 'ru')).toHaveProperty('error');
  });
});

describe('number words are read per language', () => {
  it('reads "он" as ten in Kazakh but not in Russian, where it means "he"', () => {
    expect(numberWordValue('Он', 'kk')).toBe(10);
    expect(numberWordValue('Он', 'ru')).toBeNull();
  });

  it('does not take "together" for "one"', () => {
    expect(numberWordValue('бірге', 'kk')).toBeNull();
    expect(numberWordValue('бирга', 'uz-Cyrl')).toBeNull();
    expect(numberWordValue('учун', 'uz-Cyrl')).toBeNull();
  });
});

describe('findNumericMentions', () => {
  it('finds digits with their scale and unit, ranges, and number words', () => {
    const text = 'Бу йил савдо 1,3 миллиард долларга етди, 2008-2012 жылдар, 94,8% ферро, энг йирик ўнта инвестор, бирга.';
    const found = findNumericMentions(text, 'uz-Cyrl').map((m) => [m.text, m.kind, m.isYear]);
    expect(found).toEqual([
      ['1,3 миллиард долларга', 'digits', false],
      ['2008-2012', 'digits', true],
      ['94,8%', 'digits', false],
      ['ўнта', 'words', false],
    ]);
  });

  it('keeps a figure broken across lines as one mention', () => {
    const [m] = findNumericMentions('аралығында 7 млрд.\nАҚШ долларын құрады', 'kk');
    expect(m?.text).toBe('7 млрд.\nАҚШ долларын');
  });

  it('merges consecutive number words', () => {
    expect(findNumericMentions('Тура жиырма екі жыл бұрын', 'kk').map((m) => m.text)).toEqual(['жиырма екі']);
  });
});
