/**
 * The article as text: refusing input that is not an article, the language, the head (title and
 * date line), and sentences with their offsets.
 */

export type DraftLanguage = 'kk' | 'ru' | 'uz-Cyrl' | 'uz-Latn' | 'en';

/** Input the assistant refuses, with a message for the curator. */
export class DraftInputError extends Error {
  override name = 'DraftInputError';
}

/** About 300,000 words: far beyond any news article, and still drafted in a few seconds. */
export const MAX_CHARACTERS = 2_000_000;

/** Refuses binary, empty, enormous or mixed-script input. */
export function checkArticleText(text: string): void {
  if (text.length > MAX_CHARACTERS) throw new DraftInputError(`the article has ${text.length.toLocaleString('en')} characters, more than the ${MAX_CHARACTERS.toLocaleString('en')} a news article could have: is it the right file?`);
  // eslint-disable-next-line no-control-regex
  const control = (text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (control > 0) throw new DraftInputError(`the file is not plain UTF-8 text (${control} control or undecodable characters): save the article as a .txt file in UTF-8`);
  const letters = { length: count(text, /\p{L}/gu) };
  if (letters.length === 0) throw new DraftInputError('the article is empty: it holds no words');
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  const other = letters.length - cyrillic - latin;
  const minority = Math.min(cyrillic, latin) / letters.length;
  if (other / letters.length > 0.2) throw new DraftInputError(`the article is mostly in a script the assistant does not read (${Math.round((100 * other) / letters.length)} % of its letters are neither Cyrillic nor Latin)`);
  if (minority > 0.3) {
    throw new DraftInputError(
      `the article mixes scripts (${Math.round((100 * cyrillic) / letters.length)} % Cyrillic, ${Math.round((100 * latin) / letters.length)} % Latin letters): draft one language at a time, one article per file`,
    );
  }
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** The article's language from its letters: Kazakh and Uzbek have letters of their own; Latin-script Uzbek has o‘/g‘ and its common words. */
export function detectLanguage(text: string): DraftLanguage {
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (latin > cyrillic) {
    const uz = count(text, /[og][ʻ'‘’`]|(?<!\p{L})(va|bilan|uchun|yil|yilda|mlrd|mln|ming|dollar\p{L}*|bo['ʻ‘’]yicha|hamda|esa)(?!\p{L})/giu);
    const en = count(text, /(?<!\p{L})(the|and|of|to|in|with|for|billion|million)(?!\p{L})/giu);
    return uz > en ? 'uz-Latn' : 'en';
  }
  const kk = count(text, /[әөұүіңӘӨҰҮІҢ]/gu);
  const uz = count(text, /[ўҳЎҲ]/gu);
  if (kk === 0 && uz === 0) return 'ru';
  return uz > kk ? 'uz-Cyrl' : 'kk';
}

/** The head of an article: its title, and a date from a leading "date YYYY-MM-DD" line where there is one. */
export function readHead(text: string): { title: string; date?: string } {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const dated = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$/u.exec(first);
  const line = (dated ? (dated[2] ?? '') : first).trim();
  // A first line that is a whole paragraph: its first sentence.
  const title = line.length > 200 ? (splitSentences(line)[0]?.text ?? line).slice(0, 200) : line;
  return dated?.[1] ? { title, date: dated[1] } : { title };
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** The paragraph (line) the sentence begins in, counted from 0. */
  paragraph: number;
}

/** Words a point follows without ending a sentence: scale words before their currency ("7 млрд.\nАҚШ долларын"), units, initials. */
const ABBREVIATION = /(?:(?<!\p{L})(?:млрд|млн|трлн|тыс|долл|руб|mlrd|mln|trln|bn|mn|т\.б|т\.е|г|гг|им|ж|жж|ст|проф|д)|(?<!\p{L})\p{Lu})\.$/u;

/**
 * Sentences with their offsets in the text. A sentence ends at . ! ? … (one or more) before a
 * capital, a digit, a quote or a dash, or at a line break, but not after a scale abbreviation or an
 * initial. A trailing citation mark ("[3]") and the points after it are left out.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let startParagraph = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
    // A citation mark at the end: "ашылды [3].." → "ашылды".
    const cited = /\s*\[\d+\]\.*$/u.exec(text.slice(s, e));
    if (cited) e -= cited[0].length;
    // Points beyond the first: "кіреді.." → "кіреді.".
    while (e - s > 1 && text[e - 1] === '.' && text[e - 2] === '.') e -= 1;
    if (e > s && /\p{L}|\d/u.test(text.slice(s, e))) sentences.push({ text: text.slice(s, e), start: s, end: e, paragraph: startParagraph });
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c === '\n') {
      const before = text.slice(Math.max(0, i - 12), i).trimEnd();
      if (!ABBREVIATION.test(before)) {
        push(i);
        start = i + 1;
        startParagraph = paragraph + 1;
      }
      paragraph += 1;
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i;
      while (j + 1 < text.length && /[.!?…]/u.test(text[j + 1] ?? '')) j += 1;
      // A citation after the point belongs to the sentence: "... [3].." handled by push.
      let k = j + 1;
      while (k < text.length && text[k] === ' ') k += 1;
      const next = text[k] ?? '';
      const spaced = k > j + 1;
      const ends = next === '' || next === '\n' || /[\p{Lu}\d«"“„—–-]/u.test(next) || (j > i && /\p{L}/u.test(next));
      if (ends && (spaced || j > i || /\p{Lu}/u.test(next)) && !(c === '.' && j === i && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1)))) {
        push(j + 1);
        start = j + 1;
        startParagraph = paragraph;
        i = j;
      }
    }
  }
  push(text.length);
  return sentences;
}
