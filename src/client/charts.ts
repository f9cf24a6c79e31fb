/**
 * The chart script, loaded by the page script (./main.ts) when the first chart comes into
 * view: builds a canvas[data-chart] from its JSON spec with the configuration the server's chart
 * images use (src/charts/config.ts), and destroys charts. Only the Chart.js parts used are imported.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { TreemapController, TreemapElement } from 'chartjs-chart-treemap';
import type { ChartSpec } from '../../views/chart-spec';
import { chartConfig, drawStripeTile } from '../charts/config';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, TreemapController, TreemapElement);

/** Diagonal stripes in the dataset's colour: bars that are not calendar years. */
function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  drawStripeTile(ctx, colour);
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** The number of live charts, on <html data-charts>, so that leaks across swaps are visible. */
function publishCount(): void {
  document.documentElement.dataset.charts = String(Object.keys(Chart.instances).length);
}

const api = {
  /** Builds (or rebuilds) the chart of one canvas; a canvas that has left the page is skipped. */
  build(canvas: HTMLCanvasElement): void {
    if (!canvas.isConnected) return;
    Chart.getChart(canvas)?.destroy();
    let spec: ChartSpec;
    try {
      spec = JSON.parse(canvas.dataset.chart ?? '') as ChartSpec;
    } catch {
      return;
    }
    new Chart(canvas, chartConfig(spec, stripes));
    canvas.dataset.drawn = '';
    publishCount();
  },
  /** Destroys the charts inside a part of the page about to be swapped out. */
  destroy(root: ParentNode): void {
    root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => Chart.getChart(canvas)?.destroy());
    publishCount();
  },
  /** Charts whose canvas has left the document (a swap that replaced it) would otherwise leak. */
  destroyDetached(): void {
    for (const chart of Object.values(Chart.instances)) if (!chart.canvas.isConnected) chart.destroy();
    publishCount();
  },
};

export type ChartsApi = typeof api;
window.kzCharts = api;
