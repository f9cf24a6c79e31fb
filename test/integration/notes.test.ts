/**
 * Curators' notes speak the page's language: a Russian or Kazakh page shows our Russian or Kazakh
 * version of every note, date note and skip reason, marked with that language, and none of the
 * English notes; downloads stay language-neutral unless `?lang=` asks for the notes in a language.
 */
import { parse } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../seeds/loader';
import { buildTestApp, textOf } from '../helpers/app';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

const seeds = readSeeds();
const SOURCE = '004_3d641aaf15a662e3';
const source = seeds.sources.find((s) => s.id === SOURCE)!;
const observation = (id: string) => seeds.observations.find((o) => o.id === id)!;
/** Every English note, date note and skip reason in the seeds. */
const englishNotes = [
  ...seeds.observations.map((o) => o.note),
  ...seeds.commodityShares.map((s) => s.note),
  ...seeds.sources.flatMap((s) => [s.dateNote, s.note]),
  ...seeds.skippedMentions.map((m) => m.reason),
].filter((n): n is string => Boolean(n));

/** The definition beside a term in the source's "about" list. */
const definition = (doc: HTMLElement, term: string) => doc.querySelectorAll('dl.meta > div').find((d) => textOf(d.querySelector('dt')) === term)?.querySelector('dd');

/** English notes that appear in the page's text (longer ones only: a short reason such as "name of the G7 group" could be a coincidence). */
const englishIn = (doc: HTMLElement) => {
  const text = textOf(doc.querySelector('main'));
  return englishNotes.filter((n) => n.length > 25 && text.includes(n));
};

describe('notes on a source page', () => {
  it('are in Russian on /ru, marked lang="ru", with no English note left', async () => {
    const doc = (await t.get(`/ru/sources/${SOURCE}`)).document;
    const dateNote = definition(doc, 'Как установлена дата');
    expect(dateNote?.getAttribute('lang')).toBe('ru');
    expect(textOf(dateNote)).toBe(source.dateNoteRu);
    expect(textOf(dateNote)).toContain('по данным статьи 001 (декабрь 2025 г.)');
    const note = definition(doc, 'Примечание');
    expect(note?.getAttribute('lang')).toBe('ru');
    expect(textOf(note)).toBe(source.noteRu);

    const figureNote = doc.querySelector('#fig-004-01 .note span');
    expect(figureNote?.getAttribute('lang')).toBe('ru');
    expect(textOf(figureNote)).toBe(observation('004-01').noteRu);
    expect(textOf(figureNote)).toMatch(/^Статья 001 \(декабрь 2025 г\.\) сообщает о более чем 60 двусторонних документах\./);

    const reasons = doc.querySelectorAll('section[aria-labelledby="skipped"] tbody td:nth-child(2)');
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.map((td) => td.getAttribute('lang'))).toEqual(reasons.map(() => 'ru'));
    const expected = seeds.skippedMentions.filter((m) => m.sourceId === SOURCE).map((m) => m.reasonRu);
    expect(reasons.map((td) => textOf(td))).toEqual(expected);

    expect(doc.querySelectorAll('main [lang="en"]').map((el) => textOf(el))).toEqual([]);
    expect(englishIn(doc)).toEqual([]);
  });

  it('are in Kazakh on /kk and stay English on /en', async () => {
    const kk = (await t.get(`/kk/sources/${SOURCE}`)).document;
    expect(textOf(kk.querySelector('#fig-004-06 .note span'))).toBe(observation('004-06').noteKk);
    expect(kk.querySelector('#fig-004-06 .note span')?.getAttribute('lang')).toBe('kk');
    expect(englishIn(kk)).toEqual([]);

    const en = (await t.get(`/en/sources/${SOURCE}`)).document;
    expect(en.querySelector('#fig-004-06 .note span')?.getAttribute('lang')).toBe('en');
    expect(textOf(en.querySelector('#fig-004-06 .note span'))).toBe(observation('004-06').note);
    expect(textOf(definition(en, 'How we date it'))).toBe(source.dateNote);
  });
});

