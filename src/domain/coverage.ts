/**
 * Accounts for every numeric mention in an article: curated (the figure's as_written inside its
 * quote), the period of a curated figure (a year inside its quote), skipped (inside a skipped
 * context, with a reason), or unaccounted.
 */
import { findNumericMentions, type NumberLanguage, type NumericMention, occurrences } from './numbers';

export interface CuratedFigure {
  id: string;
  quote: string;
  asWritten: string;
  periodStart: string;
  periodEnd: string;
}

export interface SkipRule {
  context: string;
  reason: string;
}

export type MentionStatus =
  | { status: 'curated'; figureIds: string[] }
  | { status: 'period'; figureIds: string[] }
  | { status: 'skipped'; reason: string }
  | { status: 'unaccounted' };

export type AccountedMention = NumericMention & MentionStatus;

export interface CoverageResult {
  mentions: AccountedMention[];
  /** Skip rules whose context is not in the article or holds no number. */
  staleSkips: SkipRule[];
}

const overlaps = (m: NumericMention, start: number, end: number) => m.start < end && m.end > start;
const within = (m: NumericMention, start: number, end: number) => m.start >= start && m.end <= end;

function yearsOf(mention: NumericMention): number[] {
  return (mention.text.match(/\d{4}/g) ?? []).map(Number);
}

export function accountMentions(
  article: string,
  lang: NumberLanguage,
  figures: readonly CuratedFigure[],
  skips: readonly SkipRule[],
): CoverageResult {
  const spans: Array<{ figure: CuratedFigure; quoteStart: number; quoteEnd: number; start: number; end: number }> = [];
  for (const figure of figures) {
    const inQuote = figure.quote.indexOf(figure.asWritten);
    if (inQuote < 0) continue;
    for (const q of occurrences(article, figure.quote))
      spans.push({ figure, quoteStart: q, quoteEnd: q + figure.quote.length, start: q + inQuote, end: q + inQuote + figure.asWritten.length });
  }
  const skipSpans = skips.flatMap((rule) => occurrences(article, rule.context).map((at) => ({ rule, start: at, end: at + rule.context.length })));
  const used = new Set<SkipRule>();

  const mentions = findNumericMentions(article, lang).map((m): AccountedMention => {
    const curated = spans.filter((s) => overlaps(m, s.start, s.end)).map((s) => s.figure.id);
    if (curated.length > 0) return { ...m, status: 'curated', figureIds: [...new Set(curated)] };
    if (m.isYear) {
      const years = yearsOf(m);
      const period = spans
        .filter((s) => within(m, s.quoteStart, s.quoteEnd))
        .filter((s) => years.every((y) => y >= Number(s.figure.periodStart.slice(0, 4)) && y <= Number(s.figure.periodEnd.slice(0, 4))))
        .map((s) => s.figure.id);
      if (period.length > 0) return { ...m, status: 'period', figureIds: [...new Set(period)] };
    }
    const skip = skipSpans.find((s) => within(m, s.start, s.end));
    if (skip) {
      used.add(skip.rule);
      return { ...m, status: 'skipped', reason: skip.rule.reason };
    }
    return { ...m, status: 'unaccounted' };
  });
  // A rule that skips nothing (its context is absent, holds no number, or only numbers accounted otherwise) is stale.
  return { mentions, staleSkips: skips.filter((rule) => !used.has(rule)) };
}
