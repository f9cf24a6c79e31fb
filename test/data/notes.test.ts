/**
 * Curators' notes in three languages: every note, date note and skip reason has our Russian and
 * Kazakh versions, and none of them names an article by its file id: readers know an article by
 * its publisher and date ("Kazinform (17 Dec 2025)", "Article 001 (Dec 2025)"), as the site shows it.
 */
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../seeds/loader';

const data = readSeeds();

interface Note {
  where: string;
  en: string | null;
  ru: string | null | undefined;
  kk: string | null | undefined;
}

const notes: Note[] = [
  ...data.observations.map((o) => ({ where: `observation ${o.id} note`, en: o.note ?? null, ru: o.noteRu, kk: o.noteKk })),
  ...data.commodityShares.map((s) => ({ where: `commodity share ${s.id} note`, en: s.note ?? null, ru: s.noteRu, kk: s.noteKk })),
  ...data.sources.flatMap((s) => [
    { where: `source ${s.id} date_note`, en: s.dateNote, ru: s.dateNoteRu, kk: s.dateNoteKk },
    { where: `source ${s.id} note`, en: s.note ?? null, ru: s.noteRu, kk: s.noteKk },
  ]),
  ...data.skippedMentions.map((m) => ({ where: `skipped "${m.context}" reason`, en: m.reason, ru: m.reasonRu, kk: m.reasonKk })),
];
const written = notes.filter((n) => n.en);

/** A source's id as it names the article file: 000_a50b504d80912738. */
const SOURCE_ID = /\d{3}_[0-9a-f]{16}/;

describe('curators’ notes', () => {
  it('are many: figure notes, date notes, source notes and skip reasons', () => {
    expect(written.length).toBeGreaterThan(150);
  });

  // That each note has both versions, and none is set without a note, seeds/loader.ts refuses to load otherwise.

  it('are translations in Cyrillic, not copies of the English or of each other', () => {
    const copies = written.filter((n) => n.ru === n.en || n.kk === n.en || n.ru === n.kk).map((n) => n.where);
    expect(copies).toEqual([]);
    const notCyrillic = written.filter((n) => !/\p{Script=Cyrillic}/u.test(n.ru ?? '') || !/\p{Script=Cyrillic}/u.test(n.kk ?? '')).map((n) => n.where);
    expect(notCyrillic).toEqual([]);
  });

  it('keep the numbers of the English note', () => {
    // Every number the English note states, written as the note writes it or with a decimal comma.
    const numbers = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
    const lost = written.flatMap((n) =>
      numbers(n.en ?? '')
        .filter((x) => !(n.ru ?? '').includes(x.replace('.', ',')) && !(n.ru ?? '').includes(x) || !(n.kk ?? '').includes(x.replace('.', ',')) && !(n.kk ?? '').includes(x))
        .map((x) => `${n.where}: ${x}`),
    );
    expect(lost).toEqual([]);
  });

  it('never name an article by its source id, in any language', () => {
    const naming = notes.flatMap((n) => (['en', 'ru', 'kk'] as const).filter((lang) => SOURCE_ID.test(n[lang] ?? '')).map((lang) => `${n.where} (${lang})`));
    expect(naming).toEqual([]);
  });
});
