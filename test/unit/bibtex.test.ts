import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexKey, bibtexMonth, bibtexUrl, escapeBibtex } from '../../src/domain/bibtex';
import { bracesBalanced, parseBibtex, unescapedSpecials } from '../helpers/bibtex';

const HOSTILE = '50% & {x}_#$';

describe('escapeBibtex', () => {
  it('escapes every LaTeX special, braces so that BibTeX still counts them balanced', () => {
    expect(escapeBibtex(HOSTILE)).toBe('50\\% \\& \\textbraceleft{}x\\textbraceright{}\\_\\#\\$');
    expect(escapeBibtex('a\\b ~ c^2')).toBe('a\\textbackslash{}b \\textasciitilde{} c\\textasciicircum{}2');
    for (const text of [HOSTILE, '}{', '{{7*7}} ${7*7}', '\\}', '%}{%', 'a}b{c}']) {
      const escaped = escapeBibtex(text);
      expect(bracesBalanced(escaped), escaped).toBe(true);
      expect(unescapedSpecials(escaped), escaped).toEqual([]);
    }
  });

  it('keeps Cyrillic and other letters as they are, on one line', () => {
    expect(escapeBibtex('Торговля и инвестиции\nКазахстана: «Жапония»')).toBe('Торговля и инвестиции Казахстана: «Жапония»');
  });
});

describe('bibtexKey', () => {
  it('is ASCII, never empty, and the same for the same input', () => {
    expect(bibtexKey('kztid', '2025.12.17-1a2b3c4d', 'trade-JPN')).toBe('kztid:2025.12.17-1a2b3c4d:trade-JPN');
    expect(bibtexKey('Жапония', '{x}, y')).toBe('xy');
    expect(bibtexKey('Жапония')).toBe('entry');
    expect(bibtexKey('kazinform2025', '000')).toMatch(/^[A-Za-z0-9:._-]+$/);
  });
});

describe('bibtexEntry', () => {
  it('writes a well-formed entry from hostile values, leaving out empty fields', () => {
    const entry = bibtexEntry('misc', `key ${HOSTILE}`, [
      ['title', `${HOSTILE} Тинч атом`, 'protected'],
      ['author', 'Kazakhstan Trade & Investment Dashboard', 'protected'],
      ['note', HOSTILE],
      ['url', 'https://example.org/a_b?x=1%20#f{g}'],
      ['month', bibtexMonth('2025-12-17'), 'macro'],
      ['publisher', null],
      ['year', ''],
    ]);
    expect(bracesBalanced(entry)).toBe(true);
    const [parsed, ...rest] = parseBibtex(entry);
    expect(rest).toEqual([]);
    expect(parsed?.type).toBe('misc');
    expect(parsed?.key).toMatch(/^[A-Za-z0-9:._-]+$/);
    expect(Object.keys(parsed?.fields ?? {})).toEqual(['title', 'author', 'note', 'url', 'month']);
    expect(parsed?.fields.title).toBe('{50\\% \\& \\textbraceleft{}x\\textbraceright{}\\_\\#\\$ Тинч атом}');
    expect(parsed?.fields.author).toBe('{Kazakhstan Trade \\& Investment Dashboard}');
    expect(parsed?.fields.month).toBe('dec');
    for (const name of ['title', 'author', 'note'] as const) expect(unescapedSpecials(parsed?.fields[name] ?? '')).toEqual([]);
  });

  it('keeps a URL verbatim except for what would break the field', () => {
    expect(bibtexUrl('https://oz.inform.kz/news/a_b-9486c3/?q=50%25#x')).toBe('https://oz.inform.kz/news/a_b-9486c3/?q=50%25#x');
    expect(bibtexUrl('https://x.test/{a}\\ b')).toBe('https://x.test/%7Ba%7D%5C%20b');
  });

  it('gives month macros only where the month is known', () => {
    expect(bibtexMonth('2025-01')).toBe('jan');
    expect(bibtexMonth('2014')).toBeUndefined();
  });
});
