/** The source articles (`../shared/seeds` unless CORPUS_DIR says otherwise) and the coverage report over them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type AccountedMention, accountMentions, type SkipRule } from '../src/domain/coverage';
import { readSeeds, SEED_DIR, type SeedData } from './loader';

export const DEFAULT_CORPUS_DIR = '../shared/seeds';

/** The corpus folder; throws when it is missing, so that no check over it can pass vacuously. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = path.resolve(env.CORPUS_DIR || DEFAULT_CORPUS_DIR);
  if (!existsSync(dir)) throw new Error(`The article corpus is missing: ${dir} does not exist (set CORPUS_DIR to the folder of the source articles).`);
  return dir;
}

/** The text of one source article, by source id (its file name without `.txt`). */
export function readArticle(dir: string, sourceId: string): string {
  const file = path.join(dir, `${sourceId}.txt`);
  if (!existsSync(file)) throw new Error(`Article ${sourceId} is missing from the corpus: ${file}`);
  return readFileSync(file, 'utf8');
}

export interface ArticleCoverage {
  sourceId: string;
  language: string;
  mentions: AccountedMention[];
  staleSkips: SkipRule[];
  curatedFigures: number;
  skippedRules: number;
}

/** Accounts for every numeric mention in every article that the seed files name as a source. */
export function buildCoverage(dir: string, seedDir: string = SEED_DIR, data: SeedData = readSeeds(seedDir)): ArticleCoverage[] {
  return data.sources.map((source) => {
    const article = readArticle(dir, source.id);
    const figures = [...data.observations, ...data.commodityShares]
      .filter((f) => f.sourceId === source.id)
      .map((f) => ({ id: f.id, quote: f.quote, asWritten: f.asWritten, periodStart: f.periodStart, periodEnd: f.periodEnd }));
    const skips = data.skippedMentions.filter((s) => s.sourceId === source.id).map((s) => ({ context: s.context, reason: s.reason }));
    const { mentions, staleSkips } = accountMentions(article, source.language, figures, skips);
    return { sourceId: source.id, language: source.language, mentions, staleSkips, curatedFigures: figures.length, skippedRules: skips.length };
  });
}
