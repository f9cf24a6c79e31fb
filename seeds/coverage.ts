/**
 * `npm run seeds:coverage`: every numeric mention in each article and how it is accounted for.
 * Exits non-zero while any mention is unaccounted or any skip rule is stale. Reads the seed files of
 * SEEDS_DIR (default: this folder), as `npm run db:seed` does.
 */
import { buildCoverage, corpusDir, coverageSummary } from './corpus';
import { SEED_DIR } from './loader';

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

try {
  const dir = corpusDir();
  const report = buildCoverage(dir, process.env.SEEDS_DIR || SEED_DIR);
  let unaccounted = 0;
  let stale = 0;
  for (const article of report) {
    const count = (status: string) => article.mentions.filter((m) => m.status === status).length;
    console.log(`\n${coverageSummary(article)}`);
    for (const m of article.mentions) {
      const detail =
        m.status === 'curated' || m.status === 'period' ? m.figureIds.join(', ') : m.status === 'skipped' ? m.reason : 'NOT ACCOUNTED FOR';
      console.log(`  ${m.status.padEnd(11)} ${JSON.stringify(oneLine(m.text)).padEnd(30)} ${detail}`);
    }
    for (const rule of article.staleSkips) console.log(`  STALE SKIP  ${JSON.stringify(rule.context)}: skips no number in the article`);
    unaccounted += count('unaccounted');
    stale += article.staleSkips.length;
  }
  const total = report.reduce((n, a) => n + a.mentions.length, 0);
  console.log(`\n${total} numeric mentions in ${report.length} articles; ${unaccounted} unaccounted; ${stale} stale skip rules.`);
  if (unaccounted > 0 || stale > 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
