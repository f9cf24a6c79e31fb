/**
 * Debian's Chromium driven by playwright-core, with every page instrumented: console errors,
 * page errors, failed or error responses, and any request to another host (aborted and recorded).
 * A failing test leaves a screenshot and the page's HTML in test-results/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject, onTestFailed } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const baseUrl = () => inject('baseUrl');

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package with "apt-get install -y chromium" (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface Problems {
  console: string[];
  failed: string[];
  foreign: string[];
}

/** A new page in its own context; `problems` collects what a user would see go wrong. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}, base: string = baseUrl()): Promise<{ page: Page; problems: Problems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems: Problems = { console: [], failed: [], foreign: [] };
  const origin = new URL(base).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin) {
      problems.foreign.push(url);
      return route.abort();
    }
    return route.continue();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.console.push(error.message));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin && request.failure()?.errorText !== 'net::ERR_ABORTED') problems.failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failed.push(`${response.url()}: ${response.status()}`);
  });
  onTestFailed(async ({ task }) => {
    const dir = path.resolve('test-results');
    mkdirSync(dir, { recursive: true });
    const name = `${task.file?.name.replace(/\W+/g, '_') ?? 'e2e'}-${task.name.replace(/\W+/g, '_')}`.slice(0, 150);
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true }).catch(() => undefined);
    writeFileSync(path.join(dir, `${name}.html`), await page.content().catch(() => '(no page)'));
  });
  return { page, problems };
}

/**
 * Brings every chart of the page into view, as a reader scrolling down does, and waits until
 * each is drawn (charts load when they come into view: src/client/main.ts); then back to the top.
 */
export async function drawCharts(page: Page): Promise<void> {
  const count = await page.$$eval('canvas[data-chart]', (canvases) => canvases.length);
  for (let i = 0; i < count; i += 1) {
    await page.$$eval('canvas[data-chart]', (canvases, index) => canvases[index]?.scrollIntoView({ block: 'center' }), i);
    await page.waitForFunction((index) => document.querySelectorAll('canvas[data-chart]')[index]?.hasAttribute('data-drawn') ?? true, i);
  }
  if (count > 0) await page.evaluate(() => window.scrollTo(0, 0));
}

/** For each chart canvas on the page, once drawn: how many of its pixels are drawn (not transparent). */
export async function chartInk(page: Page): Promise<number[]> {
  await drawCharts(page);
  return page.$$eval('canvas[data-chart]', (canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) drawn += 1;
      return drawn;
    }),
  );
}

/** Pairs of visible text runs that overlap on screen (more than a few square pixels). */
export function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const runs: Array<{ text: string; rect: DOMRect; node: Node }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, [hidden], script, style, option, select')) continue;
      // Text in a closed <details> is not rendered, except its summary.
      const closed = parent.closest('details:not([open])');
      if (closed && !parent.closest('summary')) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) runs.push({ text: node.textContent.trim().slice(0, 30), rect, node });
    }
    const out: string[] = [];
    for (let i = 0; i < runs.length; i += 1)
      for (let j = i + 1; j < runs.length; j += 1) {
        const a = runs[i]!;
        const b = runs[j]!;
        if (a.node === b.node) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 2 && h > 2 && w * h > 8) out.push(`"${a.text}" overlaps "${b.text}"`);
      }
    return out;
  });
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's serious and critical violations on the current page. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}

/** Waits until htmx has swapped new content in and the charts inside are built. */
export async function afterSwap(page: Page, act: () => Promise<unknown>): Promise<void> {
  const swapped = page.evaluate(() => new Promise<void>((resolve) => document.addEventListener('htmx:after:swap', () => setTimeout(resolve, 50), { once: true })));
  await act();
  await swapped;
}
