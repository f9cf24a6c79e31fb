import type { Qualifier } from '../../db/schema';

/**
 * Words that put a qualifier in front of (or after) a number in the three languages:
 * қарийб/около → approx, асқан/свыше → more_than, төмен/менее → less_than, гача/до → up_to.
 * A marker matches a word it begins ("астамы", "ошди"); a marker written "-гача" matches a word it
 * ends ("тагача"); markers of three letters or fewer must be the whole word ("до").
 */
export const QUALIFIER_MARKERS: Record<Exclude<Qualifier, 'exact'>, readonly string[]> = {
  approx: ['қарийб', 'шамамен', 'тахминан', 'около', 'порядка', 'примерно', 'приблизительно'],
  more_than: ['асқан', 'асатын', 'астам', 'ортиқ', 'ошди', 'ошган', 'свыше', 'более', 'превыс', 'больше'],
  less_than: ['төмен', 'кем', 'кам', 'менее', 'меньше'],
  up_to: ['-гача', 'дейін', 'до'],
};

/** The qualifier whose marker a word is, or null. */
export function qualifierOfWord(word: string): Exclude<Qualifier, 'exact'> | null {
  const w = word.toLocaleLowerCase('ru');
  for (const [qualifier, markers] of Object.entries(QUALIFIER_MARKERS) as Array<[Exclude<Qualifier, 'exact'>, readonly string[]]>) {
    const hit = (m: string) => (m.startsWith('-') ? w.endsWith(m.slice(1)) : m.length <= 3 ? w === m : w.startsWith(m));
    if (markers.some(hit)) return qualifier;
  }
  return null;
}
