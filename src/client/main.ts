/**
 * The one client script: builds every canvas[data-chart] from its JSON spec, destroys charts
 * before htmx swaps them out (and any left detached), rebuilds after swaps, offers PNG download,
 * and copies citations.
 * Only the Chart.js parts used here are imported, so the bundle carries nothing else.
 */
import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartSpec } from '../../views/chart-spec';
import { createFormatter } from '../i18n/format';
import { PALETTE } from './palette';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);


/**
 * Axis ticks and tooltips in the dashboard's own words, the same as its tables: "$1.8 bn",
 * "1,8 млрд $", "800 млн $" (not the browser's compact "$1.8B" or "$ 7G").
 */
function formatter(spec: ChartSpec): (value: number) => string {
  const f = createFormatter(spec.lang);
  return (v) => f.value(v, spec.unit);
}

/** Diagonal stripes in the dataset's colour: bars that are not calendar years. */
function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
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
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

function build(canvas: HTMLCanvasElement): void {
  Chart.getChart(canvas)?.destroy();
  let spec: ChartSpec;
  try {
    spec = JSON.parse(canvas.dataset.chart ?? '') as ChartSpec;
  } catch {
    return;
  }
  const format = formatter(spec);
  const valueAxis = { beginAtZero: true, ticks: { callback: (v: string | number) => format(Number(v)) } };
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d) => {
        const colour = PALETTE[d.colour % PALETTE.length] ?? '#0072B2';
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
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      skipNull: true,
      scales: spec.horizontal ? { x: valueAxis, y: { ticks: { autoSkip: false } } } : { y: valueAxis, x: { ticks: { autoSkip: false } } },
      plugins: {
        legend: { display: spec.datasets.length > 1, labels: { color: '#1a1a1a' } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${spec.datasets[item.datasetIndex]?.tooltips?.[item.dataIndex] ?? format(Number(item.raw))}`,
          },
        },
      },
    },
  };
  new Chart(canvas, config);
}

/** The number of live charts, on <html data-charts>, so that leaks across swaps are visible. */
function publishCount(): void {
  document.documentElement.dataset.charts = String(Object.keys(Chart.instances).length);
}

function initCharts(root: ParentNode): void {
  root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => {
    if (!Chart.getChart(canvas)) build(canvas);
  });
  root.querySelectorAll<HTMLElement>('.png-slot[hidden], .copy-slot[hidden]').forEach((slot) => {
    slot.hidden = false;
  });
  publishCount();
}

function destroyCharts(root: ParentNode): void {
  root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => Chart.getChart(canvas)?.destroy());
  publishCount();
}

/** Charts whose canvas has left the document (a swap that replaced it) would otherwise leak. */
function destroyDetached(): void {
  for (const chart of Object.values(Chart.instances)) if (!chart.canvas.isConnected) chart.destroy();
}

function downloadPng(figureId: string): void {
  const figure = document.getElementById(figureId);
  const canvas = figure?.querySelector<HTMLCanvasElement>('canvas[data-chart]');
  if (!canvas) return;
  // Charts are drawn on a transparent canvas; a PNG gets a white background.
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, 0);
  const link = document.createElement('a');
  link.download = `${figureId}.png`;
  link.href = out.toDataURL('image/png');
  document.body.append(link);
  link.click();
  link.remove();
}

document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', () => initCharts(document));
document.addEventListener('htmx:before:swap', (event) => {
  const tasks = (event as CustomEvent<{ tasks?: Array<{ target?: unknown }> }>).detail?.tasks ?? [];
  for (const task of tasks) if (task.target instanceof Element) destroyCharts(task.target);
});
document.addEventListener('htmx:after:swap', () => {
  destroyDetached();
  initCharts(document);
});
/** After htmx pushes or replaces the URL, the language switcher must keep the new page. */
function updateLanguageLinks(): void {
  const rest = location.pathname.replace(/^\/(en|ru|kk)(?=\/|$)/, '');
  document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((a) => {
    a.href = `/${a.dataset.langSwitch ?? 'en'}${rest}${location.search}`;
  });
}
document.addEventListener('htmx:after:history:push', updateLanguageLinks);
document.addEventListener('htmx:after:history:replace', updateLanguageLinks);

/**
 * Copies a citation's text box and says so in the status beside the button (role="status", so a
 * screen reader announces it). Where the clipboard is refused, the text is left selected to copy by hand.
 */
async function copyCitation(button: HTMLElement): Promise<void> {
  const box = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
  if (!(box instanceof HTMLTextAreaElement)) return;
  let copied = false;
  try {
    await navigator.clipboard.writeText(box.value);
    copied = true;
  } catch {
    box.focus();
    box.select();
    copied = document.execCommand('copy');
  }
  if (!status) return;
  status.textContent = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
  window.setTimeout(() => {
    status.textContent = '';
  }, 4000);
}

document.addEventListener('click', (event) => {
  const png = (event.target as Element | null)?.closest<HTMLElement>('[data-png]');
  if (png?.dataset.png) downloadPng(png.dataset.png);
  const copy = (event.target as Element | null)?.closest<HTMLElement>('[data-copy]');
  if (copy) void copyCitation(copy);
});
