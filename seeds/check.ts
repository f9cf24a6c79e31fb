/**
 * `npm run seeds:check`: the cross-checks between the curated figures (src/domain/checks.ts),
 * over the seed files (SEEDS_DIR, default: this folder), every result with the rows concerned as
 * `file:line`. Exits non-zero on an inconsistency inside one article that no note explains: a
 * note explains it when it names another figure of the check by its id (README, "Cross-checks").
 * Sources that differ from each other are reported, never fatal.
 */
import { checkInput, type CheckResult, type CheckSide, isFatal, runChecks } from '../src/domain/checks';
import { readSeeds, SEED_DIR, seedRowLocations } from './loader';

const number = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(12))) : x > 0 ? '+∞' : '−∞');
const sideText = (s: CheckSide) =>
  `${s.low === s.high ? number(s.low) : `${number(s.low)} … ${number(s.high)}`}${s.value === null ? '' : ` (stated ${number(s.value)})`}${s.figureIds.length ? ` from ${s.figureIds.join(' ')}` : ''}`;

const WHAT: Record<CheckResult['kind'], [string, string]> = {
  trade_sum: ['exports + imports', 'turnover'],
  share_sum: ['sum of shares', 'at most'],
  growth: ['stated growth', 'implied by the levels'],
  sources: ['first source', 'second source'],
};

try {
  const dir = process.env.SEEDS_DIR || SEED_DIR;
  const checks = runChecks(checkInput(readSeeds(dir)));
  const where = seedRowLocations(dir);
  let fatal = 0;
  for (const c of checks) {
    const [a, b] = WHAT[c.kind];
    console.log(`\n${c.status.padEnd(12)} ${c.kind.padEnd(9)} ${c.id}`);
    console.log(`  ${c.reporter}–${c.partner} ${c.subject} ${c.periodStart}…${c.periodEnd} (${c.unit})`);
    console.log(`  ${a}: ${sideText(c.a)}`);
    if (c.b) console.log(`  ${b}: ${sideText(c.b)}`);
    if (c.difference) console.log(`  second − first: ${number(c.difference.low)} … ${number(c.difference.high)}`);
    if (c.reason) console.log(`  cannot check: ${c.reason}${c.missingPeriod ? ` (${c.missingPeriod})` : ''}`);
    if (c.explainedBy) console.log(`  explained by the note on ${c.explainedBy}`);
    console.log(`  rows: ${c.figureIds.map((id) => `${where.get(id) ?? '?'} (${id})`).join(', ')}`);
    if (isFatal(c)) {
      fatal++;
      console.log('  FAILS: inconsistent inside one article, and no note on its rows names another of its figures by id.');
    }
  }
  const count = (status: string) => checks.filter((c) => c.status === status).length;
  console.log(`\n${checks.length} checks: ${count('consistent')} consistent within rounding, ${count('inconsistent')} inconsistent, ${count('cannot_check')} cannot be checked; ${fatal} unexplained inside one article.`);
  if (fatal > 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
