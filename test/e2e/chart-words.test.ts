/**
 * What the charts draw on their canvases speaks the dashboard's language: the same number words as
 * the tables ("$1.8 bn", "1,8 млрд $"), never the browser's compact "$1.8B" or "$ 7G", and a decimal
 * comma in Russian and Kazakh.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_PAGES as PAGES } from '../helpers/pages';
import { baseUrl, drawCharts, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SCALE = { en: /\d (bn|m)$/, ru: /\d млрд \$$/, kk: /\d млрд \$$/ };

describe.each(['en', 'ru', 'kk'] as const)('charts in %s', (lang) => {
  it.each(PAGES)(`/${lang}%s draws its numbers in the dashboard's words`, async (path) => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const drawn: string[] = [];
      (window as unknown as { drawn: string[] }).drawn = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
        drawn.push(String(text));
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    await page.goto(`${baseUrl()}/${lang}${path}`, { waitUntil: 'networkidle' });
    await drawCharts(page);
    expect(Number(await page.getAttribute('html', 'data-charts'))).toBeGreaterThan(0);
    const drawn = (await page.evaluate(() => (window as unknown as { drawn: string[] }).drawn)).map((s) => s.replace(/\s+/g, ' '));
    const numbers = drawn.filter((s) => /\d/.test(s));
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers.filter((s) => /\d ?[KMGBT]$/.test(s))).toEqual([]);
    if (lang !== 'en') expect(numbers.filter((s) => /\d\.\d/.test(s))).toEqual([]);
    expect(numbers.some((s) => SCALE[lang].test(s)), numbers.join(' | ')).toBe(true);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });
});
