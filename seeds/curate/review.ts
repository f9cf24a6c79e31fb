/**
 * `npm run curate -- check` and `accept` (README, "Adding an article"): a reviewed draft
 * (seeds/curate/format.ts) is checked with the loader's own rules by loading copies of the seed
 * files with the draft's rows added, and every problem is reported at the draft's line. Accept
 * writes exactly those copies into the seed folder, all of them or none.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SOURCE_ID } from '../../src/domain/codes';
import { type ArticleCoverage, articleCoverage, articlesDir, readArticle } from '../corpus';
import { displayPath, readSeeds, type SeedData, SeedError, SEED_FILES } from '../loader';
import { ASSISTANT_COLUMNS, DRAFT_COLUMNS, DRAFT_TABLES, type DraftTable, SEED_COLUMNS } from './format';
import { PLACES } from './places';

/** Where a review reads: the seed folder the draft is added to, and the corpus of source articles. */
export interface ReviewDirs {
  seedDir: string;
  corpusDir: string;
}

/** One finding, at `file:line` (line 0: the file as a whole). */
export interface Message {
  file: string;
  line: number;
  text: string;
}

export const formatMessage = (m: Message) => `${m.file}${m.line ? `:${m.line}` : ''}: ${m.text}`;

export interface DraftReview {
  /** What stops the draft from being accepted. */
  errors: Message[];
  /** What a curator may still want to do: flags left in the draft, numbers of the article not accounted for. */
  warnings: Message[];
  /** Without errors: the source id the draft gets and the files accept writes, by path inside the seed folder. */
  accepted?: { sourceId: string; files: Map<string, string | Buffer>; added: Record<DraftTable | 'partners', number> };
}

/** A CSV record with the line it starts on (the header is line 1) and its text as it is in the file. */
interface CsvRecord {
  cells: string[];
  raw: string;
  line: number;
}

/** Parses CSV text; a syntax error is thrown with the line it is on (`lines`), as csv-parse reports it. */
function parseCsv(text: string): CsvRecord[] {
  const parsed = parse(text, { bom: true, raw: true, info: true, skip_empty_lines: true }) as unknown as Array<{
    record: string[];
    raw: string;
    info: { lines: number; empty_lines: number };
  }>;
  let previousEnd = 0;
  let previousEmpty = 0;
  return parsed.map(({ record, raw, info }) => {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { cells: record, raw, line };
  });
}

const csvErrorLine = (error: unknown) => (error as { lines?: number }).lines ?? 1;
const csvErrorText = (error: unknown) => (error as Error).message.replace(/^Invalid[^:]*: /, '');

interface DraftEntry {
  table: DraftTable;
  line: number;
  cells: Record<string, string>;
}

const isDraftTable = (value: string): value is DraftTable => (DRAFT_TABLES as readonly string[]).includes(value);

/**
 * The draft's rows, each with its table; errors at the draft's lines for rows of no known table
 * (left out) and cells a row's table has no column for. Null when the file cannot be read as a
 * draft at all: not UTF-8, not CSV, or a header with unknown columns.
 */
