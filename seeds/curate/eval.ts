/**
 * `npm run curate:eval`: how good the drafting assistant is, measured on the corpus. Drafts each
 * curated article from its text alone (with the publication date and publisher a curator would
 * give as options, never its curated figures), then matches the draft against seeds/: a drafted
 * figure matches a curated one when the number stands in the same sentence of the article and the
 * value and unit agree. It prints recall and precision of that match, each field's agreement on the
 * matched pairs, and how many drafted figures have every field right, per language and in all.
 */
import { sameValue } from '../../src/domain/numbers';
import { corpusDir, readArticle } from '../corpus';
import { readSeeds } from '../loader';
import { type DraftFigure, draftArticle } from './draft';
import { splitSentences } from './text';

interface Curated {
  id: string;
  sourceId: string;
  quote: string;
  asWritten: string;
  value: number;
  unit: string;
  periodStart: string;
  periodEnd: string;
  reporter: string;
  partner: string;
  /** The indicator; for a commodity share, flow and commodity. */
  indicator: string;
  qualifier: string;
}

const FIELDS = ['period', 'partner', 'reporter', 'indicator', 'qualifier'] as const;
type Field = (typeof FIELDS)[number];

const agree: Record<Field, (d: DraftFigure, c: Curated) => boolean> = {
  period: (d, c) => d.periodStart === c.periodStart && d.periodEnd === c.periodEnd,
  partner: (d, c) => d.partner === c.partner,
  reporter: (d, c) => d.reporter === c.reporter,
  indicator: (d, c) => (d.table === 'commodity-shares' ? `share:${d.flow}:${d.commodity}` : d.indicator) === c.indicator,
  qualifier: (d, c) => d.qualifier === c.qualifier,
};

interface LanguageScore {
  language: string;
  curated: number;
  drafted: number;
  matched: number;
  fields: Record<Field, number>;
  allRight: number;
  misses: string[];
  wrong: string[];
}

/** Drafts every corpus article and scores the drafts against the curated rows. */
function evaluate(dir = corpusDir()): LanguageScore[] {
  const seeds = readSeeds();
  const scores = new Map<string, LanguageScore>();
  for (const source of seeds.sources) {
    const text = readArticle(dir, source.id);
    const draft = draftArticle(text, { articlePath: `${source.id}.txt`, published: source.publishedOn, ...(source.publisher ? { publisher: source.publisher } : {}) });
    const curated: Curated[] = [
      ...seeds.observations.filter((o) => o.sourceId === source.id).map((o) => ({ ...o, indicator: o.indicator, unit: o.unit })),
      ...seeds.commodityShares.filter((s) => s.sourceId === source.id).map((s) => ({ ...s, value: s.sharePct, unit: 'percent', indicator: `share:${s.flow}:${s.commodity}` })),
    ];
    const sentences = splitSentences(text);
    const sentenceAt = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end)?.text ?? '';
    /** The sentence of the article in which a curated figure's number stands. */
    const curatedSentence = (c: Curated) => {
      const at = text.indexOf(c.quote);
      return at < 0 ? '' : sentenceAt(at + c.quote.indexOf(c.asWritten));
    };
    const score = scores.get(source.language) ?? { language: source.language, curated: 0, drafted: 0, matched: 0, fields: { period: 0, partner: 0, reporter: 0, indicator: 0, qualifier: 0 }, allRight: 0, misses: [], wrong: [] };
    score.curated += curated.length;
    score.drafted += draft.figures.length;
    const used = new Set<DraftFigure>();
    for (const c of curated) {
      const sentence = curatedSentence(c);
      const d = draft.figures.find((f) => !used.has(f) && sentenceAt(f.start) === sentence && sameValue(f.value, c.value) && f.unit === c.unit);
      if (!d) {
        score.misses.push(`${c.id} ${c.value} ${c.unit} "${c.asWritten}"`);
        continue;
      }
      used.add(d);
      score.matched += 1;
      const wrong = FIELDS.filter((field) => !agree[field](d, c));
      for (const field of FIELDS) if (!wrong.includes(field)) score.fields[field] += 1;
      if (wrong.length === 0) score.allRight += 1;
      else score.wrong.push(`${c.id}: ${wrong.map((field) => `${field} ${fieldText(field, d)} ≠ ${fieldText(field, c)}`).join(', ')}`);
    }
    for (const d of draft.figures) if (!used.has(d)) score.wrong.push(`${source.id.slice(0, 3)} drafted, not curated: ${d.value} ${d.unit} "${d.asWritten}" (${d.indicator || d.table})`);
    scores.set(source.language, score);
  }
  return [...scores.values()];
}