describe('notes on a partner page', () => {
  it('are in Kazakh on /kk/partners/JPN, marked lang="kk", with no English note left', async () => {
    const doc = (await t.get('/kk/partners/JPN')).document;
    const notes = doc.querySelectorAll('details.notes p span');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.map((n) => n.getAttribute('lang'))).toEqual(notes.map(() => 'kk'));
    const kazakh = new Set(seeds.observations.map((o) => o.noteKk));
    expect(notes.map((n) => textOf(n)).filter((n) => !kazakh.has(n))).toEqual([]);
    expect(notes.map((n) => textOf(n))).toContain(observation('003-05').noteKk);

    // The commodity composition's note, beside its chart.
    const chartNotes = doc.querySelectorAll('.chart-note[lang="kk"]').map((n) => textOf(n));
    // After the sentence saying how the treemap's areas are computed.
    expect(chartNotes.some((n) => n.endsWith(seeds.commodityShares.find((s) => s.id === '000-s01')!.noteKk ?? '—'))).toBe(true);

    expect(doc.querySelectorAll('main [lang="en"]').map((el) => textOf(el))).toEqual([]);
    expect(englishIn(doc)).toEqual([]);
  });
});

describe('notes on the compare page', () => {
  it('are in Russian beside each figure on /ru/compare', async () => {
    const doc = (await t.get('/ru/compare?partner=JPN&indicator=investment_stock&a=2014-03/2014-12&b=2025-12')).document;
    const notes = doc.querySelectorAll('.side-figures .note');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.map((n) => n.getAttribute('lang'))).toEqual(notes.map(() => 'ru'));
    expect(notes.map((n) => textOf(n))).toContain(observation('003-05').noteRu);
    expect(englishIn(doc)).toEqual([]);
  });
});

describe('notes in downloads', () => {
  const csv = async (path: string) => parse((await t.get(path)).text, { columns: true }) as Array<Record<string, string>>;

  it('keep the documented columns without ?lang=, and with ?lang=en', async () => {
    for (const path of ['/data/observations.csv', '/data/observations.csv?lang=en', '/data/commodity-shares.csv', '/data/sources.csv', '/data/sources.csv?lang=en']) {
      const columns = Object.keys((await csv(path))[0]!);
      expect(columns.filter((c) => /_(ru|kk)$/.test(c)), path).toEqual([]);
    }
  });

  it('append the notes in the language asked for as note_ru / note_kk', async () => {
    const ru = await csv(`/data/observations.csv?source_id=${SOURCE}&lang=ru`);
    expect(Object.keys(ru[0]!).slice(-1)).toEqual(['note_ru']);
    expect(ru.find((r) => r.id === '004-01')?.note_ru).toBe(observation('004-01').noteRu);
    expect(ru.find((r) => r.id === '004-01')?.note).toBe(observation('004-01').note);

    const shares = await csv('/data/commodity-shares.csv?flow=import&lang=kk');
    expect(Object.keys(shares[0]!).slice(-1)).toEqual(['note_kk']);
    expect(shares.every((s) => s.note_kk)).toBe(true);

    const sources = await csv(`/data/sources.csv?source_id=${SOURCE}&lang=kk`);
    expect(Object.keys(sources[0]!).slice(-2)).toEqual(['date_note_kk', 'note_kk']);
    expect(sources[0]).toMatchObject({ date_note_kk: source.dateNoteKk, note_kk: source.noteKk });

    const json = JSON.parse((await t.get(`/data/sources.json?source_id=${SOURCE}&lang=ru`)).text) as Array<Record<string, unknown>>;
    expect(json[0]).toMatchObject({ date_note_ru: source.dateNoteRu, note_ru: source.noteRu });
  });
});
