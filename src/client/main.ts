/**
 * The page script: loads the chart script (./charts.ts, Chart.js) when a chart comes near the
 * screen, so that a page's first view does not wait for it; destroys charts before htmx swaps them
 * out and builds the new ones after; keeps the language links on the pushed URL; copies
 * citations; and in an embed reports its height.
 */
import type { ChartsApi } from './charts';

declare global {
  interface Window {
    kzCharts?: ChartsApi;
  }
}

/** The fingerprinted chart script, named by this script's own tag (views/layout.tsx). */
const chartsSrc = (document.currentScript as HTMLScriptElement | null)?.dataset.charts;
let chartsLoading: Promise<ChartsApi | undefined> | undefined;

function loadCharts(): Promise<ChartsApi | undefined> {
  chartsLoading ??= new Promise((resolve) => {
    if (window.kzCharts || !chartsSrc) return resolve(window.kzCharts);
    const script = document.createElement('script');
    script.src = chartsSrc;
    script.onload = () => resolve(window.kzCharts);
    script.onerror = () => resolve(undefined);
    document.head.append(script);
  });
  return chartsLoading;
}

/** Charts are drawn when they come into view (at once where IntersectionObserver is missing). */
const nearScreen =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            nearScreen?.unobserve(entry.target);
            void loadCharts().then((charts) => charts?.build(entry.target as HTMLCanvasElement));
          }
        },
        { rootMargin: '0px' },
      )
    : undefined;

function initCharts(root: ParentNode): void {
  // The number of live charts (<html data-charts>, kept by the chart script): none until it loads.
  document.documentElement.dataset.charts ??= '0';
  root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => {
    if (nearScreen) nearScreen.observe(canvas);
    else void loadCharts().then((charts) => charts?.build(canvas));
  });
  root.querySelectorAll<HTMLElement>('.copy-slot[hidden]').forEach((slot) => {
    slot.hidden = false;
  });
}

document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', () => initCharts(document));
document.addEventListener('htmx:before:swap', (event) => {
  const tasks = (event as CustomEvent<{ tasks?: Array<{ target?: unknown }> }>).detail?.tasks ?? [];
  for (const task of tasks) {
    if (!(task.target instanceof Element)) continue;
    task.target.querySelectorAll('canvas[data-chart]').forEach((canvas) => nearScreen?.unobserve(canvas));
    window.kzCharts?.destroy(task.target);
  }
});
document.addEventListener('htmx:after:swap', () => {
  window.kzCharts?.destroyDetached();
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
