/**
 * Every page in Chromium at a desktop and a phone width: no console error, no failed request, no
 * request to another host; every chart drawn; no sideways scrolling; no overlapping text; and no
 * serious or critical accessibility violation (axe-core).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, chartInk, horizontalOverflow, launch, openPage, overlappingText, seriousViolations } from './browser';
import { at, EVERY_PAGE } from '../helpers/pages';

const PAGES = EVERY_PAGE.map((page) => at('en', page));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([1280, 375])('at %i px wide', (width) => {
  it.each(PAGES)('%s loads cleanly, draws every chart and fits the screen', async (path) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    const response = await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const ink = await chartInk(page);
    expect(ink.every((n) => n > 500), `pixels drawn per chart: ${ink.join(', ')}`).toBe(true);
    expect(await page.getAttribute('html', 'data-charts')).toBe(String(ink.length));
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await overlappingText(page)).toEqual([]);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });
});

describe('accessibility', () => {
  it.each(PAGES)('%s: axe-core finds no serious or critical violation', async (path) => {
    const { page } = await openPage(browser);
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(['/', '/partners/JPN', '/data'])('%s at phone width: axe-core finds no serious or critical violation', async (path) => {
    const { page } = await openPage(browser, { viewport: { width: 375, height: 800 } });
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an error page is a page too: clear message, no console error, accessible', async () => {
    const { page, problems } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/en/partners/XXX`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    expect(await page.textContent('.error-message')).toContain('No partner with the code XXX');
    // The only failure is the page's own status; its assets all load.
    expect(problems.failed).toEqual([`${baseUrl()}/en/partners/XXX: 404`]);
    expect(problems.console).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
