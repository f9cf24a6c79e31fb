/**
 * One page in each language, in Chromium: it loads cleanly, draws its charts in that language,
 * fits phone and desktop widths, passes axe-core; switching is a click, and it is remembered.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_PAGES as PAGES } from '../helpers/pages';
import { baseUrl, chartInk, horizontalOverflow, launch, openPage, overlappingText, seriousViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});


describe.each(['ru', 'kk', 'en'] as const)('in %s', (lang) => {
  it.each(PAGES)(`/${lang}%s loads cleanly at 375 and 1280 px, passes axe-core`, async (path) => {
    for (const width of [375, 1280]) {
      const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(`${baseUrl()}/${lang}${path}`, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const ink = await chartInk(page);
      expect(ink.every((n) => n > 500), `pixels per chart: ${ink.join(', ')}`).toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await overlappingText(page)).toEqual([]);
      if (width === 1280) expect(await seriousViolations(page)).toEqual([]);
      if (path === '/partners/JPN') await page.screenshot({ path: `test-results/language-${lang}-${width}.png`, fullPage: true });
      expect(problems).toEqual({ console: [], failed: [], foreign: [] });
      await page.context().close();
    }
  });
});

describe('switching language', () => {
  it('is a click that keeps the page, and the next visit opens in the chosen language', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/partners/JPN`, { waitUntil: 'networkidle' });
    await Promise.all([page.waitForURL(/\/kk\/partners\/JPN$/), page.click('nav.languages a[hreflang="kk"]')]);
    expect(await page.textContent('h1')).toBe('Жапония');
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    expect(new URL(page.url()).pathname).toBe('/kk');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });

  it('keeps the page htmx moved to, with its query', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/ru/compare?partner=JPN&indicator=trade_turnover&a=2008/2012&b=2024`, { waitUntil: 'networkidle' });
    const swapped = page.evaluate(() => new Promise<void>((resolve) => document.addEventListener('htmx:after:swap', () => resolve(), { once: true })));
    await page.selectOption('#compare-b', '2025-01/2025-09');
    await swapped;
    const href = new URL(new URL((await page.getAttribute('nav.languages a[hreflang="en"]', 'href')) ?? '', baseUrl()).searchParams.get('next') ?? '', baseUrl());
    expect(href.pathname).toBe('/en/compare');
    expect(Object.fromEntries(href.searchParams)).toEqual({ partner: 'JPN', indicator: 'trade_turnover', a: '2008/2012', b: '2025-01/2025-09' });
    await page.context().close();
  });
});
