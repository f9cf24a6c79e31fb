/**
 * `npm run curate -- draft ARTICLE.txt [--out DRAFT.csv] [--published YYYY-MM-DD] [--publisher NAME]`:
 * drafts the article (./draft.ts) and writes the draft file (./format.ts), whole or not at all.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSeeds, SEED_DIR } from '../loader';
import { DraftInputError, draftArticle } from './draft';
import { writeDraftCsv } from './format';

export const DRAFT_USAGE = 'npm run curate -- draft ARTICLE.txt [--out DRAFT.csv] [--published YYYY-MM-DD] [--publisher NAME]';

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Reads an article file: plain UTF-8 text, or a clear error. */
export function readArticleFile(file: string): string {
  if (!existsSync(file)) throw new DraftInputError(`${file} does not exist`);
  if (statSync(file).isDirectory()) throw new DraftInputError(`${file} is a folder, not an article file`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new DraftInputError(`${file} is a binary file, not an article: save the article as plain UTF-8 text`);
  try {
    // As it is, byte-order mark and line ends included: the source id hashes these bytes, and accept copies them.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DraftInputError(`${file} is not UTF-8 text: save the article as plain UTF-8 text`);
  }
}

/** Runs the command; returns the process exit code. */
export function runDraft(args: readonly string[], seedDir: string = SEED_DIR, log: (line: string) => void = console.log): number {
  const options: { out?: string; published?: string; publisher?: string } = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const value = () => {
      const v = args[(i += 1)];
      if (v === undefined || v.startsWith('--')) throw new DraftInputError(`${arg} needs a value. Usage: ${DRAFT_USAGE}`);
      return v;
    };
    if (arg === '--out') options.out = value();
    else if (arg === '--published') options.published = value();
    else if (arg === '--publisher') options.publisher = value();
    else if (arg.startsWith('--')) throw new DraftInputError(`unknown option ${arg}. Usage: ${DRAFT_USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new DraftInputError(`give one article file. Usage: ${DRAFT_USAGE}`);
  const file = files[0] ?? '';
  const text = readArticleFile(file);
  const existing = readSeeds(seedDir).sources.map((s) => s.id);
  const started = performance.now();
  const draft = draftArticle(text, { articlePath: path.relative(process.cwd(), path.resolve(file)), existingSourceIds: existing, ...(options.published ? { published: options.published } : {}), ...(options.publisher ? { publisher: options.publisher } : {}) });
  const ms = performance.now() - started;
  const out = options.out ?? path.join(seedDir, 'drafts', `${draft.sourceId}.csv`);
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  // Whole or nothing: a temporary file renamed into place.
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, writeDraftCsv(draft.rows));
  renameSync(temporary, out);
  const flagged = draft.figures.filter((f) => f.flags.some((flag) => flag !== 'translate')).length;
  log(
    `Drafted ${file} (${draft.language}, ${text.split(/\s+/u).filter(Boolean).length.toLocaleString('en')} words) in ${ms.toFixed(0)} ms: ` +
      `${plural(draft.figures.length, 'figure')} (${flagged} with a field to check), ${plural(draft.skipped.length, 'number')} skipped with a reason.`,
  );
  log(`Wrote ${out}. Review it in a spreadsheet (flags and why say what to check; translations are left to you), then: npm run curate -- check ${out}`);
  return 0;
}