function readDraft(file: string, error: (line: number, text: string) => void): DraftEntry[] | null {
  const text = readFileSync(file, 'utf8');
  if (text.includes('\uFFFD')) {
    error(0, 'is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"');
    return null;
  }
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (e) {
    error(csvErrorLine(e), `not valid CSV: ${csvErrorText(e)}`);
    return null;
  }
  const [header, ...rows] = records;
  if (!header) {
    error(0, 'is empty');
    return null;
  }
  if (header.cells.length === 1 && header.cells[0]?.includes(';')) {
    error(1, 'the columns are separated by ";": save the draft as CSV with commas');
    return null;
  }
  const known = new Set<string>(DRAFT_COLUMNS);
  header.cells.forEach((column, i) => {
    if (!known.has(column)) error(1, `unknown column "${column}": a draft has the columns listed in seeds/curate/format.ts`);
    else if (header.cells.indexOf(column) !== i) error(1, `column "${column}" appears twice`);
  });
  if (!header.cells.includes('table')) error(1, 'there is no "table" column: each row must say which seed file it belongs to');
  if (header.cells.some((c) => !known.has(c)) || header.cells.length !== new Set(header.cells).size || !header.cells.includes('table')) return null;

  const out: DraftEntry[] = [];
  for (const { cells: values, line } of rows) {
    if (values.every((v) => v.trim() === '')) continue;
    const cells = Object.fromEntries(header.cells.map((column, i) => [column, values[i] ?? '']));
    const table = cells.table?.trim() ?? '';
    if (!isDraftTable(table)) {
      error(line, `table "${table}" is not one of ${DRAFT_TABLES.join(', ')}`);
      continue;
    }
    const own = new Set<string>(['table', ...SEED_COLUMNS[table], ...ASSISTANT_COLUMNS, ...(table === 'sources' ? ['article'] : [])]);
    for (const [column, value] of Object.entries(cells))
      if (!own.has(column) && value.trim() !== '') error(line, `${column} is filled, but ${table} rows have no ${column}: empty it, or move the value to its own row`);
    out.push({ table, line, cells });
  }
  return out;
}

/** A seed file as it is on disk: its header line, and each record with its own text, so that untouched rows stay byte for byte. */
interface SeedFile {
  name: string;
  head: CsvRecord;
  records: CsvRecord[];
  eol: string;
}

/** The rows a draft adds to each seed file, with the draft line each comes from. */
type NewRows = Array<{ cells: Record<string, string>; line: number }>;

/** Where each line of a written seed file comes from: an existing row of the seed file, or a row of the draft. */
type LineMap = Map<number, { file: string; line: number }>;

/**
 * The seed file with `rows` inserted where the file's order puts them (before the first row whose
 * `key` sorts after theirs; at the end without a key), every existing row kept as it was.
 */
function withRows(seed: SeedFile, rows: NewRows, key: string | null, seedLabel: string, draftLabel: string): { text: string; lines: LineMap } {
  const header = seed.head.cells;
  const at = key === null ? -1 : header.indexOf(key);
  const first = rows[0]?.cells[key ?? ''] ?? '';
  const index = at < 0 ? -1 : seed.records.findIndex((r) => (r.cells[at] ?? '') > first);
  const existing = seed.records.map((r) => ({ text: r.raw.endsWith('\n') ? r.raw : `${r.raw}${seed.eol}`, from: { file: seedLabel, line: r.line } }));
  const added = rows.map((r) => ({ text: stringify([header.map((c) => r.cells[c] ?? '')], { record_delimiter: seed.eol }), from: { file: draftLabel, line: r.line } }));
  const pieces = index < 0 ? [...existing, ...added] : [...existing.slice(0, index), ...added, ...existing.slice(index)];

  let text = seed.head.raw.endsWith('\n') ? seed.head.raw : `${seed.head.raw}${seed.eol}`;
  const lines: LineMap = new Map();
  let line = 1 + (text.match(/\n/g)?.length ?? 0);
  for (const piece of pieces) {
    const blank = /^(\r?\n)*/.exec(piece.text)?.[0].match(/\n/g)?.length ?? 0;
    lines.set(line + blank, piece.from);
    text += piece.text;
    line += piece.text.match(/\n/g)?.length ?? 0;
  }
  return { text, lines };
}

/** The seed files a draft adds to, by draft table (and partners), with the column their order is sorted by. */
const TARGETS = [
  { table: 'sources', file: SEED_FILES.sources, key: 'id' },
  { table: 'observations', file: SEED_FILES.observations, key: 'id' },
  { table: 'commodity-shares', file: SEED_FILES.commodityShares, key: 'id' },
  { table: 'skipped', file: SEED_FILES.skipped, key: 'source_id' },
  { table: 'partners', file: SEED_FILES.partners, key: null },
] as const;

