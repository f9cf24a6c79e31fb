/**
 * What a chart needs, as JSON in the canvas's data-chart attribute. One client script builds
 * every chart from it; the table beside each chart holds the same numbers.
 */

/** Bars: trade over time, investment by source, a comparison. */
export interface BarChartSpec {
  kind?: 'bar';
  /** Horizontal bars read better for long labels (commodities, sources). */
  horizontal: boolean;
  unit: 'USD' | 'percent' | 'count';
  lang: 'en' | 'ru' | 'kk';
  /** One label per bar; a label given as lines is drawn on several lines. */
  labels: Array<string | string[]>;
  datasets: Array<{
    label: string;
    data: Array<number | null>;
    /** Per bar: drawn striped (a part year or a multi-year total, not a calendar year). */
    striped?: boolean[];
    /** Per bar: the tooltip to show instead of the plotted number (a drawn average names the stated total). */
    tooltips?: Array<string | null>;
    /** Index into the colour-blind-safe palette. */
    colour: number;
  }>;
  /** For the PNG file name and the screen-reader label. */
  title: string;
  /** What striped bars mean in this chart (said under its image); needed where any bar is striped. */
  stripes?: string;
  /** Columns the chart's table has but the chart does not draw (a derived balance), for its wide CSV. */
  extra?: Array<{ label: string; data: Array<number | null> }>;
}

/** An interval with the precision its inputs support (src/domain/precision.ts `Estimate`), finite ends only. */
export interface SpecEstimate {
  low: number;
  high: number;
  digits: number;
  step: number;
}

/** One rectangle of a treemap: a commodity, or what the source leaves unitemised. */
export interface TreemapItem {
  label: string;
  /** The rectangle's area: the derived dollar value (the middle of its interval) where there is one, else the share. */
  value: number;
  /** The share of the flow in percent as stated (for the remainder, the middle of its interval). */
  share: number;
  /** The share's interval where it is derived (the remainder: 100 % minus the listed shares). */
  shareEstimate?: SpecEstimate;
  /** The value in dollars where it is derived: share × flow value, as an interval. */
  valueEstimate?: SpecEstimate;
  /** The value is derived (computed, not stated). */
  derived: boolean;
  /** What the source leaves unitemised: drawn hatched, apart from the listed commodities. */
  remainder?: boolean;
}

/** A flow's composition as rectangles whose areas are its parts. */
export interface TreemapChartSpec {
  kind: 'treemap';
  /** The unit of `value`: USD where areas are dollar values, percent where they are shares. */
  unit: 'USD' | 'percent';
  lang: 'en' | 'ru' | 'kk';
  title: string;
  items: TreemapItem[];
  /** Index into the colour-blind-safe palette. */
  colour: number;
  /** What the hatched rectangle means (said under its image). */
  stripes?: string;
  /** Headings of the wide CSV's columns after the label: the share as stated, its ends, and the value's ends. */
  columns: { share: string; shareLow: string; shareHigh: string; low: string; high: string };
}

export type ChartSpec = BarChartSpec | TreemapChartSpec;

export const isTreemap = (spec: ChartSpec): spec is TreemapChartSpec => spec.kind === 'treemap';
