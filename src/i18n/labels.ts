/**
 * English period labels in downloads (the `period_label` column of CSV and JSON): the English
 * page's own words, so a download names a period exactly as the page does.
 */
import type { Period } from '../domain/periods';
import { en } from './en';
import { createFormatter } from './format';

const EN = createFormatter('en');

/** "2024", "Jan–Sep 2025", "Nov 2024 – Feb 2025", "2008–2012", "17 Dec 2025", "18–20 Dec 2025". */
export function periodLabel(p: Period): string {
  return EN.period(p);
}

/** A figure at a date: "as of 17 Dec 2025", "as of Dec 2025", "as of Mar–Dec 2014", "as of 2014". */
export function asOfLabel(p: Period): string {
  return en.periodKind.asOf(EN.asOfDate(p));
}