/** Reads one seed file for `withRows`; a problem with it is an error at its own line. */
function readSeedFile(dir: string, name: string, error: (m: Message) => void): SeedFile | null {
  const file = path.join(dir, name);
  const label = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    error({ file: label, line: 0, text: 'cannot read the file' });
    return null;
  }
  try {
    const [head, ...records] = parseCsv(text);
    if (!head) throw Object.assign(new Error('the file is empty'), { lines: 1 });
    return { name, head, records, eol: head.raw.endsWith('\r\n') ? '\r\n' : '\n' };
  } catch (e) {
    error({ file: label, line: csvErrorLine(e), text: `not valid CSV: ${csvErrorText(e)}` });
    return null;
  }
}

/**
 * Rows for seeds/partners.csv, for the partner and reporter codes a draft uses that partners.csv
 * lacks, with their names in English, Russian and Kazakh from the place lexicon (./places.ts). A
 * code the lexicon does not know stays missing, and the loader reports it at the draft's line
 * ("partner … is not in seeds/partners.csv: add a row").
 */
export function partnerRowsFor(codes: readonly string[]): Array<Record<string, string>> {
  return codes.flatMap((code) => {
    const place = PLACES.find((p) => p.code === code);
    return place ? [{ code, kind: place.kind, name_en: place.nameEn, name_ru: place.nameRu, name_kk: place.nameKk, aliases: '' }] : [];
  });
}

/**
 * The draft's source id: kept where it is a corpus-style id (`NNN_<16 hex>`) whose number
 * sources.csv does not use yet; otherwise the next number after the highest in sources.csv and the
 * first 16 hex digits of the article text's sha256. Null when all thousand numbers are taken.
 */
export function assignSourceId(draftId: string, existingIds: readonly string[], article: Buffer): string | null {
  const numbers = existingIds.filter((id) => /^\d{3}_/.test(id)).map((id) => Number(id.slice(0, 3)));
  if (SOURCE_ID.test(draftId) && !numbers.includes(Number(draftId.slice(0, 3)))) return draftId;
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  if (next > 999) return null;
  return `${String(next).padStart(3, '0')}_${createHash('sha256').update(article).digest('hex').slice(0, 16)}`;
}

/** Finds the article a draft names: an absolute path, or one relative to the current folder or to the draft's folder. */
function findArticle(given: string, draftFile: string): string | null {
  const candidates = path.isAbsolute(given) ? [given] : [path.resolve(given), path.resolve(path.dirname(draftFile), given)];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** The `.txt` files of a folder, if it is one. */
const textFiles = (dir: string) =>
  existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) : [];

/** What to do about an empty cell, where its column's name does not say it plainly. */
const EMPTY_HINTS: Record<string, string> = {
  quote: 'copy the sentence from the article',
  quote_en: 'translate the quote',
  as_written: 'copy the figure as the article prints it',
  title: 'copy the article’s title',
  title_en: 'translate the title',
  date_note: 'say how the publication date was established',
  reason: 'say why the number is not recorded',
};

/** A loader message about a draft row as the curator reads it: the same, with what to do where the loader does not say. */
function explain(text: string, seedLabel: (name: string) => string): string {
  const empty = /^(\w+) must not be empty \((?:got "\s*"|missing column)\)$/.exec(text);
  if (empty?.[1]) return `${empty[1]} is empty${EMPTY_HINTS[empty[1]] ? ` (${EMPTY_HINTS[empty[1]]})` : ''}`;
  const unknown = /^(reporter|partner|indicator|commodity) "(.*)" is not in ([\w-]+\.csv)$/.exec(text);
  if (unknown?.[3]) {
    const [, field, code, file] = unknown;
    const what = field === 'reporter' || field === 'partner' ? 'add a row' : `use one of its codes, or add a row`;
    return `${field} ${code} is not in ${seedLabel(file)}: ${what}`;
  }
  return text;
}

/** Draft messages first, by line; then the seed files' own. */
const ordered = (messages: Message[], draftLabel: string) =>
  [...messages].sort((a, b) => Number(b.file === draftLabel) - Number(a.file === draftLabel) || (a.file === draftLabel ? a.line - b.line : 0));

