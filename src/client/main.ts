/**
 * The one client script: builds every canvas[data-chart] from its JSON spec, destroys charts
 * before htmx swaps them out (and any left detached), rebuilds after swaps, copies citations, and
 * in an embed reports its height.
 * Only the Chart.js parts used here are imported, so the bundle carries nothing else.
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

function build(canvas: HTMLCanvasElement): void {
  Chart.getChart(canvas)?.destroy();
  let spec: ChartSpec;
  try {
    spec = JSON.parse(canvas.dataset.chart ?? '') as ChartSpec;
  } catch {
    return;
  }
  new Chart(canvas, chartConfig(spec, stripes));
}

/** The number of live charts, on <html data-charts>, so that leaks across swaps are visible. */
function publishCount(): void {
  document.documentElement.dataset.charts = String(Object.keys(Chart.instances).length);
}

function initCharts(root: ParentNode): void {
  root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => {
    if (!Chart.getChart(canvas)) build(canvas);
  });
  root.querySelectorAll<HTMLElement>('.copy-slot[hidden]').forEach((slot) => {
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
    const lang = a.dataset.langSwitch ?? 'en';
    a.href = `/language/${lang}?next=${encodeURIComponent(`/${lang}${rest}${location.search}`)}`;
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
  const copy = (event.target as Element | null)?.closest<HTMLElement>('[data-copy]');
  if (copy) void copyCitation(copy);
});

/**
 * An embedded chart (the embed page's <html data-embed>) tells the page framing it how tall it is,
 * whenever that changes, so that the host's optional script (src/client/embed-host.ts) can size the frame.
 */
if (document.documentElement.hasAttribute('data-embed') && window.parent !== window) {
  const report = () => window.parent.postMessage({ kzTradeEmbed: true, height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(report).observe(document.body ?? document.documentElement);
  window.addEventListener('load', report);
}