function fieldText(field: Field, f: DraftFigure | Curated): string {
  if (field === 'period') return `${f.periodStart}/${f.periodEnd}`;
  if (field === 'indicator') return 'table' in f && f.table === 'commodity-shares' ? `share:${f.flow}:${f.commodity}` : f.indicator || '(none)';
  return String(f[field] || '(none)');
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

function main(): void {
  const scores = evaluate();
  const total: LanguageScore = scores.reduce(
    (t, s) => ({
      ...t,
      curated: t.curated + s.curated,
      drafted: t.drafted + s.drafted,
      matched: t.matched + s.matched,
      allRight: t.allRight + s.allRight,
      fields: Object.fromEntries(FIELDS.map((f) => [f, t.fields[f] + s.fields[f]])) as Record<Field, number>,
      misses: [...t.misses, ...s.misses],
      wrong: [...t.wrong, ...s.wrong],
    }),
    { language: 'all', curated: 0, drafted: 0, matched: 0, fields: { period: 0, partner: 0, reporter: 0, indicator: 0, qualifier: 0 }, allRight: 0, misses: [], wrong: [] },
  );
  const rows = [...scores, total];
  console.log('| language | curated | drafted | value+unit+sentence recall | precision | ' + FIELDS.join(' | ') + ' | drafted with every field right |');
  console.log(`|${' --- |'.repeat(6 + FIELDS.length)}`);
  for (const s of rows) {
    console.log(
      `| ${s.language} | ${s.curated} | ${s.drafted} | ${pct(s.matched, s.curated)} (${s.matched}) | ${pct(s.matched, s.drafted)} | ${FIELDS.map((f) => `${pct(s.fields[f], s.matched)}`).join(' | ')} | ${pct(s.allRight, s.drafted)} (${s.allRight}) |`,
    );
  }
  console.log('\nField columns: agreement on the matched figures. Every field right: of all drafted figures.');
  if (total.misses.length > 0) console.log(`\nCurated figures the draft missed (${total.misses.length}):\n  ${total.misses.join('\n  ')}`);
  if (total.wrong.length > 0) console.log(`\nDrafted figures with a field wrong, or not curated (${total.wrong.length}):\n  ${total.wrong.join('\n  ')}`);
  // Speed: each corpus article repeated to 50,000 words, drafted whole.
  const dir = corpusDir();
  const seeds = readSeeds();
  console.log('\nDrafting time for a 50,000-word article (a corpus article repeated):');
  for (const source of seeds.sources) {
    const one = readArticle(dir, source.id);
    const words = one.split(/\s+/u).filter(Boolean).length;
    const text = Array.from({ length: Math.ceil(50_000 / words) }, () => one).join('\n');
    const runs = [0, 1, 2].map(() => {
      const started = performance.now();
      draftArticle(text, { articlePath: 'article.txt', published: source.publishedOn });
      return performance.now() - started;
    });
    console.log(`  ${source.id} (${source.language}): ${text.split(/\s+/u).filter(Boolean).length.toLocaleString('en')} words, ${runs.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
  }
  const recall = total.matched / Math.max(1, total.curated);
  const right = total.allRight / Math.max(1, total.drafted);
  console.log(`\nTargets: value+unit+sentence recall ≥ 95 %: ${pct(total.matched, total.curated)} ${recall >= 0.95 ? 'met' : 'NOT met'}; drafted figures with every field right ≥ 80 %: ${pct(total.allRight, total.drafted)} ${right >= 0.8 ? 'met' : 'NOT met'}.`);
}

main();