/**
 * The draft's rows as the seed files will hold them, by table: projected onto each file's columns
 * (the assistant's columns and `article` dropped), the source id and the figures' ids assigned
 * (`NNN-01`… observations, `NNN-s01`… commodity shares, in the draft's order).
 */
function rowsAsAccepted(entries: DraftEntry[], sourceId: string): Map<DraftTable | 'partners', NewRows> {
  const number = sourceId.slice(0, 3);
  const counters = { observations: 0, 'commodity-shares': 0 };
  const figureIds = new Map<string, string>();
  const out = new Map<DraftTable | 'partners', NewRows>(TARGETS.map((t) => [t.table, []]));
  for (const e of entries) {
    const cells = Object.fromEntries(SEED_COLUMNS[e.table].map((c) => [c, e.cells[c] ?? '']));
    if (e.table === 'observations' || e.table === 'commodity-shares') {
      const n = String(++counters[e.table]).padStart(2, '0');
      cells.id = e.table === 'observations' ? `${number}-${n}` : `${number}-s${n}`;
      if (e.cells.id) figureIds.set(e.cells.id, cells.id);
    }
    if (e.table === 'sources') cells.id = sourceId;
    else cells.source_id = sourceId;
    out.get(e.table)?.push({ cells, line: e.line });
  }
  // A note names another figure by its id (README, "Cross-checks"): the draft's ids (draft-1…) become the assigned ones there too.
  const renamed = (text: string) => text.replace(/[0-9a-z]+(?:-[0-9a-z]+)+/g, (word) => figureIds.get(word) ?? word);
  for (const rows of out.values()) for (const { cells } of rows) for (const note of ['note', 'note_ru', 'note_kk']) if (cells[note]) cells[note] = renamed(cells[note]);
  return out;
}

/**
 * Loads copies of the seed files of `seedDir`, `files` in place of their own, with the loader
 * (`readSeeds`) in a temporary folder. Returns the data, or null after passing each of the
 * loader's problems to `problem` as file name (inside the seed folder), line and text.
 */
