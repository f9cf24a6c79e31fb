/**
 * What a chart needs, as JSON in the canvas's data-chart attribute. One client script builds
 * every chart from it; the table beside each chart holds the same numbers.
 */
export interface ChartSpec {
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
