/**
 * Search across scripts: every name is reduced to one Latin spelling (Kazakh, Russian and Uzbek
 * Cyrillic transliterated; q→k, kh→h and similar folded), so that Япония, Жапония, Japan and
 * Yaponiya all find Japan. Matches rank exact, then prefix, word prefix, substring, then a small
 * typo (one edit for four letters or more, two for eight or more; a swapped pair counts as one; the
 * first letter as typed).
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ў: 'o', ф: 'f',
  х: 'h', һ: 'h', ҳ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** One Latin spelling for any of our scripts, lower case, letters and digits separated by single spaces. */
export function normalizeForSearch(text: string): string {
  const lower = text.toLocaleLowerCase('ru').normalize('NFKD').replace(/\p{M}/gu, '');
  let latin = '';
  for (const ch of lower) latin += CYRILLIC[ch] ?? ch;
  return latin
    .replace(/['’ʻʼ`]/g, '')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/x/g, 'h')
    .replace(/w/g, 'v')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Edit distance counting an adjacent transposition ("japna") as one edit, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? max + 1;
}

export interface Searchable<K extends string = string> {
  kind: K;
  key: string;
  /** Every name the item goes by, in any language and script. */
  names: string[];
}

export interface SearchHit<T extends Searchable> {
  item: T;
  score: number;
  /** The name that matched best. */
  matched: string;
}

function score(query: string, raw: string, name: string): number {
  const n = normalizeForSearch(name);
  if (!n) return 0;
  // Exactly what was typed beats a spelling that only normalises the same (Yaponiya over Япония).
  if (n === query) return name.toLocaleLowerCase('ru') === raw.trim().toLocaleLowerCase('ru') ? 101 : 100;
  if (n.startsWith(query)) return 80;
  const words = n.split(' ');
  if (words.some((w) => w.startsWith(query))) return 70;
  if (query.length >= 3 && n.includes(query)) return 50;
  const allowed = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
  if (allowed === 0) return 0;
  // A typo in a whole name or in one of its words, or in a prefix of the same length; never in the
  // first letter, which readers rarely mistype ("china" is not a typo of "shina", tyres).
  const candidates = [n, ...words, ...words.map((w) => w.slice(0, query.length))].filter((c) => c[0] === query[0]);
  const distance = Math.min(...candidates.map((c) => editDistance(query, c, allowed)));
  return distance <= allowed ? 40 - 10 * distance : 0;
}

/** Items matching the query, best first; each with the name that matched. */
export function search<T extends Searchable>(items: readonly T[], query: string, limit = 50): Array<SearchHit<T>> {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const hits: Array<SearchHit<T>> = [];
  for (const item of items) {
    let best = { score: 0, matched: '' };
    for (const name of item.names) {
      const s = score(q, query, name);
      if (s > best.score) best = { score: s, matched: name };
    }
    if (best.score > 0) hits.push({ item, ...best });
  }
  return hits.sort((a, b) => b.score - a.score || a.matched.localeCompare(b.matched)).slice(0, limit);
}