function loadWithDraft(seedDir: string, files: Map<string, string | Buffer>, problem: (p: { file: string; line: number; text: string }) => void): SeedData | null {
  const temp = mkdtempSync(path.join(tmpdir(), 'kz-curate-'));
  try {
    for (const name of Object.values(SEED_FILES)) {
      const content = files.get(name);
      if (content !== undefined) writeFileSync(path.join(temp, name), content);
      else if (existsSync(path.join(seedDir, name))) cpSync(path.join(seedDir, name), path.join(temp, name));
    }
    return readSeeds(temp);
  } catch (e) {
    if (!(e instanceof SeedError)) throw e;
    for (const text of e.problems) {
      // The loader's `file:line: what` (or `file: what`), the file named as displayPath names it.
      const m = /^(.+?\.csv)(?::(\d+))?: (.*)$/s.exec(text);
      if (m?.[1] && m[3] !== undefined) problem({ file: path.relative(temp, path.resolve(m[1])), line: Number(m[2] ?? 0), text: m[3] });
      else problem({ file: SEED_FILES.sources, line: 0, text });
    }
    return null;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Checks a reviewed draft against the seed files of `seedDir` with the loader's own rules, as if
 * accepted: its ids assigned, its rows added to copies of the seed files, which `readSeeds` loads.
 * Also: one sources row, every row's source_id that row's id, the article file there, every quote
 * and skipped context in it verbatim. Flags left in the draft and numbers of the article that no
 * row accounts for are warnings.
 */
export function reviewDraft(draftFile: string, { seedDir, corpusDir }: ReviewDirs): DraftReview {
  const draftLabel = displayPath(draftFile);
  const seedLabel = (name: string) => displayPath(path.join(seedDir, name));
  const errors: Message[] = [];
  const warnings: Message[] = [];
  const error = (line: number, text: string) => errors.push({ file: draftLabel, line, text });
  const warn = (line: number, text: string) => warnings.push({ file: draftLabel, line, text });
  const done = (accepted?: DraftReview['accepted']): DraftReview => ({ errors: ordered(errors, draftLabel), warnings: ordered(warnings, draftLabel), ...(accepted ? { accepted } : {}) });

  // Whatever can be checked is checked, so that one run lists every problem; only what the rest
  // depends on stops it early: the draft's columns, its sources row, the article, the seed files.
  const entries = readDraft(draftFile, error);
  if (!entries) return done();
  for (const { line, cells } of entries) if (cells.flags?.trim()) warn(line, `warning: still flagged: ${cells.flags.trim()}`);

  const sourceRows = entries.filter((e) => e.table === 'sources');
  const source = sourceRows[0];
  if (!source) {
    error(0, 'has no sources row: a draft describes its article in one row whose table is "sources"');
    return done();
  }
  for (const extra of sourceRows.slice(1)) error(extra.line, `a second sources row (the first is line ${source.line}): a draft describes one article`);
  const placeholder = source.cells.id ?? '';
  for (const e of entries)
    if (e.table !== 'sources' && (e.cells.source_id ?? '') !== placeholder)
      error(e.line, `source_id "${e.cells.source_id ?? ''}" is not the id of the draft's sources row ("${placeholder}", line ${source.line})`);

  const givenArticle = source.cells.article?.trim() ?? '';
  const articleFile = givenArticle ? findArticle(givenArticle, draftFile) : null;
  if (!givenArticle) error(source.line, 'article is empty: give the path of the article’s text file');
  else if (!articleFile) error(source.line, `article "${givenArticle}" does not exist (a path from the current folder or from the draft’s folder)`);
  const bytes = articleFile ? readFileSync(articleFile) : null;
  const article = bytes?.toString('utf8') ?? null;
  if (bytes)
    for (const file of [...textFiles(corpusDir), ...textFiles(articlesDir(seedDir))])
      if (readFileSync(file).equals(bytes)) error(source.line, `the article is already a source: ${displayPath(file)} has the same text`);
  if (article !== null)
    for (const { table, line, cells } of entries) {
      if ((table === 'observations' || table === 'commodity-shares') && cells.quote?.trim() && !article.includes(cells.quote.trim()))
        error(line, 'quote does not occur in the article: copy the sentence from the article as it is');
      if (table === 'skipped' && cells.context && !article.includes(cells.context)) error(line, `context "${cells.context}" does not occur in the article: copy it from the article as it is`);
    }

  const seeds = new Map(TARGETS.map((t) => [t.table, readSeedFile(seedDir, t.file, (m) => errors.push(m))]));
  for (const t of TARGETS) {
    const head = seeds.get(t.table)?.head.cells;
    const expected = t.table === 'partners' ? null : SEED_COLUMNS[t.table];
    if (head && expected && (head.length !== expected.length || expected.some((c) => !head.includes(c))))
      errors.push({ file: seedLabel(t.file), line: 1, text: `the columns are not those of the draft format (seeds/curate/format.ts): ${expected.join(',')}` });
  }
  const sources = seeds.get('sources');
  if (!bytes || article === null || !sources || [...seeds.values()].includes(null) || errors.some((e) => e.file !== draftLabel)) return done();

  // Ids as accept assigns them, so the loader checks the rows as they will be.
  const existingIds = sources.records.map((r) => r.cells[sources.head.cells.indexOf('id')] ?? '');
  const sourceId = assignSourceId(placeholder, existingIds, bytes);
  if (!sourceId) {
    error(source.line, `every source number up to 999 is taken in ${seedLabel(SEED_FILES.sources)}`);
    return done();
  }
  const articleTarget = path.join('articles', `${sourceId}.txt`);
  if (existsSync(path.join(seedDir, articleTarget)))
    errors.push({ file: seedLabel(articleTarget), line: 0, text: `already exists, but ${seedLabel(SEED_FILES.sources)} has no row ${sourceId}: remove the file or add its row` });
  const newRows = rowsAsAccepted(entries, sourceId);

  const partners = seeds.get('partners');
  const knownPartners = new Set(partners?.records.map((r) => r.cells[partners.head.cells.indexOf('code')] ?? ''));
  const usedPartners = new Set(entries.flatMap((e) => [e.cells.reporter ?? '', e.cells.partner ?? '']).filter(Boolean));
  newRows.set('partners', partnerRowsFor([...usedPartners].filter((code) => !knownPartners.has(code))).map((cells) => ({ cells, line: source.line })));

  const files = new Map<string, string | Buffer>();
  const lineMaps = new Map<string, LineMap>();
  for (const t of TARGETS) {
    const seed = seeds.get(t.table);
    const rows = newRows.get(t.table) ?? [];
    if (!seed || rows.length === 0) continue;
    const { text, lines } = withRows(seed, rows, t.key, seedLabel(t.file), draftLabel);
    files.set(t.file, text);
    lineMaps.set(t.file, lines);
  }
  files.set(articleTarget, bytes);

  const data = loadWithDraft(seedDir, files, (problem) => {
    const at = lineMaps.get(problem.file)?.get(problem.line) ?? { file: seedLabel(problem.file), line: problem.line };
    errors.push({ ...at, text: at.file === draftLabel ? explain(problem.text, seedLabel) : problem.text });
  });
  if (errors.length > 0 || !data) return done();

  const loaded = data.sources.find((s) => s.id === sourceId);
  if (loaded) {
    const coverage = articleCoverage(loaded, article, data);
    for (const m of coverage.mentions)
      if (m.status === 'unaccounted') warn(0, `warning: "${m.text.replace(/\s+/g, ' ')}" in the article is neither a figure nor skipped: add a row for it, or a skipped row with a reason`);
    for (const rule of coverage.staleSkips) {
      const line = entries.find((e) => e.table === 'skipped' && e.cells.context === rule.context)?.line ?? 0;
      warn(line, `warning: context "${rule.context}" holds no number of the article: the row skips nothing`);
    }
  }
  const count = (table: DraftTable | 'partners') => newRows.get(table)?.length ?? 0;
  const added = { sources: 1, observations: count('observations'), 'commodity-shares': count('commodity-shares'), skipped: count('skipped'), partners: count('partners') };
  return done({ sourceId, files, added });
}

/**
 * Writes every file or none: each to a temporary name beside its target first, then all renamed
 * into place. A failure before the renames removes the temporary files and leaves the folder as it was.
 */
function writeAll(dir: string, files: Map<string, string | Buffer>): void {
  const staged: Array<{ temp: string; target: string }> = [];
  const createdDirs: string[] = [];
  try {
    for (const [name, content] of files) {
      const target = path.join(dir, name);
      if (!existsSync(path.dirname(target))) {
        mkdirSync(path.dirname(target), { recursive: true });
        createdDirs.push(path.dirname(target));
      }
      const temp = `${target}.curate-${process.pid}.tmp`;
      staged.push({ temp, target });
      writeFileSync(temp, content);
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    for (const created of createdDirs.reverse()) rmSync(created, { recursive: true, force: true });
    throw error;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
}

/**
 * Accepts a reviewed draft: refuses it on any error of `reviewDraft` (nothing written); otherwise
 * adds its rows to the seed files, copies the article to `seeds/articles/<source id>.txt`, and
 * returns the coverage of the new source, read back from the seed folder as `npm run seeds:coverage` reads it.
 */
export function acceptDraft(draftFile: string, dirs: ReviewDirs): { review: DraftReview; coverage?: ArticleCoverage } {
  const review = reviewDraft(draftFile, dirs);
  if (review.errors.length > 0 || !review.accepted) return { review };
  const { sourceId, files } = review.accepted;
  writeAll(dirs.seedDir, files);
  const data = readSeeds(dirs.seedDir);
  const source = data.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`${sourceId} was written to ${displayPath(path.join(dirs.seedDir, SEED_FILES.sources))} but does not load from it`);
  return { review, coverage: articleCoverage(source, readArticle(dirs.corpusDir, sourceId, dirs.seedDir), data) };
}
