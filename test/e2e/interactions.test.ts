/**
 * What a reader does with the mouse and the keyboard: compare periods (htmx swaps only the result,
 * pushes the URL, Back and reload restore it), filter data, download CSV and PNG.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterSwap, baseUrl, chartInk, drawCharts, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.textContent('#compare-result h2').then((t) => t?.replace(/\s+/g, ' ').trim());
const charts = (page: Page) => page.getAttribute('html', 'data-charts');

describe('compare years', () => {
  it('changing a period swaps only the result, pushes the URL, redraws the chart and leaks none', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/compare?partner=JPN&indicator=trade_turnover&a=2008/2012&b=2024`, { waitUntil: 'networkidle' });
    expect(await heading(page)).toBe('Trade turnover, Japan: 2008–2012 → 2024');
    await page.evaluate(() => {
      (window as unknown as { marked: Element | null }).marked = document.querySelector('#compare-step-partner');
    });
    await afterSwap(page, () => page.selectOption('#compare-b', '2025-01/2025-09'));
    expect(await heading(page)).toBe('Trade turnover, Japan: 2008–2012 → Jan–Sep 2025');
    expect(new URL(page.url()).searchParams.get('b')).toBe('2025-01/2025-09');
    // The partner form is the same element: only the result was swapped.
    expect(await page.evaluate(() => (window as unknown as { marked: Element | null }).marked === document.querySelector('#compare-step-partner'))).toBe(true);
    expect((await chartInk(page))[0]).toBeGreaterThan(500);
    for (const b of ['2024', '2025-01/2025-09', '2024', '2025-01/2025-09']) await afterSwap(page, () => page.selectOption('#compare-b', b));
    // The last result's chart, drawn once in view; none of the earlier ones left alive.
    await drawCharts(page);
    expect(await charts(page)).toBe('1');
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });

  it('Back restores the previous comparison, and reloading a pushed URL shows the same result', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/compare?partner=JPN&indicator=trade_turnover&a=2008/2012&b=2024`, { waitUntil: 'networkidle' });
    await afterSwap(page, () => page.selectOption('#compare-b', '2025-01/2025-09'));
    await afterSwap(page, () => page.selectOption('#compare-a', '2024'));
    const pushed = await heading(page);
    expect(pushed).toBe('Trade turnover, Japan: 2024 → Jan–Sep 2025');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#compare-result h2')?.textContent?.includes('2008–2012 → Jan–Sep 2025'));
    expect(new URL(page.url()).searchParams.get('a')).toBe('2008/2012');
    expect((await chartInk(page))[0]).toBeGreaterThan(500);
    expect(await charts(page)).toBe('1');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#compare-result h2')?.textContent?.includes('2024 → Jan–Sep 2025'));
    await page.reload({ waitUntil: 'networkidle' });
    expect(await heading(page)).toBe(pushed);
    expect(await page.inputValue('#compare-b')).toBe('2025-01/2025-09');
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });

  it('changing the figure updates the period choices, keeps focus, and the pushed URL reloads to the same result', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/compare`, { waitUntil: 'networkidle' });
    await page.focus('#compare-indicator');
    await afterSwap(page, () => page.selectOption('#compare-indicator', 'investment_stock'));
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ partner: 'JPN', indicator: 'investment_stock' });
    expect(await page.$$eval('#compare-a option', (options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['2014-03/2014-12', '2025-12']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-indicator');
    const swapped = await heading(page);
    expect(swapped).toBe('Accumulated investment, Japan: as of Mar–Dec 2014 → as of Dec 2025');
    // Direct investment against total: the warning stands above the result after the swap too.
    expect(await page.isVisible('#compare-result .compare-warnings')).toBe(true);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await heading(page)).toBe(swapped);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });

  it('choosing the same period on both sides says so in place of a result', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/compare?partner=JPN&indicator=trade_turnover&a=2008/2012&b=2024`, { waitUntil: 'networkidle' });
    await page.selectOption('#compare-a', '2024');
    await page.waitForFunction(() => document.querySelector('#compare-result')?.textContent?.includes('Both sides are the same period (2024)'));
    expect(problems.foreign).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard alone', () => {
  it('reaches the skip link first, then the selectors with a visible focus, and operates them', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/compare`, { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    // Focused, the skip link is on screen and big enough to see, not parked off-screen.
    const box = await page.evaluate(() => {
      const r = document.activeElement?.getBoundingClientRect();
      return r && { top: r.top, left: r.left, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    });
    expect(box && box.top >= 0 && box.left >= 0 && box.right <= 1280 && box.bottom <= 900, JSON.stringify(box)).toBe(true);
    expect(box && box.width > 40 && box.height > 10, JSON.stringify(box)).toBe(true);
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'compare-partner' && presses < 20) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-partner');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
    // Tab on to the second period and change it with the arrow keys.
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'compare-b' && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    const before = await heading(page);
    await afterSwap(page, () => page.keyboard.press('ArrowUp'));
    expect(await heading(page)).not.toBe(before);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-b');
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });
});

describe('downloads', () => {
  it('a chart’s CSV link gives a file whose name, header and rows match the chart’s table', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/en`, { waitUntil: 'networkidle' });
    const linked = await page.$$eval('#trade-JPN table a.source-link', (links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).hash.replace('#fig-', '')))].sort());
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trade-JPN .downloads a:text("Download CSV")')]);
    expect(download.suggestedFilename()).toBe('kz-trade-observations_partner-JPN_reporter-KAZ_indicator-trade_turnover+exports+imports.csv');
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toContain('quote');
    expect(rows.map((r) => r.id).sort()).toEqual(linked);
    await page.context().close();
  });

  it('a filtered /data view downloads exactly the rows it shows', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/data`, { waitUntil: 'networkidle' });
    await afterSwap(page, () => page.selectOption('select[name="partner"]', 'JPN'));
    await afterSwap(page, () => page.selectOption('select[name="flow"]', 'import'));
    expect(new URL(page.url()).searchParams.get('partner')).toBe('JPN');
    const shown = await page.$$eval('section.results[aria-label="Commodity shares"] tbody tr th a', (links) => links.map((a) => a.textContent));
    expect(shown).toHaveLength(9);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('section.results[aria-label="Commodity shares"] .downloads a:text("Download CSV")')]);
    expect(download.suggestedFilename()).toBe('kz-trade-commodity-shares_partner-JPN_flow-import.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/^id,reporter,partner,flow,/);
    expect((parse(text, { columns: true }) as Array<{ id: string }>).map((r) => r.id)).toEqual(shown);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });

  it('a chart downloads as a PNG image drawn by the server, titled and sourced, at twice the page width', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/partners/JPN`, { waitUntil: 'networkidle' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trade-JPN .downloads a[download]')]);
    expect(download.suggestedFilename()).toBe('trade-JPN.png');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBe(2000);
    expect(bytes.length).toBeGreaterThan(50_000);
    await page.context().close();
  });
});

describe('charts load when they are seen', () => {
  it('the overview downloads the chart script only once its chart comes into view, then draws it', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl()}/en`, { waitUntil: 'networkidle' });
    // The chart is below the first screen: the page works without Chart.js so far.
    expect(await page.$eval('canvas[data-chart]', (canvas) => canvas.getBoundingClientRect().top)).toBeGreaterThan(800);
    expect(scripts.filter((s) => s.includes('/assets/charts.'))).toEqual([]);
    expect(await page.getAttribute('html', 'data-charts')).toBe('0');
    const ink = await chartInk(page);
    expect(scripts.filter((s) => s.includes('/assets/charts.'))).toHaveLength(1);
    expect(ink.length).toBeGreaterThan(0);
    expect(ink.every((n) => n > 500)).toBe(true);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });
});
