/**
 * The source articles and the coverage report over them. An article is read from the corpus
 * (`../shared/seeds` unless CORPUS_DIR says otherwise) or, failing that, from `seeds/articles/`,
 * where `npm run curate -- accept` copies the articles it adds.
 */
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

/** The folder of the articles accepted into a seed folder: `<seedDir>/articles`. */
export const articlesDir = (seedDir: string = SEED_DIR) => path.join(seedDir, 'articles');

/**
 * The text of one source article, by source id (its file name without `.txt`): from the corpus
 * folder `dir`, else from the accepted articles of `seedDir` (`seeds/articles/`).
 */
export function readArticle(dir: string, sourceId: string, seedDir: string = SEED_DIR): string {
  const files = [path.join(dir, `${sourceId}.txt`), path.join(articlesDir(seedDir), `${sourceId}.txt`)];
  const file = files.find((f) => existsSync(f));
  if (!file) throw new Error(`Article ${sourceId} is missing: neither ${files[0]} nor ${files[1]} exists`);
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
  return data.sources.map((source) => articleCoverage(source, readArticle(dir, source.id, seedDir), data));
}

/** Accounts for every numeric mention in one article, `source`'s text, by the figures and skip rules of `data`. */
export function articleCoverage(source: SeedData['sources'][number], article: string, data: SeedData): ArticleCoverage {
  const figures = [...data.observations, ...data.commodityShares]
    .filter((f) => f.sourceId === source.id)
    .map((f) => ({ id: f.id, quote: f.quote, asWritten: f.asWritten, periodStart: f.periodStart, periodEnd: f.periodEnd }));
  const skips = data.skippedMentions.filter((s) => s.sourceId === source.id).map((s) => ({ context: s.context, reason: s.reason }));
  const { mentions, staleSkips } = accountMentions(article, source.language, figures, skips);
  return { sourceId: source.id, language: source.language, mentions, staleSkips, curatedFigures: figures.length, skippedRules: skips.length };
}

/** One article's coverage in a line, as `npm run seeds:coverage` prints it above the article's mentions. */
export function coverageSummary(article: ArticleCoverage): string {
  const count = (status: string) => article.mentions.filter((m) => m.status === status).length;
  return (
    `${article.sourceId} (${article.language}): ${article.mentions.length} numeric mentions: ` +
    `${count('curated')} curated, ${count('period')} periods of curated figures, ${count('skipped')} skipped, ${count('unaccounted')} unaccounted` +
    ` (${article.curatedFigures} figures curated, ${article.skippedRules} skip rules)`
  );
}
