/**
 * `npm run curate -- <command> ...` (README, "Adding an article"). Exit codes: 0 done, 1 the
 * draft has problems (or the command failed), 2 the command line is wrong.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { articlesDir, coverageSummary, DEFAULT_CORPUS_DIR } from '../corpus';
import { displayPath, SEED_DIR } from '../loader';
import { DraftInputError } from './draft';
import { DRAFT_USAGE, plural, runDraft } from './draft-command';
import { acceptDraft, type DraftReview, formatMessage, reviewDraft, type ReviewDirs } from './review';

/** One command: its usage line (after `npm run curate --`) and what it does with its arguments; returns the exit code. */
export interface Command {
  usage: string;
  run: (args: string[]) => number;
}

/** A wrong command line: printed as one line with the usage, exit code 2. */
class UsageError extends Error {}

/** The seed folder (SEEDS_DIR, default seeds/) and the corpus (CORPUS_DIR, default ../shared/seeds). */
const dirs = (): ReviewDirs => ({ seedDir: process.env.SEEDS_DIR || SEED_DIR, corpusDir: path.resolve(process.env.CORPUS_DIR || DEFAULT_CORPUS_DIR) });

/** The single file argument of a command, which must exist. */
function oneFile(args: string[]): string {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError('give exactly one draft file');
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  return file;
}

/** Prints a review's errors (stderr) and warnings (stdout); true when there are no errors. */
function report(review: DraftReview): boolean {
  for (const m of review.warnings) console.log(formatMessage(m));
  for (const m of review.errors) console.error(formatMessage(m));
  return review.errors.length === 0;
}

const commands: Record<string, Command> = {
  draft: {
    usage: DRAFT_USAGE.replace('npm run curate -- ', ''),
    run(args) {
      try {
        return runDraft(args, dirs().seedDir);
      } catch (error) {
        // A wrong command line shows the usage; an article that cannot be drafted, only why. No draft is written.
        if (error instanceof DraftInputError && /Usage:/.test(error.message)) throw new UsageError(error.message.replace(/\.? ?Usage:.*$/s, ''));
        if (error instanceof DraftInputError) {
          console.error(`curate draft: ${error.message}. No draft was written.`);
          return 1;
        }
        throw error;
      }
    },
  },
  check: {
    usage: 'check DRAFT.csv',
    run(args) {
      const file = oneFile(args);
      const review = reviewDraft(file, dirs());
      if (!report(review)) {
        console.error(`${plural(review.errors.length, 'problem')}: fix the draft and check it again.`);
        return 1;
      }
      console.log(`${file}: ready to accept as ${review.accepted?.sourceId}${review.warnings.length ? ` (${plural(review.warnings.length, 'warning')} above)` : ''}.`);
      return 0;
    },
  },
  accept: {
    usage: 'accept DRAFT.csv',
    run(args) {
      const file = oneFile(args);
      const { seedDir, corpusDir } = dirs();
      const { review, coverage } = acceptDraft(file, { seedDir, corpusDir });
      if (!report(review) || !review.accepted || !coverage) {
        console.error('Not accepted: nothing was written.');
        return 1;
      }
      const { sourceId, added } = review.accepted;
      console.log(
        `Accepted ${file} as ${sourceId}: ${plural(added.observations, 'observation')}, ${plural(added['commodity-shares'], 'commodity share')}, ` +
          `${plural(added.skipped, 'skipped mention')}${added.partners ? `, ${plural(added.partners, 'partner')}` : ''}; the article is ${displayPath(path.join(articlesDir(seedDir), `${sourceId}.txt`))}.`,
      );
      console.log(coverageSummary(coverage));
      const unaccounted = coverage.mentions.filter((m) => m.status === 'unaccounted').length;
      if (unaccounted > 0 || coverage.staleSkips.length > 0)
        console.log(
          `${plural(unaccounted, 'numeric mention')} unaccounted, ${plural(coverage.staleSkips.length, 'stale skip rule')}: the article is accepted, but \`npm run seeds:coverage\` fails until rows account for them.`,
        );
      return 0;
    },
  },
};

const usage = () => `usage: npm run curate -- <command>\n${Object.values(commands).map((c) => `  npm run curate -- ${c.usage}`).join('\n')}`;

const [name, ...args] = process.argv.slice(2);
const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
try {
  if (!command) throw new UsageError(name === undefined ? 'no command given' : `unknown command "${name}"`);
  process.exitCode = command.run(args);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`curate${command ? ` ${name}` : ''}: ${error.message}`);
    console.error(usage());
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
