/**
 * The project's CSV writer (src/domain/csv.ts) against csv-stringify, on the same rows: the cells
 * the server writes for /data/observations.csv (OBSERVATION_EXPORT, period labels included), read
 * from a database into memory first, so that only the writing is timed. `npm run bench` runs it on
 * its synthetic database; alone:
 *
 *   npx tsx test/bench/csv-writer.ts [--db bench-results/bench-1000000.db] [--rows 200000] [--runs 5]
 *
 * Three writers, each producing the same bytes (checked before timing):
 * - the project: `csvLine` per row, appended to ~256 KB chunks as the server's download stream does;
 * - csv-stringify's sync API on the whole array at once (its fastest use);
 * - csv-stringify's stream, one write per row (how a server would use it).
 * csv-stringify is given the options that make its output ours: CRLF, quotes only where needed,
 * formula cells prefixed with an apostrophe (`escape_formulas`), numbers as JavaScript prints them.
 * Each writer runs once to warm up, then `runs` times in turn; the figure is the median run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Options as StringifyOptions, stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { openDatabase } from '../../db/client';
import { type Cell, exportContext, OBSERVATION_EXPORT } from '../../src/csv-contract';
import { csvLine } from '../../src/domain/csv';
import { iterateObservationExport } from '../../src/queries/observations';
import { listCommodities, listSources } from '../../src/queries/reference';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The options under which csv-stringify writes what src/domain/csv.ts writes. */
const SAME_OUTPUT: StringifyOptions = { record_delimiter: '\r\n', escape_formulas: true, eof: true };
const CHUNK = 256 * 1024;

export interface WriterResult {
  name: string;
  /** Median seconds over the timed runs, and rows a second at that median. */
  seconds: number;
  rowsPerSecond: number;
  runs: number[];
}

export interface CsvWriterBench {
  rows: number;
  columns: number;
  bytes: number;
  writers: WriterResult[];
  /** Project rows/s over the faster csv-stringify's. */
  ratio: number;
}

/** The first `limit` observation rows of the export, as the cells the server writes. */
export function readExportCells(file: string, limit: number): Cell[][] {
  const { sqlite, db } = openDatabase(file, { readonly: true });
  try {
    const context = exportContext(listSources(db), listCommodities(db));
    const cells: Cell[][] = [];
    for (const row of iterateObservationExport(db, OBSERVATION_EXPORT.fields)) {
      cells.push(OBSERVATION_EXPORT.columns.map((column) => column.value(row, context)));
      if (cells.length === limit) break;
    }
    return cells;
  } finally {
    sqlite.close();
  }
}

/** The project's writer as the download stream uses it: lines appended to chunks of about 256 KB. */
function writeWithProject(rows: Cell[][], sink: (chunk: string) => void): void {
  let chunk = '';
  for (const row of rows) {
    chunk += csvLine(row);
    if (chunk.length >= CHUNK) {
      sink(chunk);
      chunk = '';
    }
  }
  if (chunk) sink(chunk);
}

function writeWithStringifySync(rows: Cell[][], sink: (chunk: string) => void): void {
  sink(stringifySync(rows, SAME_OUTPUT));
}

function writeWithStringifyStream(rows: Cell[][], sink: (chunk: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = stringify(SAME_OUTPUT);
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => sink(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve());
    for (const row of rows) stream.write(row);
    stream.end();
  });
}

const WRITERS: ReadonlyArray<{ name: string; write: (rows: Cell[][], sink: (chunk: string) => void) => void | Promise<void> }> = [
  { name: 'project csvLine (src/domain/csv.ts)', write: writeWithProject },
  { name: 'csv-stringify, sync API', write: writeWithStringifySync },
  { name: 'csv-stringify, stream', write: writeWithStringifyStream },
];

async function output(write: (rows: Cell[][], sink: (chunk: string) => void) => void | Promise<void>, rows: Cell[][]): Promise<string> {
  const chunks: string[] = [];
  await write(rows, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/** Times each writer on the same rows; throws if any writes other bytes than the project's writer. */
export async function benchCsvWriters(rows: Cell[][], runs = 5): Promise<CsvWriterBench> {
  const expected = await output(writeWithProject, rows);
  for (const { name, write } of WRITERS) {
    const got = await output(write, rows);
    if (got !== expected) {
      const at = [...got].findIndex((c, i) => c !== expected[i]);
      throw new Error(`${name} writes other bytes than the project's writer (first difference at ${at}: ${JSON.stringify(got.slice(Math.max(0, at - 40), at + 40))} vs ${JSON.stringify(expected.slice(Math.max(0, at - 40), at + 40))})`);
    }
  }
  const times = WRITERS.map(() => [] as number[]);
  // The timed runs drop what they write, as a socket would take it.
  const sink = (chunk: string) => void chunk;
  for (let run = 0; run <= runs; run += 1) {
    for (const [i, { write }] of WRITERS.entries()) {
      const t0 = performance.now();
      await write(rows, sink);
      // Run 0 warms up: it is not counted.
      if (run > 0) times[i]?.push((performance.now() - t0) / 1000);
    }
  }
  const writers = WRITERS.map(({ name }, i) => {
    const seconds = median(times[i] ?? []);
    return { name, seconds, rowsPerSecond: rows.length / seconds, runs: times[i] ?? [] };
  });
  const [project, ...others] = writers;
  const bestOther = Math.max(...others.map((w) => w.rowsPerSecond));
  return { rows: rows.length, columns: rows[0]?.length ?? 0, bytes: Buffer.byteLength(expected), writers, ratio: (project?.rowsPerSecond ?? NaN) / bestOther };
}

/** The lines `npm run bench` and a run alone print. */
export function describeCsvWriters(result: CsvWriterBench): string[] {
  const n = (v: number, digits = 0) => v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return [
    `CSV writers on the same ${n(result.rows)} export rows (${result.columns} columns, ${n(result.bytes / 1e6, 1)} MB of CSV, identical bytes), median of ${result.writers[0]?.runs.length ?? 0} runs:`,
    ...result.writers.map((w) => `  ${w.name.padEnd(38)} ${n(w.rowsPerSecond).padStart(11)} rows/s  (${n(w.seconds * 1000)} ms; runs ${w.runs.map((s) => n(s * 1000)).join(', ')} ms)`),
    `  project / faster csv-stringify: ${n(result.ratio, 2)}×`,
  ];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = path.resolve(arg('--db') ?? path.join(ROOT, 'bench-results', 'bench-1000000.db'));
  const limit = Number(arg('--rows') ?? 200_000);
  const runs = Number(arg('--runs') ?? 5);
  if (!existsSync(file)) throw new Error(`${file} does not exist: make it with npm run bench:data -- --rows 1000000 --out ${path.relative(ROOT, file)}, or pass --db.`);
  if (!(limit > 0) || !(runs > 0)) throw new Error('--rows and --runs need positive numbers');
  const rows = readExportCells(file, limit);
  console.log(`Node ${process.version}, ${path.relative(ROOT, file)}`);
  for (const line of describeCsvWriters(await benchCsvWriters(rows, runs))) console.log(line);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
