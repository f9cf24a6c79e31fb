/**
 * One Chart.js configuration per chart spec, for the browser (src/client/main.ts) and for the
 * server's images (src/charts/render.ts), so that both draw the same numbers in the same words and
 * colours. Nothing here touches the DOM: the caller supplies how to make a striped fill.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../../views/chart-spec';
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
export function valueFormat(spec: Pick<ChartSpec, 'lang' | 'unit'>): (value: number) => string {
  const f = createFormatter(spec.lang);
  return (v) => f.value(v, spec.unit);
}

export function chartConfig(spec: ChartSpec, stripes: StripeMaker, options: { responsive: boolean; font?: string } = { responsive: true }): ChartConfiguration<'bar'> {
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
