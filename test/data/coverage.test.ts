import { describe, expect, it } from 'vitest';
import { buildCoverage, corpusDir } from '../../seeds/corpus';

const report = buildCoverage(corpusDir());

describe('coverage of numeric mentions', () => {
  it('covers all five articles', () => {
    expect(report).toHaveLength(5);
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
