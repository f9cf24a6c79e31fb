/**
 * One Chart.js configuration per chart spec, for the browser (src/client/main.ts) and for the
 * server's images (src/charts/render.ts), so that both draw the same numbers in the same words and
 * colours. Nothing here touches the DOM: the caller supplies how to make a striped fill.
 */
import type { ChartConfiguration, ChartType, ScriptableContext } from 'chart.js';
import type { TreemapDataPoint } from 'chartjs-chart-treemap';

/** What a treemap's scriptable options receive (chartjs-chart-treemap's own type is not exported). */
type TreemapScriptableContext = ScriptableContext<'treemap'> & { raw: TreemapDataPoint };
import { type BarChartSpec, type ChartSpec, isTreemap, type TreemapChartSpec, type TreemapItem } from '../../views/chart-spec';
import { createFormatter } from '../i18n/format';
import { PALETTE } from './palette';

/** A fill for bars that are not calendar years: diagonal stripes in the colour, or the colour where no pattern can be made. */
export type StripeMaker = (colour: string) => CanvasPattern | string;

/** The dataset's colour from the colour-blind-safe palette. */
export const colourOf = (index: number): string => PALETTE[index % PALETTE.length] ?? '#0072B2';

/** Draws diagonal stripes of `colour` on white into an 8×8 tile's 2D context. */
export function drawStripeTile(ctx: Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect' | 'strokeStyle' | 'lineWidth' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'>, colour: string): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.stroke();
}

/**
 * Axis ticks and tooltips in the dashboard's own words, the same as its tables: "$1.8 bn",
 * "1,8 млрд $", "800 млн $" (not the browser's compact "$1.8B" or "$ 7G").
 */
export function valueFormat(spec: Pick<BarChartSpec, 'lang' | 'unit'>): (value: number) => string {
  const f = createFormatter(spec.lang);
  return (v) => f.value(v, spec.unit);
}

export interface ConfigOptions {
  responsive: boolean;
  font?: string;
}

/** A chart's Chart.js configuration: bars, or a treemap (chartjs-chart-treemap, registered by the caller). */
export function chartConfig(spec: ChartSpec, stripes: StripeMaker, options: ConfigOptions = { responsive: true }): ChartConfiguration<ChartType> {
  return (isTreemap(spec) ? treemapConfig(spec, stripes, options) : barConfig(spec, stripes, options)) as ChartConfiguration<ChartType>;
}

/** A treemap rectangle's words, in the page's language: its name, its share, and its value where derived ("≈ 315 млн $"). */
export function treemapLabel(spec: Pick<TreemapChartSpec, 'lang'>, item: TreemapItem): { name: string; share: string; value: string | null } {
  const f = createFormatter(spec.lang);
  return {
    name: item.label,
    share: item.shareEstimate ? f.estimate(item.shareEstimate, 'percent') : f.value(item.share, 'percent'),
    value: item.valueEstimate ? f.estimate(item.valueEstimate, 'USD') : null,
  };
}

/** Splits a name into lines of about `width` characters at spaces, so that a narrow rectangle can still hold it. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A treemap: one rectangle per item, its area the item's value; a dark label (name, share, value)
 * on each, hidden where it does not fit (the table carries the numbers); the remainder hatched.
 */
export function treemapConfig(spec: TreemapChartSpec, stripes: StripeMaker, options: ConfigOptions = { responsive: true }): ChartConfiguration<'treemap'> {
  const colour = colourOf(spec.colour);
  const family = options.font ? { family: options.font } : {};
  const tree = spec.items.map((item, index) => ({ index, area: item.value }));
  const itemOf = (ctx: TreemapScriptableContext): TreemapItem | undefined => {
    const data = ctx.raw?._data as { index?: number } | undefined;
    return data?.index === undefined ? undefined : spec.items[data.index];
  };
  const words = (item: TreemapItem) => {
    const w = treemapLabel(spec, item);
    return [...wrapWords(w.name, 18), w.value ? `${w.share} · ${w.value}` : w.share];
  };
  return {
    type: 'treemap',
    data: {
      datasets: [
        {
          label: spec.title,
          tree,
          key: 'area',
          data: [],
          spacing: 1,
          borderWidth: 1.5,
          borderColor: (ctx: TreemapScriptableContext) => (itemOf(ctx)?.remainder ? '#1a1a1a' : '#ffffff'),
          // The remainder's stripes are a light tint of the colour, so its dark label stays legible on them.
          backgroundColor: (ctx: TreemapScriptableContext) => (itemOf(ctx)?.remainder ? stripes(`${colour}59`) : colour),
          labels: {
            display: true,
            overflow: 'hidden',
            align: 'left',
            position: 'top',
            padding: 4,
            color: (ctx: TreemapScriptableContext) => (itemOf(ctx)?.remainder ? '#1a1a1a' : '#ffffff'),
            font: (ctx: TreemapScriptableContext) => {
              const item = itemOf(ctx);
              const lines = item ? words(item).length : 2;
              // Every line of the name bold, the numbers plain.
              return [...Array.from({ length: lines - 1 }, () => ({ size: 13, weight: 'bold' as const, ...family })), { size: 12, ...family }];
            },
            formatter: (ctx: TreemapScriptableContext) => {
              const item = itemOf(ctx);
              return item ? words(item) : '';
            },
          },
        },
      ],
    },
    options: {
      responsive: options.responsive,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => {
              const item = items[0] ? itemOf(items[0] as unknown as TreemapScriptableContext) : undefined;
              return item?.label ?? '';
            },
            label: (ctx) => {
              const item = itemOf(ctx as unknown as TreemapScriptableContext);
              return item ? (words(item)[1] ?? '') : '';
            },
          },
        },
      },
    },
  };
}

function barConfig(spec: BarChartSpec, stripes: StripeMaker, options: ConfigOptions): ChartConfiguration<'bar'> {
  const format = valueFormat(spec);
  const font = options.font ? { family: options.font } : undefined;
  const valueAxis = { beginAtZero: true, ticks: { callback: (v: string | number) => format(Number(v)), font } };
  const labelAxis = { ticks: { autoSkip: false, font } };
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d) => {
        const colour = colourOf(d.colour);
        return {
          label: d.label,
          data: d.data,
          backgroundColor: d.data.map((_, i) => (d.striped?.[i] ? stripes(colour) : colour)),
          borderColor: colour,
          borderWidth: 1.5,
        };
      }),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: options.responsive,
      maintainAspectRatio: false,
      animation: false,
      skipNull: true,
      scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { y: valueAxis, x: labelAxis },
      plugins: {
        legend: { display: spec.datasets.length > 1, labels: { color: '#1a1a1a', font } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${spec.datasets[item.datasetIndex]?.tooltips?.[item.dataIndex] ?? format(Number(item.raw))}`,
          },
        },
      },
    },
  };
}
