import { describe, expect, it } from 'vitest';
import { buildCoverage, corpusDir } from '../../seeds/corpus';
import { readSeeds } from '../../seeds/loader';

const report = buildCoverage(corpusDir());

describe('coverage of numeric mentions', () => {
  it('covers every source: the five articles of the corpus and any accepted since', () => {
    expect(report.map((a) => a.sourceId)).toEqual(readSeeds().sources.map((s) => s.id));
    expect(report.length).toBeGreaterThanOrEqual(5);
  });

  it.each(report.map((a) => [a.sourceId, a] as const))('%s: every numeric mention is curated or skipped with a reason', (_id, article) => {
    const unaccounted = article.mentions.filter((m) => m.status === 'unaccounted').map((m) => m.text);
    expect(unaccounted).toEqual([]);
    expect(article.mentions.filter((m) => m.status === 'curated').length).toBeGreaterThan(0);
  });

  it.each(report.map((a) => [a.sourceId, a] as const))('%s: no skip rule is stale', (_id, article) => {
    expect(article.staleSkips.map((s) => s.context)).toEqual([]);
  });
});
