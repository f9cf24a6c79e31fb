/**
 * Provenance of every curated figure, checked against the articles themselves (CORPUS_DIR,
 * default ../shared/seeds). If the corpus is missing these tests fail; they never pass vacuously.
 * What seeds/loader.ts refuses (as_written in its quote and reading as the value and unit, periods
 * in order, commodity shares adding up to at most 100) is tested with the loader, not again here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/domain/numbers';
import { qualifierOfWord } from '../../src/domain/qualifiers';
import { articlesDir, corpusDir, readArticle } from '../../seeds/corpus';
import { readSeeds } from '../../seeds/loader';

const dir = corpusDir();
const data = readSeeds();
const figures = [
  ...data.observations.map((o) => ({ ...o, kind: 'observation' as const })),
  ...data.commodityShares.map((s) => ({ ...s, value: s.sharePct, unit: 'percent' as const, kind: 'share' as const })),
];

/**
 * Words right before and right after the figure in its quote, and the figure's own last word whole
 * ("5-7 минггача": up to 5–7 thousand; "60-тан" + "астам"), its end in the quote included.
 */
function neighbours(quote: string, asWritten: string): { before: string[]; own: string[]; after: string[] } {
  const at = quote.indexOf(asWritten);
  const words = (s: string) => s.split(/[\s,.;:!?()«»"—–-]+/u).filter(Boolean);
  const tail = quote.slice(at + asWritten.length);
  const restOfWord = /^[\p{L}%]*/u.exec(tail)?.[0] ?? '';
  const lastWord = /\p{L}+$/u.exec(asWritten)?.[0] ?? '';
  return {
    before: words(quote.slice(0, at)).slice(-2),
    own: [lastWord + restOfWord].filter(Boolean),
    after: [restOfWord, ...words(tail.slice(restOfWord.length)).slice(0, 2)].filter(Boolean),
  };
}

/** Half a unit of the last printed digit: "1,3 миллиард" → 0.05e9. */
function roundingOf(asWritten: string, value: number): number {
  const m = /(\d+)(?:[.,](\d+))?/.exec(asWritten);
  const decimals = m?.[2]?.length ?? 0;
  const printed = Number(`${m?.[1]}.${m?.[2] ?? 0}`);
  return (0.5 * 10 ** -decimals * value) / printed;
}

describe('the corpus', () => {
  it('holds an article for every source, and every article is a source (the five of the corpus and those accepted into seeds/articles)', () => {
    const ids = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')) : []);
    expect([...ids(dir), ...ids(articlesDir())].sort()).toEqual(data.sources.map((s) => s.id).sort());
    expect(ids(dir).length).toBe(5);
  });
});

describe.each(figures.map((f) => [f.id, f] as const))('figure %s', (_id, f) => {
  const article = readArticle(dir, f.sourceId);

  it('quotes its article verbatim', () => {
    expect(occurrences(article, f.quote).length).toBeGreaterThan(0);
  });

  it('has as_written exactly once in the quote', () => {
    expect(occurrences(f.quote, f.asWritten)).toHaveLength(1);
  });

  it('carries the qualifier its quote states, and none it does not', () => {
    const { before, own, after } = neighbours(f.quote, f.asWritten);
    // A qualifier sits within two words of its number, or ends the figure's own word ("30 тагача");
    // for an exact figure, the words touching it carry none.
    const around = f.qualifier === 'exact' ? [...before.slice(-1), ...own, ...after.slice(0, 2)] : [...before, ...own, ...after];
    const stated = around.map(qualifierOfWord).filter((q) => q !== null);
    if (f.qualifier === 'exact') expect(stated, `words around "${f.asWritten}": ${around.join(' ')}`).toEqual([]);
    else expect(stated, `words around "${f.asWritten}": ${around.join(' ')}`).toContain(f.qualifier);
  });

  it('has an English translation', () => {
    expect(f.quoteEn.trim().length).toBeGreaterThan(10);
  });
});

describe('figures agree with each other', () => {
  it('exports plus imports agree with turnover, within the rounding printed, wherever an article gives all three', () => {
    const groups = new Map<string, Partial<Record<string, (typeof data.observations)[number]>>>();
    for (const o of data.observations) {
      if (!['trade_turnover', 'exports', 'imports'].includes(o.indicator)) continue;
      const key = [o.sourceId, o.reporter, o.partner, o.periodStart, o.periodEnd].join('|');
      groups.set(key, { ...groups.get(key), [o.indicator]: o });
    }
    const complete = [...groups.entries()].filter(([, g]) => g.trade_turnover && g.exports && g.imports);
    expect(complete.map(([key]) => key.split('|')[0])).toEqual(['000_a50b504d80912738', '003_af71af07aad02984']);
    for (const [key, g] of complete) {
      const [t, x, m] = [g.trade_turnover!, g.exports!, g.imports!];
      const tolerance = roundingOf(t.asWritten, t.value) + roundingOf(x.asWritten, x.value) + roundingOf(m.asWritten, m.value);
      expect(Math.abs(x.value + m.value - t.value), key).toBeLessThanOrEqual(tolerance);
    }
  });
});
