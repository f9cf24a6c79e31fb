/**
 * Seed fixtures with hostile text in every free-text field: script tags, attribute breakouts,
 * template braces, right-to-left overrides, spreadsheet formulas and very long strings. Built as
 * a copy of the real seed files, so they pass the loader's validation.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SEED_DIR } from '../../seeds/loader';

export const SCRIPT = '<script>document.title="pwned"</script>';
export const BREAKOUT = '"><img src=x onerror=alert(1)>';
export const BRACES = '{{7*7}} ${7*7}';
export const RTL = '\u202Eevil\u202C \u200Fmark';
export const FORMULA = '=HYPERLINK("http://example.invalid","x")';
export const LONG = 'Ж'.repeat(10_000);
export const HOSTILE = `${SCRIPT} ${BREAKOUT} ${BRACES} ${RTL}`;

type Row = Record<string, string>;

function edit(dir: string, file: string, change: (row: Row, index: number) => void): void {
  const target = path.join(dir, file);
  const rows = parse(readFileSync(target, 'utf8'), { columns: true }) as Row[];
  rows.forEach(change);
  writeFileSync(target, stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) }));
}

/** A temporary seed folder whose text fields hold hostile strings. */
export function hostileSeedDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-hostile-'));
  cpSync(SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  edit(dir, 'sources.csv', (r, i) => {
    r.publisher = i === 0 ? SCRIPT : BREAKOUT;
    r.title = `${HOSTILE} ${r.title}`;
    r.title_en = i === 1 ? LONG : `${BRACES} ${r.title_en}`;
    r.date_note = `${RTL} ${r.date_note}`;
    r.date_note_kk = `${SCRIPT} ${r.date_note_kk}`;
    r.note = FORMULA;
    r.note_ru = `${BREAKOUT} ${r.note_ru}`;
  });
  edit(dir, 'partners.csv', (r) => {
    if (r.code === 'JPN') r.name_en = `<b onmouseover=alert(1)>Japan</b> ${RTL}`;
  });
  edit(dir, 'indicators.csv', (r) => {
    if (r.code === 'exports') r.name_en = `Exports ${SCRIPT}`;
    r.description = BREAKOUT;
  });
  edit(dir, 'commodities.csv', (r, i) => {
    if (i === 0) r.name_en = `${FORMULA} ${SCRIPT}`;
  });
  edit(dir, 'observations.csv', (r, i) => {
    r.quote = `${i === 0 ? FORMULA : HOSTILE} ${r.as_written} ${i === 1 ? LONG : RTL}`;
    r.quote_en = i === 2 ? `-${LONG}` : `${BREAKOUT} ${BRACES}`;
    // The curated note follows: the loader checks what some notes must say (a range's lower end).
    r.note = `</textarea>${SCRIPT} @SUM(A1)${r.note ? ` ${r.note}` : ''}`;
    // Every row now has a note, so every row has its Russian and Kazakh versions (the loader's rule).
    r.note_ru = `${SCRIPT} ${r.note_ru || BRACES}`;
    r.note_kk = `@${BREAKOUT} ${r.note_kk || RTL}`;
  });
  edit(dir, 'commodity-shares.csv', (r) => {
    r.commodity_original = SCRIPT;
    r.quote = `${HOSTILE} ${r.as_written}`;
    r.note = `+${BREAKOUT}`;
  });
  edit(dir, 'skipped.csv', (r) => {
    r.reason = `${HOSTILE} ${r.reason}`;
    r.reason_ru = `${HOSTILE} ${r.reason_ru}`;
    r.reason_kk = `${HOSTILE} ${r.reason_kk}`;
  });
  return dir;
}
